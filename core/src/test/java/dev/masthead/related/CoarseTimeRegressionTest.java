package dev.masthead.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The index keeps a coarse time per article (4,096 buckets over the corpus's span) to bound the
 * decay of candidates it has not scored. When the span was an exact multiple of 4,096 seconds,
 * the latest articles were clamped into the bucket before their own, their decay bound taken one
 * second too far from a source published at that latest second, and ties with a candidate already
 * found were skipped: the top 1 was not the first of the top 2, and with a short half-life whole
 * results went missing.
 */
final class CoarseTimeRegressionTest {
  private static final Instant START = Instant.parse("2000-01-01T00:00:00Z");
  private static final Instant LATEST = START.plus(Duration.ofDays(4096));

  /** The span from the earliest to the latest article: 4,096 days, 4,096 × 86,400 seconds. */
  private static List<ArticleSummary> alignedSpan() {
    List<ArticleSummary> articles = new ArrayList<>();
    articles.add(Articles.article("earliest", START, "other"));
    articles.add(Articles.article("source", LATEST, "a", "b"));
    articles.add(Articles.article("zz", LATEST, "a"));
    articles.add(Articles.article("aa", LATEST, "b"));
    for (int i = 0; i < 5; i++) {
      articles.add(Articles.article("filler-" + i, START.plus(Duration.ofDays(365)), "other"));
    }
    return articles;
  }

  @Test
  void topOneIsTheFirstOfTopTwoWhenTheSpanIsAMultipleOfTheCoarseTimes() {
    RelatedIndex index = RelatedIndex.of(alignedSpan(), RelatednessSettings.defaults());
    List<RelatedArticle> two = index.related(ArticleId.of("source"), 2);
    // aa and zz tie on score and second: the smaller id first.
    assertThat(two).extracting(r -> r.id().value()).containsExactly("aa", "zz");
    assertThat(two.get(0).score()).isEqualTo(two.get(1).score());
    assertThat(index.related(ArticleId.of("source"), 1)).containsExactly(two.get(0));
  }

  @Test
  void latestArticlesAreFoundUnderAShortHalfLifeWhenTheSpanIsAMultipleOfTheCoarseTimes() {
    List<ArticleSummary> articles = new ArrayList<>(alignedSpan());
    // A minimum score makes the search bound candidates' decay from the first one on; one second
    // away, the decay would be 2^(-2/3) = 0.63, and 0.63 × 0.71 is below the minimum.
    RelatednessSettings settings = RelatednessSettings.builder()
        .halfLife(Duration.ofMillis(1500)).decayFloor(0).minScore(0.6).build();
    RelatedIndex index = RelatedIndex.of(articles, settings);
    assertThat(index.related(ArticleId.of("source"), 5)).extracting(r -> r.id().value())
        .containsExactly("aa", "zz");
  }
}
