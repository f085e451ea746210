package dev.masthead.model;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The teaser of an article, as shown in a related list: enough to render it and to score
 * relatedness, without the body. {@link Article#summary()} makes one from an article.
 */
@Value.Immutable
public abstract sealed class ArticleSummary implements WithArticleSummary
    permits ImmutableArticleSummary {
  /** The longest excerpt {@link Article#summary()} makes, in code points. */
  public static final int DEFAULT_EXCERPT_LENGTH = 160;

  ArticleSummary() {}

  /** {@return the article's id} */
  public abstract ArticleId id();

  /** {@return the article's URL slug} */
  public abstract String slug();

  /** {@return the headline} */
  public abstract String headline();

  /** {@return the excerpt shown under the headline, usually cut with an ellipsis} */
  public abstract Optional<String> excerpt();

  /** {@return when the article was first published} */
  public abstract Instant published();

  /** {@return the section it appears in} */
  public abstract Optional<String> section();

  /** {@return the teaser image} */
  public abstract Optional<Image> image();

  /** {@return the article's tags, none repeated (by id)} */
  public abstract List<Tag> tags();

  /** {@return the article's canonical URL} */
  public abstract Optional<URI> canonicalUrl();

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

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
        .text(excerpt())
        .scalar(published())
        .text(section())
        .object(image(), Image::totals)
        .list(tags(), Tag::totals)
        .url(canonicalUrl())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("ArticleSummary");
    v.required("id", id());
    v.slug("slug", slug());
    v.line("headline", headline(), ContentLimits.HEADLINE);
    v.optionalText("excerpt", excerpt(), ContentLimits.TEXT);
    v.instant("published", published());
    v.optionalLine("section", section(), ContentLimits.LINE);
    v.unique("tags", tags(), ContentLimits.ITEMS, Tag::id, "a tag id");
    v.optionalHttpUrl("canonicalUrl", canonicalUrl());
    v.extensions(ArticleSummary.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds an {@link ArticleSummary}. */
  public static final class Builder extends ImmutableArticleSummary.Builder {
    Builder() {}
  }
}
