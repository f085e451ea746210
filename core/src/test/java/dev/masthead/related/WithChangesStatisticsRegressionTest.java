package dev.masthead.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RelatedIndex#withChanges} keeps the tags of removed articles in its tag dictionary; its
 * statistics counted them, so that a snapshot with every article removed still claimed hundreds
 * of tags, and explanations carried another tag count than a rebuild's. The statistics are those
 * of the new set, as documented: tags some article carries.
 */
final class WithChangesStatisticsRegressionTest {
  private static ArticleSummary article(String id, String published, String... tags) {
    return Articles.article(id, Instant.parse(published), tags);
  }

  @Test
  void statisticsCountOnlyTagsThatRemainingArticlesCarry() {
    List<ArticleSummary> articles = List.of(
        article("a", "2025-01-01T00:00:00Z", "shared", "only-a"),
        article("b", "2025-01-02T00:00:00Z", "shared", "only-b"),
        article("c", "2025-01-03T00:00:00Z", "other"));
    RelatedIndex index = RelatedIndex.of(articles, RelatednessSettings.defaults());
    assertThat(index.statistics().tags()).isEqualTo(4);

    RelatedIndex withoutA = index.withChanges(List.of(), List.of(ArticleId.of("a")));
    RelatedIndex rebuilt = RelatedIndex.of(articles.subList(1, 3), RelatednessSettings.defaults());
    assertThat(withoutA.statistics().tags()).isEqualTo(rebuilt.statistics().tags()).isEqualTo(3);
    assertThat(withoutA.explain(ArticleId.of("b"), ArticleId.of("c")).statistics().tags())
        .isEqualTo(3);

    RelatedIndex empty = index.withChanges(List.of(),
        List.of(ArticleId.of("a"), ArticleId.of("b"), ArticleId.of("c")));
    assertThat(empty.statistics().articles()).isZero();
    assertThat(empty.statistics().tags()).isZero();
    assertThat(empty.statistics().postings()).isZero();
  }
}
