package dev.masthead.related;

import dev.masthead.model.ArticleId;
import java.time.Instant;
import java.util.Objects;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** One related article: its id, score and publication time, and the explanation of its score. */
public final class RelatedArticle {
  private final ArticleId id;
  private final double score;
  private final Instant published;
  private final Supplier<Explanation> explain;
  private volatile @Nullable Explanation explanation;

  RelatedArticle(ArticleId id, double score, Instant published, Supplier<Explanation> explain) {
    this.id = id;
    this.score = score;
    this.published = published;
    this.explain = explain;
  }

  /** {@return the related article's id} */
  public ArticleId id() {
    return id;
  }

  /** {@return its score} */
  public double score() {
    return score;
  }

  /** {@return when it was published (to the second)} */
  public Instant published() {
    return published;
  }

  /** {@return why it scores what it does; worked out on first call} */
  public Explanation explanation() {
    Explanation e = explanation;
    if (e == null) {
      e = explain.get();
      explanation = e;
    }
    return e;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RelatedArticle that && id.equals(that.id)
        && Double.compare(score, that.score) == 0 && published.equals(that.published);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, score, published);
  }

  /** {@return e.g. {@code serbia-startups 0.4215 2025-11-20T10:00:00Z}} */
  @Override
  public String toString() {
    return id + " " + score + " " + published;
  }
}
