package dev.masthead.benchmarks;

import dev.masthead.benchmarks.baseline.FromModel;
import dev.masthead.benchmarks.baseline.Records.ArticleRecord;
import dev.masthead.jackson.MastheadJson;
import dev.masthead.model.Article;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reading and writing an article as JSON: {@link MastheadJson} (validating every value, keeping
 * unknown properties, bounded input) side by side with the baseline a developer would otherwise
 * write, records through a default Jackson 3 {@link JsonMapper}. Both read their own JSON of the
 * same content from bytes and write it to bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonBenchmark {
  /** Which article: the seed page's, or a large one (200 blocks, 50 tags). */
  @Param({"seed", "large"})
  public String document;

  private final MastheadJson masthead = MastheadJson.defaults();
  private final JsonMapper baseline = JsonMapper.builder().build();

  private Article article;
  private ArticleRecord record;
  private byte[] mastheadJson;
  private byte[] baselineJson;

  /** Prepares both sides' values and JSON, and checks they carry the same content. */
  @Setup
  public void setUp() {
    article = document.equals("seed") ? Documents.seed() : Documents.large();
    record = FromModel.article(article);
    mastheadJson = masthead.writeBytes(article);
    baselineJson = baseline.writeValueAsBytes(record);
    // The records read omitted (empty) lists back as null: compare what they write instead.
    if (!masthead.read(mastheadJson, Article.class).equals(article)
        || !java.util.Arrays.equals(baselineJson, baseline.writeValueAsBytes(
            baseline.readValue(baselineJson, ArticleRecord.class)))) {
      throw new IllegalStateException("a side does not round-trip its own JSON");
    }
  }

  /** {@return the article read by MastheadJson} */
  @Benchmark
  public Article readMasthead() {
    return masthead.read(mastheadJson, Article.class);
  }

  /** {@return the record read by a default JsonMapper} */
  @Benchmark
  public ArticleRecord readBaseline() {
    return baseline.readValue(baselineJson, ArticleRecord.class);
  }

  /** {@return the article written by MastheadJson} */
  @Benchmark
  public byte[] writeMasthead() {
    return masthead.writeBytes(article);
  }

  /** {@return the record written by a default JsonMapper} */
  @Benchmark
  public byte[] writeBaseline() {
    return baseline.writeValueAsBytes(record);
  }
}
