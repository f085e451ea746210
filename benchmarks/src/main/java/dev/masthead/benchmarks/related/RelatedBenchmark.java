package dev.masthead.benchmarks.related;

import dev.masthead.related.RelatedArticle;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Top-10 related articles per query, side by side over the same synthetic corpus and the same
 * 1,000 source articles: Masthead with its default settings ({@code masthead}), Masthead with
 * {@code likeMoreLikeThis()} ({@code mastheadNone}), the exhaustive scan ({@code exhaustive}) and
 * Lucene 9.12 MoreLikeThis ({@code luceneMlt}). Each invocation answers the next source article's
 * query, cycling through the set, so the average time is per query.
 *
 * <p>Each fork builds everything at trial level (see {@link RelatedFixture}), so every system runs
 * with the same heap contents, and prints {@code related-setup} lines: build times, heap per
 * article, postings read and documents scored per query, and the agreement of {@code NONE} with
 * MoreLikeThis. The build fails if the exhaustive scan and Masthead disagree. Building takes
 * about 2 minutes a trial at 1,000,000 articles (Lucene's index most of it). A short run:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar RelatedBenchmark -p size=100000,1000000 \
 *     -f 1 -wi 2 -i 3 -w 2s -r 3s -rf json -rff /tmp/rb-results/related-jmh.json
 * }</pre>
 *
 * <p>The full run and the chart:
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar RelatedBenchmark -f 1 \
 *     -rf json -rff target/related.json 2>&1 | tee target/related.log
 * java -cp benchmarks/target/benchmarks.jar dev.masthead.benchmarks.related.RelatedChart \
 *     target/related.json docs/relatedness-latency.svg
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xms8g", "-Xmx8g"})
public class RelatedBenchmark {
  /** The number of articles. */
  @Param({"10000", "100000", "1000000"})
  public int size;

  /** How many source articles to cycle through. */
  @Param({"1000"})
  public int queries;

  private RelatedFixture fixture;
  private int next;

  /** Builds the corpus, the indexes and the baselines, and prints what was measured. */
  @Setup(Level.Trial)
  public void setUp() {
    fixture = new RelatedFixture(size, queries, 50, System.out);
    System.out.println("related-setup N=" + size + " " + fixture.metricsLine()
        + " agreement=" + RelatedFixture.fixed(1, fixture.agreement) + "%");
    System.out.println("related-heap N=" + size + " " + fixture.heapLine());
  }

  /** Deletes the Lucene index. */
  @TearDown(Level.Trial)
  public void tearDown() {
    fixture.close();
  }

  private int nextQuery() {
    int q = next;
    next = q + 1 == fixture.queries.length ? 0 : q + 1;
    return q;
  }

  /** {@return Masthead's top 10, default settings} */
  @Benchmark
  public List<RelatedArticle> masthead() {
    return fixture.masthead(nextQuery());
  }

  /** {@return Masthead's top 10, {@code likeMoreLikeThis()}} */
  @Benchmark
  public List<RelatedArticle> mastheadNone() {
    return fixture.mastheadNone(nextQuery());
  }

  /** {@return the exhaustive scan's top 10, default settings} */
  @Benchmark
  public int[] exhaustive() {
    return fixture.exhaustive(nextQuery());
  }

  /** {@return MoreLikeThis's top 10} */
  @Benchmark
  public int[] luceneMlt() {
    return fixture.luceneMlt(nextQuery());
  }
}
