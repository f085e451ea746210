package dev.masthead.benchmarks;

import dev.masthead.fixtures.SyntheticCorpus;
import java.util.Locale;

/**
 * Generates the synthetic corpus and prints how long it took and how much heap it holds:
 * {@code java -Xmx1g -cp benchmarks/target/benchmarks.jar
 * dev.masthead.benchmarks.SyntheticCorpusReport [articles]} (1,000,000 by default). Each size is
 * generated three times; the last round is reported, after the JIT has settled.
 */
public final class SyntheticCorpusReport {
  private SyntheticCorpusReport() {}

  /**
   * Runs the report.
   *
   * @param args the number of articles, optionally
   */
  public static void main(String[] args) {
    int articles = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Runtime runtime = Runtime.getRuntime();
    for (int round = 1; round <= 3; round++) {
      long start = System.nanoTime();
      SyntheticCorpus corpus = SyntheticCorpus.builder().articles(articles).seed(42).build();
      long generated = System.nanoTime();
      long tags = 0;
      for (int i = 0; i < corpus.size(); i++) {
        tags += corpus.summary(i).tags().size();
      }
      long materialised = System.nanoTime();
      System.gc();
      long heap = runtime.totalMemory() - runtime.freeMemory();
      System.out.println(String.format(Locale.ROOT,
          "corpus round=%d articles=%d generate_s=%.2f summaries_s=%.2f tags_per_article=%.2f"
              + " clusters=%d hubs=%d heap_after_gc_mib=%d max_heap_mib=%d",
          round, corpus.size(), (generated - start) / 1e9, (materialised - generated) / 1e9,
          tags / (double) corpus.size(), corpus.clusters().size(), corpus.settings().hubs(),
          heap >> 20, runtime.maxMemory() >> 20));
    }
  }
}
