package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class TextsTest {
  private static final String EMOJI = "\uD83D\uDE00";

  private static int codePoints(String s) {
    return s.codePointCount(0, s.length());
  }

  private static boolean hasUnpairedSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && (i + 1 == s.length() || !Character.isLowSurrogate(s.charAt(i + 1)))) {
        return true;
      }
      if (Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(s.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  static Stream<Arguments> shortTexts() {
    return Stream.of(
        Arguments.of("Hello", 10, "Hello"),
        Arguments.of("  Hello  ", 10, "Hello"),
        Arguments.of("\n\tHello world\n", 11, "Hello world"),
        Arguments.of("exactly10!", 10, "exactly10!"),
        Arguments.of("  exactly10!  ", 10, "exactly10!"),
        Arguments.of(EMOJI.repeat(10), 10, EMOJI.repeat(10)),
        Arguments.of("", 10, ""));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" to {1}")
  @MethodSource("shortTexts")
  void shortTextIsKeptButStripped(String text, int max, String expected) {
    assertThat(Texts.truncate(text, max)).isEqualTo(expected);
  }

  static Stream<Arguments> longTexts() {
    return Stream.of(
        // cut before the word that would not fit
        Arguments.of("The quick brown fox jumps", 12, "The quick…"),
        Arguments.of("Hello world and more", 12, "Hello world…"),
        Arguments.of("Hello world and more", 13, "Hello world…"),
        Arguments.of("  The quick brown fox jumps  ", 12, "The quick…"),
        Arguments.of("one two\tthree\nfour", 12, "one two…"),
        // no separator left dangling before the ellipsis
        Arguments.of("Hello, world again", 8, "Hello…"),
        Arguments.of("Belgrade; the capital", 11, "Belgrade…"),
        Arguments.of("Speakers: Akira Imamura", 12, "Speakers…"),
        Arguments.of("Serbia – the host country", 12, "Serbia…"),
        Arguments.of("Serbia — the host country", 12, "Serbia…"),
        Arguments.of("Serbia - the host country", 12, "Serbia…"),
        Arguments.of("Serbia, — and more words", 12, "Serbia…"),
        // a single long word is cut inside the word
        Arguments.of("Supercalifragilisticexpialidocious", 10, "Supercali…"),
        Arguments.of("A verylongwordthatgoeson", 10, "A verylon…"),
        // ... also when the last word boundary is at exactly half: cutting there loses half
        Arguments.of("abcde fghijklmno", 11, "abcde fghi…"),
        // surrogate pairs count once and are never split
        Arguments.of(EMOJI.repeat(20), 5, EMOJI.repeat(4) + "…"),
        Arguments.of(EMOJI + EMOJI + " " + EMOJI.repeat(6), 5, EMOJI + EMOJI + "…"),
        Arguments.of("ab" + EMOJI.repeat(20), 5, "ab" + EMOJI.repeat(2) + "…"));
  }

  @ParameterizedTest(name = "[{index}] \"{0}\" to {1}")
  @MethodSource("longTexts")
  void longTextIsCutAtAWordBoundaryWithAnEllipsis(String text, int max, String expected) {
    String cut = Texts.truncate(text, max);

    assertThat(cut).isEqualTo(expected);
    assertThat(codePoints(cut)).isLessThanOrEqualTo(max);
  }

  @ParameterizedTest(name = "max {0}")
  @ValueSource(ints = {2, 3, 4, 5, 7, 10, 11, 16, 17, 40})
  void cutNeverSplitsASurrogatePairAndStaysWithinMax(int max) {
    String text = "Akira " + EMOJI + EMOJI + " \uD834\uDD1E" + EMOJI.repeat(30) + " Imamura "
        + "\uD83D\uDC69\u200D\uD83D\uDCBB".repeat(10);

    String cut = Texts.truncate(text, max);

    assertThat(hasUnpairedSurrogate(cut)).as(cut).isFalse();
    assertThat(codePoints(cut)).isLessThanOrEqualTo(max);
    assertThat(cut).endsWith("…");
  }

  @Test
  void cutTextNeverEndsWithWhiteSpaceOrSeparatorBeforeTheEllipsis() {
    String text = "Japan, Serbia; EIB: UNOPS – the Western Balkans — and more, and more";

    IntStream.rangeClosed(2, codePoints(text) - 1).forEach(max -> {
      String cut = Texts.truncate(text, max);
      assertThat(cut).as("max %d", max).endsWith("…");
      assertThat(codePoints(cut)).as("max %d", max).isLessThanOrEqualTo(max);
      if (cut.length() > 1) {
        char last = cut.charAt(cut.length() - 2);
        assertThat(",;:-–— \t").as("max %d: %s", max, cut).doesNotContain(String.valueOf(last));
      }
    });
  }

  @Test
  void nonBreakingSpaceIsNotAWordBoundary() {
    // "Mr." and "Imamura" are held together by a no-break space, so the cut falls before them.
    assertThat(Texts.truncate("Speech by Mr.\u00A0Imamura today", 18)).isEqualTo("Speech by…");
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"", " \t\n", "\u2003\u00A0\u3000", " \u200B\t", "\uD834\uDD73",
      "\u2028 \uD834\uDD73\u2003"})
  void textOfBlankCodePointsOnlyIsBlank(String text) {
    assertThat(Texts.isBlank(text)).isTrue();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"x", " x ", "\u2003x", "\u2003\u00E9", "\uD834\uDD73\uD83D\uDE00",
      "\u00A0\u0000\u00A0", "\u2003\uD83D\uDE00\u2003"})
  void textWithAVisibleOrControlCodePointIsNotBlank(String text) {
    assertThat(Texts.isBlank(text)).isFalse();
  }

  static Stream<Arguments> blankCodePoints() {
    return Stream.of(
        Arguments.of("space", ' '),
        Arguments.of("tab", '\t'),
        Arguments.of("line feed", '\n'),
        Arguments.of("carriage return", '\r'),
        Arguments.of("no-break space", 0x00A0),
        Arguments.of("narrow no-break space", 0x202F),
        Arguments.of("figure space", 0x2007),
        Arguments.of("em space", 0x2003),
        Arguments.of("ideographic space", 0x3000),
        Arguments.of("line separator", 0x2028),
        Arguments.of("paragraph separator", 0x2029),
        Arguments.of("zero-width space", 0x200B),
        Arguments.of("zero-width non-joiner", 0x200C),
        Arguments.of("zero-width joiner", 0x200D),
        Arguments.of("word joiner", 0x2060),
        Arguments.of("byte order mark", 0xFEFF),
        Arguments.of("soft hyphen", 0x00AD),
        Arguments.of("left-to-right mark", 0x200E),
        Arguments.of("right-to-left override", 0x202E));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("blankCodePoints")
  void invisibleCodePointIsBlank(String name, int cp) {
    assertThat(Texts.isBlankCodePoint(cp)).isTrue();
  }

  static Stream<Arguments> visibleCodePoints() {
    return Stream.of(
        Arguments.of("letter", 'a'),
        Arguments.of("digit", '0'),
        Arguments.of("full stop", '.'),
        Arguments.of("hyphen-minus", '-'),
        Arguments.of("Cyrillic letter", 'Б'),
        Arguments.of("CJK ideograph", '東'),
        Arguments.of("emoji", 0x1F600),
        Arguments.of("combining acute accent", 0x0301),
        Arguments.of("ellipsis", 0x2026));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("visibleCodePoints")
  void visibleCodePointIsNotBlank(String name, int cp) {
    assertThat(Texts.isBlankCodePoint(cp)).isFalse();
  }
}
