package dev.masthead.benchmarks;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link JsonBenchmark} (Jackson 3) and {@link JsonBenchmark2} (Jackson 2) and prints one
 * line per Jackson line, document and operation, with Masthead's throughput as a ratio of the
 * baseline's on the same line:
 * {@code json line=jackson3 document=seed op=read masthead_ops=… baseline_ops=… ratio=…}.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.masthead.benchmarks.JsonReport}
 */
public final class JsonReport {
  private JsonReport() {}

  /**
   * Runs the benchmarks and prints the ratios.
   *
   * @param args ignored
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    Options options = new OptionsBuilder()
        .include(JsonBenchmark.class.getName() + "\\.")
        .include(JsonBenchmark2.class.getName() + "\\.")
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> score = new LinkedHashMap<>();
    for (RunResult result : results) {
      String benchmark = result.getParams().getBenchmark();
      String line = benchmark.contains(JsonBenchmark2.class.getSimpleName() + ".")
          ? "jackson2" : "jackson3";
      String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
      score.put(line + "/" + result.getParams().getParam("document") + "/" + method,
          result.getPrimaryResult().getScore());
    }
    System.out.println();
    for (String line : new String[] {"jackson3", "jackson2"}) {
      for (String document : new String[] {"seed", "large"}) {
        for (String op : new String[] {"read", "write"}) {
          double masthead = score.get(line + "/" + document + "/" + op + "Masthead");
          double baseline = score.get(line + "/" + document + "/" + op + "Baseline");
          System.out.println(String.format(Locale.ROOT,
              "json line=%s document=%s op=%s masthead_ops=%.0f baseline_ops=%.0f ratio=%.2f",
              line, document, op, masthead, baseline, masthead / baseline));
        }
      }
    }
  }
}
