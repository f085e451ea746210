package dev.masthead.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.model.ContentReadException;
import dev.masthead.model.Publication;
import dev.masthead.model.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A string over the string limit that is also cut short by the end of the document, or holds a
 * byte that is not UTF-8, was refused for the one or the other by chance: Jackson measured the
 * string when its buffer grew, and its buffers are recycled from earlier reads, so the outcome
 * depended on what the thread had read before (and differed between the two Jackson lines; the
 * wire identity tests found it with the generated documents of issue 13). The parser now reads
 * a string whole and Masthead measures it: what is wrong with it as JSON comes first.
 */
final class OverLongStringRegressionTest {
  private static final MastheadJson TIGHT = MastheadJson.builder()
      .limits(ReadLimits.builder().maxStringLength(200).build()).build();
  private static final String HEAD =
      "{\"name\":\"P\",\"url\":\"https://p.example\",\"description\":\"";

  private static String rule(byte[] json) {
    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> TIGHT.read(json, Publication.class));
    if (e == null) {
      return "read";
    }
    assertThat(e.violations()).hasSize(1);
    return e.violations().get(0).pointer() + ": " + e.violations().get(0).rule();
  }

  /** Reads long strings, so that the parser's recycled buffers have grown. */
  private static void growBuffers() {
    for (int n = 1_000; n <= 64_000; n *= 2) {
      rule((HEAD + "x".repeat(n) + "\"}").getBytes(UTF_8));
    }
  }

  private static List<String> rules() {
    List<String> rules = new ArrayList<>();
    for (String unit : List.of("a", "é", "東", "𝔐", "\\n")) {
      for (int n : new int[] {150, 250, 600, 1_500, 4_000}) {
        String text = HEAD + unit.repeat(n);
        rules.add(rule(text.getBytes(UTF_8)));
        byte[] bad = (text + "?\"}").getBytes(UTF_8);
        bad[text.getBytes(UTF_8).length] = (byte) 0xFF;
        rules.add(rule(bad));
        rules.add(rule((text + "\"}").getBytes(UTF_8)));
      }
    }
    return rules;
  }

  @Test
  void overLongStringIsRefusedTheSameWayWhateverWasReadBefore() {
    List<String> fresh = rules();
    growBuffers();
    assertThat(rules()).isEqualTo(fresh);
  }

  @Test
  void overLongStringCutShortIsRefusedAsCutShort() {
    assertThat(rule((HEAD + "é".repeat(1_500)).getBytes(UTF_8)))
        .startsWith("/description: must be complete JSON: the input ends inside a value");
  }

  @Test
  void overLongStringWithAByteThatIsNotUtf8IsRefusedAsNotUtf8() {
    byte[] bad = (HEAD + "a".repeat(1_500) + "?\"}").getBytes(UTF_8);
    bad[HEAD.length() + 1_500] = (byte) 0xFF;
    assertThat(rule(bad)).isEqualTo("/description: must be UTF-8");
  }

  @Test
  void overLongWellFormedStringIsRefusedForItsLength() {
    assertThat(rule((HEAD + "a".repeat(1_500) + "\"}").getBytes(UTF_8)))
        .isEqualTo("/description: must be a string of at most 200 characters");
  }
}
