package dev.masthead.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.model.ContentReadException;
import dev.masthead.model.Tag;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An unknown property's value is kept as the text Jackson's own writer would write for it,
 * however the input spelled it (escapes, spaces): the reader writes that text itself, without a
 * generator, so this pins its spelling to Jackson's on many generated values.
 */
final class ExtensionSpellingTest {
  private static final JsonMapper JACKSON = JsonMapper.shared();
  private static final MastheadJson JSON = MastheadJson.defaults();

  @Test
  void extensionTextIsSpelledAsJacksonWritesIt() {
    SplittableRandom random = new SplittableRandom(7);
    int checked = 0;
    for (int i = 0; i < 2_000; i++) {
      String value = value(random, 0);
      // The same value spelled loosely: spaces around every token, "/" escaped.
      String loose = value.replace(",", " , ").replace(":", " : ").replace("/", "\\/");
      String document = "{\"id\":\"t\",\"kind\":\"topic\",\"label\":\"T\",\"acme:x\": " + loose
          + " }";
      JsonNode tree = JACKSON.readTree(value);

      Tag tag = JSON.read(document, Tag.class);

      assertThat(tag.extensions().get("acme:x").text()).as(document)
          .isEqualTo(JACKSON.writeValueAsString(tree));
      checked++;
    }
    assertThat(checked).isEqualTo(2_000);
  }

  /**
   * A lone surrogate, which Jackson's writer cannot write as UTF-8, is refused in an extension
   * (as the JSON Schema refuses it), where it is.
   */
  @Test
  void loneSurrogateInAnExtensionIsRefusedWhereItIs() {
    assertThatThrownBy(() -> JSON.read("{\"id\":\"t\",\"kind\":\"topic\",\"label\":\"T\","
        + "\"acme:x\":{\"a\":\"x\\ud800y\"}}", Tag.class))
        .isInstanceOfSatisfying(ContentReadException.class, e ->
            assertThat(e.violations()).singleElement()
                .satisfies(v -> assertThat(v.path().pointer()).isEqualTo("/acme:x")));
  }

  /** A compact JSON value: objects and arrays of strings of awkward characters, ints, literals. */
  private static String value(SplittableRandom random, int depth) {
    int kind = depth >= 4 ? 2 + random.nextInt(3) : random.nextInt(5);
    switch (kind) {
      case 0 -> {
        StringBuilder out = new StringBuilder("{");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          out.append(i > 0 ? "," : "").append(string(random, "k/" + i)).append(':')
              .append(value(random, depth + 1));
        }
        return out.append('}').toString();
      }
      case 1 -> {
        StringBuilder out = new StringBuilder("[");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          out.append(i > 0 ? "," : "").append(value(random, depth + 1));
        }
        return out.append(']').toString();
      }
      case 2 -> {
        return string(random, "");
      }
      case 3 -> {
        return Integer.toString(random.nextInt(-1000, 1000));
      }
      default -> {
        return new String[] {"true", "false", "null"}[random.nextInt(3)];
      }
    }
  }

  /** A JSON string: a prefix, then characters from every awkward range, each \\u-escaped. */
  private static String string(SplittableRandom random, String prefix) {
    StringBuilder out = new StringBuilder("\"").append(prefix);
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      int c = switch (random.nextInt(5)) {
        case 0 -> random.nextInt(0x20);
        case 1 -> random.nextInt(0x20, 0x80);
        case 2 -> random.nextInt(0x80, 0x800);
        case 3 -> new int[] {0x2028, 0x2029, 0xFEFF, 0xFFFD, 0x7F}[random.nextInt(5)];
        default -> 0x1F600 + random.nextInt(0x40);
      };
      for (char unit : Character.toChars(c)) {
        out.append(String.format("\\u%04X", (int) unit));
      }
    }
    return out.append('"').toString();
  }
}
