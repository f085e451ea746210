package dev.masthead.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.integration.Corpora.Corpus;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.related.Explanation;
import dev.masthead.related.IndexStatistics;
import dev.masthead.related.Reference;
import dev.masthead.related.RelatedArticle;
import dev.masthead.related.RelatedIndex;
import dev.masthead.related.RelatedQuery;
import dev.masthead.related.RelatednessSettings;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every explanation against the brute-force {@link Reference}: its contributions add up to its
 * score (within 1e-9 of it, relatively: the score is one product, the contributions a sum of
 * products), and it carries per shared tag the kind, df, idf, kind weight, weight and
 * contribution, the normalisation's and the decay's inputs, and the statistics snapshot, each
 * exactly as the formula computes them.
 */
final class ExplanationTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(1001, 1040);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void explanationsAddUpAndCarryEveryInputOfTheScore(long seed) {
    Corpus corpus = Corpora.generate(seed);
    SplittableRandom random = new SplittableRandom(seed);
    List<ArticleSummary> articles = corpus.articles();
    for (RelatednessSettings settings : Corpora.settings(random)) {
      RelatedIndex index = RelatedIndex.of(articles, settings);
      Reference reference = new Reference(articles, settings);
      assertStatistics(index.statistics(), reference, corpus);
      for (int q = 0; q < 2; q++) {
        ArticleId source = articles.get(random.nextInt(articles.size())).id();
        // Related articles: each one's explanation is the pair's, and gives its score.
        for (RelatedArticle related : index.related(source, 10)) {
          Explanation e = related.explanation();
          assertThat(e.score()).as("%s; %s; %s", corpus, settings, related)
              .isEqualTo(related.score());
          assertThat(e).isEqualTo(index.explain(source, related.id()));
          Reference.assertExplains(e, reference.score(source, related.id()), settings,
              corpus + "; " + settings);
        }
        // Any pair, related or not, gated or not.
        ArticleId other = articles.get(random.nextInt(articles.size())).id();
        Explanation e = index.explain(source, other);
        assertThat(e.source()).contains(source);
        assertThat(index.score(source, other)).isEqualTo(e.score());
        Reference.assertExplains(e, reference.score(source, other), settings,
            corpus + "; " + settings);
      }
      // Articles in or out of the index, with tags it does not hold.
      for (RelatedQuery query : Corpora.queries(corpus, random)) {
        if (query.article().isEmpty()) {
          continue;
        }
        ArticleSummary a = query.article().get();
        ArticleSummary b = articles.get(random.nextInt(articles.size()));
        Explanation e = index.explain(a, b);
        assertThat(e.source().isPresent()).isEqualTo(index.contains(a.id()));
        Reference.assertExplains(e, reference.score(a, b), settings,
            corpus + "; " + settings + "; " + a);
        for (RelatedArticle related : index.related(query.withLimit(5))) {
          assertThat(related.explanation().score()).isEqualTo(related.score());
          Reference.assertExplains(related.explanation(),
              reference.score(a, summary(articles, related.id())), settings,
              corpus + "; " + settings + "; " + a);
        }
      }
    }
  }

  private static ArticleSummary summary(List<ArticleSummary> articles, ArticleId id) {
    return articles.stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
  }

  private static void assertStatistics(IndexStatistics statistics, Reference reference,
      Corpus corpus) {
    assertThat(statistics.articles()).as("%s", corpus).isEqualTo(reference.articles());
    assertThat(statistics.tags()).as("%s", corpus).isEqualTo(reference.tags());
    assertThat(statistics.postings()).as("%s", corpus).isEqualTo(reference.postings());
    assertThat(statistics.version()).isEqualTo(1);
  }
}
