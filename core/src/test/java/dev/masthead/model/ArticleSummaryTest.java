package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.onlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
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

final class ArticleSummaryTest {
  private static final ArticleId ID = ArticleId.of("a-1");
  private static final Instant PUBLISHED = Instant.parse("2025-12-25T08:00:00Z");
  private static final Image IMAGE = Image.of(URI.create("https://img.example.com/a.jpg"), "Alt");
  private static final Tag TOPIC = Tag.of(TagId.of("defence"), TagKind.TOPIC, "Defence");
  private static final Tag PERSON = Tag.of(TagId.of("akira"), PersonId.of("akira"), "Akira");
  private static final URI CANONICAL = URI.create("https://example.com/a-1");

  private static ArticleSummary.Builder minimalBuilder() {
    return ArticleSummary.builder()
        .id(ID)
        .slug("a-1")
        .headline("Headline")
        .published(PUBLISHED);
  }

  private static ArticleSummary full() {
    return minimalBuilder()
        .excerpt("An excerpt…")
        .section("Business")
        .image(IMAGE)
        .addTags(TOPIC, PERSON)
        .canonicalUrl(CANONICAL)
        .putExtension("acme:rank", RawJson.of("3"))
        .build();
  }

  @Test
  void buildsMinimalSummary() {
    ArticleSummary summary = minimalBuilder().build();

    assertThat(summary.id()).isEqualTo(ID);
    assertThat(summary.slug()).isEqualTo("a-1");
    assertThat(summary.headline()).isEqualTo("Headline");
    assertThat(summary.published()).isEqualTo(PUBLISHED);
    assertThat(summary.excerpt()).isEmpty();
    assertThat(summary.section()).isEmpty();
    assertThat(summary.image()).isEmpty();
    assertThat(summary.tags()).isEmpty();
    assertThat(summary.canonicalUrl()).isEmpty();
    assertThat(summary.extensions()).isEmpty();
  }

  @Test
  void buildsFullyPopulatedSummaryAndReadsEveryAttributeBack() {
    ArticleSummary summary = full();

    assertThat(summary.id()).isEqualTo(ID);
    assertThat(summary.slug()).isEqualTo("a-1");
    assertThat(summary.headline()).isEqualTo("Headline");
    assertThat(summary.published()).isEqualTo(PUBLISHED);
    assertThat(summary.excerpt()).contains("An excerpt…");
    assertThat(summary.section()).contains("Business");
    assertThat(summary.image()).contains(IMAGE);
    assertThat(summary.tags()).containsExactly(TOPIC, PERSON);
    assertThat(summary.canonicalUrl()).contains(CANONICAL);
    assertThat(summary.extensions()).containsExactly(Map.entry("acme:rank", RawJson.of("3")));
  }

  @Test
  void defaultExcerptLengthIs160() {
    assertThat(ArticleSummary.DEFAULT_EXCERPT_LENGTH).isEqualTo(160);
  }

  @Test
  void equalsTheSummaryAnArticleMakes() {
    Article article = Article.builder()
        .id(ID).slug("a-1").headline("Headline").published(PUBLISHED).language("en")
        .standfirst("An excerpt").section("Business").leadImage(IMAGE).addTags(TOPIC, PERSON)
        .canonicalUrl(CANONICAL).build();

    ArticleSummary expected = minimalBuilder().excerpt("An excerpt").section("Business")
        .image(IMAGE).addTags(TOPIC, PERSON).canonicalUrl(CANONICAL).build();

    assertThat(article.summary()).isEqualTo(expected).hasSameHashCodeAs(expected);
  }

  @Test
  void reportsEveryMissingRequiredAttributeAsRequired() {
    ContentValidationException exception = rejected("ArticleSummary",
        () -> ArticleSummary.builder().build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString(), Violation::rule)
        .containsExactly(
            tuple("id", "is required"),
            tuple("slug", "is required"),
            tuple("headline", "is required"),
            tuple("published", "is required"));
  }

  @Test
  void reportsExplicitNullAttributeAsRequired() {
    Violation violation = onlyViolation("ArticleSummary",
        () -> minimalBuilder().published(null).build());
    assertThat(violation.path()).hasToString("published");
    assertThat(violation.rule()).isEqualTo("is required");
    assertThat(violation.value()).isEmpty();
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException exception = rejected("ArticleSummary", () -> minimalBuilder()
        .slug("Bad Slug")
        .headline("")
        .excerpt(" ")
        .section("a\nb")
        .addTags(TOPIC, TOPIC)
        .canonicalUrl(URI.create("/relative"))
        .putExtension("excerpt", RawJson.of("1"))
        .build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString())
        .containsExactly("slug", "headline", "excerpt", "section", "tags[1]", "canonicalUrl",
            "extensions.excerpt");
  }

  @Test
  void rejectsSlugThatIsNotASlug() {
    assertOnlyViolation("ArticleSummary", () -> minimalBuilder().slug("A_1").build(),
        "slug", "must be a slug", "A_1");
  }

  @Test
  void rejectsBlankHeadline() {
    assertOnlyViolation("ArticleSummary", () -> minimalBuilder().headline("\t").build(),
        "headline", "must not contain control characters or line breaks", "\\t");
    assertOnlyViolation("ArticleSummary", () -> minimalBuilder().headline(" ").build(),
        "headline", "must not be blank", " ");
  }

  @Test
  void rejectsHeadlineLongerThanLimit() {
    Violation violation = onlyViolation("ArticleSummary",
        () -> minimalBuilder().headline("h".repeat(ContentLimits.HEADLINE + 1)).build());
    assertThat(violation.path()).hasToString("headline");
    assertThat(violation.rule()).isEqualTo("must be at most 500 characters long, is 501");
  }

  @Test
  void acceptsMultiLineExcerpt() {
    assertThat(minimalBuilder().excerpt("One\nTwo").build().excerpt()).contains("One\nTwo");
  }

  @Test
  void rejectsBlankExcerpt() {
    assertOnlyViolation("ArticleSummary", () -> minimalBuilder().excerpt("\u200B").build(),
        "excerpt", "must not be blank", "\\u200b");
  }

  @Test
  void rejectsExcerptWithControlCharacter() {
    assertOnlyViolation("ArticleSummary", () -> minimalBuilder().excerpt("a\u001Bb").build(),
        "excerpt", "must not contain control characters other than tab and line breaks",
        "a\\u001bb");
  }

  @Test
  void rejectsExcerptLongerThanLimit() {
    Violation violation = onlyViolation("ArticleSummary",
        () -> minimalBuilder().excerpt("e".repeat(ContentLimits.TEXT + 1)).build());
    assertThat(violation.path()).hasToString("excerpt");
    assertThat(violation.rule()).isEqualTo("must be at most 10000 characters long, is 10001");
  }

  @Test
  void rejectsSectionWithLineBreak() {
    assertOnlyViolation("ArticleSummary", () -> minimalBuilder().section("a\nb").build(),
        "section", "must not contain control characters or line breaks", "a\\nb");
  }

  @Test
  void rejectsSectionLongerThanLimit() {
    Violation violation = onlyViolation("ArticleSummary",
        () -> minimalBuilder().section("s".repeat(ContentLimits.LINE + 1)).build());
    assertThat(violation.path()).hasToString("section");
    assertThat(violation.rule()).isEqualTo("must be at most 300 characters long, is 301");
  }

  @Test
  void rejectsTagsRepeatingAnId() {
    Tag sameId = Tag.of(TagId.of("defence"), TagKind.of("acme:other"), "Other");
    assertOnlyViolation("ArticleSummary", () -> minimalBuilder().addTags(TOPIC, sameId).build(),
        "tags[1]", "must not repeat a tag id", "defence");
  }

  @Test
  void rejectsNullTagAtItsIndex() {
    Violation violation = onlyViolation("ArticleSummary",
        () -> minimalBuilder().addTags(TOPIC, null).build());
    assertThat(violation.path()).hasToString("tags[1]");
    assertThat(violation.pointer()).isEqualTo("/tags/1");
    assertThat(violation.rule()).isEqualTo("must not be null");
  }

  @Test
  void rejectsCanonicalUrlThatIsNotAbsoluteHttp() {
    assertOnlyViolation("ArticleSummary",
        () -> minimalBuilder().canonicalUrl(URI.create("file:///etc/passwd")).build(),
        "canonicalUrl", "must be an absolute http or https URL", "file:///etc/passwd");
  }

  @Test
  void rejectsCanonicalUrlWithoutHost() {
    assertOnlyViolation("ArticleSummary",
        () -> minimalBuilder().canonicalUrl(URI.create("http:/a")).build(), "canonicalUrl",
        "must be a URL with a host name", "http:/a");
  }

  @ParameterizedTest
  @ValueSource(strings = {"id", "slug", "headline", "excerpt", "published", "section", "image",
      "tags", "canonicalUrl"})
  void rejectsExtensionNamedLikeOneOfItsProperties(String name) {
    assertOnlyViolation("ArticleSummary",
        () -> minimalBuilder().putExtension(name, RawJson.of("null")).build(), "extensions." + name,
        "extension name must not be a property of ArticleSummary", name);
  }

  @Test
  void equalsAndHashesLikeASummaryBuiltSeparately() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(full()).isNotEqualTo(minimalBuilder().build());
  }

  static Stream<Named<UnaryOperator<ArticleSummary>>> singleAttributeChanges() {
    return Stream.of(
        Named.of("id", s -> s.withId(ArticleId.of("a-2"))),
        Named.of("slug", s -> s.withSlug("a-2")),
        Named.of("headline", s -> s.withHeadline("Other")),
        Named.of("excerpt", s -> s.withExcerpt("Other excerpt")),
        Named.of("published", s -> s.withPublished(PUBLISHED.plusSeconds(1))),
        Named.of("section", s -> s.withSection("Politics")),
        Named.of("image", s -> s.withImage(IMAGE.withCredit("Photo: Acme"))),
        Named.of("tags", s -> s.withTags(PERSON, TOPIC)),
        Named.of("canonicalUrl", s -> s.withCanonicalUrl(URI.create("https://example.com/b"))),
        Named.of("extensions", s -> s.withExtensions(Map.of())));
  }

  @ParameterizedTest
  @MethodSource("singleAttributeChanges")
  void differsFromASummaryDifferingInOneAttribute(UnaryOperator<ArticleSummary> change) {
    assertThat(change.apply(full())).isNotEqualTo(full());
  }

  @Test
  void withExcerptChangesOnlyTheExcerpt() {
    ArticleSummary original = full();
    ArticleSummary changed = original.withExcerpt("Other excerpt");

    assertThat(changed.excerpt()).contains("Other excerpt");
    assertThat(changed).isEqualTo(ArticleSummary.builder().from(original)
        .excerpt("Other excerpt").build());
    assertThat(original.excerpt()).contains("An excerpt…");
  }

  @Test
  void withBlankHeadlineIsRejected() {
    assertOnlyViolation("ArticleSummary", () -> full().withHeadline("  "),
        "headline", "must not be blank", "  ");
  }

  @Test
  void withRepeatedTagsIsRejected() {
    assertOnlyViolation("ArticleSummary", () -> full().withTags(PERSON, PERSON),
        "tags[1]", "must not repeat a tag id", "akira");
  }
}
