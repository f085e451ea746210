package dev.masthead.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.SyntheticCorpus;
import dev.masthead.fixtures.SyntheticCorpus.StoryCluster;
import dev.masthead.model.ArticleId;
import dev.masthead.related.RelatedArticle;
import dev.masthead.related.RelatedIndex;
import dev.masthead.related.RelatednessSettings;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Relatedness finds the synthetic corpus's planted story clusters. For every member s of every
 * cluster C (20,000 articles, 20 clusters of 5 to 50), with the default settings:
 *
 * <ul>
 *   <li>recall@10 = |top10(s) ∩ (C − s)| / min(10, |C| − 1): the share of the cluster members
 *       the top 10 could hold that it does hold (well-defined: every cluster has at least 5);
 *   <li>precision@10 = |top10(s) ∩ (C − s)| / 10, which small clusters cap below 1.
 * </ul>
 *
 * Both means are printed (Surefire's output file). Measured: recall@10 0.598, precision@10
 * 0.585 (479 queries, all attainable members found in 22). Not higher because the story tag is
 * one of about eight tags an article has, and at N = 20,000 a Zipf tag of rank ~100 among 1,000
 * people is as rare as the story tag (df ~40): two such tags in common outweigh the story tag
 * alone, decay or not. The bounds asserted sit just below the measurement (the corpus is fixed
 * by its seed, the search exact), to catch a change that finds fewer stories.
 */
final class ClusterRecallTest {
  @Test
  void topTenFindsTheSourcesStoryCluster() {
    SyntheticCorpus corpus = SyntheticCorpus.builder().articles(20_000).seed(7).build();
    RelatedIndex index = RelatedIndex.of(corpus.summaries(), RelatednessSettings.defaults());
    double recall = 0;
    double precision = 0;
    int queries = 0;
    int perfect = 0;
    for (StoryCluster cluster : corpus.clusters()) {
      Set<ArticleId> members = new HashSet<>(cluster.articles());
      for (ArticleId source : cluster.articles()) {
        List<RelatedArticle> top = index.related(source, 10);
        long found = top.stream().filter(r -> members.contains(r.id())).count();
        int attainable = Math.min(10, members.size() - 1);
        recall += (double) found / attainable;
        precision += found / 10.0;
        perfect += found == attainable ? 1 : 0;
        queries++;
      }
    }
    recall /= queries;
    precision /= queries;
    System.out.printf(Locale.ROOT, "cluster recall@10 %.4f, precision@10 %.4f, all found in %d of"
        + " %d queries (%d clusters, %d articles)%n", recall, precision, perfect, queries,
        corpus.clusters().size(), corpus.size());
    assertThat(corpus.clusters()).hasSize(20);
    assertThat(recall).isGreaterThan(0.58);
    assertThat(precision).isGreaterThan(0.56);
  }
}
