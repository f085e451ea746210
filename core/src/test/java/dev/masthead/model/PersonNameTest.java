package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
    assertRejected(() -> PersonName.builder().build(), "given",
        "a name needs a given name, a family name or both", null);
  }

  @Test
  void rejectsBlankGivenName() {
    assertRejected(() -> PersonName.builder().given(" ").family("Imamura").build(), "given",
        "must not be blank", " ");
  }

  @Test
  void rejectsGivenNameLongerThanALine() {
    assertRejected(() -> PersonName.builder().given("a".repeat(301)).build(), "given",
        "must be at most 300 characters long, is 301", "a".repeat(64) + "…");
  }

  @Test
  void countsCodePointsNotCharsForTheLengthLimit() {
    String name = "𝒜".repeat(ContentLimits.LINE);

    assertThat(PersonName.builder().given(name).build().given()).contains(name);
  }

  @Test
  void rejectsFamilyNameWithLineBreak() {
    assertRejected(() -> PersonName.builder().given("Akira").family("Ima\nmura").build(),
        "family", "must not contain control characters or line breaks", "Ima\\nmura");
  }

  @Test
  void rejectsFamilyNameWithUnpairedSurrogate() {
    assertRejected(() -> PersonName.builder().family("Ima\ud800").build(), "family",
        "must not contain an unpaired surrogate", "Ima\\ud800");
  }

  @Test
  void reportsNullOrderAsRequired() {
    assertRejected(() -> minimal().order(null).build(), "order", "is required", null);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException e = rejected(() -> PersonName.builder()
        .order(null)
        .putExtension("family", ACME)
        .build());

    assertThat(e.violations()).extracting(Violation::path, Violation::rule)
        .containsExactly(
            tuple("given", "a name needs a given name, a family name or both"),
            tuple("order", "is required"),
            tuple(
                "extensions.family", "extension name must not be a property of PersonName"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"given", "family", "order", "extensions"})
  void rejectsExtensionNamedAfterAProperty(String name) {
    assertRejected(() -> minimal().putExtension(name, ACME).build(), "extensions." + name,
        "extension name must not be a property of PersonName", name);
  }

  @Test
  void rejectsExtensionNamedAfterTheDefaultedOrder() {
    // Regression: "order" has a default, so its accessor is not abstract and was not reserved;
    // the extension would have been written as a second "order" property.
    assertRejected(() -> minimal().putExtension("order", RawJson.ofString("family-first")).build(),
        "extensions.order", "extension name must not be a property of PersonName", "order");
  }

  static Stream<Arguments> malformedExtensionNames() {
    return Stream.of(
        Arguments.of("", "extension name must not be empty"),
        Arguments.of("x".repeat(ContentLimits.EXTENSION_NAME + 1), "at most 256 characters"),
        Arguments.of("acme\u007fx", "without control characters"));
  }

  @ParameterizedTest
  @MethodSource("malformedExtensionNames")
  void rejectsMalformedExtensionName(String name, String rule) {
    ContentValidationException e = rejected(() -> minimal().putExtension(name, ACME).build());

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.pointer()).isEqualTo("/extensions/" + name);
      assertThat(v.rule()).contains(rule);
    });
  }

  @Test
  void rejectsNullExtensionValue() {
    assertRejected(() -> minimal().putExtension("acme:x", null).build(),
        "extensions[\"acme:x\"]", "must not be null", null);
  }

  @Test
  void rejectsNullExtensionName() {
    assertRejected(() -> minimal().putExtension(null, ACME).build(),
        "extensions", "must not have a null name", null);
  }

  @Test
  void rejectsMoreExtensionsThanTheLimit() {
    Map<String, RawJson> extensions = new LinkedHashMap<>();
    for (int i = 0; i <= ContentLimits.EXTENSIONS; i++) {
      extensions.put("acme:x" + i, ACME);
    }

    assertRejected(() -> minimal().extensions(extensions).build(), "extensions",
        "must have at most 256 entries, has 257", null);
  }

  @Test
  void keepsValidExtension() {
    PersonName name = minimal().putExtension("acme:x", RawJson.of("[]")).build();

    assertThat(name.extensions()).containsExactly(Map.entry("acme:x", RawJson.of("[]")));
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

    assertRejected(() -> name.withGiven(Optional.empty()), "given",
        "a name needs a given name, a family name or both", null);
  }

  @Test
  void withNullOrderIsReportedAsRequired() {
    assertRejected(() -> minimal().build().withOrder(null), "order", "is required", null);
  }

  private static void assertRejected(
      ThrowingCallable build, String path, String rule, String value) {
    assertThat(rejected(build).violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).as("path").isEqualTo(path);
      assertThat(v.rule()).as("rule").contains(rule);
      assertThat(v.value()).as("value").isEqualTo(Optional.ofNullable(value));
    });
  }

  private static ContentValidationException rejected(ThrowingCallable build) {
    Throwable thrown = catchThrowable(build);
    assertThat(thrown).isInstanceOf(ContentValidationException.class);
    ContentValidationException e = (ContentValidationException) thrown;
    assertThat(e.type()).isEqualTo("PersonName");
    return e;
  }
}
