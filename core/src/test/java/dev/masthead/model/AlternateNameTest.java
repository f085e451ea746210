package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AlternateNameTest {
  private static final RawJson ACME = RawJson.of("\"transliterated\"");

  private static AlternateName.Builder minimal() {
    return AlternateName.builder().name("Srbija").language("sr-Latn");
  }

  @Test
  void buildsAlternateName() {
    AlternateName name = AlternateName.of("Акира Имамура", "sr-Cyrl");

    assertThat(name.name()).isEqualTo("Акира Имамура");
    assertThat(name.language()).isEqualTo("sr-Cyrl");
    assertThat(name.extensions()).isEmpty();
  }

  @Test
  void buildsFullyPopulatedAlternateNameAndReadsEveryAttributeBack() {
    AlternateName name = minimal().putExtension("acme:method", ACME).build();

    assertThat(name.name()).isEqualTo("Srbija");
    assertThat(name.language()).isEqualTo("sr-Latn");
    assertThat(name.extensions()).containsExactly(Map.entry("acme:method", ACME));
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sr-Latn", "sr-Latn-RS", "zh-Hant-TW", "de-CH-1996", "ja", "EN"})
  void acceptsWellFormedLanguageTags(String tag) {
    assertThat(AlternateName.of("Name", tag).language()).isEqualTo(tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_US", "a", "sr-", "-sr", "en--US", "123", "toolonglanguage", "",
      "sr Latn"})
  void rejectsIllFormedLanguageTags(String tag) {
    assertOnlyViolation("AlternateName", () -> AlternateName.of("Name", tag), "language",
        "must be a well-formed BCP 47 language tag", tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x-private", "english", "serbian-Latn"})
  void rejectsWellFormedLanguageTagsWithoutAnIsoLanguageCode(String tag) {
    assertOnlyViolation("AlternateName", () -> AlternateName.of("Name", tag), "language",
        "must be a BCP 47 language tag starting with an ISO 639 language code", tag);
  }

  @Test
  void rejectsLanguageTagLongerThan35Characters() {
    String tag = "sr-Latn-RS-u-ca-gregory-nu-latn-co-phonebk";

    assertOnlyViolation("AlternateName", () -> AlternateName.of("Name", tag), "language",
        "must be a BCP 47 language tag", tag);
  }

  @Test
  void reportsMissingRequiredAttributesAsRequired() {
    ContentValidationException e = rejected("AlternateName", () -> AlternateName.builder().build());

    assertThat(e.violations()).extracting(v -> v.path().toString()).containsExactly("name", "language");
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.rule()).isEqualTo("is required");
      assertThat(v.value()).isEmpty();
    });
  }

  @Test
  void rejectsBlankName() {
    assertOnlyViolation("AlternateName", () -> AlternateName.of("\u3000", "ja"),
        "name", "must not be blank", "\u3000");
  }

  @Test
  void rejectsNameWithLineBreak() {
    assertOnlyViolation("AlternateName", () -> AlternateName.of("Sr\nbija", "sr-Latn"), "name",
        "must not contain control characters or line breaks", "Sr\\nbija");
  }

  @Test
  void rejectsNameLongerThanALine() {
    assertOnlyViolation("AlternateName", () -> AlternateName.of("ж".repeat(301), "sr-Cyrl"), "name",
        "must be at most 300 characters long, is 301", "ж".repeat(64) + "…");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException e = rejected("AlternateName", () -> AlternateName.builder()
        .name(" ")
        .language("en_GB")
        .putExtension("language", ACME)
        .build());

    assertThat(e.violations()).extracting(v -> v.path().toString())
        .containsExactly("name", "language", "extensions.language");
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "language"})
  void rejectsExtensionNamedAfterAProperty(String name) {
    assertOnlyViolation("AlternateName", () -> minimal().putExtension(name, ACME).build(),
        "extensions." + name, "extension name must not be a property of AlternateName", name);
  }

  @Test
  void equalAlternateNamesHaveEqualHashCodes() {
    AlternateName a = AlternateName.of("Srbija", "sr-Latn");
    AlternateName b = minimal().build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(AlternateName.of("Србија", "sr-Latn"));
    assertThat(a).isNotEqualTo(AlternateName.of("Srbija", "bs"));
    assertThat(a).isNotEqualTo(a.withExtensions(Map.of("acme:x", ACME)));
  }

  @Test
  void withLanguageChangesOnlyTheLanguage() {
    AlternateName name = minimal().putExtension("acme:x", ACME).build();
    AlternateName bosnian = name.withLanguage("bs");

    assertThat(bosnian.language()).isEqualTo("bs");
    assertThat(bosnian.name()).isEqualTo("Srbija");
    assertThat(bosnian.extensions()).containsExactly(Map.entry("acme:x", ACME));
    assertThat(name.language()).isEqualTo("sr-Latn");
  }

  @Test
  void withIllFormedLanguageIsRejected() {
    assertOnlyViolation("AlternateName", () -> minimal().build().withLanguage("sr_RS"), "language",
        "must be a well-formed BCP 47 language tag", "sr_RS");
  }

  @Test
  void withNullNameIsReportedAsRequired() {
    assertOnlyViolation("AlternateName", () -> minimal().build().withName(null),
        "name", "is required", null);
  }
}
