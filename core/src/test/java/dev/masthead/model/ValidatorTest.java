package dev.masthead.model;

import static dev.masthead.model.Rejections.onlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Rules shared by every type, checked through real types (Heading, Quote, Publication, Article). */
final class ValidatorTest {
  private static final String EMOJI = "\uD83D\uDE00";
  private static final String SINGLE_LINE_RULE =
      "must not contain control characters or line breaks";
  private static final String MULTI_LINE_RULE =
      "must not contain control characters other than tab and line breaks";
  private static final String SURROGATE_RULE = "must not contain an unpaired surrogate";
  private static final String BLANK_RULE = "must not be blank";

  private static Heading heading(String text) {
    return Heading.of(text);
  }

  private static Quote quote(String text) {
    return Quote.builder().text(text).build();
  }

  private static Publication publication(String name) {
    return Publication.builder().name(name).url(URI.create("https://example.com")).build();
  }

  private static Article article(String language) {
    return Article.builder()
        .id(ArticleId.of("a-1"))
        .slug("a-1")
        .headline("Headline")
        .published(Instant.parse("2025-12-25T08:00:00Z"))
        .language(language)
        .build();
  }

  // --- single-line text ---

  static Stream<Arguments> singleLineControlCharacters() {
    return Stream.of(
        Arguments.of("line feed", "a\nb"),
        Arguments.of("carriage return", "a\rb"),
        Arguments.of("tab", "a\tb"),
        Arguments.of("NUL", "a\u0000b"),
        Arguments.of("bell", "a\u0007"),
        Arguments.of("escape", "\u001b[31mred"),
        Arguments.of("delete", "a\u007f"),
        Arguments.of("next line (C1)", "a\u0085b"),
        Arguments.of("C1 control", "a\u009bb"),
        Arguments.of("line separator", "a\u2028b"),
        Arguments.of("paragraph separator", "a\u2029b"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleLineControlCharacters")
  void singleLineTextRejectsControlCharactersAndLineBreaks(String what, String text) {
    Violation violation = onlyViolation("Heading", () -> heading(text));

    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo(SINGLE_LINE_RULE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleLineControlCharacters")
  void singleLineRuleAppliesToEverySingleLineAttribute(String what, String text) {
    Violation violation = onlyViolation("Publication",
        () -> Publication.builder().name("The Region").tagline(text)
            .url(URI.create("https://example.com")).build());

    assertThat(violation.path()).hasToString("tagline");
    assertThat(violation.rule()).isEqualTo(SINGLE_LINE_RULE);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Japan's Long-Term Vision",
      "H.E. Akira Imamura",
      "Београд — 東京",
      "café \u00A0 non-breaking",
      "emoji " + EMOJI,
      "family \uD83D\uDC69\u200D\uD83D\uDC69\u200D\uD83D\uDC67",
      "عربي mixed"})
  void singleLineTextAcceptsPrintableUnicode(String text) {
    assertThat(heading(text).text()).isEqualTo(text);
  }

  // --- multi-line text ---

  @ParameterizedTest
  @ValueSource(strings = {
      "one\ttwo",
      "first line\nsecond line",
      "windows\r\nline breaks",
      "old mac\rline break",
      "paragraph\n\n\tindented",
      "unicode\u2028line separator",
      "\nleading and trailing\n"})
  void multiLineTextAcceptsTabsAndLineBreaks(String text) {
    assertThat(quote(text).text()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\u0000b", "a\u0007", "\u001b[31mred", "a\u000Bb", "a\u000Cb",
      "a\u007f", "a\u0085b"})
  void multiLineTextRejectsOtherControlCharacters(String text) {
    Violation violation = onlyViolation("Quote", () -> quote(text));

    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo(MULTI_LINE_RULE);
  }

  // --- surrogates ---

  static Stream<Arguments> unpairedSurrogates() {
    return Stream.of(
        Arguments.of("lone high", "a\uD800b"),
        Arguments.of("lone low", "a\uDC00b"),
        Arguments.of("high at the end", "abc\uD83D"),
        Arguments.of("low at the start", "\uDE00abc"),
        Arguments.of("pair in the wrong order", "\uDE00\uD83D"),
        Arguments.of("only a high", "\uD800"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unpairedSurrogates")
  void singleLineTextRejectsUnpairedSurrogates(String what, String text) {
    Violation violation = onlyViolation("Heading", () -> heading(text));

    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo(SURROGATE_RULE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("unpairedSurrogates")
  void multiLineTextRejectsUnpairedSurrogates(String what, String text) {
    Violation violation = onlyViolation("Quote", () -> quote(text));

    assertThat(violation.rule()).isEqualTo(SURROGATE_RULE);
    assertThat(violation.value()).hasValueSatisfying(v -> assertThat(v).contains("\\u"));
  }

  // --- blank ---

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "    ", "\u00A0", "\u00A0\u00A0", "\u200B", "\u200B\u200B",
      "\uFEFF", "\u3000", "\u2003 \u2009", " \u00A0\u200B\uFEFF "})
  void singleLineTextRejectsBlank(String text) {
    Violation violation = onlyViolation("Heading", () -> heading(text));

    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo(BLANK_RULE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "\n", "\t \n", "\r\n\r\n", "\u00A0\n\u200B", "\u2028"})
  void multiLineTextRejectsBlank(String text) {
    Violation violation = onlyViolation("Quote", () -> quote(text));

    assertThat(violation.rule()).isEqualTo(BLANK_RULE);
  }

  @ParameterizedTest
  @ValueSource(strings = {".", "\u00A0x\u00A0", "\u200Bx", EMOJI, "\u0301"})
  void textWithOneVisibleCodePointIsNotBlank(String text) {
    assertThatCode(() -> heading(text)).doesNotThrowAnyException();
  }

  // --- length in code points ---

  static Stream<Arguments> limits() {
    return Stream.of(
        Arguments.of("a", "ascii"),
        Arguments.of(EMOJI, "emoji"),
        Arguments.of("\uD834\uDD1E", "musical symbol"),
        Arguments.of("é", "accented letter"));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("limits")
  void headingTextOfExactlyTheLimitIsAccepted(String unit, String what) {
    String text = unit.repeat(ContentLimits.HEADLINE);

    assertThat(heading(text).text()).isEqualTo(text);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("limits")
  void headingTextOneCodePointOverTheLimitIsRejected(String unit, String what) {
    Violation violation =
        onlyViolation("Heading", () -> heading(unit.repeat(ContentLimits.HEADLINE + 1)));

    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo("must be at most 500 characters long, is 501");
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("limits")
  void singleLineLimitCountsCodePoints(String unit, String what) {
    String atLimit = unit.repeat(ContentLimits.LINE);

    assertThat(publication(atLimit).name()).isEqualTo(atLimit);
    assertThat(onlyViolation("Publication", () -> publication(atLimit + unit)).rule())
        .isEqualTo("must be at most 300 characters long, is 301");
  }

  @Test
  void multiLineLimitCountsCodePointsIncludingLineBreaks() {
    String atLimit = ("x" + EMOJI + "\n").repeat(ContentLimits.TEXT / 3) + "x";

    assertThat(atLimit.codePointCount(0, atLimit.length())).isEqualTo(ContentLimits.TEXT);
    assertThat(quote(atLimit).text()).isEqualTo(atLimit);
    assertThat(onlyViolation("Quote", () -> quote(atLimit + EMOJI)).rule())
        .isEqualTo("must be at most 10000 characters long, is 10001");
  }

  @Test
  void blankTextOverTheLimitReportsBoth() {
    ContentValidationException e = catchThrowableOfType(ContentValidationException.class,
        () -> heading(" ".repeat(ContentLimits.HEADLINE + 1)));

    assertThat(e.violations()).extracting(Violation::rule)
        .containsExactly(BLANK_RULE, "must be at most 500 characters long, is 501");
  }

  // --- every violation at once ---

  @Test
  void everyViolatedTextRuleIsReportedTogetherInAttributeOrder() {
    ContentValidationException e = catchThrowableOfType(ContentValidationException.class,
        () -> Publication.builder()
            .name("\u00A0")
            .tagline("two\nlines")
            .description("bad \uD800 surrogate")
            .url(URI.create("https://example.com"))
            .build());

    assertThat(e.type()).isEqualTo("Publication");
    assertThat(e.violations())
        .extracting(v -> v.path().toString(), Violation::rule)
        .containsExactly(
            tuple("name", BLANK_RULE),
            tuple("tagline", SINGLE_LINE_RULE),
            tuple("description", SURROGATE_RULE));
  }

  @Test
  void missingTextIsReportedAsRequired() {
    Violation violation = onlyViolation("Heading", () -> Heading.builder().build());

    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo("is required");
    assertThat(violation.value()).isEmpty();
  }

  // --- extension names ---

  static Stream<Arguments> defaultedAttributes() {
    return Stream.of(
        Arguments.of("Heading", "level", (Runnable) () -> Heading.builder().text("Hi")
            .putExtension("level", RawJson.of("3")).build()),
        Arguments.of("LinkBlock", "kind", (Runnable) () -> LinkBlock.builder().text("Photos")
            .url(URI.create("https://example.com/photos"))
            .putExtension("kind", RawJson.of("\"video\"")).build()),
        Arguments.of("Contributor", "role", (Runnable) () -> Contributor.builder()
            .person(PersonId.of("p")).putExtension("role", RawJson.of("\"editor\"")).build()),
        Arguments.of("PersonName", "order", (Runnable) () -> PersonName.builder().given("Akira")
            .putExtension("order", RawJson.of("\"family-first\"")).build()));
  }

  // Regression: attributes with a default (@Value.Default) were not reserved, so an extension of
  // the same name was accepted and the property would be written twice.
  @ParameterizedTest(name = "{0}.{1}")
  @MethodSource("defaultedAttributes")
  void rejectsExtensionNamedLikeAnAttributeWithADefault(String type, String name, Runnable build) {
    Violation violation = onlyViolation(type, build::run);

    assertThat(violation.path()).hasToString("extensions." + name);
    assertThat(violation.rule()).isEqualTo("extension name must not be a property of " + type);
  }

  @Test
  void rejectsExtensionNamedLikeAnAbstractAttributeOrTheBlockType() {
    assertThat(onlyViolation("Heading", () -> Heading.builder().text("Hi")
        .putExtension("text", RawJson.of("1")).build()).path()).hasToString("extensions.text");
    assertThat(onlyViolation("Heading", () -> Heading.builder().text("Hi")
        .putExtension("type", RawJson.of("1")).build()).path()).hasToString("extensions.type");
  }

  @ParameterizedTest
  @ValueSource(strings = {"acme:crmId", "x-level", "Level", "displayName", "summary", "a/b.c"})
  void acceptsExtensionNameThatIsNoProperty(String name) {
    Heading heading = Heading.builder().text("Hi").putExtension(name, RawJson.of("1")).build();

    assertThat(heading.extensions()).containsOnlyKeys(name);
  }

  // --- language tags ---

  @ParameterizedTest
  @ValueSource(strings = {"en", "sr", "sr-Latn", "sr-Latn-RS", "sr-Cyrl", "zh-Hant-TW", "en-GB",
      "es-419", "de-CH-1996", "ja", "haw", "en-US-x-twain"})
  void acceptsWellFormedLanguageTag(String tag) {
    assertThat(article(tag).language()).isEqualTo(tag);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "english", "serbian", "abcd", "en_US", "en-", "-en", "123",
      "e", "en--US", "x-private", "en US", "sr-Latn-RS-", "\u00E9n"})
  void rejectsLanguageTagThatIsNotAWellFormedTagWithALanguage(String tag) {
    Violation violation = onlyViolation("Article", () -> article(tag));

    assertThat(violation.path()).hasToString("language");
    assertThat(violation.rule()).startsWith("must be a ").contains("BCP 47 language tag");
  }

  /**
   * Numbers the tags of the test below, so that each run checks tags not seen before in this
   * process: tags found good are remembered, and a remembered one is not checked again.
   */
  private static final AtomicInteger FRESH = new AtomicInteger();

  @Test
  void acceptsLanguageTagOfThirtyFiveCharactersAndRejectsOneOfThirtySix() {
    String longest = String.format(Locale.ROOT, "en-Latn-GB-x-abcdefgh-abcdefgh-%04d",
        FRESH.incrementAndGet() % 10_000);
    assertThat(longest).hasSize(35);
    assertThat(article(longest).language()).isEqualTo(longest);
    Violation violation = onlyViolation("Article", () -> article(longest + "e"));
    assertThat(violation.rule())
        .isEqualTo("must be a BCP 47 language tag of at most 35 characters");
  }

  @Test
  void aRejectedLanguageTagIsRejectedEveryTime() {
    // Tags found good are remembered; one found bad must not be.
    for (int i = 0; i < 3; i++) {
      assertThat(onlyViolation("Article", () -> article("en-")).path()).hasToString("language");
    }
    assertThat(article("sr-Cyrl-RS").language()).isEqualTo("sr-Cyrl-RS");
    assertThat(article("sr-Cyrl-RS").language()).isEqualTo("sr-Cyrl-RS");
  }

  // --- e-mail addresses ---

  @Test
  void aRejectedEmailAddressIsRejectedEveryTime() {
    // Addresses found good are remembered; one found bad must not be.
    for (int i = 0; i < 3; i++) {
      Violation violation = onlyViolation("Publication", () -> Publication.builder()
          .name("The Region").url(URI.create("https://example.com"))
          .tipsEmail("news@@example.com").build());
      assertThat(violation.path()).hasToString("tipsEmail");
      assertThat(violation.rule()).isEqualTo("must be an e-mail address such as news@example.com");
    }
    for (int i = 0; i < 2; i++) {
      assertThat(Publication.builder().name("The Region").url(URI.create("https://example.com"))
          .tipsEmail("tips@example.org").build().tipsEmail()).contains("tips@example.org");
    }
  }

  // --- lists of unique elements ---

  private static ArticleSummary summary(List<Tag> tags) {
    return ArticleSummary.builder().id(ArticleId.of("a-1")).slug("a-1").headline("Headline")
        .published(Instant.parse("2025-12-25T08:00:00Z")).tags(tags).build();
  }

  private static List<Tag> tags(int count) {
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      tags.add(Tag.of(TagId.of("t" + i), TagKind.TOPIC, "Tag " + i));
    }
    return tags;
  }

  @Test
  void aRepeatIsFoundInListsOfTwoAndInListsLongerThanSixteen() {
    Tag t = Tag.of(TagId.of("t"), TagKind.TOPIC, "T");
    assertThat(onlyViolation("ArticleSummary", () -> summary(List.of(t, t))))
        .satisfies(v -> {
          assertThat(v.path()).hasToString("tags[1]");
          assertThat(v.rule()).isEqualTo("must not repeat a tag id");
          assertThat(v.value()).contains("t");
        });
    for (int size : new int[] {16, 17, 40}) {
      assertThat(summary(tags(size)).tags()).hasSize(size);
      List<Tag> repeated = tags(size);
      repeated.set(size - 1, repeated.get(3));
      assertThat(onlyViolation("ArticleSummary", () -> summary(repeated)).path())
          .as("%d tags", size).hasToString("tags[" + (size - 1) + "]");
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"x-private", "english", "abcd"})
  void rejectsWellFormedTagWithoutAnIsoLanguageForThatReasonNotAsIllFormed(String tag) {
    Violation violation = onlyViolation("Article", () -> article(tag));

    assertThat(violation.rule())
        .startsWith("must be a BCP 47 language tag")
        .doesNotContain("well-formed");
  }

  // --- the rules the JSON Schema says too (issue 11) ---

  @ParameterizedTest
  @ValueSource(strings = {"i-klingon", "en-GB-oed", "en-a", "sgn-BE-FR"})
  void rejectsGrandfatheredAndIllFormedTagsThatLocaleTakes(String tag) {
    assertThat(onlyViolation("Article", () -> article(tag)).rule())
        .contains("BCP 47 language tag");
  }

  static Stream<Arguments> urlsJavaParsesWithAHostThatAreNotRfc3986() {
    String chars = "must be a URL of the characters RFC 3986 allows, others %-encoded";
    String host = "must be a URL with a host name";
    return Stream.of(
        Arguments.of("https://example.com/\u00FC", chars),
        Arguments.of("https://example.com/?a=[b]", chars),
        Arguments.of("https://user\u00FC@example.com/", host),
        Arguments.of("https://example.com:65536/", host),
        Arguments.of("https://@example.com/", host),
        Arguments.of("https://example.com:/", host));
  }

  @ParameterizedTest
  @MethodSource("urlsJavaParsesWithAHostThatAreNotRfc3986")
  void rejectsUrlsJavaParsesWithAHostButRfc3986DoesNot(String url, String rule) {
    URI uri = URI.create(url);
    assertThat(uri.getHost()).isNotNull();
    Violation violation = onlyViolation("Image", () -> Image.of(uri, "alt"));
    assertThat(violation.rule()).isEqualTo(rule);
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0890", "\uDB40\uDC01\uDB40\uDC7F", "\uD80D\uDC3F", "\u200B\u00A0"})
  void textOfFormatCharactersAndSpacesIsBlankOnEveryJdk(String text) {
    // U+0890 and U+1343F are format characters of Unicode 14 and 15, later than Java 17's.
    assertThat(onlyViolation("Heading", () -> heading(text)).rule()).isEqualTo(BLANK_RULE);
  }
}
