package dev.masthead.jackson.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.ReadLimits;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;

/** The path a {@link JsonReader} keeps as the codecs descend, and names failures by. */
final class JsonReaderTest {
  @Test
  void namesAProblemByItsWholePathHoweverDeepAndByWhatIsLeftAfterPopping() {
    try (JsonParser parser =
        RawJsonCodec.FACTORY.createParser(ObjectReadContext.empty(), "\"x\"")) {
      parser.nextToken();
      JsonReader reader = JsonReader.at(parser, ReadLimits.defaults(), -1);
      // Deeper than the path's first array of 16 segments, so that it grows twice: at the
      // 17th segment, an index, and at the 33rd, a name.
      StringBuilder pointer = new StringBuilder();
      for (int i = 0; i < 40; i++) {
        if (i % 3 == 1) {
          reader.push(i);
          pointer.append('/').append(i);
        } else {
          reader.push("p" + i);
          pointer.append("/p").append(i);
        }
      }

      reader.problem("must be y", "x");
      assertThat(reader.problemsKept()).singleElement()
          .satisfies(v -> {
            assertThat(v.pointer()).isEqualTo(pointer.toString());
            assertThat(v.rule()).isEqualTo("must be y");
            assertThat(v.value()).contains("x");
          });
      for (int i = 0; i < 37; i++) {
        reader.pop();
      }
      assertThat(reader.stop("is cut short").violation().pointer()).isEqualTo("/p0/1/p2");
    }
  }
}
