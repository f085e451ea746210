package dev.masthead.benchmarks;

import dev.masthead.jackson.WorstDocuments;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link HostileReadBenchmark} and prints one line per document: its size, its problems,
 * its throughput in megabytes a second and that throughput as a ratio of the valid article's,
 * {@code hostile document="…" bytes=… problems=… mb_per_s=… ratio=… tokenizer_mb_per_s=…
 * of_tokenizer=…}. The aim is a ratio of at least 0.5 for every document: refusing a document
 * costs no more than twice what reading a valid one of the same size does. Where a document's
 * shape alone makes it slower (many tokens of a few bytes each), {@code of_tokenizer} says how
 * much of its time is Jackson's tokenizer's, which any JSON reader pays.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.masthead.benchmarks.HostileReadReport}
 */
public final class HostileReadReport {
  private HostileReadReport() {}

  /**
   * Runs the benchmark and prints the ratios.
   *
   * @param args ignored
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    Options options = new OptionsBuilder().include(HostileReadBenchmark.class.getName()).build();
    Collection<RunResult> results = new Runner(options).run();
    Map<Integer, Double> reads = new TreeMap<>();
    Map<Integer, Double> tokenizing = new TreeMap<>();
    for (RunResult result : results) {
      Integer document = Integer.valueOf(result.getParams().getParam("document"));
      boolean read = result.getParams().getBenchmark().endsWith(".read");
      (read ? reads : tokenizing).put(document, result.getPrimaryResult().getScore());
    }
    double valid = megabytesPerSecond(-1, reads.get(-1));
    System.out.println();
    for (Map.Entry<Integer, Double> entry : reads.entrySet()) {
      WorstDocuments.Document document = HostileReadBenchmark.document(entry.getKey());
      double mbPerSecond = megabytesPerSecond(entry.getKey(), entry.getValue());
      double tokenizerMbPerSecond =
          megabytesPerSecond(entry.getKey(), tokenizing.get(entry.getKey()));
      System.out.println(String.format(Locale.ROOT,
          "hostile document=\"%s\" bytes=%d problems=%d mb_per_s=%.1f ratio=%.2f"
              + " tokenizer_mb_per_s=%.1f of_tokenizer=%.2f",
          document.name(), document.json().length, document.problems(), mbPerSecond,
          mbPerSecond / valid, tokenizerMbPerSecond, mbPerSecond / tokenizerMbPerSecond));
    }
  }

  private static double megabytesPerSecond(int document, double opsPerSecond) {
    return opsPerSecond * HostileReadBenchmark.document(document).json().length / 1e6;
  }
}
