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
 * Runs {@link JsonBenchmark} and prints one line per document and operation, with Masthead's
 * throughput as a ratio of the baseline's:
 * {@code json document=seed op=read masthead_ops=… baseline_ops=… ratio=…}.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.masthead.benchmarks.JsonReport}
 */
public final class JsonReport {
  private JsonReport() {}

  /**
   * Runs the benchmark and prints the ratios.
   *
   * @param args ignored
   * @throws RunnerException if JMH fails
   */
  public static void main(String[] args) throws RunnerException {
    Options options = new OptionsBuilder().include(JsonBenchmark.class.getName()).build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Double> score = new LinkedHashMap<>();
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark();
      method = method.substring(method.lastIndexOf('.') + 1);
      score.put(result.getParams().getParam("document") + "/" + method,
          result.getPrimaryResult().getScore());
    }
    System.out.println();
    for (String document : new String[] {"seed", "large"}) {
      for (String op : new String[] {"read", "write"}) {
        double masthead = score.get(document + "/" + op + "Masthead");
        double baseline = score.get(document + "/" + op + "Baseline");
        System.out.println(String.format(Locale.ROOT,
            "json document=%s op=%s masthead_ops=%.0f baseline_ops=%.0f ratio=%.2f",
            document, op, masthead, baseline, masthead / baseline));
      }
    }
  }
}
