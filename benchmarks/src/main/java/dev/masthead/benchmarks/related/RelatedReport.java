package dev.masthead.benchmarks.related;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.function.IntUnaryOperator;

/**
 * A quick side-by-side run of the relatedness benchmark, without JMH: for each corpus size, builds
 * everything ({@link RelatedFixture}: the exhaustive scan is checked against Masthead on every
 * query of every stratum), warms every system up, then times each source article through
 * Masthead (default settings), Masthead {@code NONE} and MoreLikeThis one query after the other,
 * interleaved, in three rounds. Prints three lines per size:
 *
 * <pre>{@code
 * related N=100000 k=10 masthead_us=… lucene_mlt_us=… speedup=… agreement=…% masthead_none_us=…
 *     exhaustive_us=… speedup_none=… speedup_exhaustive=… masthead_build_s=… …
 *     bytes_per_article=… postings_read=… candidates_verified=… …
 * related-latency N=100000 k=10 warmup_s=… rounds=3 common_percent=… common_min_df=…
 *     random_n=… random_eligible=… random_masthead_us=p50/p90/p99 random_lucene_mlt_us=…
 *     random_masthead_none_us=… random_speedup=… random_postings_read=p50/p90/p99
 *     hubs_n=… hubs_eligible=… hubs_masthead_us=… … clusters_n=… … common_n=… …
 * related-costs N=100000 k=10 queries=… lucene_mlt_us=p50/p90/p99 default_us_per_posting=…
 *     default_us_per_candidate=… default_intercept_us=… default_r2=… default_residual_us=…
 *     default_postings_read=p50/p90/p99 default_candidates_verified=p50/p90/p99
 *     default_floor_us=… none_us_per_posting=… …
 * }</pre>
 *
 * <p>The first line's fields are those the runner printed before it had strata, measured over the
 * random stratum only, so that older figures stay comparable. {@code masthead_us} is Masthead with
 * its default settings, {@code speedup} is {@code lucene_mlt_us / masthead_us}, {@code agreement}
 * the share of queries, of every stratum, whose top 10 of Masthead {@code NONE} and of
 * MoreLikeThis are the same sets up to exact ties at the 10th place. Each {@code …_us} is a mean
 * over the random stratum's queries, the median of the three rounds'. After them: build times in
 * seconds ({@code masthead_build_s} default settings, {@code masthead_update_s} a new snapshot by
 * {@code withChanges} with 0.1% of the articles removed and as many added, once, {@code
 * masthead_update_1pct_s} with 1%, the median of three runs, {@code lucene_build_s}
 * writing, force-merging and opening the index), {@code bytes_per_article} (the default index's
 * heap, estimated by {@link HeapEstimate}; {@code retained_bytes_per_article} the heap measured
 * around its build), and per query, averaged over the random stratum: {@code postings_read} and
 * {@code candidates_verified} (scored exactly) by Masthead's search ({@code none_…} for {@code
 * NONE}), {@code exhaustive_scored} (every article) and {@code exhaustive_sharing} (articles
 * sharing a weighted tag) by the scan; {@code agree_equal}, {@code agree_ties}, {@code
 * agree_differ} count the queries, of every stratum, behind {@code agreement}; {@code queries} is
 * the random stratum's size and {@code verified} how many queries, of every stratum, were checked
 * against the exhaustive scan.
 *
 * <p>The second line is the latency distribution. A query's latency is the median of its three
 * timed runs; {@code X_masthead_us}, {@code X_lucene_mlt_us} and {@code X_masthead_none_us} give
 * the p50/p90/p99 (nearest rank) of stratum X's queries, in µs; {@code X_speedup} is MoreLikeThis's
 * percentile over Masthead's (default settings), percentile by percentile; {@code
 * X_postings_read} the p50/p90/p99 of the postings Masthead's default search reads; {@code X_n}
 * how many queries the stratum has and {@code X_eligible} how many articles of the corpus it
 * draws from. The strata ({@link RelatedFixture#STRATA}): {@code random}, drawn uniformly from the
 * whole corpus, so its percentiles are the corpus's overall distribution; {@code hubs}, every hub
 * article (40 to 60 tags; 3 at 100,000 articles, 10 at 1,000,000); {@code clusters}, members of
 * the planted story clusters; {@code common}, articles all of whose tags are among the most
 * frequent {@code common_percent}% of the corpus's distinct tags by document frequency, that is
 * have a df of at least {@code common_min_df}. The exhaustive scan is not on this line: it runs
 * apart, a whole round of the random stratum after each interleaved round, so that its scans of
 * the whole corpus do not evict the others' data between their queries.
 *
 * <p>The third line, {@code related-costs}, says where Masthead's time goes, over every query of
 * every stratum ({@code queries} of them), for its default settings ({@code default_…}) and for
 * {@code NONE} ({@code none_…}): a least-squares fit of each query's latency (as on the second
 * line) against the postings its search reads and the candidates it verifies (scores exactly),
 * {@code latency = intercept + us_per_posting × postings + us_per_candidate × candidates}, with
 * the fit's {@code r2} (R²) and {@code residual_us}, the p50/p90/p99 of the residuals' absolute
 * values; then the p50/p90/p99 of the postings read and of the candidates verified per query, and
 * {@code floor_us}, the median query's postings times the cost per posting plus its candidates
 * times the cost per candidate (the intercept left out): what reading and verifying alone cost at
 * the median. {@code lucene_mlt_us} is MoreLikeThis's p50/p90/p99 over the same queries.
 *
 * <p>With {@code -Drelated.perquery=FILE}, every query's figures are also written to FILE (one
 * tab-separated row a query, after a header row; rows appended, one block per size): the size, the
 * stratum, the source's corpus index, the three systems' latencies in µs, and the postings read
 * and candidates verified by Masthead default and {@code NONE}. {@link RelatedChart} draws the
 * latency distribution from it.
 *
 * <p>Warm-up: the three interleaved systems answer the queries in turn, in the same order as
 * measured, until each has spent {@code related.warmup} seconds of its own time answering (a
 * system that is done sits out); then the exhaustive scan alone for as long (whole rounds). At
 * 100,000 articles a run takes 1 to 1.5 minutes on a 2-core machine, at 1,000,000 about 5 (most
 * of it the warm-up, Lucene's build and the exhaustive scan):
 *
 * <pre>{@code
 * ./mvnw -B -ntp -pl benchmarks -am package -DskipTests
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar dev.masthead.benchmarks.related.RelatedReport
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar dev.masthead.benchmarks.related.RelatedReport \
 *     10000 100000 1000000
 * }</pre>
 *
 * <p>System properties: {@code related.queries} (the random stratum's source articles, 1,000 by
 * default), {@code related.stratum} (at most this many in each other stratum, 200 by default; 0
 * for none), {@code related.common} (the percent of tags that are common, 1 by default), {@code
 * related.warmup} (seconds of warm-up per system, 10 by default), {@code related.verbose}
 * (progress on standard error), {@code related.perquery} (the per-query file, none by default).
 */
public final class RelatedReport {
  private static final int ROUNDS = 3;

  private static volatile int sink;

  private RelatedReport() {}

  /**
   * Runs the report.
   *
   * @param args corpus sizes; 100000 when none
   */
  public static void main(String[] args) {
    int[] sizes = args.length == 0 ? new int[] {100_000}
        : Arrays.stream(args).mapToInt(Integer::parseInt).toArray();
    int queries = Integer.getInteger("related.queries", 1000);
    int stratum = Integer.getInteger("related.stratum", 200);
    double common = Double.parseDouble(System.getProperty("related.common", "1"));
    double warmup = Double.parseDouble(System.getProperty("related.warmup", "10"));
    boolean verbose = Boolean.getBoolean("related.verbose");
    String perQuery = System.getProperty("related.perquery");
    for (int size : sizes) {
      try (RelatedFixture f = new RelatedFixture(size, queries, stratum, common,
          Integer.MAX_VALUE, verbose ? System.err : null)) {
        // Timed per query, interleaved: Masthead default, Masthead NONE, MoreLikeThis.
        IntUnaryOperator[] systems = {
            q -> f.masthead(q).size(),
            q -> f.mastheadNone(q).size(),
            q -> f.luceneMlt(q).length};
        IntUnaryOperator exhaustive = q -> f.exhaustive(q).length;
        int n = f.queries.length;
        int random = f.randomCount;
        long warmupNanos = (long) (warmup * 1e9);
        long w0 = System.nanoTime();
        warmInterleaved(systems, n, warmupNanos);
        long w1 = System.nanoTime();
        for (long spent = 0; spent < warmupNanos; ) {
          spent += round(exhaustive, random);
        }
        if (verbose) {
          System.err.printf(Locale.ROOT, "related-warmup %.1f s interleaved, %.1f s exhaustive%n",
              (w1 - w0) / 1e9, (System.nanoTime() - w1) / 1e9);
        }

        long[][][] nanos = new long[systems.length][n][ROUNDS];
        double[] exhaustiveMicros = new double[ROUNDS];
        for (int r = 0; r < ROUNDS; r++) {
          for (int q = 0; q < n; q++) {
            for (int j = 0; j < systems.length; j++) {
              int s = (q + r + j) % systems.length; // rotate who goes first
              nanos[s][q][r] = time(systems[s], q);
            }
          }
          exhaustiveMicros[r] = round(exhaustive, random) / 1e3 / random;
        }

        double masthead = meanOfMedianRound(nanos[0], random);
        double none = meanOfMedianRound(nanos[1], random);
        double lucene = meanOfMedianRound(nanos[2], random);
        double scan = median(exhaustiveMicros);
        System.out.println(String.format(Locale.ROOT,
            "related N=%d k=%d masthead_us=%.2f lucene_mlt_us=%.2f speedup=%.1f agreement=%.1f%%"
                + " masthead_none_us=%.2f exhaustive_us=%.2f speedup_none=%.1f"
                + " speedup_exhaustive=%.1f %s",
            size, RelatedFixture.K, masthead, lucene, lucene / masthead, f.agreement, none,
            scan, lucene / none, scan / masthead, f.metricsLine()));
        System.out.println(latencyLine(f, nanos, warmup, common));
        System.out.println(costsLine(f, nanos));
        if (perQuery != null) {
          writePerQuery(Path.of(perQuery), f, nanos);
        }
        if (verbose) {
          System.err.println("related-heap N=" + size + " " + f.heapLine());
        }
      }
    }
  }

  /**
   * Runs the systems on the queries in turn, rotating who goes first, until each has spent {@code
   * nanos} answering.
   */
  private static void warmInterleaved(IntUnaryOperator[] systems, int queries, long nanos) {
    long[] spent = new long[systems.length];
    for (int q = 0, r = 0; ; q++) {
      if (q == queries) {
        q = 0;
        r++;
      }
      boolean any = false;
      for (int j = 0; j < systems.length; j++) {
        int s = (q + r + j) % systems.length;
        if (spent[s] < nanos) {
          spent[s] += time(systems[s], q);
          any = true;
        }
      }
      if (!any) {
        return;
      }
    }
  }

  private static String latencyLine(RelatedFixture f, long[][][] nanos, double warmup,
      double common) {
    StringJoiner line = new StringJoiner(" ");
    line.add("related-latency N=" + f.size + " k=" + RelatedFixture.K);
    line.add(String.format(Locale.ROOT, "warmup_s=%.1f rounds=%d common_percent=%s"
        + " common_min_df=%d", warmup, ROUNDS, RelatedFixture.fixed(1, common), f.commonMinDf));
    int n = f.queries.length;
    for (int stratum = 0; stratum < RelatedFixture.STRATA.size(); stratum++) {
      String name = RelatedFixture.STRATA.get(stratum);
      int count = 0;
      for (int q = 0; q < n; q++) {
        count += f.stratumOf[q] == stratum ? 1 : 0;
      }
      line.add(name + "_n=" + count);
      line.add(name + "_eligible=" + f.eligible[stratum]);
      if (count == 0) {
        continue;
      }
      double[][] micros = new double[nanos.length][count];
      double[] postings = new double[count];
      for (int q = 0, i = 0; q < n; q++) {
        if (f.stratumOf[q] == stratum) {
          for (int s = 0; s < nanos.length; s++) {
            micros[s][i] = median(nanos[s][q]) / 1e3;
          }
          postings[i++] = f.postingsRead[q];
        }
      }
      double[] masthead = percentiles(micros[0]);
      double[] none = percentiles(micros[1]);
      double[] lucene = percentiles(micros[2]);
      double[] speedup = new double[masthead.length];
      for (int p = 0; p < speedup.length; p++) {
        speedup[p] = lucene[p] / masthead[p];
      }
      line.add(name + "_masthead_us=" + triple(0, masthead));
      line.add(name + "_lucene_mlt_us=" + triple(0, lucene));
      line.add(name + "_masthead_none_us=" + triple(0, none));
      line.add(name + "_speedup=" + triple(1, speedup));
      line.add(name + "_postings_read=" + triple(0, percentiles(postings)));
    }
    return line.toString();
  }

  /** The third line: costs per posting and per candidate, over every query of every stratum. */
  private static String costsLine(RelatedFixture f, long[][][] nanos) {
    int n = f.queries.length;
    double[][] micros = new double[nanos.length][n];
    for (int s = 0; s < nanos.length; s++) {
      for (int q = 0; q < n; q++) {
        micros[s][q] = median(nanos[s][q]) / 1e3;
      }
    }
    StringJoiner line = new StringJoiner(" ");
    line.add("related-costs N=" + f.size + " k=" + RelatedFixture.K + " queries=" + n);
    line.add("lucene_mlt_us=" + triple(0, percentiles(micros[2])));
    costs(line, "default", micros[0], f.postingsRead, f.candidatesVerified);
    costs(line, "none", micros[1], f.nonePostingsRead, f.noneCandidatesVerified);
    return line.toString();
  }

  /** Adds one mode's fit, counters' percentiles and floor to the line. */
  private static void costs(StringJoiner line, String mode, double[] micros, long[] postings,
      long[] candidates) {
    int n = micros.length;
    double[][] x = new double[n][];
    for (int q = 0; q < n; q++) {
      x[q] = new double[] {1, postings[q], candidates[q]};
    }
    double[] beta = leastSquares(x, micros);
    double mean = Arrays.stream(micros).average().orElse(0);
    double residualSquares = 0;
    double totalSquares = 0;
    double[] residuals = new double[n];
    for (int q = 0; q < n; q++) {
      double fitted = beta[0] + beta[1] * postings[q] + beta[2] * candidates[q];
      residuals[q] = Math.abs(micros[q] - fitted);
      residualSquares += residuals[q] * residuals[q];
      totalSquares += (micros[q] - mean) * (micros[q] - mean);
    }
    double[] p = percentiles(Arrays.stream(postings).asDoubleStream().toArray());
    double[] c = percentiles(Arrays.stream(candidates).asDoubleStream().toArray());
    line.add(mode + "_us_per_posting=" + RelatedFixture.fixed(5, beta[1]));
    line.add(mode + "_us_per_candidate=" + RelatedFixture.fixed(4, beta[2]));
    line.add(mode + "_intercept_us=" + RelatedFixture.fixed(1, beta[0]));
    line.add(mode + "_r2=" + RelatedFixture.fixed(3, 1 - residualSquares / totalSquares));
    line.add(mode + "_residual_us=" + triple(0, percentiles(residuals)));
    line.add(mode + "_postings_read=" + triple(0, p));
    line.add(mode + "_candidates_verified=" + triple(0, c));
    line.add(mode + "_floor_us=" + RelatedFixture.fixed(1, beta[1] * p[0] + beta[2] * c[0]));
  }

  /** {@return the least-squares coefficients of {@code y} on the columns of {@code x}} */
  private static double[] leastSquares(double[][] x, double[] y) {
    int k = x[0].length;
    // The normal equations, X'X b = X'y, solved by Gaussian elimination with partial pivoting.
    double[][] a = new double[k][k + 1];
    for (int q = 0; q < y.length; q++) {
      for (int i = 0; i < k; i++) {
        for (int j = 0; j < k; j++) {
          a[i][j] += x[q][i] * x[q][j];
        }
        a[i][k] += x[q][i] * y[q];
      }
    }
    for (int col = 0; col < k; col++) {
      int pivot = col;
      for (int row = col + 1; row < k; row++) {
        if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
          pivot = row;
        }
      }
      double[] swap = a[col];
      a[col] = a[pivot];
      a[pivot] = swap;
      for (int row = 0; row < k; row++) {
        if (row != col) {
          double factor = a[row][col] / a[col][col];
          for (int j = col; j <= k; j++) {
            a[row][j] -= factor * a[col][j];
          }
        }
      }
    }
    double[] beta = new double[k];
    for (int i = 0; i < k; i++) {
      beta[i] = a[i][k] / a[i][i];
    }
    return beta;
  }

  /** Appends each query's latencies and counters to {@code file}, tab-separated. */
  private static void writePerQuery(Path file, RelatedFixture f, long[][][] nanos) {
    StringBuilder rows = new StringBuilder();
    rows.append("N\tstratum\tsource\tmasthead_us\tmasthead_none_us\tlucene_mlt_us"
        + "\tpostings_read\tcandidates_verified\tnone_postings_read\tnone_candidates_verified\n");
    for (int q = 0; q < f.queries.length; q++) {
      rows.append(String.format(Locale.ROOT, "%d\t%s\t%d\t%.2f\t%.2f\t%.2f\t%d\t%d\t%d\t%d%n",
          f.size, RelatedFixture.STRATA.get(f.stratumOf[q]), f.sources[q],
          median(nanos[0][q]) / 1e3, median(nanos[1][q]) / 1e3, median(nanos[2][q]) / 1e3,
          f.postingsRead[q], f.candidatesVerified[q], f.nonePostingsRead[q],
          f.noneCandidatesVerified[q]));
    }
    try {
      Files.writeString(file, rows, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return p50, p90 and p99 of the values, by nearest rank} */
  private static double[] percentiles(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    double[] at = {50, 90, 99};
    double[] result = new double[at.length];
    for (int i = 0; i < at.length; i++) {
      int rank = (int) Math.ceil(at[i] / 100 * sorted.length);
      result[i] = sorted[Math.max(0, rank - 1)];
    }
    return result;
  }

  private static String triple(int decimals, double[] values) {
    StringJoiner joined = new StringJoiner("/");
    for (double v : values) {
      joined.add(RelatedFixture.fixed(decimals, v));
    }
    return joined.toString();
  }

  /** {@return µs a query over the first {@code queries}, in the round whose mean is the median} */
  private static double meanOfMedianRound(long[][] nanos, int queries) {
    double[] means = new double[ROUNDS];
    for (int r = 0; r < ROUNDS; r++) {
      long total = 0;
      for (int q = 0; q < queries; q++) {
        total += nanos[q][r];
      }
      means[r] = total / 1e3 / queries;
    }
    return median(means);
  }

  /** {@return nanoseconds to answer query {@code q}} */
  private static long time(IntUnaryOperator system, int q) {
    long start = System.nanoTime();
    int found = system.applyAsInt(q);
    long elapsed = System.nanoTime() - start;
    sink += found;
    return elapsed;
  }

  /** {@return nanoseconds to answer each of the first {@code queries} once} */
  private static long round(IntUnaryOperator system, int queries) {
    int total = 0;
    long start = System.nanoTime();
    for (int q = 0; q < queries; q++) {
      total += system.applyAsInt(q);
    }
    long elapsed = System.nanoTime() - start;
    sink += total;
    return elapsed;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
