package dev.masthead.interop.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.Generators;
import dev.masthead.fixtures.SeedCorpus;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every graph uses schema.org 30.0 as it is defined: types that exist, properties that exist,
 * are not superseded and are used within their domains (subtypes count), values within their
 * ranges, and no {@code @id} that the graph does not define. For the seed article, and for
 * {@value #GRAPHS} generated worlds per batch over {@value #BATCHES} batches, with edge cases on:
 * half linked (references point into the world's own directory), half as generated. A failure
 * names the seed: {@code new SplittableRandom(seed)} with {@link World#linked} or {@link
 * World#unlinked} reproduces it.
 */
final class VocabularyTest {
  static final int BATCHES = 10;
  static final int GRAPHS = 110;

  private static final Vocabulary VOCABULARY = Vocabulary.load();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Generators EDGE_CASES = Generators.builder().edgeCases(0.2).build();

  @Test
  void vocabularyIsRelease30WithItsReadme() throws Exception {
    try (InputStream readme = Vocabulary.class.getResourceAsStream("/schema-org/README.md")) {
      assertThat(readme).isNotNull();
      assertThat(new String(readme.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("release 30.0").contains("Attribution-ShareAlike 3.0");
    }
    assertThat(VOCABULARY.size()).isGreaterThan(2_000);
    assertThat(VOCABULARY.isType("NewsArticle")).isTrue();
    assertThat(VOCABULARY.isType("EventScheduled")).as("an enumeration member").isFalse();
    assertThat(VOCABULARY.ancestors("NewsMediaOrganization")).contains("Organization", "Thing");
    assertThat(VOCABULARY.enumerationOf("EventScheduled")).contains("EventStatusType");
    assertThat(VOCABULARY.enumerationOf("MixedEventAttendanceMode"))
        .contains("EventAttendanceModeEnumeration");
    assertThat(VOCABULARY.enumerationOf("Event")).isEmpty();
    // The article types the genres pick, and where they sit.
    assertThat(VOCABULARY.ancestors("ReportageNewsArticle")).contains("NewsArticle");
    assertThat(VOCABULARY.ancestors("AnalysisNewsArticle")).contains("NewsArticle");
    assertThat(VOCABULARY.ancestors("OpinionNewsArticle")).contains("NewsArticle");
    assertThat(VOCABULARY.ancestors("AdvertiserContentArticle"))
        .contains("Article").doesNotContain("NewsArticle");
    assertThat(VOCABULARY.ancestors("ReviewNewsArticle")).contains("NewsArticle", "Review");
  }

  @Test
  void seedGraphUsesSchemaOrgWithinDomainsAndDefinesEveryId() {
    JsonNode graph = MAPPER.readTree(JsonLd.defaults().write(SeedCorpus.article(),
        SeedCorpus.directory(), SeedCorpus.publication(), SeedCorpus.relatedTeasers()));
    assertThat(VOCABULARY.problems(graph)).isEmpty();
    assertThat(graph.get("@graph")).hasSize(23);
  }

  static LongStream batches() {
    return LongStream.range(0, BATCHES);
  }

  @ParameterizedTest(name = "batch {0}")
  @MethodSource("batches")
  void generatedGraphsUseSchemaOrgWithinDomainsAndDefineEveryId(long batch) {
    for (long seed = batch * GRAPHS; seed < (batch + 1) * GRAPHS; seed++) {
      boolean linked = seed % 2 == 0;
      World world = linked
          ? World.linked(EDGE_CASES, new SplittableRandom(seed))
          : World.unlinked(EDGE_CASES, new SplittableRandom(seed));
      String json = JsonLd.defaults().write(world.article(), world.directory(),
          world.publication(), world.related());
      JsonNode graph = MAPPER.readTree(json);
      assertThat(VOCABULARY.problems(graph))
          .as("seed %d (%s, edgeCases(0.2))", seed, linked ? "World.linked" : "World.unlinked")
          .isEmpty();
    }
  }

  @Test
  void generatedWorldsReachEveryPartOfTheMapping() {
    Set<String> used = new TreeSet<>();
    for (long seed = 0; seed < 200; seed += 2) {
      World world = World.linked(EDGE_CASES, new SplittableRandom(seed));
      collect(MAPPER.readTree(JsonLd.defaults().write(world.article(), world.directory(),
          world.publication(), world.related())), used);
    }
    // Every type and property the mapping writes, but funder: no generator makes that role
    // (MappingRulesTest covers it); and the new properties on the nodes they belong to, and
    // every enumeration member a status or an attendance mode becomes.
    assertThat(used).contains(
        "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "AdvertiserContentArticle", "DefinedTerm",
        "alternativeHeadline", "genre", "version", "license", "copyrightNotice",
        "copyrightHolder", "logo", "eventStatus", "eventAttendanceMode",
        "ImageObject.license", "ImageObject.copyrightNotice", "ImageObject.copyrightHolder",
        "Person.url", "DefinedTerm.sameAs", "Organization.name",
        "EventScheduled", "EventCancelled", "EventPostponed", "EventRescheduled",
        "EventMovedOnline", "OfflineEventAttendanceMode", "OnlineEventAttendanceMode",
        "MixedEventAttendanceMode");
    assertThat(used).as("the article's rights and sameAs from a tag's concept").contains(
        "NewsArticle.license", "NewsArticle.copyrightHolder", "Person.sameAs", "Event.sameAs");
    assertThat(used).contains(
        "NewsArticle", "WebPage", "WebSite", "NewsMediaOrganization", "ImageObject", "Event",
        "BusinessEvent", "ExhibitionEvent", "Person", "Organization", "GovernmentOrganization",
        "NGO", "EducationalOrganization", "Corporation", "Place", "Country", "City",
        "Continent", "AdministrativeArea", "Role", "EmployeeRole", "PropertyValue",
        "ContactPoint", "ImageGallery",
        "mainEntityOfPage", "url", "headline", "description", "datePublished", "dateModified",
        "inLanguage", "articleSection", "author", "editor", "translator", "contributor", "image",
        "publisher", "isPartOf", "about", "mentions", "keywords", "wordCount", "name",
        "relatedLink", "primaryImageOfPage", "slogan", "contactPoint", "contactType", "email",
        "contentUrl", "caption", "creditText", "width", "height", "alternateName", "startDate",
        "endDate", "location", "containedInPlace", "superEvent", "subEvent", "performer",
        "attendee", "organizer", "sponsor", "roleName", "subjectOf", "givenName", "familyName",
        "honorificPrefix", "honorificSuffix", "jobTitle", "worksFor", "affiliation", "sameAs",
        "parentOrganization", "identifier", "propertyID", "value");
  }

  @Test
  void checkerReportsEachKindOfProblem() {
    JsonNode bad = MAPPER.readTree("""
        {"@context": "https://schema.org", "@graph": [
          {"@type": "NewsArticel", "@id": "a"},
          {"@type": "Person", "@id": "p", "headline": "x", "colour": "red",
           "worksFor": [{"@type": "EmployeeRole", "namedPosition": "x",
             "worksFor": {"@id": "nowhere"}}],
           "knows": {"@id": "o"}},
          {"@type": "Organization", "@id": "o", "performer": {"@type": "Role",
           "roleName": "x", "performer": {"@id": "p"}}},
          {"@type": "EventScheduled", "@id": "e"},
          {"@type": "Event", "@id": "f",
           "eventStatus": {"@id": "https://schema.org/OnlineEventAttendanceMode"},
           "eventAttendanceMode": {"@id": "https://schema.org/EventHappening"}},
          {"@type": "Event", "@id": "g", "eventStatus": "https://schema.org/EventScheduled",
           "location": {"@id": "https://schema.org/EventScheduled"}}
        ]}""");
    List<String> problems = VOCABULARY.problems(bad);
    assertThat(problems).anyMatch(p -> p.contains("NewsArticel is not a schema.org type"))
        .anyMatch(p -> p.contains("headline is not in the domain of Person"))
        .anyMatch(p -> p.contains("colour is not a schema.org property"))
        .anyMatch(p -> p.contains("namedPosition is superseded by roleName"))
        .anyMatch(p -> p.contains("refers to nowhere, not defined in the graph"))
        .anyMatch(p -> p.contains("refers to a Organization, not in the range [Person]"))
        .anyMatch(p -> p.contains("performer is not in the domain of Organization"))
        .anyMatch(p -> p.contains("EventScheduled is not a schema.org type"))
        .anyMatch(p -> p.contains("OnlineEventAttendanceMode is a member of"
            + " EventAttendanceModeEnumeration, not of the range [EventStatusType]"))
        .anyMatch(p -> p.contains("https://schema.org/EventHappening is not a schema.org"
            + " enumeration member"))
        .anyMatch(p -> p.contains("/eventStatus: a string, but eventStatus takes"))
        .anyMatch(p -> p.contains("EventScheduled is a member of EventStatusType, not of the"
            + " range [Place, PostalAddress, Text, VirtualLocation] of location"));
  }

  /**
   * Adds every type and property name the document uses, each property also as {@code
   * Type.property} for the type that holds it, and every schema.org enumeration member it refers
   * to.
   */
  private static void collect(JsonNode node, Set<String> used) {
    if (node.isArray()) {
      node.forEach(n -> collect(n, used));
    } else if (node.isObject()) {
      String type = node.path("@type").asString("");
      for (var entry : node.properties()) {
        if (entry.getKey().equals("@type")) {
          used.add(entry.getValue().asString());
        } else if (entry.getKey().equals("@id")
            && entry.getValue().asString().startsWith("https://schema.org/")) {
          used.add(entry.getValue().asString().substring("https://schema.org/".length()));
        } else if (!entry.getKey().startsWith("@")) {
          used.add(entry.getKey());
          if (!type.isEmpty()) {
            used.add(type + "." + entry.getKey());
          }
        }
        collect(entry.getValue(), used);
      }
    }
  }
}
