package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.onlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
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
    assertOnlyViolation("Heading", () -> Heading.builder().text("x").level(level).build(),
        "level", "must be from 2 to 6", String.valueOf(level));
  }

  @Test
  void levelBoundsAreTwoAndSix() {
    assertThat(Heading.MIN_LEVEL).isEqualTo(2);
    assertThat(Heading.MAX_LEVEL).isEqualTo(6);
  }

  @Test
  void reportsMissingTextAsRequired() {
    Violation violation = onlyViolation("Heading", () -> Heading.builder().level(3).build());
    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo("is required");
    assertThat(violation.value()).isEmpty();
  }

  @Test
  void reportsNullTextAsRequired() {
    Violation violation = onlyViolation("Heading", () -> Heading.of(null));
    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo("is required");
  }

  @Test
  void rejectsBlankText() {
    assertOnlyViolation("Heading", () -> Heading.of("  "), "text", "must not be blank", "  ");
  }

  @Test
  void rejectsTextWithLineBreak() {
    assertOnlyViolation("Heading", () -> Heading.of("Back\nground"),
        "text", "must not contain control characters or line breaks", "Back\\nground");
  }

  @Test
  void rejectsTextLongerThanLimit() {
    Violation violation = onlyViolation("Heading",
        () -> Heading.of("h".repeat(ContentLimits.HEADLINE + 1)));
    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo("must be at most 500 characters long, is 501");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "level", "type"})
  void rejectsExtensionNamedLikeOneOfItsProperties(String name) {
    assertOnlyViolation("Heading",
        () -> Heading.builder().text("x").putExtension(name, RawJson.of("3")).build(),
        "extensions." + name, "extension name must not be a property of Heading", name);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException exception = rejected("Heading", () -> Heading.builder()
        .level(1)
        .putExtension("text", RawJson.of("\"x\""))
        .build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString(), Violation::rule)
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
    assertOnlyViolation("Heading", () -> full().withLevel(7), "level", "must be from 2 to 6", "7");
  }

  @Test
  void withBlankTextIsRejected() {
    assertOnlyViolation("Heading", () -> full().withText(" "), "text", "must not be blank", " ");
  }
}
