package dev.masthead.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.integration.Corpora.Corpus;
import dev.masthead.related.Articles;
import dev.masthead.related.Reference;
import dev.masthead.related.Reference.Hit;
import dev.masthead.related.RelatedIndex;
import dev.masthead.related.RelatedQuery;
import dev.masthead.related.RelatednessSettings;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The index's top k equals the brute-force {@link Reference}'s exactly — ids, order and scores to
 * the last bit — on {@value #SEEDS} generated corpora of every {@link Corpora.Shape} (200 to
 * 3,000 articles, Zipf 0.8 to 1.5), each under every normalisation with decay and without, for
 * queries by id and by article, with and without exclusions, windows and a now, k from 1 to 50.
 * The counts are printed at the end (in the Surefire output file).
 *
 * <p>Scores are compared exactly, not within a tolerance: the formula fixes the order of every
 * sum (tag id order), so the reference computes the same doubles; and ranks among near-equal
 * scores (copies, ties broken by time and id) are only well-defined when scores are. A tolerance
 * would hide a search that sums in another order and so breaks ties differently.
 */
final class RelatedIndexReferenceTest {
  private static final int SEEDS = 160;

  private static final AtomicLong CORPORA = new AtomicLong();
  private static final AtomicLong SNAPSHOTS = new AtomicLong();
  private static final AtomicLong QUERIES = new AtomicLong();
  private static final AtomicLong COMPARISONS = new AtomicLong();
  private static final AtomicLong RESULTS = new AtomicLong();
  private static final AtomicLong MISMATCHES = new AtomicLong();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, SEEDS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void topKEqualsTheBruteForceReferenceExactly(long seed) {
    Corpus corpus = Corpora.generate(seed);
    SplittableRandom random = new SplittableRandom(seed);
    List<RelatedQuery> queries = Corpora.queries(corpus, random);
    CORPORA.incrementAndGet();
    Reference base = new Reference(corpus.articles(), RelatednessSettings.defaults());
    for (RelatednessSettings settings : Corpora.settings(random)) {
      RelatedIndex index = RelatedIndex.of(corpus.articles(), settings);
      Reference reference = base.withSettings(settings);
      SNAPSHOTS.incrementAndGet();
      // The reference checks itself once a snapshot: its bounded ranking is its sorted one's.
      RelatedQuery first = queries.get(0);
      List<Hit> all = reference.rankAll(first);
      assertThat(reference.rank(first, 50)).as("%s; %s; the reference's own ranking", corpus,
          settings).containsExactlyElementsOf(all.subList(0, Math.min(50, all.size())));
      for (RelatedQuery plain : queries) {
        RelatedQuery query = plain;
        List<Hit> ranking = reference.rank(query, 50);
        if (random.nextInt(5) < 2) {
          query = Corpora.filtered(plain, ranking, random);
          ranking = reference.rank(query, 50);
        }
        QUERIES.incrementAndGet();
        for (int k : new int[] {1, random.nextInt(2, 50), 50}) {
          List<Hit> expected = ranking.subList(0, Math.min(k, ranking.size()));
          List<Hit> actual = Articles.hits(index.related(query.withLimit(k)));
          if (!actual.equals(expected)) {
            MISMATCHES.incrementAndGet();
          }
          assertThat(actual)
              .as("%s; %s; %s; k=%d", corpus, settings, query, k)
              .containsExactlyElementsOf(expected);
          COMPARISONS.incrementAndGet();
          RESULTS.addAndGet(expected.size());
        }
      }
    }
  }

  @AfterAll
  static void printCounts() {
    System.out.printf(Locale.ROOT, "reference: %d corpora (seeds 1-%d), %d snapshots, %d queries,"
        + " %d top-k lists (%d results) compared, %d mismatches%n", CORPORA.get(), SEEDS,
        SNAPSHOTS.get(), QUERIES.get(), COMPARISONS.get(), RESULTS.get(), MISMATCHES.get());
  }
}
