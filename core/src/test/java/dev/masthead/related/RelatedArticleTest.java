package dev.masthead.related;

import static dev.masthead.related.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A related article: its value semantics, and its explanation, worked out once when asked. */
final class RelatedArticleTest {
  private static final Instant T = Instant.parse("2025-11-20T10:00:00Z");

  private static RelatedArticle related(String id, double score, Instant published) {
    return new RelatedArticle(ArticleId.of(id), score, published, () -> {
      throw new AssertionError("not to be explained");
    });
  }

  @Test
  void equalsOnIdScoreAndTimeAndNotOnTheExplanation() {
    RelatedArticle a = related("serbia-startups", 0.4215, T);
    assertThat(a).isEqualTo(related("serbia-startups", 0.4215, T))
        .hasSameHashCodeAs(related("serbia-startups", 0.4215, T))
        .isNotEqualTo(related("serbia-startup", 0.4215, T))
        .isNotEqualTo(related("serbia-startups", Math.nextUp(0.4215), T))
        .isNotEqualTo(related("serbia-startups", 0.4215, T.plusSeconds(1)))
        .isNotEqualTo(ArticleId.of("serbia-startups"));
    assertThat(a.hashCode()).isNotEqualTo(related("serbia-startups", 0.5, T).hashCode());
    assertThat(a.id()).isEqualTo(ArticleId.of("serbia-startups"));
    assertThat(a.score()).isEqualTo(0.4215);
    assertThat(a.published()).isEqualTo(T);
  }

  @Test
  void printsIdScoreAndTime() {
    assertThat(related("serbia-startups", 0.4215, T))
        .hasToString("serbia-startups 0.4215 2025-11-20T10:00:00Z");
  }

  @Test
  void explainsOnFirstCallOnlyAndAsTheIndexDoes() {
    int[] calls = {0};
    Explanation explanation = RelatedIndex.of(List.of(article("a", T, "t"), article("b", T, "t"),
        article("c", T, "u")), RelatednessSettings.defaults()).explain(ArticleId.of("a"),
        ArticleId.of("b"));
    RelatedArticle r = new RelatedArticle(ArticleId.of("b"), 1.0, T, () -> {
      calls[0]++;
      return explanation;
    });
    assertThat(calls[0]).isZero();
    assertThat(r.explanation()).isSameAs(explanation);
    assertThat(r.explanation()).isSameAs(explanation);
    assertThat(calls[0]).isEqualTo(1);

    // From a search: the pair's explanation.
    List<ArticleSummary> articles = new ArrayList<>();
    articles.add(article("a", T, "t", "u"));
    articles.add(article("b", T.minusSeconds(60), "t"));
    articles.add(article("c", T, "u"));
    articles.add(article("d", T, "v"));
    articles.add(article("e", T, "v"));
    RelatedIndex index = RelatedIndex.of(articles, RelatednessSettings.defaults());
    for (RelatedArticle found : index.related(ArticleId.of("a"), 10)) {
      assertThat(found.explanation()).isEqualTo(index.explain(ArticleId.of("a"), found.id()));
      assertThat(found.explanation().score()).isEqualTo(found.score());
    }
  }
}
