package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class IdentifierTest {
  private static final String FORM_RULE =
      "must be lower-case letters and digits in words joined by '-', '_', '.' or ':'";

  /** Every id type, by the name its exceptions report, with its factory. */
  static Stream<Arguments> idTypes() {
    return Stream.of(
        Arguments.of("ArticleId", (Function<String, Identifier>) ArticleId::of),
        Arguments.of("EventId", (Function<String, Identifier>) EventId::of),
        Arguments.of("PersonId", (Function<String, Identifier>) PersonId::of),
        Arguments.of("OrganisationId", (Function<String, Identifier>) OrganisationId::of),
        Arguments.of("PlaceId", (Function<String, Identifier>) PlaceId::of),
        Arguments.of("TagId", (Function<String, Identifier>) TagId::of));
  }

  static Stream<String> acceptedValues() {
    return Stream.of(
        "a",
        "7",
        "2030",
        "akira-imamura",
        "wb2030.fireside-chat",
        "acme:crm_42",
        "a-b_c.d:e",
        "x1-y2-z3",
        "0-0",
        "a".repeat(ContentLimits.ID),
        "ab-".repeat(42) + "ab"); // 128 characters with separators
  }

  static Stream<Arguments> everyTypeWithAcceptedValue() {
    return idTypes().flatMap(type -> acceptedValues()
        .map(value -> Arguments.of(type.get()[0], type.get()[1], value)));
  }

  @ParameterizedTest(name = "{0} accepts \"{2}\"")
  @MethodSource("everyTypeWithAcceptedValue")
  void acceptsWellFormedValueAndKeepsItVerbatim(
      String type, Function<String, Identifier> factory, String value) {
    Identifier id = factory.apply(value);

    assertThat(id.value()).isEqualTo(value);
    assertThat(id.getClass().getSimpleName()).isEqualTo(type);
  }

  static Stream<Arguments> rejectedValues() {
    return Stream.of(
        Arguments.of("upper case", "Akira", FORM_RULE),
        Arguments.of("all upper case", "ABC", FORM_RULE),
        Arguments.of("inner space", "akira imamura", FORM_RULE),
        Arguments.of("trailing space", "akira ", FORM_RULE),
        Arguments.of("leading space", " akira", FORM_RULE),
        Arguments.of("leading separator", "-akira", FORM_RULE),
        Arguments.of("leading colon", ":akira", FORM_RULE),
        Arguments.of("trailing separator", "akira-", FORM_RULE),
        Arguments.of("trailing dot", "akira.", FORM_RULE),
        Arguments.of("double separator", "akira--imamura", FORM_RULE),
        Arguments.of("mixed double separator", "akira-_imamura", FORM_RULE),
        Arguments.of("only a separator", "-", FORM_RULE),
        Arguments.of("slash", "a/b", FORM_RULE),
        Arguments.of("empty", "", FORM_RULE),
        Arguments.of("accented letter", "café", FORM_RULE),
        Arguments.of("Turkish dotless i", "akıra", FORM_RULE),
        Arguments.of("Cyrillic", "београд", FORM_RULE),
        Arguments.of("emoji", "a\uD83D\uDE00", FORM_RULE),
        Arguments.of("full-width digit", "\uFF11", FORM_RULE),
        Arguments.of("trailing newline", "akira\n", FORM_RULE),
        Arguments.of("129 characters", "a".repeat(ContentLimits.ID + 1),
            "must be at most 128 characters long, is 129"),
        Arguments.of("far too long", "a".repeat(10_000),
            "must be at most 128 characters long, is 10000"));
  }

  static Stream<Arguments> everyTypeWithRejectedValue() {
    return idTypes().flatMap(type -> rejectedValues().map(rejected -> Arguments.of(
        type.get()[0], type.get()[1], rejected.get()[0], rejected.get()[1], rejected.get()[2])));
  }

  @ParameterizedTest(name = "{0} rejects {2}")
  @MethodSource("everyTypeWithRejectedValue")
  void rejectsMalformedValueNamingTypeAndRule(
      String type, Function<String, Identifier> factory, String what, String value, String rule) {
    ContentValidationException e =
        catchThrowableOfType(ContentValidationException.class, () -> factory.apply(value));

    assertThat(e).as(what).isNotNull();
    assertThat(e.type()).isEqualTo(type);
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path().isRoot()).isTrue();
      assertThat(v.pointer()).isEmpty();
      assertThat(v.rule()).isEqualTo(rule);
      assertThat(v.value()).isPresent();
    });
    assertThat(e).hasMessageStartingWith("Invalid " + type + ": value: " + rule);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void rejectsNullAsRequired(String type, Function<String, Identifier> factory) {
    assertThatThrownBy(() -> factory.apply(null))
        .isInstanceOf(ContentValidationException.class)
        .hasMessage("Invalid " + type + ": value: is required")
        .satisfies(e -> assertThat(((ContentValidationException) e).violations())
            .singleElement()
            .satisfies(v -> assertThat(v.value()).isEmpty()));
  }

  @Test
  void idsWithSameValueAreEqualOnlyWhenOfSameType() {
    List<Identifier> sameValue = List.of(
        ArticleId.of("x"), EventId.of("x"), PersonId.of("x"),
        OrganisationId.of("x"), PlaceId.of("x"), TagId.of("x"));

    for (Identifier a : sameValue) {
      for (Identifier b : sameValue) {
        if (a.getClass() == b.getClass()) {
          assertThat(a).isEqualTo(b);
        } else {
          assertThat(a).as("%s vs %s", a.getClass(), b.getClass()).isNotEqualTo(b);
        }
      }
    }
    assertThat(PersonId.of("x")).isNotEqualTo(PlaceId.of("x"));
  }

  @Test
  void idsOfSameTypeAndValueAreEqualWithEqualHashCodes() {
    PersonId a = PersonId.of("akira-imamura");
    PersonId b = PersonId.of("akira-imamura");

    assertThat(a).isNotSameAs(b).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(PersonId.of("akira-imamura-2"));
  }

  @Test
  void idIsNotEqualToItsStringValueOrNull() {
    PersonId id = PersonId.of("x");

    assertThat(id.equals("x")).isFalse();
    assertThat(id.equals(null)).isFalse();
  }

  @Test
  void idsOrderByValueThenByTypeName() {
    List<Identifier> ids = new ArrayList<>(List.of(
        PlaceId.of("b"), TagId.of("a"), PersonId.of("a"), PlaceId.of("a"),
        ArticleId.of("a"), EventId.of("a-b"), OrganisationId.of("a")));

    ids.sort(null);

    assertThat(ids).containsExactly(
        ArticleId.of("a"), OrganisationId.of("a"), PersonId.of("a"), PlaceId.of("a"),
        TagId.of("a"), EventId.of("a-b"), PlaceId.of("b"));
  }

  @Test
  void compareToIsZeroExactlyForEqualIdsAndAntisymmetric() {
    assertThat(PersonId.of("x").compareTo(PersonId.of("x"))).isZero();
    assertThat(PersonId.of("x").compareTo(PlaceId.of("x"))).isNegative();
    assertThat(PlaceId.of("x").compareTo(PersonId.of("x"))).isPositive();
    assertThat(PersonId.of("a10").compareTo(PersonId.of("a9"))).isNegative(); // by string
    assertThat(PersonId.of("z").compareTo(ArticleId.of("a"))).isPositive();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("idTypes")
  void toStringIsTheValue(String type, Function<String, Identifier> factory) {
    assertThat(factory.apply("wb2030.fireside-chat")).hasToString("wb2030.fireside-chat");
  }

  @Test
  void entityIdNamesTheTagKindThatStandsForIt() {
    assertThat(PersonId.of("p").tagKind()).isSameAs(TagKind.PERSON);
    assertThat(OrganisationId.of("o").tagKind()).isSameAs(TagKind.ORGANISATION);
    assertThat(PlaceId.of("p").tagKind()).isSameAs(TagKind.PLACE);
    assertThat(EventId.of("e").tagKind()).isSameAs(TagKind.EVENT);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "akira-imamura", "wb2030.fireside-chat"})
  void entityIdValueIsTheIdentifierValue(String value) {
    EntityId id = PersonId.of(value);

    assertThat(id.value()).isEqualTo(value);
  }
}
