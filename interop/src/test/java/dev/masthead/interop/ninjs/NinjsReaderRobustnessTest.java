package dev.masthead.interop.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.Generators;
import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mutated items (a value replaced by one of another type, a property removed, the sidecar
 * dropped or broken) are read or rejected with a ContentReadException, never anything else;
 * what is read is a valid article, and it writes back as a valid item (formats asserted when
 * the mutated item's held).
 */
final class NinjsReaderRobustnessTest {
  private static final int PER_SEED = 25;
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Generators EDGE_CASES = Generators.builder().edgeCases(0.2).build();
  private static final NinjsReader READER = NinjsReader.builder().defaultLanguage("en").build();

  static Stream<Long> seeds() {
    return IntStream.range(0, 8).mapToObj(i -> 0xB4D_0000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readsOrRejectsEveryMutatedItem(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int read = 0;
    for (int i = 0; i < PER_SEED; i++) {
      ObjectNode item = (ObjectNode) MAPPER.readTree(NinjsWriter.defaults()
          .write(EDGE_CASES.article(random), EDGE_CASES.directory(random)));
      if (random.nextBoolean()) {
        ((ArrayNode) item.get("bodies")).remove(item.get("bodies").size() - 1);
      }
      for (int m = random.nextInt(1, 4); m > 0; m--) {
        mutate(item, random);
      }
      String text = item.toString();
      int index = i;
      // A mutation can put a string that is no URI where the schema's format says uri: the
      // reader takes formats as annotations and keeps such a property whole, so the item
      // written back is as valid as the one read, formats asserted only when they held.
      boolean formatsHeld = StockSchema.errors(text).isEmpty();
      try {
        Article article = READER.read(text);
        read++;
        String again = NinjsWriter.defaults().write(article);
        assertThat(formatsHeld ? StockSchema.errors(again)
            : StockSchema.errorsAnnotatingFormats(again))
            .as("seed %d, item %d: %s", seed, index, text).isEmpty();
      } catch (ContentReadException e) {
        assertThat(e.violations()).isNotEmpty();
      } catch (RuntimeException e) {
        throw new AssertionError("seed " + seed + ", item " + i + ": " + text, e);
      }
    }
    assertThat(read).as("some mutated items are still articles").isPositive();
  }

  /** Replaces or removes one value somewhere in the tree. */
  private static void mutate(JsonNode root, SplittableRandom random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode container = containers.get(random.nextInt(containers.size()));
    if (container instanceof ObjectNode object && !object.isEmpty()) {
      List<String> names = new ArrayList<>(object.propertyNames());
      String name = names.get(random.nextInt(names.size()));
      if (random.nextInt(3) == 0) {
        object.remove(name);
      } else {
        object.set(name, value(random));
      }
    } else if (container instanceof ArrayNode array && !array.isEmpty()) {
      array.set(random.nextInt(array.size()), value(random));
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainer()) {
      out.add(node);
      for (JsonNode child : node.values()) {
        collect(child, out);
      }
    }
  }

  private static JsonNode value(SplittableRandom random) {
    return switch (random.nextInt(7)) {
      case 0 -> NODES.nullNode();
      case 1 -> NODES.numberNode(random.nextInt(-2, 12));
      case 2 -> NODES.stringNode("");
      case 3 -> NODES.stringNode("<p>x</p>");
      case 4 -> NODES.stringNode("2025-02-30T25:61:00Z");
      case 5 -> NODES.arrayNode().add(NODES.objectNode().put("value", "v"));
      default -> NODES.objectNode().setAll(Map.of("name", NODES.stringNode("n")));
    };
  }
}
