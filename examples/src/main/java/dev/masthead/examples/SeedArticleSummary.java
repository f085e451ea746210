package dev.masthead.examples;

import dev.masthead.fixtures.SeedCorpus;

import dev.masthead.model.Article;
import dev.masthead.model.Block;
import dev.masthead.model.Directory;
import dev.masthead.model.Event;
import dev.masthead.model.EventOrganisation;
import dev.masthead.model.OrganisationRole;
import dev.masthead.model.Participant;
import dev.masthead.model.Person;
import dev.masthead.model.Publication;
import dev.masthead.model.Tag;
import dev.masthead.model.TagKind;
import java.io.PrintStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Recipe: build the seed page's article with the model, then print a readable summary of it,
 * everything through the public API: headline, date, standfirst, the people with their
 * positions, the event and its session, the organisations by role, and the tags.
 */
public final class SeedArticleSummary {
  private SeedArticleSummary() {}

  /**
   * Prints the summary to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    print(System.out);
  }

  static void print(PrintStream out) {
    Publication publication = SeedCorpus.publication();
    Article article = SeedCorpus.article();
    Directory directory = SeedCorpus.directory();

    DateTimeFormatter date = DateTimeFormatter.ofPattern("EEEE, d MMMM uuuu", Locale.ENGLISH)
        .withZone(publication.timeZone().orElse(ZoneOffset.UTC));
    out.println(article.headline());
    out.println(date.format(article.published()) + " · " + publication.name());
    article.standfirst().ifPresent(out::println);

    out.println();
    out.println("People");
    for (Person person : directory.people()) {
      out.println("  " + person.describe(person.positions().get(0), directory));
    }

    out.println();
    out.println("Events");
    for (Event event : article.events().stream().flatMap(id -> directory.event(id).stream())
        .filter(e -> e.parent().isEmpty()).toList()) {
      out.println("  " + event.name() + event.subtitle().map(s -> " – " + s).orElse("")
          + " (" + event.kind() + ")");
      for (Event part : directory.partsOf(event.id())) {
        out.println("    " + part.kind() + ": " + part.name());
        for (Participant participant : part.participants()) {
          out.println("      " + participant.role() + ": " + participant.describe(directory));
        }
      }
    }

    out.println();
    out.println("Organisations by role (" + SeedCorpus.conference().name() + ")");
    Map<OrganisationRole, List<String>> byRole = new LinkedHashMap<>();
    for (EventOrganisation involved : directory.event(SeedCorpus.CONFERENCE).orElseThrow()
        .organisations()) {
      byRole.computeIfAbsent(involved.role(), r -> new java.util.ArrayList<>())
          .add(directory.organisation(involved.organisation())
              .map(o -> o.displayName()).orElse(involved.organisation().value()));
    }
    byRole.forEach((role, names) -> out.println("  " + role + ": " + String.join(", ", names)));

    out.println();
    out.println("Tags");
    Map<String, String> byKind = new LinkedHashMap<>();
    for (TagKind kind : List.of(TagKind.PLACE, TagKind.PERSON, TagKind.ORGANISATION,
        TagKind.EVENT, TagKind.TOPIC)) {
      String labels = article.tags().stream().filter(t -> t.kind().equals(kind))
          .map(Tag::label).collect(Collectors.joining(", "));
      if (!labels.isEmpty()) {
        byKind.put(kind.value(), labels);
      }
    }
    byKind.forEach((kind, labels) -> out.println("  " + kind + ": " + labels));

    out.println();
    Map<String, Long> blocks = article.body().stream()
        .collect(Collectors.groupingBy(Block::type, LinkedHashMap::new, Collectors.counting()));
    out.println("Body: " + article.body().size() + " blocks " + blocks);
    out.println("Related: " + SeedCorpus.relatedTeasers().stream()
        .map(s -> s.headline()).collect(Collectors.joining(" | ")));
  }
}
