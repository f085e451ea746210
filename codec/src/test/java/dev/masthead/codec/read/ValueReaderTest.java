package dev.masthead.codec.read;

import static dev.masthead.codec.testing.TestJson.failure;
import static dev.masthead.codec.testing.TestJson.read;
import static dev.masthead.codec.testing.TestJson.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.masthead.codec.testing.JsonInput;
import dev.masthead.codec.wire.AnyType;
import dev.masthead.codec.wire.ValueType;
import dev.masthead.codec.wire.WireTable;
import dev.masthead.model.Article;
import dev.masthead.model.Block;
import dev.masthead.model.RawJson;
import dev.masthead.model.ReadLimits;
import dev.masthead.model.UnknownBlock;
import dev.masthead.model.Violation;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A body block whose {@code type} is not its first property is recorded as it is read, then
 * read again from the recording as the type it names: through the token input's {@code
 * record()} and {@code replay()}, which every adapter implements. Each token is counted once,
 * the limits hold while it is recorded, and what is wrong in it is placed inside the block.
 */
final class ValueReaderTest {
  @SuppressWarnings("unchecked")
  private static final ValueType<Article> ARTICLE =
      (ValueType<Article>) WireTable.all().get(Article.class);

  @SuppressWarnings("unchecked")
  private static final ValueType<Block> BLOCK =
      (ValueType<Block>) WireTable.all().get(Block.class);

  private static final String PARAGRAPH =
      "{\"type\":\"paragraph\",\"content\":[{\"text\":\"Words.\"}]}";

  private static String article(String... blocks) {
    return "{\"id\":\"a1\",\"slug\":\"a-1\",\"headline\":\"A\",\"body\":["
        + String.join(",", blocks)
        + "],\"published\":\"2025-12-25T08:00:00Z\",\"language\":\"en\"}";
  }

  /** {@return how many tokens {@code json} is} */
  private static long tokens(String json) {
    JsonInput in = JsonInput.of(json);
    long count = 0;
    while (in.next() != null) {
      count++;
    }
    return count;
  }

  @Test
  void readsABlockWhoseTypeComesLastFromItsRecordingAsTheTypeItNames() {
    String late = "{\"text\":\"Background\",\"x\":{\"y\":[1,2.50,-0]},\"level\":3,"
        + "\"type\":\"heading\"}";
    String first = "{\"type\":\"heading\",\"text\":\"Background\",\"level\":3,"
        + "\"x\":{\"y\":[1,2.50,-0]}}";

    Block block = read(BLOCK, late);

    assertThat(block).isEqualTo(read(BLOCK, first));
    assertThat(block.extensions()).containsExactly(
        Map.entry("x", RawJson.of("{\"y\":[1,2.50,-0]}")));
    assertThat(write(BLOCK, block)).isEqualTo(first);
  }

  @Test
  void readsABlockOfATypeThisVersionDoesNotKnowWholeWhenItsTypeComesLast() {
    Block block = read(BLOCK, "{\"zoom\":3,\"centre\":[51.5,-0.12],\"type\":\"acme:map\"}");

    assertThat(block).isInstanceOf(UnknownBlock.class);
    assertThat(block.type()).isEqualTo("acme:map");
    assertThat(write(BLOCK, block))
        .isEqualTo("{\"type\":\"acme:map\",\"zoom\":3,\"centre\":[51.5,-0.12]}");
  }

  @Test
  void placesTheProblemsOfABlockWhoseTypeComesLastInsideTheBlock() {
    String json = article(PARAGRAPH,
        "{\"level\":9,\"text\":\"Background\",\"type\":\"heading\"}",
        "{\"level\":\"2\",\"x\":{\"y\":[1]},\"type\":\"heading\"}",
        "{\"text\":\"Q\",\"speaker\":\"Not An Id\",\"type\":\"quote\",\"type\":\"quote\"}");

    assertThat(failure(ARTICLE, json).violations())
        .extracting(Violation::pointer, Violation::rule)
        .containsExactly(
            tuple("/body/1/level", "must be from 2 to 6"),
            tuple("/body/2/level", "must be an integer, is a string"),
            tuple("/body/2/text", "is required"),
            tuple("/body/3/speaker",
                "must be lower-case letters and digits in words joined by '-', '_', '.' or ':'"),
            tuple("/body/3/type", "must not appear twice in an object"));
  }

  @Test
  void countsTheTokensOfABlockWhoseTypeComesLastOnce() {
    String json = article(PARAGRAPH, "{\"text\":\"Background\",\"x\":[1,2,3],\"level\":3,"
        + "\"type\":\"heading\"}");
    long tokens = tokens(json);

    assertThat(read(ARTICLE, json, ReadLimits.defaults().toBuilder().maxTokenCount(tokens)
        .build()).body()).hasSize(2);
    assertThat(failure(ARTICLE, json,
        ReadLimits.defaults().toBuilder().maxTokenCount(tokens - 1).build()).violations())
        .extracting(Violation::pointer, Violation::rule)
        .containsExactly(tuple("", "must be a document of at most " + (tokens - 1) + " tokens"));
  }

  @Test
  void holdsTheLimitsOnABlockWhoseTypeComesLastAsItIsRecorded() {
    String json = article(PARAGRAPH, "{\"text\":\"" + "x".repeat(11) + "\",\"type\":\"quote\"}");

    assertThat(failure(ARTICLE, json,
        ReadLimits.defaults().toBuilder().maxStringLength(10).build()).violations())
        .extracting(Violation::pointer, Violation::rule)
        .containsExactly(tuple("/body/1/text", "must be a string of at most 10 characters"));
  }

  /** An adapter asks what a null is before it reads one: read, it is a value of RawJson only. */
  @Test
  void readsAJsonNullAsAValueOfRawJsonOnly() {
    assertThat(read(AnyType.INSTANCE, "null")).isEqualTo(RawJson.of("null"));
    assertThat(failure(ARTICLE, "null").violations())
        .extracting(Violation::pointer, Violation::rule)
        .containsExactly(tuple("", "must be an object, is null"));
    assertThat(failure(BLOCK, " null ").violations())
        .extracting(Violation::pointer, Violation::rule)
        .containsExactly(tuple("", "must be an object, is null"));
  }
}
