package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.onlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class SpanTest {
  private static final URI LINK = URI.create("https://example.com/plan");

  private static Span full() {
    return Span.builder()
        .text("a plan")
        .addMarks(Mark.STRONG, Mark.EMPHASIS)
        .link(LINK)
        .putExtension("acme:note", RawJson.of("{\"n\":1}"))
        .build();
  }

  @Test
  void buildsPlainSpan() {
    Span span = Span.of("Tokyo");

    assertThat(span.text()).isEqualTo("Tokyo");
    assertThat(span.marks()).isEmpty();
    assertThat(span.link()).isEmpty();
    assertThat(span.extensions()).isEmpty();
  }

  @Test
  void buildsSpanWithOneMark() {
    Span span = Span.of("has", Mark.EMPHASIS);
    assertThat(span.text()).isEqualTo("has");
    assertThat(span.marks()).containsExactly(Mark.EMPHASIS);
    assertThat(span.link()).isEmpty();
  }

  @Test
  void buildsLinkedSpan() {
    Span span = Span.link("a plan", LINK);
    assertThat(span.text()).isEqualTo("a plan");
    assertThat(span.marks()).isEmpty();
    assertThat(span.link()).contains(LINK);
  }

  @Test
  void buildsFullyPopulatedSpanAndKeepsMarkOrder() {
    Span span = full();

    assertThat(span.text()).isEqualTo("a plan");
    assertThat(span.marks()).containsExactly(Mark.STRONG, Mark.EMPHASIS);
    assertThat(span.link()).contains(LINK);
    assertThat(span.extensions()).containsExactly(Map.entry("acme:note", RawJson.of("{\"n\":1}")));
  }

  @Test
  void keepsMarkFromANewerVocabulary() {
    Span span = Span.of("x", Mark.of("acme:highlight"));
    assertThat(span.marks()).singleElement().satisfies(mark -> {
      assertThat(mark.value()).isEqualTo("acme:highlight");
      assertThat(mark.isKnown()).isFalse();
    });
  }

  @Test
  void rejectsEmptyText() {
    assertOnlyViolation("Span", () -> Span.of(""), "text", "must not be empty", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {" ", "\n", "\t", "\r\n", "\u00A0", "\u200B"})
  void acceptsWhitespaceOnlyText(String text) {
    assertThat(Span.of(text).text()).isEqualTo(text);
  }

  @Test
  void reportsMissingTextAsRequired() {
    Violation violation = onlyViolation("Span", () -> Span.builder().build());
    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo("is required");
    assertThat(violation.value()).isEmpty();
  }

  @Test
  void reportsNullTextAsRequired() {
    Violation violation = onlyViolation("Span", () -> Span.of(null));
    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo("is required");
  }

  @Test
  void rejectsControlCharacterInText() {
    assertOnlyViolation("Span", () -> Span.of("a\u0000b"),
        "text", "must not contain control characters other than tab and line breaks", "a\\u0000b");
  }

  @Test
  void rejectsUnpairedSurrogateInText() {
    assertOnlyViolation("Span", () -> Span.of("a\uD800b"),
        "text", "must not contain an unpaired surrogate", "a\\ud800b");
  }

  @Test
  void rejectsTextLongerThanLimit() {
    Violation violation = onlyViolation("Span",
        () -> Span.of("t".repeat(ContentLimits.PARAGRAPH + 1)));
    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo("must be at most 50000 characters long, is 50001");
  }

  @Test
  void rejectsRepeatedMark() {
    assertOnlyViolation("Span",
        () -> Span.builder().text("x").addMarks(Mark.EMPHASIS, Mark.STRONG, Mark.EMPHASIS).build(),
        "marks[2]", "must not repeat a mark", "emphasis");
  }

  @Test
  void rejectsNullMarkAtItsIndex() {
    Violation violation = onlyViolation("Span",
        () -> Span.builder().text("x").addMarks(Mark.CODE, null).build());
    assertThat(violation.path()).hasToString("marks[1]");
    assertThat(violation.pointer()).isEqualTo("/marks/1");
    assertThat(violation.rule()).isEqualTo("must not be null");
    assertThat(violation.value()).isEmpty();
  }

  @Test
  void rejectsLinkThatIsNotAbsoluteHttp() {
    assertOnlyViolation("Span", () -> Span.link("x", URI.create("javascript:alert(1)")),
        "link", "must be an absolute http or https URL", "javascript:alert(1)");
  }

  @Test
  void rejectsLinkWithoutHost() {
    assertOnlyViolation("Span", () -> Span.link("x", URI.create("https:///nohost")),
        "link", "must be a URL with a host name", "https:///nohost");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "marks", "link"})
  void rejectsExtensionNamedLikeOneOfItsProperties(String name) {
    assertOnlyViolation("Span",
        () -> Span.builder().text("x").putExtension(name, RawJson.of("1")).build(),
        "extensions." + name, "extension name must not be a property of Span", name);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException exception = rejected("Span", () -> Span.builder()
        .text("")
        .addMarks(Mark.CODE, Mark.CODE)
        .link(URI.create("ftp://example.com"))
        .putExtension("marks", RawJson.of("[]"))
        .build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString())
        .containsExactly("text", "marks[1]", "link", "extensions.marks");
  }

  @Test
  void equalsAndHashesLikeASpanBuiltSeparately() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(Span.of("x", Mark.CODE)).isEqualTo(Span.builder().text("x").addMark(Mark.CODE)
        .build());
  }

  @Test
  void differsFromASpanDifferingInOneAttribute() {
    Span span = full();
    assertThat(span.withText("another plan")).isNotEqualTo(span);
    assertThat(span.withMarks(Mark.EMPHASIS, Mark.STRONG)).isNotEqualTo(span);
    assertThat(span.withLink(URI.create("https://example.com/other"))).isNotEqualTo(span);
    assertThat(span.withExtensions(Map.of())).isNotEqualTo(span);
  }

  @Test
  void withTextChangesOnlyTheText() {
    Span changed = full().withText("the plan");
    assertThat(changed.text()).isEqualTo("the plan");
    assertThat(changed.marks()).containsExactly(Mark.STRONG, Mark.EMPHASIS);
    assertThat(changed.link()).contains(LINK);
    assertThat(changed.extensions()).isEqualTo(full().extensions());
    assertThat(full().text()).isEqualTo("a plan");
  }

  @Test
  void withEmptyTextIsRejected() {
    assertOnlyViolation("Span", () -> full().withText(""), "text", "must not be empty", "");
  }

  @Test
  void withRepeatedMarksIsRejected() {
    assertOnlyViolation("Span", () -> full().withMarks(Mark.CODE, Mark.CODE),
        "marks[1]", "must not repeat a mark", "code");
  }
}
