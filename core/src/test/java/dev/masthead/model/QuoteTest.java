package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.onlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class QuoteTest {
  private static final PersonId SPEAKER = PersonId.of("akira-imamura");

  private static Quote full() {
    return Quote.builder()
        .text("We are here to stay.\nFor the long term.")
        .speaker(SPEAKER)
        .attribution("the ambassador")
        .putExtension("acme:lang", RawJson.of("\"ja\""))
        .build();
  }

  @Test
  void buildsQuoteSaidByAPerson() {
    Quote quote = Quote.of("We are here to stay.", SPEAKER);

    assertThat(quote.text()).isEqualTo("We are here to stay.");
    assertThat(quote.speaker()).contains(SPEAKER);
    assertThat(quote.attribution()).isEmpty();
    assertThat(quote.extensions()).isEmpty();
    assertThat(quote.type()).isEqualTo("quote").isEqualTo(Quote.TYPE);
    assertThat(Block.knownTypes()).contains(Quote.TYPE);
  }

  @Test
  void buildsMinimalQuoteWithTextOnly() {
    Quote quote = Quote.builder().text("Anonymous words").build();
    assertThat(quote.speaker()).isEmpty();
    assertThat(quote.attribution()).isEmpty();
  }

  @Test
  void buildsQuoteAttributedByFreeTextOnly() {
    Quote quote = Quote.builder().text("No comment.").attribution("a senior official").build();
    assertThat(quote.speaker()).isEmpty();
    assertThat(quote.attribution()).contains("a senior official");
  }

  @Test
  void buildsFullyPopulatedQuoteAndReadsEveryAttributeBack() {
    Quote quote = full();

    assertThat(quote.text()).isEqualTo("We are here to stay.\nFor the long term.");
    assertThat(quote.speaker()).contains(SPEAKER);
    assertThat(quote.attribution()).contains("the ambassador");
    assertThat(quote.extensions()).containsExactly(Map.entry("acme:lang", RawJson.of("\"ja\"")));
  }

  @Test
  void reportsMissingTextAsRequired() {
    Violation violation = onlyViolation("Quote", () -> Quote.builder().speaker(SPEAKER).build());
    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo("is required");
    assertThat(violation.value()).isEmpty();
  }

  @Test
  void reportsNullTextAsRequired() {
    Violation violation = onlyViolation("Quote", () -> Quote.of(null, SPEAKER));
    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo("is required");
  }

  @Test
  void rejectsBlankText() {
    assertOnlyViolation("Quote", () -> Quote.of(" \t\n", SPEAKER),
        "text", "must not be blank", " \\t\\n");
  }

  @Test
  void rejectsTextWithControlCharacter() {
    assertOnlyViolation("Quote", () -> Quote.of("a\u0008b", SPEAKER),
        "text", "must not contain control characters other than tab and line breaks", "a\\u0008b");
  }

  @Test
  void rejectsTextLongerThanLimit() {
    Violation violation = onlyViolation("Quote",
        () -> Quote.of("q".repeat(ContentLimits.TEXT + 1), SPEAKER));
    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo("must be at most 10000 characters long, is 10001");
  }

  @Test
  void rejectsBlankAttribution() {
    assertOnlyViolation("Quote", () -> Quote.builder().text("x").attribution(" ").build(),
        "attribution", "must not be blank", " ");
  }

  @Test
  void rejectsAttributionWithLineBreak() {
    assertOnlyViolation("Quote", () -> Quote.builder().text("x").attribution("a\nb").build(),
        "attribution", "must not contain control characters or line breaks", "a\\nb");
  }

  @Test
  void rejectsAttributionLongerThanLimit() {
    Violation violation = onlyViolation("Quote", () -> Quote.builder().text("x")
        .attribution("a".repeat(ContentLimits.LINE + 1)).build());
    assertThat(violation.path()).hasToString("attribution");
    assertThat(violation.rule()).isEqualTo("must be at most 300 characters long, is 301");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "speaker", "attribution", "type"})
  void rejectsExtensionNamedLikeOneOfItsProperties(String name) {
    assertOnlyViolation("Quote",
        () -> Quote.builder().text("x").putExtension(name, RawJson.of("1")).build(),
        "extensions." + name, "extension name must not be a property of Quote", name);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException exception = rejected("Quote", () -> Quote.builder()
        .text("")
        .attribution("\u0007")
        .putExtension("speaker", RawJson.of("\"x\""))
        .build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString())
        .containsExactly("text", "attribution", "extensions.speaker");
  }

  @Test
  void equalsAndHashesLikeAQuoteBuiltSeparately() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(Quote.of("x", SPEAKER)).isEqualTo(Quote.builder().text("x").speaker(SPEAKER)
        .build());
  }

  @Test
  void differsFromAQuoteDifferingInOneAttribute() {
    assertThat(full().withText("Other")).isNotEqualTo(full());
    assertThat(full().withSpeaker(PersonId.of("someone-else"))).isNotEqualTo(full());
    assertThat(full().withAttribution("the minister")).isNotEqualTo(full());
    assertThat(full().withExtensions(Map.of())).isNotEqualTo(full());
  }

  @Test
  void withSpeakerRemovedKeepsTheRest() {
    Quote changed = full().withSpeaker(Optional.empty());
    assertThat(changed.speaker()).isEmpty();
    assertThat(changed.text()).isEqualTo(full().text());
    assertThat(changed.attribution()).contains("the ambassador");
    assertThat(changed.extensions()).isEqualTo(full().extensions());
    assertThat(full().speaker()).contains(SPEAKER);
  }

  @Test
  void withBlankTextIsRejected() {
    assertOnlyViolation("Quote", () -> full().withText(" "), "text", "must not be blank", " ");
  }

  @Test
  void withNullTextIsRejectedAsRequired() {
    Violation violation = onlyViolation("Quote", () -> full().withText(null));
    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo("is required");
  }
}
