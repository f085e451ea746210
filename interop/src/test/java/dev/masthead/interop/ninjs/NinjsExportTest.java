package dev.masthead.interop.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.Generators;
import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.jackson.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.Directory;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every export is a valid ninjs 3.1 item (IPTC's stock schema, formats asserted) and reads back
 * to the identical article: the seed, and generated articles in edge-case mode.
 */
final class NinjsExportTest {
  /** Generated articles checked, in batches of {@value #PER_SEED}. */
  static final int GENERATED = 1_000;

  private static final int PER_SEED = 50;

  private static final Generators EDGE_CASES = Generators.builder().edgeCases(0.3).build();

  /** Documents from a newer version: unknown blocks, kinds and properties. */
  private static final Generators FUTURE = Generators.builder().futureDocuments(true).build();

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final NinjsWriter WRITER =
      NinjsWriter.builder().publication(SeedCorpus.publication()).build();

  @Test
  void seedExportValidates() {
    String item = WRITER.write(SeedCorpus.article(), SeedCorpus.directory());
    assertThat(StockSchema.errors(item)).isEmpty();
  }

  @Test
  void stockSchemaRejectsWhatNinjsDoesNotHold() {
    assertThat(StockSchema.errors("{\"uri\":\"urn:x\",\"masthead:slug\":\"a\"}")).isNotEmpty();
    assertThat(StockSchema.errors("{\"uri\":\"urn:x\",\"headlines\":[{\"x\":1}]}"))
        .isNotEmpty();
    assertThat(StockSchema.errors("{\"uri\":\"urn:x\"}")).isEmpty();
  }

  @Test
  void seedReadsBackIdentical() {
    Article seed = SeedCorpus.article();
    String item = WRITER.write(seed, SeedCorpus.directory());
    assertThat(NinjsReader.defaults().read(item)).isEqualTo(seed);
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, GENERATED / PER_SEED).mapToObj(i -> 0x5EED_0000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedExportsValidateAndReadBackIdentical(long seed) {
    exportsValidateAndReadBackIdentical(EDGE_CASES, seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("futureSeeds")
  void futureDocumentsExportValidAndReadBackIdentical(long seed) {
    exportsValidateAndReadBackIdentical(FUTURE, seed);
  }

  static Stream<Long> futureSeeds() {
    return IntStream.range(0, 4).mapToObj(i -> 0xF0_0000L + i);
  }

  private static void exportsValidateAndReadBackIdentical(Generators generators, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Set<String> written = new HashSet<>();
    for (int i = 0; i < PER_SEED; i++) {
      int index = i;
      Article article = generators.article(random);
      Directory directory = generators.directory(random);
      String item = WRITER.write(article, directory);
      assertThat(StockSchema.errors(item))
          .as(() -> "seed " + seed + ", article " + index + ": "
              + MastheadJson.defaults().write(article))
          .isEmpty();
      assertThat(NinjsReader.defaults().read(item))
          .as("seed %d, article %d", seed, i)
          .isEqualTo(article);
      JsonNode tree = MAPPER.readTree(item);
      tree.propertyNames().forEach(written::add);
      if (tree.path("headlines").size() > 1) {
        written.add("headlines[1]");
      }
    }
    // The schema has seen the issue 13 properties: each is in some export of every batch.
    assertThat(written).as("seed %d", seed).contains("version", "copyrightHolder",
        "copyrightNotice", "rightsInfo", "genres", "headlines[1]");
  }
}
