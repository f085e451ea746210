package dev.masthead.interop.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.RawJson;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** An article's ninjs:* extensions go back to their ninjs places, where the schema takes them. */
final class NinjsExtensionsTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static JsonNode written(Article article) {
    String item = NinjsWriter.defaults().write(article, SeedCorpus.directory());
    assertThat(StockSchema.errors(item)).isEmpty();
    assertThat(NinjsReader.defaults().read(item)).isEqualTo(article);
    return MAPPER.readTree(item);
  }

  @Test
  void writesAnUnmappedPropertyBackToItsPlace() {
    Article article = SeedCorpus.article().withExtensions(java.util.Map.of(
        "ninjs:urgency", RawJson.of("3"),
        "ninjs:copyrightHolder", RawJson.ofString("The Region")));
    JsonNode item = written(article);
    assertThat(item.get("urgency").intValue()).isEqualTo(3);
    assertThat(item.get("copyrightHolder").stringValue()).isEqualTo("The Region");
  }

  @Test
  void replacesAMappedPropertyAndNullRemovesOne() {
    Article article = SeedCorpus.article().withExtensions(java.util.Map.of(
        "ninjs:uri", RawJson.ofString("http://example.com/items/1"),
        "ninjs:slugline", RawJson.of("null")));
    JsonNode item = written(article);
    assertThat(item.get("uri").stringValue()).isEqualTo("http://example.com/items/1");
    assertThat(item.has("slugline")).isFalse();
  }

  @Test
  void keepsAValueTheSchemaDoesNotTakeInTheSidecarOnly() {
    Article article = SeedCorpus.article().withExtensions(java.util.Map.of(
        "ninjs:urgency", RawJson.ofString("very"),
        "ninjs:notANinjsProperty", RawJson.of("1"),
        "acme:crmId", RawJson.ofString("crm-4711")));
    JsonNode item = written(article);
    assertThat(item.has("urgency")).isFalse();
    assertThat(item.has("notANinjsProperty")).isFalse();
  }
}
