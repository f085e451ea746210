package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.onlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class ArticleTest {
  private static final ArticleId ID = ArticleId.of("japan-long-term-vision");
  private static final Instant PUBLISHED = Instant.parse("2025-12-25T08:00:00Z");
  private static final Instant UPDATED = Instant.parse("2025-12-26T10:30:00Z");
  private static final Tag JAPAN = Tag.of(TagId.of("japan"), PlaceId.of("japan"), "Japan");
  private static final Tag DIPLOMACY = Tag.of(TagId.of("diplomacy"), TagKind.TOPIC, "Diplomacy");
  private static final Contributor AUTHOR = Contributor.of(PersonId.of("akira-imamura"));
  private static final Contributor STAFF =
      Contributor.builder().name("The Region staff").role(ContributorRole.EDITOR).build();
  private static final Image LEAD =
      Image.of(URI.create("https://img.example.com/lead.jpg"), "Delegates at the table");
  private static final URI CANONICAL = URI.create("https://example.com/japan-long-term-vision");

  private static Article.Builder minimalBuilder() {
    return Article.builder()
        .id(ID)
        .slug("japan-long-term-vision")
        .headline("Japan's Long-Term Vision for the Western Balkans")
        .published(PUBLISHED)
        .language("en");
  }

  private static Article minimal() {
    return minimalBuilder().build();
  }

  private static Article full() {
    return minimalBuilder()
        .standfirst("A focused dialogue on investment.\nAnd on security.")
        .addBody(Heading.of("Background"))
        .addBody(Paragraph.of("Tokyo has a plan."))
        .addBody(Quote.of("We are here to stay.", PersonId.of("akira-imamura")))
        .updated(UPDATED)
        .language("sr-Latn")
        .section("Business")
        .addTags(JAPAN, DIPLOMACY)
        .addByline(AUTHOR, STAFF)
        .leadImage(LEAD)
        .canonicalUrl(CANONICAL)
        .addRelated(ArticleId.of("other-1"), ArticleId.of("other-2"))
        .addEvent(EventId.of("wb2030.fireside-chat"))
        .putExtension("acme:score", RawJson.of("{\"a\":[1]}"))
        .build();
  }

  @Test
  void buildsMinimalArticleWithEmptyOptionalsAndCollections() {
    Article article = minimal();

    assertThat(article.id()).isEqualTo(ID);
    assertThat(article.slug()).isEqualTo("japan-long-term-vision");
    assertThat(article.headline()).isEqualTo("Japan's Long-Term Vision for the Western Balkans");
    assertThat(article.published()).isEqualTo(PUBLISHED);
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.standfirst()).isEmpty();
    assertThat(article.body()).isEmpty();
    assertThat(article.updated()).isEmpty();
    assertThat(article.section()).isEmpty();
    assertThat(article.tags()).isEmpty();
    assertThat(article.byline()).isEmpty();
    assertThat(article.leadImage()).isEmpty();
    assertThat(article.canonicalUrl()).isEmpty();
    assertThat(article.related()).isEmpty();
    assertThat(article.events()).isEmpty();
    assertThat(article.extensions()).isEmpty();
  }

  @Test
  void buildsFullyPopulatedArticleAndReadsEveryAttributeBack() {
    Article article = full();

    assertThat(article.id()).isEqualTo(ID);
    assertThat(article.slug()).isEqualTo("japan-long-term-vision");
    assertThat(article.headline()).isEqualTo("Japan's Long-Term Vision for the Western Balkans");
    assertThat(article.standfirst()).contains("A focused dialogue on investment.\nAnd on security.");
    assertThat(article.body()).containsExactly(
        Heading.of("Background"),
        Paragraph.of("Tokyo has a plan."),
        Quote.of("We are here to stay.", PersonId.of("akira-imamura")));
    assertThat(article.published()).isEqualTo(PUBLISHED);
    assertThat(article.updated()).contains(UPDATED);
    assertThat(article.language()).isEqualTo("sr-Latn");
    assertThat(article.section()).contains("Business");
    assertThat(article.tags()).containsExactly(JAPAN, DIPLOMACY);
    assertThat(article.byline()).containsExactly(AUTHOR, STAFF);
    assertThat(article.leadImage()).contains(LEAD);
    assertThat(article.canonicalUrl()).contains(CANONICAL);
    assertThat(article.related()).containsExactly(ArticleId.of("other-1"), ArticleId.of("other-2"));
    assertThat(article.events()).containsExactly(EventId.of("wb2030.fireside-chat"));
    assertThat(article.extensions()).containsExactly(
        Map.entry("acme:score", RawJson.of("{\"a\":[1]}")));
  }

  @Test
  void reportsEveryMissingRequiredAttributeAsRequired() {
    ContentValidationException exception = rejected("Article", () -> Article.builder().build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString(), Violation::rule)
        .containsExactly(
            tuple("id", "is required"),
            tuple("slug", "is required"),
            tuple("headline", "is required"),
            tuple("published", "is required"),
            tuple("language", "is required"));
    assertThat(exception.violations()).allSatisfy(v -> assertThat(v.value()).isEmpty());
  }

  @Test
  void reportsExplicitNullAttributeAsRequired() {
    assertOnlyViolation("Article",
        () -> minimalBuilder().headline(null).build(), "headline", "is required", null);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException exception = rejected("Article", () -> minimalBuilder()
        .slug("Not A Slug")
        .headline("  ")
        .addBody(Paragraph.of("ok"), null)
        .updated(PUBLISHED.minusSeconds(1))
        .language("en_US")
        .addTags(JAPAN, JAPAN)
        .canonicalUrl(URI.create("ftp://example.com/a"))
        .addRelated(ID)
        .putExtension("headline", RawJson.of("1"))
        .build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString())
        .containsExactly(
            "slug", "headline", "body[1]", "updated", "language", "tags[1]", "canonicalUrl",
            "related[0]", "extensions.headline");
    assertThat(exception).hasMessageStartingWith("Invalid Article (9 problems)");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Not A Slug", "double--dash", "-leading", "trailing-", "under_score",
      "ünïcode", ""})
  void rejectsSlugThatIsNotLowerCaseWordsJoinedByHyphens(String slug) {
    assertOnlyViolation("Article", () -> minimalBuilder().slug(slug).build(),
        "slug", "must be a slug", slug);
  }

  @Test
  void rejectsSlugLongerThanLimit() {
    String slug = "a".repeat(ContentLimits.SLUG + 1);
    assertOnlyViolation("Article", () -> minimalBuilder().slug(slug).build(),
        "slug", "must be at most 200 characters long", "a".repeat(Excerpts.MAX_CODE_POINTS) + "…");
  }

  @Test
  void acceptsSlugAtLimit() {
    String slug = "a".repeat(ContentLimits.SLUG);
    assertThat(minimalBuilder().slug(slug).build().slug()).isEqualTo(slug);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\u200B", "\u00A0\u2003"})
  void rejectsBlankHeadline(String headline) {
    assertOnlyViolation("Article", () -> minimalBuilder().headline(headline).build(),
        "headline", "must not be blank", Excerpts.of(headline));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Two\nlines", "Tab\tinside", "Bell\u0007"})
  void rejectsHeadlineWithControlCharactersOrLineBreaks(String headline) {
    assertOnlyViolation("Article", () -> minimalBuilder().headline(headline).build(),
        "headline", "must not contain control characters or line breaks", Excerpts.of(headline));
  }

  @Test
  void rejectsHeadlineLongerThanLimit() {
    String headline = "h".repeat(ContentLimits.HEADLINE + 1);
    Violation violation = onlyViolation("Article",
        () -> minimalBuilder().headline(headline).build());
    assertThat(violation.path()).hasToString("headline");
    assertThat(violation.rule()).isEqualTo("must be at most 500 characters long, is 501");
  }

  @Test
  void countsHeadlineLengthInCodePoints() {
    // 500 emoji are 1000 UTF-16 units, but 500 code points: within the limit.
    String headline = "\uD83D\uDCF0".repeat(ContentLimits.HEADLINE);
    assertThat(minimalBuilder().headline(headline).build().headline()).isEqualTo(headline);
  }

  @Test
  void acceptsMultiLineStandfirstWithTabs() {
    Article article = minimalBuilder().standfirst("First line\r\n\tsecond line").build();
    assertThat(article.standfirst()).contains("First line\r\n\tsecond line");
  }

  @Test
  void rejectsBlankStandfirst() {
    assertOnlyViolation("Article", () -> minimalBuilder().standfirst(" \n ").build(),
        "standfirst", "must not be blank", " \\n ");
  }

  @Test
  void rejectsStandfirstWithControlCharacter() {
    assertOnlyViolation("Article", () -> minimalBuilder().standfirst("Bell\u0007").build(),
        "standfirst", "must not contain control characters other than tab and line breaks",
        "Bell\\u0007");
  }

  @Test
  void rejectsStandfirstLongerThanLimit() {
    Violation violation = onlyViolation("Article",
        () -> minimalBuilder().standfirst("s".repeat(ContentLimits.TEXT + 1)).build());
    assertThat(violation.path()).hasToString("standfirst");
    assertThat(violation.rule()).isEqualTo("must be at most 10000 characters long, is 10001");
  }

  @Test
  void rejectsNullBodyBlockAtItsIndex() {
    Violation violation = onlyViolation("Article",
        () -> minimalBuilder().addBody(Paragraph.of("ok"), null).build());
    assertThat(violation.path()).hasToString("body[1]");
    assertThat(violation.pointer()).isEqualTo("/body/1");
    assertThat(violation.rule()).isEqualTo("must not be null");
    assertThat(violation.value()).isEmpty();
  }

  @Test
  void rejectsUpdatedBeforePublished() {
    Instant updated = PUBLISHED.minusSeconds(60);
    assertOnlyViolation("Article", () -> minimalBuilder().updated(updated).build(),
        "updated", "must not be before published (2025-12-25T08:00:00Z)", "2025-12-25T07:59:00Z");
  }

  @Test
  void acceptsUpdatedEqualToPublished() {
    assertThat(minimalBuilder().updated(PUBLISHED).build().updated()).contains(PUBLISHED);
  }

  @Test
  void reportsMissingPublishedWithoutComparingUpdated() {
    assertOnlyViolation("Article",
        () -> minimalBuilder().published(null).updated(UPDATED).build(),
        "published", "is required", null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "sr-Latn", "sr-Latn-RS", "pt-BR", "zh-Hant-TW"})
  void acceptsBcp47LanguageTags(String language) {
    assertThat(minimalBuilder().language(language).build().language()).isEqualTo(language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"en_US", "e", "123", "en-", "", " "})
  void rejectsMalformedLanguageTag(String language) {
    assertOnlyViolation("Article", () -> minimalBuilder().language(language).build(),
        "language", "must be a well-formed BCP 47 language tag", language);
  }

  @ParameterizedTest
  @ValueSource(strings = {"x-private", "english", "abcde-Latn"})
  void rejectsLanguageTagWithoutAnIso639LanguageCode(String language) {
    assertOnlyViolation("Article", () -> minimalBuilder().language(language).build(),
        "language", "must be a BCP 47 language tag starting with an ISO 639 language code",
        language);
  }

  @Test
  void rejectsLanguageTagLongerThan35Characters() {
    String language = "en-x-aaaaaaaa-bbbbbbbb-cccccccc-dddddddd";
    assertOnlyViolation("Article", () -> minimalBuilder().language(language).build(),
        "language", "must be a BCP 47 language tag", language);
  }

  @Test
  void rejectsBlankSection() {
    assertOnlyViolation("Article", () -> minimalBuilder().section(" ").build(),
        "section", "must not be blank", " ");
  }

  @Test
  void rejectsSectionWithLineBreak() {
    assertOnlyViolation("Article", () -> minimalBuilder().section("Busi\nness").build(),
        "section", "must not contain control characters or line breaks", "Busi\\nness");
  }

  @Test
  void rejectsSectionLongerThanLimit() {
    Violation violation = onlyViolation("Article",
        () -> minimalBuilder().section("s".repeat(ContentLimits.LINE + 1)).build());
    assertThat(violation.path()).hasToString("section");
    assertThat(violation.rule()).isEqualTo("must be at most 300 characters long, is 301");
  }

  @Test
  void rejectsTagsRepeatingAnIdEvenWithDifferentLabels() {
    Tag sameId = Tag.of(TagId.of("japan"), TagKind.TOPIC, "Japan (topic)");
    Violation violation = onlyViolation("Article",
        () -> minimalBuilder().addTags(JAPAN, DIPLOMACY, sameId).build());
    assertThat(violation.path()).hasToString("tags[2]");
    assertThat(violation.pointer()).isEqualTo("/tags/2");
    assertThat(violation.rule()).isEqualTo("must not repeat a tag id");
    assertThat(violation.value()).contains("japan");
  }

  @Test
  void rejectsNullTagAtItsIndex() {
    assertOnlyViolation("Article",
        () -> minimalBuilder().addTags(JAPAN, null).build(), "tags[1]", "must not be null", null);
  }

  @Test
  void rejectsNullBylineEntryAtItsIndex() {
    assertOnlyViolation("Article", () -> minimalBuilder().addByline(null, AUTHOR).build(),
        "byline[0]", "must not be null", null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com/a", "/relative/path", "mailto:news@example.com",
      "example.com/a"})
  void rejectsCanonicalUrlThatIsNotAbsoluteHttp(String url) {
    assertOnlyViolation("Article", () -> minimalBuilder().canonicalUrl(URI.create(url)).build(),
        "canonicalUrl", "must be an absolute http or https URL", url);
  }

  @Test
  void rejectsCanonicalUrlWithoutHost() {
    assertOnlyViolation("Article",
        () -> minimalBuilder().canonicalUrl(URI.create("https:///path")).build(), "canonicalUrl",
        "must be a URL with a host name", "https:///path");
  }

  @Test
  void rejectsCanonicalUrlLongerThanLimit() {
    URI url = URI.create("https://example.com/" + "a".repeat(ContentLimits.URL));
    Violation violation = onlyViolation("Article",
        () -> minimalBuilder().canonicalUrl(url).build());
    assertThat(violation.path()).hasToString("canonicalUrl");
    assertThat(violation.rule()).isEqualTo("must be at most 2048 characters long");
  }

  @Test
  void rejectsRepeatedRelatedArticle() {
    assertOnlyViolation("Article",
        () -> minimalBuilder()
            .addRelated(ArticleId.of("other-1"), ArticleId.of("other-2"), ArticleId.of("other-1"))
            .build(),
        "related[2]", "must not repeat an article", "other-1");
  }

  @Test
  void rejectsRelatedArticleThatIsTheArticleItself() {
    assertOnlyViolation("Article",
        () -> minimalBuilder().addRelated(ArticleId.of("other-1"), ID).build(),
        "related[1]", "must not be the article itself", ID.value());
  }

  @Test
  void rejectsNullRelatedArticleAtItsIndex() {
    assertOnlyViolation("Article",
        () -> minimalBuilder().addRelated(ArticleId.of("other-1"), null).build(),
        "related[1]", "must not be null", null);
  }

  @Test
  void rejectsRepeatedEvent() {
    EventId event = EventId.of("wb2030.fireside-chat");
    assertOnlyViolation("Article", () -> minimalBuilder().addEvents(event, event).build(),
        "events[1]", "must not repeat an event", "wb2030.fireside-chat");
  }

  @Test
  void rejectsNullEventAtItsIndex() {
    assertOnlyViolation("Article", () -> minimalBuilder().addEvents((EventId) null).build(),
        "events[0]", "must not be null", null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "slug", "headline", "standfirst", "body", "published", "updated",
      "language", "section", "tags", "byline", "leadImage", "canonicalUrl", "related", "events"})
  void rejectsExtensionNamedLikeOneOfItsProperties(String name) {
    Violation violation = onlyViolation("Article",
        () -> minimalBuilder().putExtension(name, RawJson.of("true")).build());
    assertThat(violation.path()).hasToString("extensions." + name);
    assertThat(violation.pointer()).isEqualTo("/extensions/" + name);
    assertThat(violation.rule()).isEqualTo("extension name must not be a property of Article");
    assertThat(violation.value()).contains(name);
  }

  @Test
  void equalsAndHashesLikeAnArticleBuiltSeparately() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(minimal()).isEqualTo(minimal()).hasSameHashCodeAs(minimal());
    assertThat(full()).isNotEqualTo(minimal());
  }

  static Stream<Named<UnaryOperator<Article>>> singleAttributeChanges() {
    return Stream.of(
        Named.of("id", a -> a.withId(ArticleId.of("other-3"))),
        Named.of("slug", a -> a.withSlug("other-slug")),
        Named.of("headline", a -> a.withHeadline("Another headline")),
        Named.of("standfirst", a -> a.withStandfirst("Another standfirst")),
        Named.of("body", a -> a.withBody(Paragraph.of("Other"))),
        Named.of("published", a -> a.withPublished(PUBLISHED.minusSeconds(1))),
        Named.of("updated", a -> a.withUpdated(UPDATED.plusSeconds(1))),
        Named.of("language", a -> a.withLanguage("en")),
        Named.of("section", a -> a.withSection("Politics")),
        Named.of("tags", a -> a.withTags(DIPLOMACY)),
        Named.of("byline", a -> a.withByline(STAFF)),
        Named.of("leadImage", a -> a.withLeadImage(LEAD.withAltText("Other"))),
        Named.of("canonicalUrl", a -> a.withCanonicalUrl(URI.create("https://example.com/x"))),
        Named.of("related", a -> a.withRelated(ArticleId.of("other-2"))),
        Named.of("events", a -> a.withEvents(EventId.of("other-event"))),
        Named.of("extensions", a -> a.withExtensions(Map.of("acme:score", RawJson.of("2")))));
  }

  @ParameterizedTest
  @MethodSource("singleAttributeChanges")
  void differsFromAnArticleDifferingInOneAttribute(UnaryOperator<Article> change) {
    Article changed = change.apply(full());
    assertThat(changed).isNotEqualTo(full());
    assertThat(full()).isNotEqualTo(changed);
  }

  @Test
  void withHeadlineChangesOnlyTheHeadline() {
    Article original = full();
    Article changed = original.withHeadline("Another headline");

    assertThat(changed.headline()).isEqualTo("Another headline");
    assertThat(changed).isEqualTo(Article.builder().from(original).headline("Another headline")
        .build());
    assertThat(original.headline()).isEqualTo("Japan's Long-Term Vision for the Western Balkans");
  }

  @Test
  void withTagsReplacesTheTagsAndKeepsTheRest() {
    Article changed = full().withTags(DIPLOMACY);
    assertThat(changed.tags()).containsExactly(DIPLOMACY);
    assertThat(changed.byline()).isEqualTo(full().byline());
    assertThat(changed.body()).isEqualTo(full().body());
  }

  @Test
  void withUpdatedBeforePublishedIsRejected() {
    assertOnlyViolation("Article", () -> full().withUpdated(PUBLISHED.minusSeconds(1)),
        "updated", "must not be before published", "2025-12-25T07:59:59Z");
  }

  @Test
  void withSlugThatIsNotASlugIsRejected() {
    assertOnlyViolation("Article", () -> full().withSlug("Bad Slug"),
        "slug", "must be a slug", "Bad Slug");
  }

  @Test
  void withNullIdIsRejectedAsRequired() {
    assertOnlyViolation("Article", () -> full().withId(null), "id", "is required", null);
  }

  @Test
  void withIdThatIsAlsoRelatedIsRejected() {
    assertOnlyViolation("Article", () -> full().withId(ArticleId.of("other-2")),
        "related[1]", "must not be the article itself", "other-2");
  }

  @Test
  void withBodyContainingNullIsRejected() {
    assertOnlyViolation("Article", () -> full().withBody(Heading.of("x"), null),
        "body[1]", "must not be null", null);
  }

  // ---- summary ----

  @Test
  void summaryCopiesTheTeaserAttributes() {
    ArticleSummary summary = full().summary();

    assertThat(summary.id()).isEqualTo(ID);
    assertThat(summary.slug()).isEqualTo("japan-long-term-vision");
    assertThat(summary.headline()).isEqualTo("Japan's Long-Term Vision for the Western Balkans");
    assertThat(summary.published()).isEqualTo(PUBLISHED);
    assertThat(summary.section()).contains("Business");
    assertThat(summary.image()).contains(LEAD);
    assertThat(summary.tags()).containsExactly(JAPAN, DIPLOMACY);
    assertThat(summary.canonicalUrl()).contains(CANONICAL);
    assertThat(summary.extensions()).isEmpty();
  }

  @Test
  void summaryOfMinimalArticleHasNoExcerptImageOrSection() {
    ArticleSummary summary = minimal().summary();
    assertThat(summary.excerpt()).isEmpty();
    assertThat(summary.image()).isEmpty();
    assertThat(summary.section()).isEmpty();
    assertThat(summary.tags()).isEmpty();
    assertThat(summary.canonicalUrl()).isEmpty();
  }

  @Test
  void summaryExcerptIsTheStandfirstWhenThereIsOne() {
    Article article = minimalBuilder()
        .standfirst("  The standfirst.  ")
        .addBody(Paragraph.of("The first paragraph."))
        .build();
    assertThat(article.summary().excerpt()).contains("The standfirst.");
  }

  @Test
  void summaryExcerptIsTheFirstParagraphsPlainTextWithoutStandfirst() {
    Article article = minimalBuilder()
        .addBody(Heading.of("Not this heading"))
        .addBody(Quote.of("Not this quote", PersonId.of("akira-imamura")))
        .addBody(Paragraph.of(
            Span.of("Tokyo "), Span.of("has", Mark.STRONG),
            Span.link(" a plan.", URI.create("https://example.com/plan"))))
        .addBody(Paragraph.of("Not the second paragraph."))
        .build();
    assertThat(article.summary().excerpt()).contains("Tokyo has a plan.");
  }

  @Test
  void summaryHasNoExcerptWhenBodyHasNoParagraph() {
    Article article = minimalBuilder().addBody(Heading.of("Only a heading")).build();
    assertThat(article.summary().excerpt()).isEmpty();
  }

  @Test
  void summaryCutsLongTextAtAWordBoundaryWithAnEllipsis() {
    Article article = minimalBuilder()
        .standfirst("The quick brown fox jumps over the lazy dog").build();
    assertThat(article.summary(20).excerpt()).contains("The quick brown fox…");
    assertThat(article.summary(12).excerpt()).contains("The quick…");
  }

  @Test
  void summaryDropsPunctuationBeforeTheEllipsis() {
    Article article = minimalBuilder()
        .standfirst("Hello, world, and many more words here").build();
    assertThat(article.summary(14).excerpt()).contains("Hello, world…");
  }

  @Test
  void summaryCutsInsideAWordWhenThereIsNoEarlyWordBoundary() {
    Article article = minimalBuilder().standfirst("Supercalifragilisticexpialidocious").build();
    assertThat(article.summary(10).excerpt()).contains("Supercali…");
  }

  @Test
  void summaryKeepsTextThatFitsUnchanged() {
    String text = "x".repeat(ArticleSummary.DEFAULT_EXCERPT_LENGTH);
    Article article = minimalBuilder().addBody(Paragraph.of(text)).build();
    assertThat(article.summary().excerpt()).contains(text);
  }

  @Test
  void summaryDoesNotSplitSurrogatePairs() {
    Article article = minimalBuilder().standfirst("\uD83D\uDCF0".repeat(30)).build();
    assertThat(article.summary(10).excerpt()).contains("\uD83D\uDCF0".repeat(9) + "…");
  }

  @ParameterizedTest
  @ValueSource(ints = {10, 11, 17, 23, 40, 59, 100, 160})
  void summaryExcerptIsNeverLongerThanRequested(int length) {
    String text = "Japan's long-term vision, explained: investment, security; and people — "
        + "in a focused dialogue with the region's leaders, experts and reporters.";
    Article article = minimalBuilder().addBody(Paragraph.of(text)).build();

    String excerpt = article.summary(length).excerpt().orElseThrow();

    assertThat(excerpt.codePointCount(0, excerpt.length())).isLessThanOrEqualTo(length);
    if (text.length() > length) {
      assertThat(excerpt).endsWith("…");
      assertThat(text).startsWith(excerpt.substring(0, excerpt.length() - 1));
    }
  }

  @Test
  void summaryUsesTheDefaultExcerptLength() {
    Article article = minimalBuilder().standfirst("word ".repeat(100)).build();
    String excerpt = article.summary().excerpt().orElseThrow();
    assertThat(excerpt.length()).isLessThanOrEqualTo(ArticleSummary.DEFAULT_EXCERPT_LENGTH);
    assertThat(article.summary()).isEqualTo(article.summary(ArticleSummary.DEFAULT_EXCERPT_LENGTH));
  }

  @Test
  void summaryOfLongFirstParagraphWithLargeExcerptLengthIsAValidSummary() {
    // A valid article (paragraphs may be up to 50 000 code points) and a valid excerpt length:
    // the summary must not fail on the summary's own 10 000 code point excerpt limit.
    Article article = minimalBuilder()
        .addBody(Paragraph.of("word ".repeat(ContentLimits.TEXT / 2 + 100))).build();

    String excerpt = article.summary(ContentLimits.PARAGRAPH).excerpt().orElseThrow();

    assertThat(excerpt.length()).isLessThanOrEqualTo(ContentLimits.TEXT);
    assertThat(excerpt).startsWith("word word").endsWith("word…");
  }

  @ParameterizedTest
  @ValueSource(ints = {9, 0, -1})
  void summaryRejectsExcerptLengthBelowTen(int length) {
    Throwable thrown = catchThrowable(() -> full().summary(length));
    assertThat(thrown)
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("excerptLength must be at least 10, is " + length);
  }

  @Test
  void nullGivenToAnOptionalSetterMeansAbsent() {
    String noStandfirst = null;
    URI noUrl = null;
    Article article = Article.builder().id(ArticleId.of("a-1")).slug("a-1").headline("H")
        .published(Instant.parse("2025-12-25T08:00:00Z")).language("en")
        .standfirst(noStandfirst).canonicalUrl(noUrl).build();
    assertThat(article.standfirst()).isEmpty();
    assertThat(article.canonicalUrl()).isEmpty();
    assertThat(article.withStandfirst("S").withStandfirst(noStandfirst)).isEqualTo(article);
  }

  @ParameterizedTest
  @ValueSource(strings = {"+10000-01-01T00:00:00Z", "0000-12-31T23:59:59Z", "-0001-01-01T00:00:00Z"})
  void rejectsInstantsOutsideFourDigitYears(String instant) {
    Instant outside = Instant.parse(instant);
    Rejections.assertOnlyViolation("Article", () -> minimalBuilder().published(outside).build(),
        "published", "must be in a year from 1 to 9999 in UTC", outside.toString());
    assertThat(Rejections.rejected("Article",
        () -> minimalBuilder().published(Instant.parse("0001-01-01T00:00:00Z"))
            .updated(outside).build()).violations())
        .extracting(v -> v.path().toString(), Violation::rule)
        .contains(tuple("updated", "must be in a year from 1 to 9999 in UTC"));
  }

  @Test
  void acceptsTheFirstAndLastInstantsWithFourDigitYears() {
    Instant first = Instant.parse("0001-01-01T00:00:00Z");
    Instant last = Instant.parse("9999-12-31T23:59:59.999999999Z");
    assertThat(minimalBuilder().published(first).updated(last).build().updated()).contains(last);
  }

  // ---- genres, alternative headlines, revision, rights

  @Test
  void keepsGenresAlternativeHeadlinesRevisionAndRights() {
    Rights rights = Rights.builder().copyrightHolder("The Region").build();
    Article article = minimalBuilder()
        .addGenres(Genre.INTERVIEW, Genre.of("acme:long-read"))
        .addAlternativeHeadline(AlternativeHeadline.of("Japan’s vision", HeadlineRole.SEO))
        .addAlternativeHeadline(AlternativeHeadline.of("Japan’s vision", HeadlineRole.SOCIAL))
        .addAlternativeHeadline(AlternativeHeadline.of("Japan’s vision"))
        .revision(3)
        .rights(rights)
        .build();

    assertThat(article.genres()).containsExactly(Genre.INTERVIEW, Genre.of("acme:long-read"));
    assertThat(article.alternativeHeadlines()).extracting(AlternativeHeadline::role)
        .containsExactly(java.util.Optional.of(HeadlineRole.SEO),
            java.util.Optional.of(HeadlineRole.SOCIAL), java.util.Optional.empty());
    assertThat(article.revision()).hasValue(3);
    assertThat(article.rights()).contains(rights);
  }

  @Test
  void articleWithoutTheNewAttributesHasNone() {
    Article article = minimal();
    assertThat(article.genres()).isEmpty();
    assertThat(article.alternativeHeadlines()).isEmpty();
    assertThat(article.revision()).isEmpty();
    assertThat(article.rights()).isEmpty();
  }

  @Test
  void rejectsRepeatedGenre() {
    assertOnlyViolation("Article",
        () -> minimalBuilder().addGenres(Genre.NEWS, Genre.ANALYSIS, Genre.NEWS).build(),
        "genres[2]", "must not repeat a genre", "news");
  }

  @Test
  void rejectsNullGenre() {
    assertOnlyViolation("Article",
        () -> minimalBuilder().build().withGenres(java.util.Arrays.asList(Genre.NEWS, null)),
        "genres[1]", "must not be null", null);
  }

  @Test
  void rejectsAlternativeHeadlineRepeatedInTheSameRole() {
    assertOnlyViolation("Article", () -> minimalBuilder()
            .addAlternativeHeadline(AlternativeHeadline.of("Japan’s vision", HeadlineRole.SEO))
            .addAlternativeHeadline(AlternativeHeadline.of("Japan’s vision"))
            .addAlternativeHeadline(AlternativeHeadline.of("Japan’s vision", HeadlineRole.SEO))
            .build(),
        "alternativeHeadlines[2]", "must not repeat a headline in the same role",
        "Japan’s vision");
  }

  @Test
  void rejectsAlternativeHeadlineRepeatedWithoutRole() {
    assertOnlyViolation("Article", () -> minimalBuilder()
            .addAlternativeHeadline(AlternativeHeadline.of("Japan’s vision"))
            .addAlternativeHeadline(AlternativeHeadline.of("Japan’s vision"))
            .build(),
        "alternativeHeadlines[1]", "must not repeat a headline in the same role",
        "Japan’s vision");
  }

  @Test
  void rejectsAlternativeHeadlineThatIsTheHeadline() {
    assertOnlyViolation("Article", () -> minimalBuilder()
            .addAlternativeHeadline(AlternativeHeadline.of(
                "Japan's Long-Term Vision for the Western Balkans", HeadlineRole.PRINT))
            .build(),
        "alternativeHeadlines[0].text", "must not be the headline",
        "Japan's Long-Term Vision for the Western Balkans");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsRevisionBelowOne(int revision) {
    assertOnlyViolation("Article", () -> minimalBuilder().revision(revision).build(),
        "revision", "must be positive", Integer.toString(revision));
  }

  @Test
  void takesRevisionFromOneToTheLargestInt() {
    assertThat(minimalBuilder().revision(1).build().revision()).hasValue(1);
    assertThat(minimalBuilder().revision(Integer.MAX_VALUE).build().revision())
        .hasValue(Integer.MAX_VALUE);
  }

  @Test
  void withCopiesSetAndClearTheNewAttributes() {
    Article article = minimal().withRevision(2).withGenres(java.util.List.of(Genre.REPORT));
    assertThat(article.revision()).hasValue(2);
    assertThat(article.genres()).containsExactly(Genre.REPORT);
    assertThat(article.withRevision(java.util.OptionalInt.empty()).revision()).isEmpty();
    assertThat(article.withRights(java.util.Optional.empty())).isSameAs(article);
  }
}
