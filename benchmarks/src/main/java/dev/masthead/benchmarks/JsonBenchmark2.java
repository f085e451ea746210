package dev.masthead.benchmarks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.masthead.benchmarks.baseline.FromModel;
import dev.masthead.benchmarks.baseline.Records.ArticleRecord;
import dev.masthead.jackson2.MastheadJson;
import dev.masthead.model.Article;
import java.io.IOException;
import java.util.Arrays;
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

/**
 * {@link JsonBenchmark} on Jackson 2: {@code dev.masthead.jackson2.MastheadJson} side by side
 * with the same records through a Jackson 2 {@link JsonMapper} with nothing but the java.time
 * module (without which it cannot read or write an {@code Instant}), writing instants as text.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class JsonBenchmark2 {
  /** Which article: the seed page's, or a large one (200 blocks, 50 tags). */
  @Param({"seed", "large"})
  public String document;

  private final MastheadJson masthead = MastheadJson.defaults();
  private final ObjectMapper baseline = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .build();

  private Article article;
  private ArticleRecord record;
  private byte[] mastheadJson;
  private byte[] baselineJson;

  /**
   * Prepares both sides' values and JSON, and checks they carry the same content.
   *
   * @throws IOException if the baseline cannot write or read its records
   */
  @Setup
  public void setUp() throws IOException {
    article = document.equals("seed") ? Documents.seed() : Documents.large();
    record = FromModel.article(article);
    mastheadJson = masthead.writeBytes(article);
    baselineJson = baseline.writeValueAsBytes(record);
    if (!masthead.read(mastheadJson, Article.class).equals(article)
        || !Arrays.equals(baselineJson, baseline.writeValueAsBytes(
            baseline.readValue(baselineJson, ArticleRecord.class)))) {
      throw new IllegalStateException("a side does not round-trip its own JSON");
    }
    if (!Arrays.equals(mastheadJson, dev.masthead.jackson.MastheadJson.defaults()
        .writeBytes(article))) {
      throw new IllegalStateException("Jackson 2 and Jackson 3 write different bytes");
    }
  }

  /** {@return the article read by MastheadJson} */
  @Benchmark
  public Article readMasthead() {
    return masthead.read(mastheadJson, Article.class);
  }

  /**
   * {@return the record read by a Jackson 2 mapper}
   *
   * @throws IOException never, for this input
   */
  @Benchmark
  public ArticleRecord readBaseline() throws IOException {
    return baseline.readValue(baselineJson, ArticleRecord.class);
  }

  /** {@return the article written by MastheadJson} */
  @Benchmark
  public byte[] writeMasthead() {
    return masthead.writeBytes(article);
  }

  /**
   * {@return the record written by a Jackson 2 mapper}
   *
   * @throws JsonProcessingException never, for this input
   */
  @Benchmark
  public byte[] writeBaseline() throws JsonProcessingException {
    return baseline.writeValueAsBytes(record);
  }
}
