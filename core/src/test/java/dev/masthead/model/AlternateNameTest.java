package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

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
    assertRejected(() -> AlternateName.of("Name", tag), "language",
        "must be a well-formed BCP 47 language tag", tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x-private", "english", "serbian-Latn"})
  void rejectsWellFormedLanguageTagsWithoutAnIsoLanguageCode(String tag) {
    assertRejected(() -> AlternateName.of("Name", tag), "language",
        "must be a BCP 47 language tag starting with an ISO 639 language code", tag);
  }

  @Test
  void rejectsLanguageTagLongerThan35Characters() {
    String tag = "sr-Latn-RS-u-ca-gregory-nu-latn-co-phonebk";

    assertRejected(() -> AlternateName.of("Name", tag), "language",
        "must be a BCP 47 language tag", tag);
  }

  @Test
  void reportsMissingRequiredAttributesAsRequired() {
    ContentValidationException e = rejected(() -> AlternateName.builder().build());

    assertThat(e.violations()).extracting(Violation::path).containsExactly("name", "language");
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.rule()).isEqualTo("is required");
      assertThat(v.value()).isEmpty();
    });
  }

  @Test
  void rejectsBlankName() {
    assertRejected(() -> AlternateName.of("\u3000", "ja"), "name", "must not be blank",
        "\u3000");
  }

  @Test
  void rejectsNameWithLineBreak() {
    assertRejected(() -> AlternateName.of("Sr\nbija", "sr-Latn"), "name",
        "must not contain control characters or line breaks", "Sr\\nbija");
  }

  @Test
  void rejectsNameLongerThanALine() {
    assertRejected(() -> AlternateName.of("ж".repeat(301), "sr-Cyrl"), "name",
        "must be at most 300 characters long, is 301", "ж".repeat(64) + "…");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException e = rejected(() -> AlternateName.builder()
        .name(" ")
        .language("en_GB")
        .putExtension("language", ACME)
        .build());

    assertThat(e.violations()).extracting(Violation::path)
        .containsExactly("name", "language", "extensions.language");
  }

  @ParameterizedTest
  @ValueSource(strings = {"name", "language", "extensions"})
  void rejectsExtensionNamedAfterAProperty(String name) {
    assertRejected(() -> minimal().putExtension(name, ACME).build(), "extensions." + name,
        "extension name must not be a property of AlternateName", name);
  }

  static Stream<Arguments> malformedExtensionNames() {
    return Stream.of(
        Arguments.of("", "extension name must not be empty"),
        Arguments.of("x".repeat(ContentLimits.EXTENSION_NAME + 1), "at most 256 characters"),
        Arguments.of("acme\u001bx", "without control characters"));
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
    AlternateName name = minimal().putExtension("acme:x", RawJson.of("false")).build();

    assertThat(name.extensions()).containsExactly(Map.entry("acme:x", RawJson.of("false")));
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
    assertRejected(() -> minimal().build().withLanguage("sr_RS"), "language",
        "must be a well-formed BCP 47 language tag", "sr_RS");
  }

  @Test
  void withNullNameIsReportedAsRequired() {
    assertRejected(() -> minimal().build().withName(null), "name", "is required", null);
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
    assertThat(e.type()).isEqualTo("AlternateName");
    return e;
  }
}
