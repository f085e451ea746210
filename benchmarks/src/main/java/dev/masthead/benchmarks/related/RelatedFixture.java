package dev.masthead.benchmarks.related;

import dev.masthead.fixtures.SyntheticCorpus;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.related.RelatedArticle;
import dev.masthead.related.RelatedIndex;
import dev.masthead.related.RelatedQuery;
import dev.masthead.related.RelatednessSettings;
import dev.masthead.related.SearchProfile;
import java.io.Closeable;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.StringJoiner;
import org.apache.lucene.search.ScoreDoc;

/**
 * Everything the relatedness benchmarks compare, built once for one corpus size: the synthetic
 * corpus (seed {@value #CORPUS_SEED}), a fixed set of source articles (seed {@value
 * #QUERY_SEED}), Masthead's index with the default settings and with {@link
 * RelatednessSettings#likeMoreLikeThis()} ({@code NONE}), the {@link ExhaustiveScan} baseline and
 * Lucene's {@link LuceneMlt}; and what is measured once rather than timed per query: build times,
 * heap per article, postings read and documents scored per query, and the top-10 agreement of
 * {@code NONE} with MoreLikeThis.
 *
 * <p>The source articles come in strata, in this order: {@code random} (drawn uniformly, the
 * first {@link #randomCount} queries; the only stratum when no other is asked for, as in the JMH
 * benchmark) and, when asked for, {@code hubs} (every hub article: those with at least the
 * corpus's least hub tag count, 40), {@code clusters} (members of the planted story clusters,
 * drawn uniformly from all of them) and {@code common} (articles every one of whose tags is
 * common: among the most frequent {@code commonPercent}% of the corpus's distinct tags by
 * document frequency, ties with the last one included). A source can be in more than one
 * stratum's draw. Build-time averages ({@code postings_read} and the like) are over the random
 * stratum, as before strata; agreement and the check against the exhaustive scan cover every
 * stratum.
 *
 * <p>Building checks, and fails loudly otherwise, that the exhaustive scan's top 10 equals
 * Masthead's (ids and order; scores to 1e-9 relative) for both settings on the first queries.
 */
final class RelatedFixture implements Closeable {
  /** Results per query. */
  static final int K = 10;

  /** The corpus seed. */
  static final long CORPUS_SEED = 42;

  /** The seed the source articles are drawn with. */
  static final long QUERY_SEED = 7;

  /** The seed the hub, cluster and common strata are drawn with. */
  static final long STRATA_SEED = 11;

  /** The strata's names, in query order; {@code random} first. */
  static final List<String> STRATA = List.of("random", "hubs", "clusters", "common");

  private static final String ID_PREFIX = "synthetic-";

  final int size;
  final SyntheticCorpus corpus;
  final int[] sources;
  final RelatedQuery[] queries;
  final RelatedIndex masthead;
  final RelatedIndex mastheadNone;
  final ExhaustiveScan exhaustive;
  final LuceneMlt lucene;

  /** How many queries, the first, are of the random stratum. */
  final int randomCount;

  /** Each query's stratum, an index into {@link #STRATA}. */
  final int[] stratumOf;

  /** Masthead's postings read (default settings) by each query. */
  final long[] postingsRead;

  /** Masthead's candidates verified, that is scored exactly (default settings), by each query. */
  final long[] candidatesVerified;

  /** Masthead {@code NONE}'s postings read by each query. */
  final long[] nonePostingsRead;

  /** Masthead {@code NONE}'s candidates verified by each query. */
  final long[] noneCandidatesVerified;

  /** The least document frequency of a common tag. */
  final int commonMinDf;

  /** How many articles are eligible for each stratum, by {@link #STRATA} index. */
  final int[] eligible = new int[STRATA.size()];

  /** What was measured while building, as key=value pairs in print order. */
  final Map<String, String> metrics = new LinkedHashMap<>();

  /** The heap estimate's breakdown by field of the index. */
  final Map<String, Long> heapByField;

  /** Share of queries whose NONE top 10 agrees with MoreLikeThis's, in percent. */
  final double agreement;

  /** Seconds for {@code withChanges} of 0.1% out and as many in, once. */
  private final double updateSeconds;

  /** Seconds for {@code withChanges} of 1% out and as many in, the median of three. */
  private final double updateOnePercentSeconds;

  /**
   * Builds everything for one size.
   *
   * @param size the number of articles
   * @param queryCount how many source articles
   * @param verifyCount on how many of them to check the exhaustive scan against Masthead
   * @param log where to print progress, or null
   */
  RelatedFixture(int size, int queryCount, int verifyCount, PrintStream log) {
    this(size, queryCount, 0, 1, verifyCount, log);
  }

  /**
   * Builds everything for one size, with the source articles in strata.
   *
   * @param size the number of articles
   * @param queryCount how many source articles drawn uniformly (the random stratum)
   * @param stratumCount at most how many source articles in each other stratum; 0 for none
   * @param commonPercent the share, in percent, of the corpus's distinct tags, the most frequent,
   *     that are common
   * @param verifyCount on how many of them to check the exhaustive scan against Masthead
   * @param log where to print progress, or null
   */
  RelatedFixture(int size, int queryCount, int stratumCount, double commonPercent,
      int verifyCount, PrintStream log) {
    this.size = size;
    long t0 = System.nanoTime();
    corpus = SyntheticCorpus.builder().articles(size).seed(CORPUS_SEED).build();
    long t1 = System.nanoTime();
    List<ArticleSummary> summaries = new ArrayList<>(corpus.summaries());
    long t2 = System.nanoTime();
    progress(log, "corpus %.2f s, summaries %.2f s", (t1 - t0) / 1e9, (t2 - t1) / 1e9);

    // Masthead, default settings: timed, and its retained heap measured around the build.
    long before = usedAfterGc();
    long t3 = System.nanoTime();
    masthead = RelatedIndex.of(summaries, RelatednessSettings.defaults());
    long t4 = System.nanoTime();
    long retained = usedAfterGc() - before;
    long t5 = System.nanoTime();
    mastheadNone = RelatedIndex.of(summaries, RelatednessSettings.likeMoreLikeThis());
    long t6 = System.nanoTime();
    // Snapshot updates against the full build above, by withChanges on the default index: 0.1% of
    // the articles removed and as many added (copies under new ids), once; then 1%, three times
    // (the median: issue 15's figure, steadier than one run).
    int changed = Math.max(1, size / 1000);
    updateSeconds = update(masthead, summaries, changed);
    progress(log, "masthead updated (%d out, %d in) in %.2f s", changed, changed, updateSeconds);
    int changedMore = Math.max(1, size / 100);
    double[] updates = new double[3];
    for (int r = 0; r < updates.length; r++) {
      updates[r] = update(masthead, summaries, changedMore);
    }
    Arrays.sort(updates);
    updateOnePercentSeconds = updates[1];
    progress(log, "masthead updated (%d out, %d in) in %.2f s (median of 3)", changedMore,
        changedMore, updateOnePercentSeconds);
    summaries = null;
    HeapEstimate estimate = HeapEstimate.of(masthead, masthead.settings());
    heapByField = estimate.byField();
    if (!estimate.others().isEmpty()) {
      progress(log, "heap estimate met JDK classes counted at 16 bytes: %s", estimate.others());
    }
    progress(log, "masthead built in %.2f s (NONE %.2f s)", (t4 - t3) / 1e9, (t6 - t5) / 1e9);

    lucene = new LuceneMlt(corpus, maxTags(corpus));
    progress(log, "lucene built in %.2f s, %d MiB", lucene.buildSeconds, lucene.indexBytes >> 20);

    long t7 = System.nanoTime();
    exhaustive = new ExhaustiveScan(corpus, RelatednessSettings.defaults());
    long t8 = System.nanoTime();
    ExhaustiveScan exhaustiveNone = new ExhaustiveScan(corpus,
        RelatednessSettings.likeMoreLikeThis());

    // The source articles: distinct within a stratum, drawn once, the same for every system.
    // The random stratum is drawn exactly as before there were strata.
    randomCount = Math.min(queryCount, size);
    List<Integer> drawnSources = new ArrayList<>();
    List<Integer> drawnStrata = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(QUERY_SEED);
    Set<Integer> drawn = new HashSet<>();
    while (drawn.size() < randomCount) {
      int s = random.nextInt(size);
      if (drawn.add(s)) {
        drawnSources.add(s);
        drawnStrata.add(0);
      }
    }
    int[] df = documentFrequencies(corpus);
    commonMinDf = commonMinDf(df, commonPercent);
    eligible[0] = size;
    // The other strata: each pool counted always (X_eligible), drawn from when asked for.
    int minHubTags = corpus.settings().tagsPerHub()[0];
    List<Integer> hubs = new ArrayList<>();
    List<Integer> common = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int[] tags = corpus.tagIndexes(i);
      if (tags.length >= minHubTags) {
        hubs.add(i);
      }
      boolean allCommon = true;
      for (int t : tags) {
        allCommon &= df[t] >= commonMinDf;
      }
      if (allCommon) {
        common.add(i);
      }
    }
    List<Integer> members = new ArrayList<>();
    for (SyntheticCorpus.StoryCluster cluster : corpus.clusters()) {
      for (ArticleId id : cluster.articles()) {
        members.add(Integer.parseInt(id.value().substring(ID_PREFIX.length())));
      }
    }
    SplittableRandom strataRandom = new SplittableRandom(STRATA_SEED);
    List<List<Integer>> pools = List.of(hubs, members, common);
    for (int p = 0; p < pools.size(); p++) {
      List<Integer> pool = new ArrayList<>(pools.get(p));
      eligible[p + 1] = pool.size();
      int take = Math.min(stratumCount, pool.size());
      for (int j = 0; j < take; j++) { // a partial Fisher-Yates shuffle: a uniform draw
        int pick = j + strataRandom.nextInt(pool.size() - j);
        Integer chosen = pool.set(pick, pool.get(j));
        pool.set(j, chosen);
        drawnSources.add(chosen);
        drawnStrata.add(p + 1);
      }
    }
    int count = drawnSources.size();
    sources = new int[count];
    stratumOf = new int[count];
    queries = new RelatedQuery[count];
    for (int q = 0; q < count; q++) {
      sources[q] = drawnSources.get(q);
      stratumOf[q] = drawnStrata.get(q);
      queries[q] = RelatedQuery.of(corpus.articleId(sources[q]), K);
    }

    int verified = Math.min(verifyCount, count);
    verify(exhaustive, masthead, verified, "default settings");
    verify(exhaustiveNone, mastheadNone, verified, "likeMoreLikeThis (NONE)");
    progress(log, "exhaustive scan equals Masthead on %d queries, both settings", verified);

    // Per query: what Masthead's search reads and scores, and what the scan reads and touches.
    postingsRead = new long[count];
    candidatesVerified = new long[count];
    nonePostingsRead = new long[count];
    noneCandidatesVerified = new long[count];
    double[] profile = profile(masthead, postingsRead, candidatesVerified);
    double[] profileNone = profile(mastheadNone, nonePostingsRead, noneCandidatesVerified);
    double scanScored = 0;
    double scanMatched = 0;
    for (int q = 0; q < randomCount; q++) {
      exhaustive.top(sources[q], K, null);
      scanScored += exhaustive.lastScored;
      scanMatched += exhaustive.lastMatched;
    }

    // Agreement of NONE with MoreLikeThis: the same sets, or different only among articles whose
    // Lucene score ties with the 10th. Ties are up to float rounding: Lucene scores in float,
    // and its explain (used for articles it did not return) may sum in another order than its
    // search, a last-bit difference; NONE ranks ties by time and id, Lucene by doc id.
    int equal = 0;
    int tied = 0;
    int differ = 0;
    List<String> examples = new ArrayList<>();
    for (int q = 0; q < count; q++) {
      int s = sources[q];
      List<RelatedArticle> mine = mastheadNone.related(queries[q]);
      ScoreDoc[] hits = lucene.related(s, K);
      Set<Integer> m = new HashSet<>();
      mine.forEach(a -> m.add(index(a)));
      Map<Integer, Float> l = new LinkedHashMap<>();
      for (ScoreDoc hit : hits) {
        l.put(lucene.corpusIndex(hit.doc), hit.score);
      }
      if (m.equals(l.keySet())) {
        equal++;
        continue;
      }
      boolean ties = hits.length == K && mine.size() == K;
      float tenth = hits.length == 0 ? Float.NaN : hits[hits.length - 1].score;
      for (int d : l.keySet()) {
        if (!m.contains(d) && !tie(l.get(d), tenth)) {
          ties = false;
        }
      }
      for (int d : m) {
        if (!l.containsKey(d) && !tie(lucene.score(s, d), tenth)) {
          ties = false;
        }
      }
      if (ties) {
        tied++;
      } else {
        differ++;
        if (examples.size() < 3) {
          examples.add(STRATA.get(stratumOf[q]) + " source " + corpus.articleId(s)
              + ": masthead NONE " + mine
              + " / lucene " + l);
        }
      }
    }
    agreement = 100.0 * (equal + tied) / count;
    for (String example : examples) {
      progress(log, "NONE and MoreLikeThis differ beyond ties: %s", example);
    }

    metrics.put("masthead_build_s", fixed(3, (t4 - t3) / 1e9));
    metrics.put("masthead_none_build_s", fixed(3, (t6 - t5) / 1e9));
    metrics.put("masthead_update_s", fixed(3, updateSeconds));
    metrics.put("masthead_update_1pct_s", fixed(3, updateOnePercentSeconds));
    metrics.put("lucene_build_s", fixed(3, lucene.buildSeconds));
    metrics.put("exhaustive_build_s", fixed(3, (t8 - t7) / 1e9));
    metrics.put("bytes_per_article", fixed(1, estimate.total() / (double) size));
    metrics.put("retained_bytes_per_article", fixed(1, retained / (double) size));
    metrics.put("lucene_index_bytes_per_article", fixed(1, lucene.indexBytes / (double) size));
    metrics.put("lists_read", fixed(2, profile[0]));
    metrics.put("postings_read", fixed(1, profile[1]));
    metrics.put("candidates_verified", fixed(1, profile[2]));
    metrics.put("candidates_skipped", fixed(1, profile[3]));
    metrics.put("none_lists_read", fixed(2, profileNone[0]));
    metrics.put("none_postings_read", fixed(1, profileNone[1]));
    metrics.put("none_candidates_verified", fixed(1, profileNone[2]));
    metrics.put("none_candidates_skipped", fixed(1, profileNone[3]));
    metrics.put("exhaustive_scored", fixed(1, scanScored / randomCount));
    metrics.put("exhaustive_sharing", fixed(1, scanMatched / randomCount));
    metrics.put("agree_equal", Integer.toString(equal));
    metrics.put("agree_ties", Integer.toString(tied));
    metrics.put("agree_differ", Integer.toString(differ));
    metrics.put("queries", Integer.toString(randomCount));
    metrics.put("verified", Integer.toString(verified));
    metrics.put("max_tags", Integer.toString(lucene.maxQueryTerms));
    metrics.put("corpus_s", fixed(2, (t1 - t0) / 1e9));
  }

  /** {@return the metrics as {@code key=value} pairs, space-separated} */
  String metricsLine() {
    StringJoiner line = new StringJoiner(" ");
    metrics.forEach((k, v) -> line.add(k + "=" + v));
    return line.toString();
  }

  /** {@return the heap estimate by field, bytes per article} */
  String heapLine() {
    StringJoiner line = new StringJoiner(" ");
    heapByField.forEach((k, v) -> line.add(k + "=" + fixed(2, v / (double) size)));
    return line.toString();
  }

  /** Masthead, default settings: query {@code q}. */
  List<RelatedArticle> masthead(int q) {
    return masthead.related(queries[q]);
  }

  /** Masthead, NONE: query {@code q}. */
  List<RelatedArticle> mastheadNone(int q) {
    return mastheadNone.related(queries[q]);
  }

  /** The exhaustive scan, default settings: query {@code q}. */
  int[] exhaustive(int q) {
    return exhaustive.top(sources[q], K, null);
  }

  /** Lucene MoreLikeThis: query {@code q}. */
  int[] luceneMlt(int q) {
    return lucene.relatedIndexes(sources[q], K);
  }

  @Override
  public void close() {
    lucene.close();
  }

  private void verify(ExhaustiveScan scan, RelatedIndex index, int count, String label) {
    for (int q = 0; q < count; q++) {
      double[] scores = new double[K];
      int[] expected = scan.top(sources[q], K, scores);
      List<RelatedArticle> actual = index.related(queries[q]);
      boolean same = expected.length == actual.size();
      for (int i = 0; same && i < expected.length; i++) {
        double a = actual.get(i).score();
        same = index(actual.get(i)) == expected[i]
            && Math.abs(a - scores[i]) <= 1e-9 * Math.max(Math.abs(a), Math.abs(scores[i]));
      }
      if (!same) {
        StringJoiner scan1 = new StringJoiner(", ", "[", "]");
        for (int i = 0; i < expected.length; i++) {
          scan1.add(corpus.articleId(expected[i]) + " " + scores[i]);
        }
        throw new IllegalStateException(String.format(Locale.ROOT,
            "Masthead (%s) and the exhaustive scan disagree: N=%d corpus seed %d, source %s,"
                + " top %d%n  masthead:   %s%n  exhaustive: %s",
            label, size, CORPUS_SEED, corpus.articleId(sources[q]), K, actual, scan1));
      }
    }
  }

  /**
   * {@return seconds for {@code index.withChanges} of the first {@code count} summaries added
   * again under new ids and as many of the last removed}; the changes are made before the clock
   * starts
   */
  private static double update(RelatedIndex index, List<ArticleSummary> summaries, int count) {
    int size = summaries.size();
    List<ArticleSummary> added = new ArrayList<>(count);
    List<ArticleId> removed = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ArticleSummary copied = summaries.get(i);
      added.add(copied.withId(ArticleId.of(copied.id().value() + "-v2")));
      removed.add(summaries.get(size - 1 - i).id());
    }
    long start = System.nanoTime();
    RelatedIndex updated = index.withChanges(added, removed);
    double seconds = (System.nanoTime() - start) / 1e9;
    if (updated.size() != size) {
      throw new IllegalStateException("the update holds " + updated.size() + " articles");
    }
    return seconds;
  }

  /**
   * Averages over the random stratum; each query's postings read into {@code postings} and its
   * documents scored into {@code verified}.
   */
  private double[] profile(RelatedIndex index, long[] postings, long[] verified) {
    double[] sum = new double[4];
    for (int q = 0; q < queries.length; q++) {
      SearchProfile p = index.profile(queries[q]);
      postings[q] = p.postingsRead();
      verified[q] = p.documentsScored();
      if (q < randomCount) {
        sum[0] += p.listsRead();
        sum[1] += p.postingsRead();
        sum[2] += p.documentsScored();
        sum[3] += p.documentsSkipped();
      }
    }
    for (int i = 0; i < sum.length; i++) {
      sum[i] /= randomCount;
    }
    return sum;
  }

  /** {@return each tag's document frequency, by index into the corpus's tags} */
  private static int[] documentFrequencies(SyntheticCorpus corpus) {
    int[] df = new int[corpus.tags().size()];
    for (int i = 0; i < corpus.size(); i++) {
      for (int t : corpus.tagIndexes(i)) {
        df[t]++;
      }
    }
    return df;
  }

  /**
   * {@return the least df of a common tag: that of the tag at the {@code percent}% rank when the
   * tags carried by at least one article are sorted by df, most frequent first}
   */
  private static int commonMinDf(int[] df, double percent) {
    int[] carried = Arrays.stream(df).filter(d -> d > 0).sorted().toArray();
    int rank = Math.max(1, (int) Math.ceil(carried.length * percent / 100));
    return carried[carried.length - Math.min(rank, carried.length)];
  }

  /** Whether two Lucene scores are the same up to float rounding (1e-6 relative). */
  private static boolean tie(float score, float tenth) {
    return Math.abs(score - tenth) <= 1e-6f * Math.abs(tenth);
  }

  private static int index(RelatedArticle article) {
    return Integer.parseInt(article.id().value().substring(ID_PREFIX.length()));
  }

  private static int maxTags(SyntheticCorpus corpus) {
    int max = 0;
    for (int i = 0; i < corpus.size(); i++) {
      max = Math.max(max, corpus.tagIndexes(i).length);
    }
    return max;
  }

  /** Heap in use after a full collection (three, to let finalisation and references settle). */
  static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  static String fixed(int decimals, double value) {
    return String.format(Locale.ROOT, "%." + decimals + "f", value);
  }

  private static void progress(PrintStream log, String format, Object... args) {
    if (log != null) {
      log.println("related-setup " + String.format(Locale.ROOT, format, args));
    }
  }
}
