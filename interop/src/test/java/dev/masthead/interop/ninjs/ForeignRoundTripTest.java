package dev.masthead.interop.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.Paragraph;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * ninjs → Masthead → ninjs gives the same JSON tree for every IPTC document an article can
 * hold: the two complete ones, and the three that lack only a language when one is given.
 */
final class ForeignRoundTripTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final NinjsReader READER = NinjsReader.builder().defaultLanguage("en").build();

  static Stream<String> importable() {
    return IptcSuite.rows().stream()
        .filter(row -> row.article() || row.expected().equals(List.of("/language")))
        .map(IptcSuite.Row::file);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("importable")
  void writesBackTheSameTreeWithoutTheSidecar(String file) {
    byte[] original = IptcSuite.bytes(file);
    Article article = READER.read(original);
    String again = NinjsWriter.builder().sidecar(false).build().write(article);
    assertThat(MAPPER.readTree(again)).isEqualTo(MAPPER.readTree(original));
  }

  @Test
  void aReaderMadeForItsWriterKeepsOnlyWhatThatWriterWouldNotWrite() {
    NinjsWriter writer = NinjsWriter.builder().publication(SeedCorpus.publication())
        .sidecar(false).build();
    String item = writer.write(SeedCorpus.article(), SeedCorpus.directory());
    Article forItsWriter = NinjsReader.builder().writer(writer).build().read(item);
    Article forAnother = NinjsReader.defaults().read(item);
    // The tag: URIs are the publication writer's own; the default writer's are URNs.
    assertThat(forItsWriter.extensions()).doesNotContainKeys("ninjs:uri", "ninjs:places");
    assertThat(forAnother.extensions()).containsKeys("ninjs:uri", "ninjs:places");
    assertThat(MAPPER.readTree(writer.write(forItsWriter))).isEqualTo(MAPPER.readTree(item));
    assertThat(MAPPER.readTree(NinjsWriter.builder().sidecar(false).build().write(forAnother)))
        .isEqualTo(MAPPER.readTree(item));
  }

  @Test
  void aBodyItReadsAsItWasWrittenIsNotKept() {
    // charCount and wordCount are compared as the numbers a parser reads (ints), not longs.
    Article article = Article.builder().id(ArticleId.of("a")).slug("a").headline("A")
        .published(Instant.parse("2025-11-20T09:00:00Z")).language("en")
        .addBody(Paragraph.of("Leaders met in Belgrade.")).build();
    Article read = NinjsReader.defaults()
        .read(NinjsWriter.builder().sidecar(false).build().write(article));
    assertThat(read.extensions()).isEmpty();
    assertThat(read).isEqualTo(article);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("importable")
  void writesBackTheSameTreeAndTheSidecarThatReadsBackIdentical(String file) {
    byte[] original = IptcSuite.bytes(file);
    Article article = READER.read(original);
    String again = NinjsWriter.defaults().write(article);
    assertThat(StockSchema.errors(again)).isEmpty();
    ObjectNode tree = (ObjectNode) MAPPER.readTree(again);
    ArrayNode bodies = (ArrayNode) tree.get("bodies");
    JsonNode sidecar = bodies.remove(bodies.size() - 1);
    assertThat(sidecar.get("role").stringValue()).isEqualTo(NinjsWriter.SIDECAR_ROLE);
    if (bodies.isEmpty() && !MAPPER.readTree(original).has("bodies")) {
      tree.remove("bodies");
    }
    assertThat(tree).isEqualTo(MAPPER.readTree(original));
    assertThat(READER.read(again)).isEqualTo(article);
  }
}
