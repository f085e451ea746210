package dev.masthead.benchmarks.related;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * A quick side-by-side run of the relatedness benchmark, without JMH: for each corpus size, builds
 * everything ({@link RelatedFixture}: the exhaustive scan is checked against Masthead on every
 * query), warms each system up, then times the same source articles through each system in three
 * interleaved rounds and keeps each system's median round. Prints one line per size:
 *
 * <pre>{@code
 * related N=100000 k=10 masthead_us=… lucene_mlt_us=… speedup=… agreement=…% masthead_none_us=…
 *     exhaustive_us=… speedup_none=… speedup_exhaustive=… masthead_build_s=… …
 *     bytes_per_article=… postings_read=… candidates_verified=… …
 * }</pre>
 *
 * <p>{@code masthead_us} is Masthead with its default settings, {@code speedup} is {@code
 * lucene_mlt_us / masthead_us}, {@code agreement} the share of queries whose top 10 of Masthead
 * {@code NONE} and of MoreLikeThis are the same sets up to exact ties at the 10th place. After
 * them: build times in seconds ({@code masthead_build_s} default settings, {@code
 * masthead_update_s} a new snapshot by {@code withChanges} with 0.1% of the articles removed and
 * as many added, {@code lucene_build_s} writing, force-merging and opening the index), {@code bytes_per_article} (the default index's
 * heap, estimated by {@link HeapEstimate}; {@code retained_bytes_per_article} the heap measured
 * around its build), and per query, averaged over the sources: {@code postings_read} and {@code
 * candidates_verified} (scored exactly) by Masthead's search ({@code none_…} for {@code NONE}),
 * {@code exhaustive_scored} (every article) and {@code exhaustive_sharing} (articles sharing a
 * weighted tag) by the scan; {@code agree_equal}, {@code agree_ties}, {@code agree_differ} count
 * the queries behind {@code agreement}. At 100,000 articles it takes 20 to 35 seconds on a 2-core
 * machine, at 1,000,000 3 to 5 minutes (most of it Lucene's build and the exhaustive scan):
 *
 * <pre>{@code
 * ./mvnw -B -ntp -pl benchmarks -am package -DskipTests
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar dev.masthead.benchmarks.related.RelatedReport
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar dev.masthead.benchmarks.related.RelatedReport \
 *     10000 100000 1000000
 * }</pre>
 *
 * <p>System properties: {@code related.queries} (source articles, 300 by default), {@code
 * related.warmup} (seconds of warm-up per system, 1.5 by default), {@code related.verbose}
 * (progress on standard error).
 */
public final class RelatedReport {
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
    int queries = Integer.getInteger("related.queries", 300);
    double warmup = Double.parseDouble(System.getProperty("related.warmup", "1.5"));
    boolean verbose = Boolean.getBoolean("related.verbose");
    for (int size : sizes) {
      try (RelatedFixture f = new RelatedFixture(size, queries, queries,
          verbose ? System.err : null)) {
        IntUnaryOperator[] systems = {
            q -> f.masthead(q).size(),
            q -> f.mastheadNone(q).size(),
            q -> f.exhaustive(q).length,
            q -> f.luceneMlt(q).length};
        int n = f.queries.length;
        for (IntUnaryOperator system : systems) {
          long until = System.nanoTime() + (long) (warmup * 1e9);
          while (System.nanoTime() < until) {
            round(system, n);
          }
        }
        int rounds = 3;
        double[][] micros = new double[systems.length][rounds];
        for (int r = 0; r < rounds; r++) {
          for (int s = 0; s < systems.length; s++) {
            int which = (s + r) % systems.length; // rotate who goes first
            micros[which][r] = round(systems[which], n) / 1e3 / n;
          }
        }
        double masthead = median(micros[0]);
        double none = median(micros[1]);
        double exhaustive = median(micros[2]);
        double lucene = median(micros[3]);
        System.out.println(String.format(Locale.ROOT,
            "related N=%d k=%d masthead_us=%.2f lucene_mlt_us=%.2f speedup=%.1f agreement=%.1f%%"
                + " masthead_none_us=%.2f exhaustive_us=%.2f speedup_none=%.1f"
                + " speedup_exhaustive=%.1f %s",
            size, RelatedFixture.K, masthead, lucene, lucene / masthead, f.agreement, none,
            exhaustive, lucene / none, exhaustive / masthead, f.metricsLine()));
        if (verbose) {
          System.err.println("related-heap N=" + size + " " + f.heapLine());
        }
      }
    }
  }

  /** {@return nanoseconds to answer every query once} */
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
}
