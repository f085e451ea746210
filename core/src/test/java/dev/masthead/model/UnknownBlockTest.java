package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.onlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class UnknownBlockTest {
  private static UnknownBlock poll() {
    return UnknownBlock.builder()
        .type("acme:poll")
        .putExtension("question", RawJson.of("\"Coffee or tea?\""))
        .putExtension("options", RawJson.of("[\"coffee\",\"tea\"]"))
        .build();
  }

  @Test
  void buildsUnknownBlockWithTypeOnly() {
    UnknownBlock block = UnknownBlock.builder().type("timeline").build();
    assertThat(block.type()).isEqualTo("timeline");
    assertThat(block.extensions()).isEmpty();
  }

  @Test
  void keepsEveryOtherPropertyInOrder() {
    UnknownBlock block = poll();

    assertThat(block.type()).isEqualTo("acme:poll");
    assertThat(block.extensions()).containsExactly(
        Map.entry("question", RawJson.of("\"Coffee or tea?\"")),
        Map.entry("options", RawJson.of("[\"coffee\",\"tea\"]")));
  }

  @Test
  void acceptsExtensionsNamedLikeOtherBlocksProperties() {
    // Only "type" and "extensions" are UnknownBlock's own properties.
    UnknownBlock block = UnknownBlock.builder()
        .type("acme:callout")
        .putExtension("text", RawJson.of("\"x\""))
        .putExtension("level", RawJson.of("2"))
        .putExtension("content", RawJson.of("[]"))
        .build();
    assertThat(block.extensions()).containsOnlyKeys("text", "level", "content");
  }

  static List<String> knownTypes() {
    return List.copyOf(Block.knownTypes());
  }

  @ParameterizedTest
  @MethodSource("knownTypes")
  void rejectsAKnownBlockType(String type) {
    assertOnlyViolation("UnknownBlock", () -> UnknownBlock.builder().type(type).build(),
        "type", "must not be a known block type; build that block instead", type);
  }

  @Test
  void knownTypesAreTheSixBlocksOfThisVersion() {
    assertThat(Block.knownTypes()).containsExactlyInAnyOrder(
        "paragraph", "heading", "quote", "image", "link", "call-to-action");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Poll", "acme poll", "", "-poll", "poll-", "1poll", "acme::poll",
      "umfrage-ü"})
  void rejectsTypeNameThatIsNotAVocabularyTerm(String type) {
    assertOnlyViolation("UnknownBlock", () -> UnknownBlock.builder().type(type).build(),
        "type", "must be lower-case words joined by '-', '_', '.' or ':'", type);
  }

  @Test
  void rejectsTypeNameLongerThan64Characters() {
    String type = "t".repeat(ContentLimits.VOCABULARY + 1);
    Violation violation = onlyViolation("UnknownBlock",
        () -> UnknownBlock.builder().type(type).build());
    assertThat(violation.path()).hasToString("type");
    assertThat(violation.rule()).isEqualTo("must be at most 64 characters long");
  }

  @Test
  void reportsMissingTypeAsRequired() {
    Violation violation = onlyViolation("UnknownBlock", () -> UnknownBlock.builder().build());
    assertThat(violation.path()).hasToString("type");
    assertThat(violation.rule()).isEqualTo("is required");
    assertThat(violation.value()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"type"})
  void rejectsExtensionNamedLikeOneOfItsProperties(String name) {
    assertOnlyViolation("UnknownBlock",
        () -> UnknownBlock.builder().type("acme:poll").putExtension(name, RawJson.of("1")).build(),
        "extensions." + name, "extension name must not be a property of UnknownBlock", name);
  }

  @Test
  void rejectsNullPropertyValue() {
    Violation violation = onlyViolation("UnknownBlock",
        () -> UnknownBlock.builder().type("acme:poll").putExtension("question", null).build());
    assertThat(violation.path()).hasToString("extensions.question");
    assertThat(violation.pointer()).isEqualTo("/extensions/question");
    assertThat(violation.rule()).isEqualTo("must not be null");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException exception = rejected("UnknownBlock", () -> UnknownBlock.builder()
        .type("paragraph")
        .putExtension("type", RawJson.of("\"x\""))
        .putExtension("", RawJson.of("1"))
        .build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString())
        .containsExactly("type", "extensions.type", "extensions[\"\"]");
  }

  @Test
  void equalsAndHashesLikeAnUnknownBlockBuiltSeparately() {
    assertThat(poll()).isEqualTo(poll()).hasSameHashCodeAs(poll());
  }

  @Test
  void differsFromAnUnknownBlockDifferingInOneAttribute() {
    assertThat(poll().withType("acme:survey")).isNotEqualTo(poll());
    assertThat(poll().withExtensions(Map.of("question", RawJson.of("\"Tea?\""))))
        .isNotEqualTo(poll());
  }

  @Test
  void withTypeChangesOnlyTheType() {
    UnknownBlock changed = poll().withType("acme:survey");
    assertThat(changed.type()).isEqualTo("acme:survey");
    assertThat(changed.extensions()).isEqualTo(poll().extensions());
    assertThat(poll().type()).isEqualTo("acme:poll");
  }

  @Test
  void withKnownTypeIsRejected() {
    assertOnlyViolation("UnknownBlock", () -> poll().withType("quote"),
        "type", "must not be a known block type", "quote");
  }
}
