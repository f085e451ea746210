package dev.masthead.codec.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Strict UTF-8, as RFC 3629 and the JDK's own decoder define it. */
final class Utf8Test {
  private static byte[] bytes(int... values) {
    byte[] out = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = (byte) values[i];
    }
    return out;
  }

  static Stream<Arguments> invalid() {
    return Stream.of(
        Arguments.of("overlong two-byte slash", bytes('a', 0xC0, 0xAF, 'b'), 1),
        Arguments.of("overlong C1", bytes(0xC1, 0xBF), 0),
        Arguments.of("overlong three-byte slash", bytes('a', 'b', 0xE0, 0x80, 0xAF), 2),
        Arguments.of("overlong four-byte slash", bytes(0xF0, 0x80, 0x80, 0xAF), 0),
        Arguments.of("encoded surrogate", bytes('x', 0xED, 0xA0, 0x80), 1),
        Arguments.of("above U+10FFFF", bytes(0xF4, 0x90, 0x80, 0x80), 0),
        Arguments.of("F5", bytes(0xF5, 0x80, 0x80, 0x80), 0),
        Arguments.of("FF", bytes('a', 0xFF), 1),
        Arguments.of("lone continuation", bytes('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 0x80),
            9),
        Arguments.of("lead then ASCII", bytes(0xC3, 'a'), 0),
        Arguments.of("three-byte lead then ASCII", bytes(0xE2, 0x80, 'a'), 0));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("invalid")
  void findsTheLeadByteOfTheFirstBrokenSequence(String name, byte[] bytes, int offset) {
    assertThat(Utf8.firstInvalid(bytes, bytes.length)).isEqualTo(offset);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "a", "plain ASCII text longer than eight bytes", "é", "’s",
      "東京", "😀", "Београд — 東京 — 😀 — café", "\u007f\u0080\u07ff\u0800\uffff"})
  void acceptsUtf8(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

    assertThat(Utf8.firstInvalid(bytes, bytes.length)).isEqualTo(-1);
    assertThat(Utf8.cutShortAt(bytes, bytes.length)).isEqualTo(-1);
    assertThat(Utf8.length(text)).isEqualTo(bytes.length);
  }

  @ParameterizedTest
  @ValueSource(ints = {0xC3, 0xE2, 0xF0})
  void leavesASequenceCutShortByTheEndToCutShortAt(int lead) {
    assertThat(Utf8.firstInvalid(bytes('a', lead), 2)).isEqualTo(-1);
    assertThat(Utf8.cutShortAt(bytes('a', lead), 2)).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {"é", "東", "😀"})
  void aSequenceCutAnywhereIsCutShortAndWholeIsNot(String text) {
    byte[] bytes = ("a" + text).getBytes(StandardCharsets.UTF_8);
    for (int length = 2; length < bytes.length; length++) {
      assertThat(Utf8.cutShortAt(bytes, length)).as("%s bytes", length).isEqualTo(1);
    }
    assertThat(Utf8.cutShortAt(bytes, bytes.length)).isEqualTo(-1);
  }

  /** Random bytes, mostly ASCII: the same verdict as the JDK's strict decoder. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void agreesWithTheJdksStrictDecoder(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    for (int n = 0; n < 4_000; n++) {
      byte[] bytes = new byte[random.nextInt(1, 24)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) (random.nextInt(4) == 0 ? random.nextInt(0x80, 0x100)
            : random.nextInt(0x20, 0x80));
      }
      boolean jdk;
      try {
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes));
        jdk = true;
      } catch (CharacterCodingException e) {
        jdk = false;
      }
      int bad = Utf8.firstInvalid(bytes, bytes.length);
      boolean cutShort = bad < 0 && !jdk;
      assertThat(bad < 0).as("seed %d, bytes %s", seed, java.util.HexFormat.of().formatHex(bytes))
          .isEqualTo(jdk || cutShort);
      if (cutShort) {
        // Only a sequence at the very end may be cut short.
        assertThat(endsInsideASequence(bytes)).as("seed %d, bytes %s", seed,
            java.util.HexFormat.of().formatHex(bytes)).isTrue();
      }
    }
  }

  private static boolean endsInsideASequence(byte[] bytes) {
    int i = bytes.length - 1;
    int continuation = 0;
    while (i >= 0 && (bytes[i] & 0xC0) == 0x80 && continuation < 3) {
      i--;
      continuation++;
    }
    if (i < 0) {
      return false;
    }
    int lead = bytes[i] & 0xFF;
    int needed = lead >= 0xF0 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC2 ? 1 : 0;
    return needed > continuation;
  }
}
