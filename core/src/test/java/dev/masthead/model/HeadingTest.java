package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class HeadingTest {
  private static Heading full() {
    return Heading.builder()
        .text("Background")
        .level(3)
        .putExtension("acme:anchor", RawJson.of("\"background\""))
        .build();
  }

  private static ContentValidationException rejected(ThrowingCallable build) {
    Throwable thrown = catchThrowable(build);
    assertThat(thrown).as("what the build threw").isInstanceOf(ContentValidationException.class);
    ContentValidationException exception = (ContentValidationException) thrown;
    assertThat(exception.type()).isEqualTo("Heading");
    return exception;
  }

  private static Violation onlyViolation(ThrowingCallable build) {
    List<Violation> violations = rejected(build).violations();
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  private static void assertOnlyViolation(
      ThrowingCallable build, String path, String rule, String value) {
    Violation violation = onlyViolation(build);
    assertThat(violation.path()).isEqualTo(path);
    assertThat(violation.rule()).contains(rule);
    assertThat(violation.value()).contains(value);
  }

  @Test
  void buildsLevelTwoHeadingByDefault() {
    Heading heading = Heading.of("Background");

    assertThat(heading.text()).isEqualTo("Background");
    assertThat(heading.level()).isEqualTo(Heading.MIN_LEVEL).isEqualTo(2);
    assertThat(heading.extensions()).isEmpty();
    assertThat(heading.type()).isEqualTo("heading").isEqualTo(Heading.TYPE);
    assertThat(Block.knownTypes()).contains(Heading.TYPE);
  }

  @Test
  void buildsFullyPopulatedHeadingAndReadsEveryAttributeBack() {
    Heading heading = full();

    assertThat(heading.text()).isEqualTo("Background");
    assertThat(heading.level()).isEqualTo(3);
    assertThat(heading.extensions())
        .containsExactly(Map.entry("acme:anchor", RawJson.of("\"background\"")));
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 4, 5, 6})
  void acceptsLevelsFromTwoToSix(int level) {
    assertThat(Heading.builder().text("x").level(level).build().level()).isEqualTo(level);
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 7, 0, -1, Integer.MIN_VALUE, Integer.MAX_VALUE})
  void rejectsLevelOutsideTwoToSix(int level) {
    assertOnlyViolation(() -> Heading.builder().text("x").level(level).build(),
        "level", "must be from 2 to 6", String.valueOf(level));
  }

  @Test
  void levelBoundsAreTwoAndSix() {
    assertThat(Heading.MIN_LEVEL).isEqualTo(2);
    assertThat(Heading.MAX_LEVEL).isEqualTo(6);
  }

  @Test
  void reportsMissingTextAsRequired() {
    Violation violation = onlyViolation(() -> Heading.builder().level(3).build());
    assertThat(violation.path()).isEqualTo("text");
    assertThat(violation.rule()).isEqualTo("is required");
    assertThat(violation.value()).isEmpty();
  }

  @Test
  void reportsNullTextAsRequired() {
    Violation violation = onlyViolation(() -> Heading.of(null));
    assertThat(violation.path()).isEqualTo("text");
    assertThat(violation.rule()).isEqualTo("is required");
  }

  @Test
  void rejectsBlankText() {
    assertOnlyViolation(() -> Heading.of("  "), "text", "must not be blank", "  ");
  }

  @Test
  void rejectsTextWithLineBreak() {
    assertOnlyViolation(() -> Heading.of("Back\nground"),
        "text", "must not contain control characters or line breaks", "Back\\nground");
  }

  @Test
  void rejectsTextLongerThanLimit() {
    Violation violation = onlyViolation(() -> Heading.of("h".repeat(ContentLimits.HEADLINE + 1)));
    assertThat(violation.path()).isEqualTo("text");
    assertThat(violation.rule()).isEqualTo("must be at most 500 characters long, is 501");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "level", "type", "extensions"})
  void rejectsExtensionNamedLikeOneOfItsProperties(String name) {
    assertOnlyViolation(
        () -> Heading.builder().text("x").putExtension(name, RawJson.of("3")).build(),
        "extensions." + name, "extension name must not be a property of Heading", name);
  }

  @Test
  void keepsValidExtension() {
    Heading heading = Heading.builder().text("x").putExtension("acme:x", RawJson.of("3")).build();
    assertThat(heading.extensions()).containsExactly(Map.entry("acme:x", RawJson.of("3")));
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException exception = rejected(() -> Heading.builder()
        .level(1)
        .putExtension("text", RawJson.of("\"x\""))
        .build());

    assertThat(exception.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("text", "is required"),
            tuple("level", "must be from 2 to 6"),
            tuple(
                "extensions.text", "extension name must not be a property of Heading"));
  }

  @Test
  void equalsAndHashesLikeAHeadingBuiltSeparately() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(Heading.of("x")).isEqualTo(Heading.builder().text("x").level(2).build());
  }

  @Test
  void differsFromAHeadingDifferingInOneAttribute() {
    assertThat(full().withText("Other")).isNotEqualTo(full());
    assertThat(full().withLevel(4)).isNotEqualTo(full());
    assertThat(full().withExtensions(Map.of())).isNotEqualTo(full());
  }

  @Test
  void withLevelChangesOnlyTheLevel() {
    Heading changed = full().withLevel(6);
    assertThat(changed.level()).isEqualTo(6);
    assertThat(changed.text()).isEqualTo("Background");
    assertThat(changed.extensions()).isEqualTo(full().extensions());
    assertThat(full().level()).isEqualTo(3);
  }

  @Test
  void withLevelOutOfBoundsIsRejected() {
    assertOnlyViolation(() -> full().withLevel(7), "level", "must be from 2 to 6", "7");
  }

  @Test
  void withBlankTextIsRejected() {
    assertOnlyViolation(() -> full().withText(" "), "text", "must not be blank", " ");
  }
}
