package dev.masthead.interop.jsonld;

import dev.masthead.fixtures.Generators;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Contributor;
import dev.masthead.model.ContributorRole;
import dev.masthead.model.Directory;
import dev.masthead.model.EntityId;
import dev.masthead.model.Event;
import dev.masthead.model.EventId;
import dev.masthead.model.EventOrganisation;
import dev.masthead.model.Image;
import dev.masthead.model.Organisation;
import dev.masthead.model.OrganisationId;
import dev.masthead.model.Participant;
import dev.masthead.model.Person;
import dev.masthead.model.PersonId;
import dev.masthead.model.Place;
import dev.masthead.model.PlaceId;
import dev.masthead.model.Position;
import dev.masthead.model.Publication;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * An article with the directory, publication and teasers it is written with. The fixtures'
 * generators make each value on its own, so their ids rarely meet; {@link #linked} re-points
 * every reference at an entity of the same directory (most of the time), so that the whole
 * mapping runs: closures over parents, parts and containing places, positions, participants,
 * bylines, depicted people, the publisher, and entity tags with and without a concept.
 */
record World(Article article, Directory directory, Publication publication,
    List<ArticleSummary> related) {

  /** {@return the generators' values as they come: references mostly lead nowhere} */
  static World unlinked(Generators generators, RandomGenerator random) {
    Article article = generators.article(random);
    return new World(article, generators.directory(random), generators.publication(random),
        teasers(generators, random, article));
  }

  /** {@return a world whose references mostly point into its own directory} */
  static World linked(Generators generators, RandomGenerator random) {
    Directory d = generators.directory(random);
    Pools pools = new Pools(d, random);
    List<Person> people = d.people().stream().map(p -> p.withPositions(
        p.positions().stream().map(pools::position).toList())).toList();
    List<Organisation> organisations = d.organisations().stream()
        .map(o -> o.withParent(pools.other(pools.organisations, o.id()))).toList();
    List<Place> places = d.places().stream()
        .map(p -> p.withContainedIn(pools.others(pools.places, p.id()))).toList();
    List<Event> events = d.events().stream().map(pools::event).toList();
    Directory directory = Directory.builder()
        .people(people).organisations(organisations).places(places).events(events).build();

    Article generated = generators.article(random);
    List<Tag> tags = new ArrayList<>(generated.tags().stream()
        .filter(t -> t.entity().isEmpty()).toList());
    for (EntityId entity : pools.some(pools.entities())) {
      Tag tag = Tag.of(TagId.of(entity.value()), entity, "Tag " + entity.value());
      // Half of them with a concept, as the generators give unlinked tags one.
      tags.add(random.nextBoolean() ? tag : tag.withConcept(
          URI.create("https://www.wikidata.org/entity/Q" + random.nextInt(1, 1_000_000))));
    }
    List<Contributor> byline = new ArrayList<>(generated.byline());
    for (PersonId person : pools.some(pools.people)) {
      byline.add(Contributor.builder().person(person)
          .role(random.nextBoolean() ? ContributorRole.AUTHOR : ContributorRole.PHOTOGRAPHER)
          .build());
    }
    Article article = generated
        .withTags(distinct(tags, Tag::id))
        .withByline(distinct(byline, c -> List.of(c.person(), c.name(), c.role())))
        .withEvents(pools.some(pools.events))
        .withLeadImage(generated.leadImage().map(pools::image));
    Publication publication = generators.publication(random)
        .withPublisher(pools.pick(pools.organisations));
    return new World(article, directory, publication, teasers(generators, random, article));
  }

  /** {@return teasers for most of the article's related picks, some without a canonical URL} */
  private static List<ArticleSummary> teasers(Generators generators, RandomGenerator random,
      Article article) {
    List<ArticleSummary> teasers = new ArrayList<>();
    for (ArticleId id : article.related()) {
      if (random.nextInt(4) > 0) {
        ArticleSummary teaser = generators.articleSummary(random).withId(id);
        teasers.add(random.nextInt(4) > 0
            ? teaser.withCanonicalUrl(URI.create("https://example.com/" + id.value() + "/"))
            : teaser.withCanonicalUrl(Optional.empty()));
      }
    }
    return teasers;
  }

  private static <T> List<T> distinct(List<T> values, Function<T, Object> key) {
    Map<Object, T> byKey = new LinkedHashMap<>();
    values.forEach(v -> byKey.putIfAbsent(key.apply(v), v));
    return List.copyOf(byKey.values());
  }

  /** The directory's ids, and picks among them (a fifth of the time, none). */
  private static final class Pools {
    final List<PersonId> people;
    final List<OrganisationId> organisations;
    final List<PlaceId> places;
    final List<EventId> events;
    final RandomGenerator random;

    Pools(Directory d, RandomGenerator random) {
      this.people = d.people().stream().map(Person::id).toList();
      this.organisations = d.organisations().stream().map(Organisation::id).toList();
      this.places = d.places().stream().map(Place::id).toList();
      this.events = d.events().stream().map(Event::id).toList();
      this.random = random;
    }

    List<EntityId> entities() {
      List<EntityId> all = new ArrayList<>(people);
      all.addAll(organisations);
      all.addAll(places);
      all.addAll(events);
      return all;
    }

    <T> Optional<T> pick(List<T> pool) {
      return pool.isEmpty() || random.nextInt(5) == 0
          ? Optional.empty() : Optional.of(pool.get(random.nextInt(pool.size())));
    }

    <T> Optional<T> other(List<T> pool, T self) {
      return pick(pool).filter(p -> !p.equals(self));
    }

    <T> List<T> some(List<T> pool) {
      List<T> some = new ArrayList<>();
      for (T value : pool) {
        if (random.nextInt(3) > 0) {
          some.add(value);
        }
      }
      return some;
    }

    List<PlaceId> others(List<PlaceId> pool, PlaceId self) {
      return some(pool).stream().filter(p -> !p.equals(self)).toList();
    }

    Position position(Position position) {
      return position.withOrganisation(pick(organisations)).withJurisdiction(pick(places));
    }

    Image image(Image image) {
      return image.withDepicted(some(people));
    }

    Event event(Event event) {
      List<Participant> participants = event.participants().stream()
          .map(p -> pick(people).map(p::withPerson).orElse(p)).toList();
      List<EventOrganisation> organisations = event.organisations().stream()
          .map(o -> pick(this.organisations).map(o::withOrganisation).orElse(o)).toList();
      return event
          .withParent(other(events, event.id()))
          .withPlace(pick(places))
          .withParticipants(distinct(participants, p -> List.of(p.person(), p.role())))
          .withOrganisations(distinct(organisations,
              o -> List.of(o.organisation(), o.role())));
    }
  }
}
