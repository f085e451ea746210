package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PersonNameTest {
  private static final RawJson ACME = RawJson.of("1");

  private static PersonName.Builder minimal() {
    return PersonName.builder().given("Akira");
  }

  @Test
  void buildsMinimalNameGivenFirst() {
    PersonName name = minimal().build();

    assertThat(name.given()).contains("Akira");
    assertThat(name.family()).isEmpty();
    assertThat(name.order()).isEqualTo(NameOrder.GIVEN_FIRST);
    assertThat(name.extensions()).isEmpty();
  }

  @Test
  void buildsFullyPopulatedNameAndReadsEveryAttributeBack() {
    PersonName name = PersonName.builder()
        .given("Akira")
        .family("Imamura")
        .order(NameOrder.FAMILY_FIRST)
        .putExtension("acme:kana", RawJson.ofString("イマムラ アキラ"))
        .build();

    assertThat(name.given()).contains("Akira");
    assertThat(name.family()).contains("Imamura");
    assertThat(name.order()).isEqualTo(NameOrder.FAMILY_FIRST);
    assertThat(name.extensions())
        .containsExactly(Map.entry("acme:kana", RawJson.of("\"イマムラ アキラ\"")));
  }

  @Test
  void ofShowsTheGivenNameFirst() {
    PersonName name = PersonName.of("Akira", "Imamura");

    assertThat(name.order()).isEqualTo(NameOrder.GIVEN_FIRST);
    assertThat(name.display()).isEqualTo("Akira Imamura");
  }

  @Test
  void displaysFamilyNameFirstWhenAsked() {
    assertThat(PersonName.of("Akira", "Imamura").withOrder(NameOrder.FAMILY_FIRST).display())
        .isEqualTo("Imamura Akira");
  }

  @Test
  void displaysASingleNameInEitherOrder() {
    PersonName given = PersonName.builder().given("Sting").build();
    PersonName family = PersonName.builder().family("Imamura").build();

    assertThat(given.display()).isEqualTo("Sting");
    assertThat(given.withOrder(NameOrder.FAMILY_FIRST).display()).isEqualTo("Sting");
    assertThat(family.display()).isEqualTo("Imamura");
    assertThat(family.withOrder(NameOrder.FAMILY_FIRST).display()).isEqualTo("Imamura");
  }

  @Test
  void rejectsNameWithoutAnyPart() {
    assertOnlyViolation("PersonName", () -> PersonName.builder().build(), "given",
        "a name needs a given name, a family name or both", null);
  }

  @Test
  void rejectsBlankGivenName() {
    assertOnlyViolation("PersonName",
        () -> PersonName.builder().given(" ").family("Imamura").build(), "given",
        "must not be blank", " ");
  }

  @Test
  void rejectsGivenNameLongerThanALine() {
    assertOnlyViolation("PersonName", () -> PersonName.builder().given("a".repeat(301)).build(),
        "given", "must be at most 300 characters long, is 301", "a".repeat(64) + "…");
  }

  @Test
  void countsCodePointsNotCharsForTheLengthLimit() {
    String name = "𝒜".repeat(ContentLimits.LINE);

    assertThat(PersonName.builder().given(name).build().given()).contains(name);
  }

  @Test
  void rejectsFamilyNameWithLineBreak() {
    assertOnlyViolation("PersonName",
        () -> PersonName.builder().given("Akira").family("Ima\nmura").build(), "family",
        "must not contain control characters or line breaks", "Ima\\nmura");
  }

  @Test
  void rejectsFamilyNameWithUnpairedSurrogate() {
    assertOnlyViolation("PersonName", () -> PersonName.builder().family("Ima\ud800").build(),
        "family", "must not contain an unpaired surrogate", "Ima\\ud800");
  }

  @Test
  void reportsNullOrderAsRequired() {
    assertOnlyViolation("PersonName", () -> minimal().order(null).build(),
        "order", "is required", null);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException e = rejected("PersonName", () -> PersonName.builder()
        .order(null)
        .putExtension("family", ACME)
        .build());

    assertThat(e.violations()).extracting(v -> v.path().toString(), Violation::rule)
        .containsExactly(
            tuple("given", "a name needs a given name, a family name or both"),
            tuple("order", "is required"),
            tuple(
                "extensions.family", "extension name must not be a property of PersonName"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"given", "family", "order"})
  void rejectsExtensionNamedAfterAProperty(String name) {
    assertOnlyViolation("PersonName", () -> minimal().putExtension(name, ACME).build(),
        "extensions." + name, "extension name must not be a property of PersonName", name);
  }

  @Test
  void rejectsExtensionNamedAfterTheDefaultedOrder() {
    // Regression: "order" has a default, so its accessor is not abstract and was not reserved;
    // the extension would have been written as a second "order" property.
    assertOnlyViolation("PersonName",
        () -> minimal().putExtension("order", RawJson.ofString("family-first")).build(),
        "extensions.order", "extension name must not be a property of PersonName", "order");
  }

  @Test
  void equalNamesHaveEqualHashCodes() {
    PersonName a = PersonName.of("Akira", "Imamura");
    PersonName b = PersonName.builder()
        .given("Akira")
        .family("Imamura")
        .order(NameOrder.GIVEN_FIRST)
        .build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.withOrder(NameOrder.FAMILY_FIRST));
    assertThat(a).isNotEqualTo(a.withFamily("Imamura-Sato"));
    assertThat(a).isNotEqualTo(PersonName.of("Imamura", "Akira"));
  }

  @Test
  void withOrderChangesOnlyTheOrder() {
    PersonName name = PersonName.of("Akira", "Imamura");
    PersonName familyFirst = name.withOrder(NameOrder.FAMILY_FIRST);

    assertThat(familyFirst.order()).isEqualTo(NameOrder.FAMILY_FIRST);
    assertThat(familyFirst.given()).contains("Akira");
    assertThat(familyFirst.family()).contains("Imamura");
    assertThat(name.order()).isEqualTo(NameOrder.GIVEN_FIRST);
  }

  @Test
  void withGivenRemovedKeepsAValidFamilyName() {
    assertThat(PersonName.of("Akira", "Imamura").withGiven(Optional.empty()).display())
        .isEqualTo("Imamura");
  }

  @Test
  void withLastPartRemovedIsRejected() {
    PersonName name = minimal().build();

    assertOnlyViolation("PersonName", () -> name.withGiven(Optional.empty()), "given",
        "a name needs a given name, a family name or both", null);
  }

  @Test
  void withNullOrderIsReportedAsRequired() {
    assertOnlyViolation("PersonName", () -> minimal().build().withOrder(null),
        "order", "is required", null);
  }
}
