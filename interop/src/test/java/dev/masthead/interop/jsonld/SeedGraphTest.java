package dev.masthead.interop.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.SeedCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The seed article's graph against the checked-in {@code json-ld/seed-article.jsonld}: the same
 * nodes in the same order, and in each node the same properties in the same order with the same
 * values; then the same bytes.
 */
final class SeedGraphTest {
  private static final String GOLDEN = "/json-ld/seed-article.jsonld";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final String SITE = "https://connectingregion.com/";
  private static final String PAGE =
      "https://connectingregion.com/japans-long-term-vision-for-the-western-balkans/";

  private static String seedGraph(JsonLd jsonLd) {
    return jsonLd.write(SeedCorpus.article(), SeedCorpus.directory(), SeedCorpus.publication(),
        SeedCorpus.relatedTeasers());
  }

  private static String golden() throws IOException {
    try (InputStream in = SeedGraphTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as(GOLDEN).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void seedGraphEqualsTheCheckedInFileNodeByNodeAndPropertyByProperty() throws IOException {
    JsonNode expected = MAPPER.readTree(golden());
    JsonNode actual = MAPPER.readTree(seedGraph(JsonLd.defaults()));
    assertThat(names(actual)).isEqualTo(List.of("@context", "@graph"));
    assertThat(actual.get("@context")).isEqualTo(expected.get("@context"));
    assertThat(ids(actual.get("@graph"))).isEqualTo(ids(expected.get("@graph")));
    for (int i = 0; i < expected.get("@graph").size(); i++) {
      JsonNode want = expected.get("@graph").get(i);
      JsonNode got = actual.get("@graph").get(i);
      String id = want.get("@id").asString();
      assertThat(names(got)).as("properties of %s", id).isEqualTo(names(want));
      for (String property : names(want)) {
        assertThat(got.get(property)).as("%s of %s", property, id)
            .isEqualTo(want.get(property));
      }
    }
  }

  @Test
  void seedGraphIndentedIsTheCheckedInBytes() throws IOException {
    assertThat(seedGraph(JsonLd.builder().indent(true).build()) + "\n").isEqualTo(golden());
  }

  @Test
  void compactAndIndentedOutputAreTheSameDocument() {
    String compact = seedGraph(JsonLd.defaults());
    assertThat(compact).doesNotContain("\n");
    assertThat(MAPPER.readTree(compact))
        .isEqualTo(MAPPER.readTree(seedGraph(JsonLd.builder().indent(true).build())));
  }

  @Test
  void equalValuesGiveTheSameBytes() {
    // SeedCorpus builds new values on every call: equal values, not the same objects.
    assertThat(seedGraph(JsonLd.defaults())).isEqualTo(seedGraph(JsonLd.defaults()));
    assertThat(JsonLd.defaults().writeBytes(SeedCorpus.article(), SeedCorpus.directory(),
        SeedCorpus.publication(), SeedCorpus.relatedTeasers()))
        .isEqualTo(seedGraph(JsonLd.defaults()).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void datesAreInThePublicationsTimeZoneWithTheirOffset() {
    JsonNode article = MAPPER.readTree(seedGraph(JsonLd.defaults())).get("@graph").get(0);
    assertThat(article.get("datePublished").asString()).isEqualTo("2025-12-25T09:00:00+01:00");
    assertThat(article.get("dateModified").asString()).isEqualTo("2025-12-25T09:00:00+01:00");

    JsonNode inTokyo = MAPPER.readTree(seedGraph(
        JsonLd.builder().timeZone(ZoneId.of("Asia/Tokyo")).build())).get("@graph").get(0);
    assertThat(inTokyo.get("datePublished").asString()).isEqualTo("2025-12-25T17:00:00+09:00");
    JsonNode inUtc = MAPPER.readTree(JsonLd.defaults().write(SeedCorpus.article(),
        SeedCorpus.directory(), SeedCorpus.publication().withTimeZone(java.util.Optional.empty())))
        .get("@graph").get(0);
    assertThat(inUtc.get("datePublished").asString()).isEqualTo("2025-12-25T08:00:00+00:00");
  }

  @Test
  void seedIdsFollowTheScheme() {
    JsonNode graph = MAPPER.readTree(seedGraph(JsonLd.defaults())).get("@graph");
    assertThat(ids(graph)).startsWith(PAGE + "#article", PAGE, SITE + "#website",
        SITE + "#/schema/organisation/the-region", PAGE + "#primaryimage",
        PAGE + "#image-oliver-lepori", SITE + "#/schema/event/western-balkans-2030");
    assertThat(ids(graph)).contains(SITE + "#/schema/person/akira-imamura",
        SITE + "#/schema/place/serbia");
  }

  @Test
  void anotherSiteUrlMovesEveryEntityId() {
    JsonNode graph = MAPPER.readTree(seedGraph(JsonLd.builder()
        .siteUrl(java.net.URI.create("https://www.example.org")).build())).get("@graph");
    assertThat(ids(graph)).contains("https://www.example.org/#website",
        "https://www.example.org/#/schema/person/akira-imamura")
        .noneMatch(id -> id.startsWith(SITE + "#"));
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.properties().forEach(e -> names.add(e.getKey()));
    return names;
  }

  private static List<String> ids(JsonNode graph) {
    List<String> ids = new ArrayList<>();
    graph.forEach(n -> ids.add(n.get("@id").asString()));
    return ids;
  }
}
