package dev.masthead.model;

import java.net.URI;
import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.onlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class TagTest {
  private static final TagId ID = TagId.of("akira-imamura");
  private static final PersonId AKIRA = PersonId.of("akira-imamura");

  private static Tag full() {
    return Tag.builder()
        .id(ID)
        .kind(TagKind.PERSON)
        .label("Akira Imamura")
        .entity(AKIRA)
        .putExtension("acme:weight", RawJson.of("0.8"))
        .build();
  }

  @Test
  void buildsTopicTagThatStandsForNoEntity() {
    Tag tag = Tag.of(TagId.of("defence"), TagKind.TOPIC, "Defence");

    assertThat(tag.id()).isEqualTo(TagId.of("defence"));
    assertThat(tag.kind()).isEqualTo(TagKind.TOPIC);
    assertThat(tag.label()).isEqualTo("Defence");
    assertThat(tag.entity()).isEmpty();
    assertThat(tag.extensions()).isEmpty();
  }

  @Test
  void buildsFullyPopulatedTagAndReadsEveryAttributeBack() {
    Tag tag = full();

    assertThat(tag.id()).isEqualTo(ID);
    assertThat(tag.kind()).isEqualTo(TagKind.PERSON);
    assertThat(tag.label()).isEqualTo("Akira Imamura");
    assertThat(tag.entity()).contains(AKIRA);
    assertThat(tag.extensions()).containsExactly(Map.entry("acme:weight", RawJson.of("0.8")));
  }

  static Stream<Arguments> entitiesAndTheirKinds() {
    return Stream.of(
        Arguments.of(PersonId.of("akira-imamura"), TagKind.PERSON),
        Arguments.of(OrganisationId.of("jica"), TagKind.ORGANISATION),
        Arguments.of(PlaceId.of("belgrade"), TagKind.PLACE),
        Arguments.of(EventId.of("wb2030.fireside-chat"), TagKind.EVENT));
  }

  @ParameterizedTest
  @MethodSource("entitiesAndTheirKinds")
  void entityTagDerivesItsKindFromTheEntity(EntityId entity, TagKind kind) {
    Tag tag = Tag.of(TagId.of("t-1"), entity, "Label");

    assertThat(tag.kind()).isEqualTo(kind);
    assertThat(tag.entity()).contains(entity);
    assertThat(tag.id()).isEqualTo(TagId.of("t-1"));
    assertThat(tag.label()).isEqualTo("Label");
    assertThat(tag).isEqualTo(Tag.builder().id(TagId.of("t-1")).kind(kind).label("Label")
        .entity(entity).build());
  }

  @ParameterizedTest
  @MethodSource("entitiesAndTheirKinds")
  void rejectsEntityWhoseTypeDoesNotGoWithTheKind(EntityId entity, TagKind kind) {
    Violation violation = onlyViolation("Tag", () -> Tag.builder()
        .id(ID).kind(TagKind.TOPIC).label("Label").entity(entity).build());

    assertThat(violation.path()).hasToString("entity");
    String type = entity.getClass().getSimpleName();
    String article = "AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ";
    assertThat(violation.rule()).isEqualTo(article + type
        + " goes with kind \"" + kind.value() + "\", not \"topic\"");
    assertThat(violation.value()).contains(entity.value());
  }

  @Test
  void rejectsPersonEntityOnPlaceTag() {
    assertOnlyViolation("Tag",
        () -> Tag.builder().id(ID).kind(TagKind.PLACE).label("x").entity(AKIRA).build(),
        "entity", "a PersonId goes with kind \"person\", not \"place\"", "akira-imamura");
  }

  @Test
  void acceptsEntityKindWithoutEntity() {
    Tag tag = Tag.of(ID, TagKind.PERSON, "Someone");
    assertThat(tag.kind()).isEqualTo(TagKind.PERSON);
    assertThat(tag.entity()).isEmpty();
  }

  @Test
  void keepsKindFromANewerVocabulary() {
    Tag tag = Tag.of(ID, TagKind.of("acme:brand"), "Acme");
    assertThat(tag.kind().value()).isEqualTo("acme:brand");
    assertThat(tag.kind().isKnown()).isFalse();
  }

  @Test
  void reportsEveryMissingRequiredAttributeAsRequired() {
    ContentValidationException exception = rejected("Tag",
        () -> Tag.builder().entity(AKIRA).build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString(), Violation::rule)
        .containsExactly(
            tuple("id", "is required"),
            tuple("kind", "is required"),
            tuple("label", "is required"));
    assertThat(exception.violations()).allSatisfy(v -> assertThat(v.value()).isEmpty());
  }

  @Test
  void reportsNullKindAsRequiredFromFactory() {
    Violation violation = onlyViolation("Tag", () -> Tag.of(ID, (TagKind) null, "x"));
    assertThat(violation.path()).hasToString("kind");
    assertThat(violation.rule()).isEqualTo("is required");
  }

  @Test
  void rejectsBlankLabel() {
    assertOnlyViolation("Tag", () -> Tag.of(ID, TagKind.TOPIC, "\u2003"),
        "label", "must not be blank", "\u2003");
  }

  @Test
  void rejectsLabelWithLineBreak() {
    assertOnlyViolation("Tag", () -> Tag.of(ID, TagKind.TOPIC, "a\rb"),
        "label", "must not contain control characters or line breaks", "a\\rb");
  }

  @Test
  void rejectsLabelLongerThanLimit() {
    Violation violation =
        onlyViolation("Tag", () -> Tag.of(ID, TagKind.TOPIC, "l".repeat(ContentLimits.LINE + 1)));
    assertThat(violation.path()).hasToString("label");
    assertThat(violation.rule()).isEqualTo("must be at most 300 characters long, is 301");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "kind", "label", "entity"})
  void rejectsExtensionNamedLikeOneOfItsProperties(String name) {
    assertOnlyViolation("Tag",
        () -> Tag.builder().id(ID).kind(TagKind.TOPIC).label("x")
            .putExtension(name, RawJson.of("1")).build(),
        "extensions." + name, "extension name must not be a property of Tag", name);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException exception = rejected("Tag", () -> Tag.builder()
        .kind(TagKind.PLACE)
        .label(" ")
        .entity(AKIRA)
        .putExtension("label", RawJson.of("\"x\""))
        .build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString())
        .containsExactly("id", "label", "entity", "extensions.label");
  }

  @Test
  void equalsAndHashesLikeATagBuiltSeparately() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(Tag.of(TagId.of("defence"), TagKind.TOPIC, "Defence"))
        .isEqualTo(Tag.of(TagId.of("defence"), TagKind.TOPIC, "Defence"));
  }

  @Test
  void differsFromATagDifferingInOneAttribute() {
    assertThat(full().withId(TagId.of("other"))).isNotEqualTo(full());
    assertThat(full().withLabel("A. Imamura")).isNotEqualTo(full());
    assertThat(full().withEntity(Optional.empty())).isNotEqualTo(full());
    assertThat(full().withEntity(PersonId.of("someone-else"))).isNotEqualTo(full());
    assertThat(full().withExtensions(Map.of())).isNotEqualTo(full());
    assertThat(Tag.of(ID, TagKind.TOPIC, "x")).isNotEqualTo(Tag.of(ID, TagKind.PLACE, "x"));
  }

  @Test
  void withLabelChangesOnlyTheLabel() {
    Tag changed = full().withLabel("A. Imamura");
    assertThat(changed.label()).isEqualTo("A. Imamura");
    assertThat(changed).isEqualTo(Tag.builder().from(full()).label("A. Imamura").build());
    assertThat(full().label()).isEqualTo("Akira Imamura");
  }

  @Test
  void withKindThatNoLongerMatchesTheEntityIsRejected() {
    assertOnlyViolation("Tag", () -> full().withKind(TagKind.TOPIC),
        "entity", "a PersonId goes with kind \"person\", not \"topic\"", "akira-imamura");
  }

  @Test
  void withEntityOfAnotherTypeIsRejected() {
    assertOnlyViolation("Tag", () -> full().withEntity(PlaceId.of("belgrade")),
        "entity", "a PlaceId goes with kind \"place\", not \"person\"", "belgrade");
  }

  @Test
  void withNullIdIsRejectedAsRequired() {
    Violation violation = onlyViolation("Tag", () -> full().withId(null));
    assertThat(violation.path()).hasToString("id");
    assertThat(violation.rule()).isEqualTo("is required");
  }

  @Test
  void keepsConceptUri() {
    URI topic = URI.create("http://cv.iptc.org/newscodes/mediatopic/20000001");
    Tag tag = Tag.builder().id(TagId.of("arts")).kind(TagKind.TOPIC).label("Arts")
        .concept(topic).build();
    assertThat(tag.concept()).contains(topic);
    assertThat(Tag.of(TagId.of("arts"), TagKind.TOPIC, "Arts").concept()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"urn:iptc:mediatopic:20000001", "wikidata:Q403", "/topics/arts"})
  void rejectsConceptThatIsNotAnAbsoluteHttpUrl(String concept) {
    assertOnlyViolation("Tag", () -> Tag.builder().id(TagId.of("arts")).kind(TagKind.TOPIC)
            .label("Arts").concept(URI.create(concept)).build(),
        "concept", "must be an absolute http or https URL", concept);
  }
}
