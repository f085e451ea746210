package dev.masthead.model;

import static dev.masthead.model.Rejections.onlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ParagraphTest {
  private static final Span TOKYO = Span.of("Tokyo ");
  private static final Span HAS = Span.of("has", Mark.STRONG);
  private static final Span PLAN = Span.link(" a plan.", URI.create("https://example.com/plan"));

  private static Paragraph full() {
    return Paragraph.builder()
        .addContent(TOKYO, HAS, PLAN)
        .putExtension("acme:id", RawJson.of("\"p-1\""))
        .build();
  }

  @Test
  void buildsParagraphOfPlainText() {
    Paragraph paragraph = Paragraph.of("Hello");

    assertThat(paragraph.content()).containsExactly(Span.of("Hello"));
    assertThat(paragraph.extensions()).isEmpty();
    assertThat(paragraph.type()).isEqualTo("paragraph").isEqualTo(Paragraph.TYPE);
    assertThat(Block.knownTypes()).contains(Paragraph.TYPE);
  }

  @Test
  void buildsFullyPopulatedParagraphAndReadsEveryAttributeBack() {
    Paragraph paragraph = full();

    assertThat(paragraph.content()).containsExactly(TOKYO, HAS, PLAN);
    assertThat(paragraph.extensions()).containsExactly(Map.entry("acme:id", RawJson.of("\"p-1\"")));
    assertThat(paragraph.type()).isEqualTo(Paragraph.TYPE);
  }

  @Test
  void ofSpansKeepsTheirOrder() {
    assertThat(Paragraph.of(PLAN, TOKYO).content()).containsExactly(PLAN, TOKYO);
  }

  @Test
  void plainTextJoinsTheSpansWithoutMarksOrLinks() {
    assertThat(full().plainText()).isEqualTo("Tokyo has a plan.");
  }

  @Test
  void plainTextKeepsWhiteSpaceSpans() {
    Paragraph paragraph = Paragraph.of(Span.of("a"), Span.of(" "), Span.of("b", Mark.CODE));
    assertThat(paragraph.plainText()).isEqualTo("a b");
  }

  @Test
  void rejectsEmptyContent() {
    Violation violation = onlyViolation("Paragraph", () -> Paragraph.builder().build());
    assertThat(violation.path()).hasToString("content");
    assertThat(violation.rule()).isEqualTo("must have at least one span");
    assertThat(violation.value()).isEmpty();
  }

  @Test
  void rejectsContentOfOnlyBlankSpans() {
    Violation violation = onlyViolation("Paragraph",
        () -> Paragraph.of(Span.of(" "), Span.of("\n")));
    assertThat(violation.path()).hasToString("content");
    assertThat(violation.rule()).isEqualTo("must not be blank");
    assertThat(violation.value()).contains(" \\n");
  }

  @Test
  void rejectsNullSpanAtItsIndex() {
    Violation violation = onlyViolation("Paragraph",
        () -> Paragraph.builder().addContent(TOKYO, null).build());
    assertThat(violation.path()).hasToString("content[1]");
    assertThat(violation.pointer()).isEqualTo("/content/1");
    assertThat(violation.rule()).isEqualTo("must not be null");
  }

  @Test
  void rejectsTextLongerThanLimitAcrossSpans() {
    String half = "p".repeat(ContentLimits.PARAGRAPH / 2 + 1);
    Violation violation = onlyViolation("Paragraph",
        () -> Paragraph.of(Span.of(half), Span.of(half)));
    assertThat(violation.path()).hasToString("content");
    assertThat(violation.rule()).isEqualTo("must be at most 50000 characters long, is 50002");
  }

  @Test
  void acceptsTextAtLimit() {
    String text = "p".repeat(ContentLimits.PARAGRAPH);
    assertThat(Paragraph.of(text).plainText()).hasSize(ContentLimits.PARAGRAPH);
  }

  @ParameterizedTest
  @ValueSource(strings = {"content", "type"})
  void rejectsExtensionNamedLikeOneOfItsProperties(String name) {
    Violation violation = onlyViolation("Paragraph",
        () -> Paragraph.builder().addContent(TOKYO).putExtension(name, RawJson.of("1")).build());
    assertThat(violation.path()).hasToString("extensions." + name);
    assertThat(violation.rule()).isEqualTo("extension name must not be a property of Paragraph");
    assertThat(violation.value()).contains(name);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException exception = rejected("Paragraph", () -> Paragraph.builder()
        .addContent(TOKYO, null)
        .putExtension("content", RawJson.of("1"))
        .putExtension("", RawJson.of("2"))
        .build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString())
        .containsExactly("content[1]", "extensions.content", "extensions[\"\"]");
  }

  @Test
  void equalsAndHashesLikeAParagraphBuiltSeparately() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(Paragraph.of("Hello")).isEqualTo(Paragraph.of(Span.of("Hello")));
  }

  @Test
  void differsFromAParagraphDifferingInOneAttribute() {
    assertThat(full().withContent(TOKYO, HAS)).isNotEqualTo(full());
    assertThat(full().withExtensions(Map.of())).isNotEqualTo(full());
    // Same plain text, different marks: not equal.
    assertThat(Paragraph.of(Span.of("has", Mark.EMPHASIS))).isNotEqualTo(Paragraph.of(HAS));
  }

  @Test
  void withContentChangesOnlyTheContent() {
    Paragraph changed = full().withContent(Span.of("Other"));
    assertThat(changed.content()).containsExactly(Span.of("Other"));
    assertThat(changed.extensions()).isEqualTo(full().extensions());
    assertThat(full().content()).containsExactly(TOKYO, HAS, PLAN);
  }

  @Test
  void withEmptyContentIsRejected() {
    Violation violation = onlyViolation("Paragraph", () -> full().withContent(List.of()));
    assertThat(violation.path()).hasToString("content");
    assertThat(violation.rule()).isEqualTo("must have at least one span");
  }

  @Test
  void withBlankContentIsRejected() {
    Violation violation = onlyViolation("Paragraph", () -> full().withContent(Span.of("  ")));
    assertThat(violation.path()).hasToString("content");
    assertThat(violation.rule()).isEqualTo("must not be blank");
  }
}
