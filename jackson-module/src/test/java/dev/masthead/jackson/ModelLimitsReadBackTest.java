package dev.masthead.jackson;

import dev.masthead.model.ContentReadException;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ContentLimits;
import dev.masthead.model.Paragraph;
import dev.masthead.model.RawJson;
import dev.masthead.model.Span;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Whatever the model accepts, {@code MastheadJson} reads back: the model's limits on raw JSON
 * sit inside the reader's default limits. Found after the fuzzing (probing the limits next to
 * the fuzz finding in {@link FuzzFindingsTest}): a raw number of 101 to 1,000 characters and a raw
 * value 64 levels deep were accepted by the model, written, and then refused by the reader
 * (numbers of at most 100 characters, documents at most 64 levels deep).
 */
final class ModelLimitsReadBackTest {
  private static final MastheadJson JSON = MastheadJson.defaults();

  /** An article whose first span carries the given extension: the deepest place one can sit. */
  private static Article withSpanExtension(RawJson value) {
    return Article.builder()
        .id(ArticleId.of("limits"))
        .slug("limits")
        .headline("Limits")
        .published(Instant.parse("2025-12-25T08:00:00Z"))
        .language("en")
        .addBody(Paragraph.of(Span.builder().text("deep").putExtension("acme:x", value).build()))
        .build();
  }

  private static String nested(int depth, String innermost) {
    return "[{\"k\":".repeat(depth / 2) + "[".repeat(depth % 2) + innermost
        + "]".repeat(depth % 2) + "}]".repeat(depth / 2);
  }

  @Test
  void theDeepestAndLongestRawValuesTheModelHoldsReadBackFromBytesAndText() {
    String longestNumber = "-1." + "2".repeat(98) + "e+5"; // 100 digits
    RawJson deepest = RawJson.of(nested(ContentLimits.RAW_JSON_DEPTH, longestNumber));
    Article article = withSpanExtension(deepest);

    byte[] written = JSON.writeBytes(article);

    assertThat(longestNumber.chars().filter(Character::isDigit).count())
        .isEqualTo(ContentLimits.RAW_JSON_NUMBER);
    assertThat(JSON.read(written, Article.class)).isEqualTo(article);
    assertThat(JSON.read(new String(written, UTF_8), Article.class)).isEqualTo(article);
    assertThat(MastheadJson.builder().indent(true).build().read(
        MastheadJson.builder().indent(true).build().write(article), Article.class))
        .isEqualTo(article);
  }

  @Test
  void aRawValueDeeperThanTheModelHoldsIsRefusedAtItsPointer() {
    String document = "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"h\",\"published\":"
        + "\"2025-12-25T08:00:00Z\",\"language\":\"en\",\"acme:x\":"
        + nested(ContentLimits.RAW_JSON_DEPTH + 1, "1") + "}";

    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> JSON.read(document, Article.class));

    assertThat(e).isNotNull();
    assertThat(e.pointer()).isEqualTo("/acme:x");
    assertThat(e.rule()).contains("nesting deeper than " + ContentLimits.RAW_JSON_DEPTH);
  }

  @Test
  void aRawNumberLongerThanTheModelHoldsIsRefusedAtItsPointer() {
    String document = "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"h\",\"published\":"
        + "\"2025-12-25T08:00:00Z\",\"language\":\"en\",\"acme:x\":[1." + "1".repeat(100) + "]}";

    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> JSON.read(document, Article.class));

    assertThat(e).isNotNull();
    assertThat(e.pointer()).startsWith("/acme:x");
    assertThat(e.rule()).containsIgnoringCase("number");
  }
}
