package dev.masthead.interop.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.Violation;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every problem is a ContentReadException whose violations carry the JSON Pointer into the ninjs
 * item and the rule; including the invalid cases IPTC's suite does not test under 3.1.
 */
final class NinjsReaderErrorsTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static ContentReadException rejected(String item) {
    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> NinjsReader.defaults().read(item));
    assertThat(e).as("rejected: %s", item).isNotNull();
    assertThat(e.type()).isEqualTo("Article");
    return e;
  }

  private static ObjectNode article() {
    ObjectNode item = MAPPER.createObjectNode()
        .put("uri", "http://example.com/items/1")
        .put("type", "text")
        .put("versionCreated", "2025-12-25T08:00:00Z")
        .put("language", "en");
    item.putArray("headlines").addObject().put("value", "A headline");
    return item;
  }

  @Test
  void placesMalformedJsonAtTheDocument() {
    ContentReadException e = rejected("{\"uri\": ");
    assertThat(e.pointer()).isEmpty();
    assertThat(e.rule()).startsWith("must be a well-formed JSON document");
  }

  @Test
  void rejectsARepeatedProperty() {
    assertThat(rejected("{\"uri\":\"urn:a\",\"uri\":\"urn:b\"}").rule())
        .startsWith("must be a well-formed JSON document").contains("uri");
  }

  @Test
  void rejectsAnythingButAnObject() {
    assertThat(rejected("[]").rule()).isEqualTo("must be a JSON object, a ninjs item");
  }

  @Test
  void holdsTheClosedRoot() {
    ObjectNode item = article().put("masthead:slug", "a");
    ContentReadException e = rejected(item.toString());
    assertThat(e.violations()).anySatisfy(v -> {
      assertThat(v.pointer()).isEmpty();
      assertThat(v.rule()).startsWith("unevaluatedProperties:").contains("masthead:slug");
    });
  }

  @Test
  void checksGeoJsonAgainstTheVendoredSchema() {
    ObjectNode item = article();
    item.putArray("places").addObject().put("name", "Somewhere").putObject("geoJSON")
        .put("type", "Pointy").putArray("coordinates").add(1.0).add(2.0);
    assertThat(rejected(item.toString()).violations()).extracting(Violation::pointer)
        .contains("/places/0/geoJSON");
    ObjectNode good = article();
    good.putArray("places").addObject().put("name", "Somewhere").putObject("geoJSON")
        .put("type", "Point").putArray("coordinates").add(1.0).add(2.0);
    assertThat(NinjsReader.defaults().read(good.toString()).tags()).hasSize(1);
  }

  @Test
  void rejectsAnAssociationWithoutUri() {
    ObjectNode item = article();
    item.putArray("associations").addObject().put("name", "mainpic");
    assertThat(rejected(item.toString()).violations())
        .anySatisfy(v -> {
          assertThat(v.pointer()).isEqualTo("/associations/0");
          assertThat(v.rule()).startsWith("required:").contains("uri");
        });
  }

  @Test
  void rejectsRightsInBothForms() {
    ObjectNode item = article();
    item.putObject("rightsInfo").put("linkedRights", "https://example.com/rights")
        .put("encodedRights", "all rights reserved");
    assertThat(rejected(item.toString()).violations()).extracting(Violation::pointer)
        .contains("/rightsInfo");
  }

  @Test
  void rejectsEmptyEventDates() {
    ObjectNode item = article();
    item.putObject("eventDetails").putObject("dates");
    assertThat(rejected(item.toString()).violations()).extracting(Violation::pointer)
        .contains("/eventDetails/dates");
  }

  @Test
  void rejectsATruncatedTimeWithoutSeconds() {
    ObjectNode item = article();
    item.putObject("eventDetails").putObject("dates")
        .put("expectedStartDate", "2025-11-20T10:00+01:00");
    assertThat(rejected(item.toString()).violations()).extracting(Violation::pointer)
        .contains("/eventDetails/dates/expectedStartDate");
  }

  @Test
  void namesTheArticleNeedsItemsLack() {
    ObjectNode item = MAPPER.createObjectNode().put("uri", "urn:x").put("type", "picture");
    ContentReadException e = rejected(item.toString());
    assertThat(e.violations()).extracting(Violation::pointer)
        .containsExactly("/type", "/headlines", "/firstCreated", "/language");
    assertThat(e.violations().get(0).value()).contains("picture");
  }

  @Test
  void placesADateThatIsNoDateAtItsProperty() {
    ObjectNode item = article().put("firstCreated", "Christmas 2025");
    ContentReadException e = rejected(item.toString());
    assertThat(e.pointer()).isEqualTo("/firstCreated");
    assertThat(e.rule()).isEqualTo("must be an RFC 3339 date-time with an offset");
  }

  @Test
  void placesTheModelsViolationAtTheItemsProperty() {
    ObjectNode item = article().put("language", "english");
    ContentReadException e = rejected(item.toString());
    assertThat(e.pointer()).isEqualTo("/language");
    assertThat(e.rule()).startsWith("as the Article's language: must be a BCP 47 language tag");
    assertThat(e.violations().get(0).value()).contains("english");
  }

  @Test
  void rejectsAPropertyTooLargeToKeepWhole() {
    ObjectNode item = article();
    // More values than an extension (RawJson) holds: 30,000 points are 90,000 values.
    ArrayNode points = item.putArray("places").addObject().put("name", "Somewhere")
        .putObject("geoJSON").put("type", "MultiPoint").putArray("coordinates");
    for (int i = 0; i < 30_000; i++) {
      points.addArray().add(i % 180).add(45);
    }
    ContentReadException e = rejected(item.toString());
    assertThat(e.pointer()).isEqualTo("/places");
    assertThat(e.rule()).startsWith("cannot be kept as the Article's extension ninjs:places: ");
  }

  private static ObjectNode seedItem() {
    return (ObjectNode) MAPPER.readTree(
        NinjsWriter.defaults().write(SeedCorpus.article(), SeedCorpus.directory()));
  }

  private static ObjectNode sidecar(ObjectNode item) {
    ArrayNode bodies = (ArrayNode) item.get("bodies");
    return (ObjectNode) bodies.get(bodies.size() - 1);
  }

  @Test
  void rejectsASidecarOfAnotherContentType() {
    ObjectNode item = seedItem();
    sidecar(item).put("contentType", "application/json");
    ContentReadException e = rejected(item.toString());
    assertThat(e.pointer()).isEqualTo("/bodies/1/contentType");
  }

  @Test
  void placesASidecarsOwnProblemInsideItsValue() {
    ObjectNode item = seedItem();
    sidecar(item).put("value", "{\"id\":\"Not An Id\"}");
    ContentReadException e = rejected(item.toString());
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.pointer()).isEqualTo("/bodies/1/value");
      assertThat(v.rule()).startsWith("the Masthead sidecar at ");
    });
    assertThat(e.violations()).extracting(Violation::rule)
        .anySatisfy(rule -> assertThat(rule).startsWith("the Masthead sidecar at /id: "));
  }

  @Test
  void rejectsASidecarWhoseIdIsNotTheItems() {
    ObjectNode item = seedItem();
    ((ObjectNode) item.get("altIds").get(0)).put("value", "another-article");
    ContentReadException e = rejected(item.toString());
    assertThat(e.pointer()).isEqualTo("/altIds/0/value");
    assertThat(e.rule()).contains(SeedCorpus.ARTICLE.value());
  }
}
