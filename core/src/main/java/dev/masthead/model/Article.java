package dev.masthead.model;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An article: its headline (and alternatives), standfirst and structured body, when and in which
 * language it was published and its revision, its genres and the tags it carries, who wrote it,
 * its lead image, canonical URL and rights, the articles the editors picked as related, and the
 * events it covers.
 *
 * <pre>{@code
 * Article article = Article.builder()
 *     .id(ArticleId.of("japan-long-term-vision-western-balkans"))
 *     .slug("japan-long-term-vision-western-balkans")
 *     .headline("Japan's Long-Term Vision for the Western Balkans")
 *     .published(Instant.parse("2025-12-25T08:00:00Z"))
 *     .language("en")
 *     .addBody(Paragraph.of("A focused dialogue ..."))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract sealed class Article implements WithArticle permits ImmutableArticle {
  Article() {}

  /** {@return the article's id} */
  public abstract ArticleId id();

  /** {@return the URL slug, lower-case words joined by '-'} */
  public abstract String slug();

  /** {@return the headline, one line} */
  public abstract String headline();

  /**
   * {@return other headlines, each for a use (search engines, social media, print) or none; none
   * repeated, none the headline itself}
   */
  public abstract List<AlternativeHeadline> alternativeHeadlines();

  /** {@return the standfirst: the short introduction under the headline} */
  public abstract Optional<String> standfirst();

  /** {@return the body, block by block} */
  public abstract List<Block> body();

  /** {@return when it was first published} */
  public abstract Instant published();

  /** {@return when it was last updated; not before {@link #published()}} */
  public abstract Optional<Instant> updated();

  /** {@return its revision: 1 for the first version, one more for each new one; at least 1} */
  public abstract OptionalInt revision();

  /** {@return its language, a BCP 47 tag such as {@code "en"} or {@code "sr-Latn"}} */
  public abstract String language();

  /** {@return the section it appears in, e.g. "Business"} */
  public abstract Optional<String> section();

  /** {@return what kind of journalism it is: news, analysis, an interview, ...; none repeated} */
  public abstract List<Genre> genres();

  /** {@return its tags, none repeated (by id)} */
  public abstract List<Tag> tags();

  /** {@return who is credited, in order} */
  public abstract List<Contributor> byline();

  /** {@return the image shown at the top and in teasers} */
  public abstract Optional<Image> leadImage();

  /** {@return the article's canonical URL, absolute http(s)} */
  public abstract Optional<URI> canonicalUrl();

  /** {@return who holds its copyright and the licence it may be used under} */
  public abstract Optional<Rights> rights();

  /** {@return the articles the editors picked as related, in order; not this one, none repeated} */
  public abstract List<ArticleId> related();

  /** {@return the events it covers, none repeated} */
  public abstract List<EventId> events();

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

  /** {@return the teaser for this article, with an excerpt of at most 160 characters} */
  public final ArticleSummary summary() {
    return summary(ArticleSummary.DEFAULT_EXCERPT_LENGTH);
  }

  /**
   * {@return the teaser for this article}: its excerpt is the standfirst, or else the first
   * paragraph, cut at a word boundary to at most {@code excerptLength} characters (and never more
   * than {@link ContentLimits#TEXT}, the longest excerpt a summary holds).
   *
   * @param excerptLength the longest excerpt, in code points, at least 10
   */
  public final ArticleSummary summary(int excerptLength) {
    if (excerptLength < 10) {
      throw new IllegalArgumentException("excerptLength must be at least 10, is " + excerptLength);
    }
    Optional<String> source = standfirst().or(() -> body().stream()
        .filter(Paragraph.class::isInstance)
        .map(block -> ((Paragraph) block).plainText())
        .findFirst());
    return ArticleSummary.builder()
        .id(id())
        .slug(slug())
        .headline(headline())
        .excerpt(source.map(text ->
            Texts.truncate(text, Math.min(excerptLength, ContentLimits.TEXT))))
        .published(published())
        .section(section())
        .image(leadImage())
        .tags(tags())
        .canonicalUrl(canonicalUrl())
        .build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .id(id())
        .text(slug())
        .text(headline())
        .list(alternativeHeadlines(), AlternativeHeadline::totals)
        .text(standfirst())
        .list(body(), Totals::of)
        .scalar(published())
        .scalar(updated())
        .scalar(revision())
        .text(language())
        .text(section())
        .terms(genres())
        .list(tags(), Tag::totals)
        .list(byline(), Contributor::totals)
        .object(leadImage(), Image::totals)
        .url(canonicalUrl())
        .object(rights(), Rights::totals)
        .ids(related())
        .ids(events())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Article");
    v.required("id", id());
    v.slug("slug", slug());
    v.line("headline", headline(), ContentLimits.HEADLINE);
    v.unique("alternativeHeadlines", alternativeHeadlines(), ContentLimits.ITEMS,
        h -> List.of(h.text(), h.role()), AlternativeHeadline::text,
        "a headline in the same role");
    for (int i = 0; i < alternativeHeadlines().size(); i++) {
      AlternativeHeadline alternative = alternativeHeadlines().get(i);
      if (alternative != null && alternative.text().equals(headline())) {
        v.fail("alternativeHeadlines[" + i + "].text", "must not be the headline",
            alternative.text());
      }
    }
    v.optionalText("standfirst", standfirst(), ContentLimits.TEXT);
    v.elements("body", body(), ContentLimits.BLOCKS);
    Optional<Instant> updated = updated();
    v.optionalInstant("updated", updated);
    if (v.instant("published", published())) {
      if (updated.isPresent() && updated.get().isBefore(published())) {
        v.fail("updated", "must not be before published (" + published() + ")", updated.get());
      }
    }
    revision().ifPresent(r -> v.check(r > 0, "revision", "must be positive", r));
    v.languageTag("language", language());
    v.optionalLine("section", section(), ContentLimits.LINE);
    v.unique("genres", genres(), "a genre");
    v.unique("tags", tags(), ContentLimits.ITEMS, Tag::id, "a tag id");
    v.elements("byline", byline(), ContentLimits.ITEMS);
    v.optionalHttpUrl("canonicalUrl", canonicalUrl());
    v.unique("related", related(), "an article");
    if (id() != null) {
      int self = related().indexOf(id());
      if (self >= 0) {
        v.fail("related[" + self + "]", "must not be the article itself", id());
      }
    }
    v.unique("events", events(), "an event");
    v.extensions(Article.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds an {@link Article}. */
  public static final class Builder extends ImmutableArticle.Builder {
    Builder() {}
  }
}
