package dev.masthead.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.masthead.internal.Formats;
import dev.masthead.model.Block;
import dev.masthead.model.Heading;
import dev.masthead.model.RawJson;
import dev.masthead.model.ReadLimits;
import dev.masthead.model.UnknownBlock;
import dev.masthead.model.Violation;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

/**
 * The pieces the wire format is defined with, each defined here afresh. {@link Codecs} defines
 * its codecs once, as the class is initialised, before any test runs; these tests check what a
 * definition does (its schema keywords, its seen-set, its block registry), not only its one
 * result, so that a change to the definitions is caught where it is made (and by PIT, which
 * cannot re-run a static initialiser).
 */
final class CodecDefinitionTest {
  /** An object of {@code count} optional string properties p0, p1, …, read into a map. */
  private static ObjectCodec<Map<String, Object>, Map<String, Object>> wide(int count) {
    ObjectCodec.Definition<Map<String, Object>, Map<String, Object>> definition =
        ObjectCodec.define("Wide", "An object of many properties.", LinkedHashMap::new,
            Function.identity());
    for (int i = 0; i < count; i++) {
      String name = "p" + i;
      definition.optional(name, map -> Optional.ofNullable((String) map.get(name)),
          (map, value) -> map.put(name, value), Codecs.STRING);
    }
    return definition.extensions(map -> Map.of(), (map, name, value) -> map.put(name, value));
  }

  @SuppressWarnings("unchecked")
  private static <T> T read(Codec<T> codec, String json) {
    try (JsonParser parser = RawJsonCodec.FACTORY.createParser(ObjectReadContext.empty(), json)) {
      parser.nextToken();
      return Reads.value((Class<T>) Object.class, codec, parser, ReadLimits.defaults(), -1);
    }
  }

  private static <T> String write(Codec<T> codec, T value) {
    StringWriter out = new StringWriter();
    try (JsonGenerator generator =
        RawJsonCodec.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      codec.write(value, generator);
    }
    return out.toString();
  }

  @Test
  void textCodecIsAStringInTheSchemaWithItsKeywordsInTheOrderGiven() {
    TextCodec<String> line = TextCodec.of(s -> s, s -> s, "minLength", 1, "maxLength", 300);

    assertThat(TextCodec.of(s -> s, s -> s).schema(new Schemas()))
        .containsExactly(entry("type", "string"));
    assertThat(line.schema(new Schemas())).containsExactly(entry("type", "string"),
        entry("minLength", 1), entry("maxLength", 300));
  }

  @Test
  void textCodecWithMoreSchemaKeepsItsKeywordsReplacesARepeatedOneAndReadsTheSame() {
    TextCodec<String> line = TextCodec.of(s -> s, s -> s, "minLength", 1, "maxLength", 300);
    TextCodec<String> slug = line.withSchema("maxLength", 200, "pattern", "^[a-z]+$");
    TextCodec<Instant> instant = Codecs.INSTANT.withSchema("description", "when");

    assertThat(slug.schema(new Schemas())).containsExactly(entry("type", "string"),
        entry("minLength", 1), entry("maxLength", 200), entry("pattern", "^[a-z]+$"));
    assertThat(line.schema(new Schemas())).containsExactly(entry("type", "string"),
        entry("minLength", 1), entry("maxLength", 300));
    assertThat(instant.schema(new Schemas())).containsExactly(entry("type", "string"),
        entry("maxLength", Formats.INSTANT.maxLength()),
        entry("pattern", Formats.INSTANT.regex()), entry("format", "date-time"),
        entry("description", "when"));
    assertThat(read(instant, "\"2025-12-25T08:00:00Z\""))
        .isEqualTo(Instant.parse("2025-12-25T08:00:00Z"));
    assertThat(write(instant, Instant.parse("2025-12-25T08:00:00Z")))
        .isEqualTo("\"2025-12-25T08:00:00Z\"");
  }

  @Test
  void intCodecWithMoreSchemaIsAnIntegerWithItsKeywordsInTheOrderGiven() {
    IntCodec level = IntCodec.INSTANCE.withSchema("minimum", 2, "maximum", 6);

    assertThat(level.schema(new Schemas())).containsExactly(entry("type", "integer"),
        entry("minimum", 2), entry("maximum", 6));
    assertThat(IntCodec.INSTANCE.schema(new Schemas()))
        .containsExactly(entry("type", "integer"));
    assertThat(read(level, "7")).isEqualTo(7);
  }

  @Test
  void objectOf63PropertiesReadsEachKnownOneOnceAndKeepsTheUnknownOnes() {
    ObjectCodec<Map<String, Object>, Map<String, Object>> codec = wide(63);

    Map<String, Object> read = read(codec, "{\"p62\":\"last\",\"p0\":\"first\",\"x\":[1]}");

    assertThat(read).containsExactly(entry("p62", "last"), entry("p0", "first"),
        entry("x", RawJson.of("[1]")));
    assertThat(write(codec, read)).isEqualTo("{\"p0\":\"first\",\"p62\":\"last\"}");
    ReadFailure twice = catchThrowableOfType(ReadFailure.class,
        () -> read(codec, "{\"p62\":\"a\",\"p61\":\"b\",\"p62\":\"c\",\"p0\":\"d\"}"));
    assertThat(twice).isNotNull();
    assertThat(twice.problems().violations()).extracting(Violation::pointer, Violation::rule)
        .containsExactly(tuple("/p62", "must not appear twice in an object"));
  }

  @Test
  void objectOf64PropertiesIsRefusedAsTooManyForItsSeenSet() {
    assertThatThrownBy(() -> wide(64))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("too many properties for the seen-set: Wide");
  }

  @Test
  void blockCodecOfTheModelsBlockTypesReadsEachBlockByItsType() {
    BlockCodec codec = new BlockCodec(List.of(Codecs.PARAGRAPH, Codecs.HEADING, Codecs.QUOTE,
        Codecs.IMAGE_BLOCK, Codecs.LINK_BLOCK, Codecs.CALL_TO_ACTION), Codecs.UNKNOWN_BLOCK);
    String heading = "{\"type\":\"heading\",\"text\":\"Background\",\"level\":3}";
    String quote = "{\"text\":\"Stability.\",\"type\":\"quote\"}";
    String future = "{\"type\":\"acme:map\",\"zoom\":3}";

    assertThat(read(codec, heading)).isEqualTo(read(Codecs.BLOCK, heading));
    assertThat(read(codec, quote)).isEqualTo(read(Codecs.BLOCK, quote));
    Block unknown = read(codec, future);
    assertThat(unknown).isInstanceOf(UnknownBlock.class);
    assertThat(unknown.type()).isEqualTo("acme:map");
    assertThat(write(codec, unknown)).isEqualTo(future);
  }

  @Test
  void blockCodecIsRefusedWhenItsCodecsDoNotMatchTheModelsBlockTypes() {
    // A heading under another type name than the model's.
    ObjectCodec<Heading, Heading.Builder> subheading = ObjectCodec
        .define("Heading", "A sub-heading.", Heading::builder, Heading.Builder::build)
        .discriminator("subheading")
        .required("text", Heading::text, Heading.Builder::text, Codecs.HEADLINE)
        .extensions(Heading::extensions, Heading.Builder::putExtension);

    assertThatThrownBy(() -> new BlockCodec(List.of(Codecs.PARAGRAPH, subheading, Codecs.QUOTE,
        Codecs.IMAGE_BLOCK, Codecs.LINK_BLOCK, Codecs.CALL_TO_ACTION), Codecs.UNKNOWN_BLOCK))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("block codecs [paragraph, subheading, quote, image, link, "
            + "call-to-action] do not match the model's block types ");
  }
}
