package dev.masthead.related;

import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What to find articles related to, and which to leave out: the source (an article in the index,
 * by id, or any other article), how many, ids to exclude, a publication window, and a "now" after
 * which articles count as future-dated and are left out. The source itself is never returned.
 *
 * <p>Relatedness keeps publication times to the second: an article's time is cut to its second,
 * and the window and "now" compare with those seconds (an article of 10:00:00.7 counts as of
 * 10:00:00, inside a window to 10:00:00.5 and outside one from 10:00:00.5).
 */
@Value.Immutable
public abstract sealed class RelatedQuery implements WithRelatedQuery permits ImmutableRelatedQuery {
  RelatedQuery() {}

  /** {@return the source article, when it is in the index} */
  public abstract Optional<ArticleId> source();

  /** {@return the source article, when it is not in the index (or may not be)} */
  public abstract Optional<ArticleSummary> article();

  /** {@return how many related articles to return at most: 10 by default} */
  @Value.Default
  public int limit() {
    return 10;
  }

  /** {@return articles never to return, besides the source} */
  public abstract Set<ArticleId> excluded();

  /** {@return the earliest publication time a related article may have} */
  public abstract Optional<Instant> publishedFrom();

  /** {@return the latest publication time a related article may have} */
  public abstract Optional<Instant> publishedTo();

  /** {@return the present: an article published after it is future-dated and left out} */
  public abstract Optional<Instant> now();

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the query for the {@code limit} articles most related to an indexed article}
   *
   * @param source an article in the index
   * @param limit how many at most, at least 1
   */
  public static RelatedQuery of(ArticleId source, int limit) {
    return builder().source(source).limit(limit).build();
  }

  @Value.Check
  void check() {
    if (source().isPresent() == article().isPresent()) {
      throw new IllegalArgumentException("a query needs exactly one of source and article");
    }
    if (limit() < 1 || limit() > 10_000) {
      throw new IllegalArgumentException("limit must be from 1 to 10000, is " + limit());
    }
    if (publishedFrom().isPresent() && publishedTo().isPresent()
        && publishedTo().get().isBefore(publishedFrom().get())) {
      throw new IllegalArgumentException("publishedTo must not be before publishedFrom");
    }
  }

  /** Builds a {@link RelatedQuery}. */
  public static final class Builder extends ImmutableRelatedQuery.Builder {
    Builder() {}
  }
}
