package dev.masthead.codec.wire;

import static dev.masthead.codec.testing.TestJson.failure;
import static dev.masthead.codec.testing.TestJson.read;
import static dev.masthead.codec.testing.TestJson.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.masthead.codec.schema.SchemaWriter;
import dev.masthead.internal.Formats;
import dev.masthead.model.Block;
import dev.masthead.model.Heading;
import dev.masthead.model.RawJson;
import dev.masthead.model.UnknownBlock;
import dev.masthead.model.Violation;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The pieces the wire format is defined with, each defined here afresh. {@link WireTable}
 * defines its types once, as the class is initialised, before any test runs; these tests check
 * what a definition does (its schema keywords, its seen-set, its block table), not only its one
 * result, so that a change to the definitions is caught where it is made (and by PIT, which
 * cannot re-run a static initialiser).
 */
final class WireDefinitionTest {
  /** An object of {@code count} optional string properties p0, p1, …, read into a map. */
  private static ObjectType<Map<String, Object>, Map<String, Object>> wide(int count) {
    ObjectType.Definition<Map<String, Object>, Map<String, Object>> definition =
        ObjectType.define("Wide", "An object of many properties.", LinkedHashMap::new,
            Function.identity());
    for (int i = 0; i < count; i++) {
      String name = "p" + i;
      definition.optional(name, map -> Optional.ofNullable((String) map.get(name)),
          (map, value) -> map.put(name, value), WireTable.STRING);
    }
    return definition.extensions(map -> Map.of(), (map, name, value) -> map.put(name, value));
  }

  @Test
  void textTypeIsAStringInTheSchemaWithItsKeywordsInTheOrderGiven() {
    TextType<String> line = TextType.of(s -> s, s -> s, "minLength", 1, "maxLength", 300);

    assertThat(TextType.<String>of(s -> s, s -> s).schema())
        .containsExactly(entry("type", "string"));
    assertThat(line.schema()).containsExactly(entry("type", "string"),
        entry("minLength", 1), entry("maxLength", 300));
    // The schema writer writes a type's keywords as the type gives them.
    assertThat(SchemaWriter.document("Line", line)).containsExactly(
        entry("$schema", "https://json-schema.org/draft/2020-12/schema"),
        entry("$id", "https://masthead.dev/schema/Line.json"), entry("title", "Line"),
        entry("type", "string"), entry("minLength", 1), entry("maxLength", 300),
        entry("$defs", Map.of()));
  }

  @Test
  void textTypeWithMoreSchemaKeepsItsKeywordsReplacesARepeatedOneAndReadsTheSame() {
    TextType<String> line = TextType.of(s -> s, s -> s, "minLength", 1, "maxLength", 300);
    TextType<String> slug = line.withSchema("maxLength", 200, "pattern", "^[a-z]+$");
    TextType<Instant> instant = WireTable.INSTANT.withSchema("description", "when");

    assertThat(slug.schema()).containsExactly(entry("type", "string"),
        entry("minLength", 1), entry("maxLength", 200), entry("pattern", "^[a-z]+$"));
    assertThat(line.schema()).containsExactly(entry("type", "string"),
        entry("minLength", 1), entry("maxLength", 300));
    assertThat(instant.schema()).containsExactly(entry("type", "string"),
        entry("maxLength", Formats.INSTANT.maxLength()),
        entry("pattern", Formats.INSTANT.regex()), entry("format", "date-time"),
        entry("description", "when"));
    assertThat(read(instant, "\"2025-12-25T08:00:00Z\""))
        .isEqualTo(Instant.parse("2025-12-25T08:00:00Z"));
    assertThat(write(instant, Instant.parse("2025-12-25T08:00:00Z")))
        .isEqualTo("\"2025-12-25T08:00:00Z\"");
  }

  @Test
  void intTypeWithMoreSchemaIsAnIntegerWithItsKeywordsInTheOrderGiven() {
    IntType level = IntType.INT.withSchema("minimum", 2, "maximum", 6);

    assertThat(level.schema()).containsExactly(entry("type", "integer"),
        entry("minimum", 2), entry("maximum", 6));
    assertThat(IntType.INT.schema()).containsExactly(entry("type", "integer"));
    assertThat(read(level, "7")).isEqualTo(7);
  }

  @Test
  void objectOf63PropertiesReadsEachKnownOneOnceAndKeepsTheUnknownOnes() {
    ObjectType<Map<String, Object>, Map<String, Object>> type = wide(63);

    Map<String, Object> read = read(type, "{\"p62\":\"last\",\"p0\":\"first\",\"x\":[1]}");

    assertThat(read).containsExactly(entry("p62", "last"), entry("p0", "first"),
        entry("x", RawJson.of("[1]")));
    assertThat(write(type, read)).isEqualTo("{\"p0\":\"first\",\"p62\":\"last\"}");
    assertThat(failure(type, "{\"p62\":\"a\",\"p61\":\"b\",\"p62\":\"c\",\"p0\":\"d\"}")
        .violations()).extracting(Violation::pointer, Violation::rule)
        .containsExactly(tuple("/p62", "must not appear twice in an object"));
  }

  @Test
  void objectOf64PropertiesIsRefusedAsTooManyForItsSeenSet() {
    assertThatThrownBy(() -> wide(64))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("too many properties for a seen-set: Wide");
  }

  @Test
  void blockTypesOfTheModelsBlockTypesReadEachBlockByItsType() {
    BlockTypes blocks = new BlockTypes(List.of(WireTable.PARAGRAPH, WireTable.HEADING,
        WireTable.QUOTE, WireTable.IMAGE_BLOCK, WireTable.LINK_BLOCK, WireTable.CALL_TO_ACTION),
        WireTable.UNKNOWN_BLOCK);
    String heading = "{\"type\":\"heading\",\"text\":\"Background\",\"level\":3}";
    String quote = "{\"text\":\"Stability.\",\"type\":\"quote\"}";
    String future = "{\"type\":\"acme:map\",\"zoom\":3}";

    assertThat(read(blocks, heading)).isEqualTo(read(WireTable.BLOCK, heading));
    assertThat(read(blocks, quote)).isEqualTo(read(WireTable.BLOCK, quote));
    Block unknown = read(blocks, future);
    assertThat(unknown).isInstanceOf(UnknownBlock.class);
    assertThat(unknown.type()).isEqualTo("acme:map");
    assertThat(write(blocks, unknown)).isEqualTo(future);
  }

  @Test
  void blockTypesAreRefusedWhenTheyDoNotMatchTheModelsBlockTypes() {
    // A heading under another type name than the model's.
    ObjectType<Heading, Heading.Builder> subheading = ObjectType
        .define("Heading", "A sub-heading.", Heading::builder, Heading.Builder::build)
        .discriminator("subheading")
        .required("text", Heading::text, Heading.Builder::text, WireTable.HEADLINE)
        .extensions(Heading::extensions, Heading.Builder::putExtension);

    assertThatThrownBy(() -> new BlockTypes(List.of(WireTable.PARAGRAPH, subheading,
        WireTable.QUOTE, WireTable.IMAGE_BLOCK, WireTable.LINK_BLOCK, WireTable.CALL_TO_ACTION),
        WireTable.UNKNOWN_BLOCK))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("block types [paragraph, subheading, quote, image, link, "
            + "call-to-action] do not match the model's block types ");
  }
}
