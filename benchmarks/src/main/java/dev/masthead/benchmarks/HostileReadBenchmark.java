package dev.masthead.benchmarks;

import dev.masthead.jackson.MastheadJson;
import dev.masthead.jackson.WorstDocuments;
import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
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
 * Reading the worst documents within the default limits ({@link WorstDocuments}: many problems,
 * dense problems, many unknown properties, deep extensions, long names, late block types, long
 * escaped strings, lists and objects far over their maximums) next to a valid article of the same
 * size: the cost of refusing (or accepting) each, per byte, is what {@link HostileReadReport}
 * compares; and next to Jackson's tokenizer walking the same bytes, the floor for the document's
 * shape.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class HostileReadBenchmark {
  /** The size every document is made about, in bytes. */
  public static final int SIZE = 1 << 20;

  /** Which document: an index into {@link WorstDocuments#all}, or -1 for the valid article. */
  @Param({"-1", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"})
  public int document;

  private final MastheadJson json = MastheadJson.defaults();
  /** The floor: Jackson's own tokenizer, with limits off, building nothing. */
  private final JsonFactory tokenizer = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNameLength(Integer.MAX_VALUE).maxStringLength(Integer.MAX_VALUE)
          .maxDocumentLength(-1).maxTokenCount(-1).build())
      .build();
  private byte[] bytes;

  /** Builds the document. */
  @Setup
  public void setUp() {
    bytes = document(document).json();
  }

  /** {@return the document with this index, -1 being the valid article} */
  static WorstDocuments.Document document(int index) {
    return index < 0 ? WorstDocuments.valid(SIZE) : WorstDocuments.all(SIZE).get(index);
  }

  /** {@return the article, or the exception that refuses the document} */
  @Benchmark
  public Object read() {
    try {
      return json.read(bytes, Article.class);
    } catch (ContentReadException e) {
      return e;
    }
  }

  /**
   * {@return how many tokens the document has}: only Jackson's parser walking it, the least any
   * reader of JSON does, so the cost of the document's shape alone (many small tokens cost
   * more per byte than a few long strings)
   */
  @Benchmark
  public long tokenize() {
    long tokens = 0;
    try (JsonParser parser = tokenizer.createParser(ObjectReadContext.empty(), bytes)) {
      while (parser.nextToken() != null) {
        tokens++;
      }
    }
    return tokens;
  }
}
