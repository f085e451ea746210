package dev.masthead.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each set answers {@code contains} as its regular-expression class (what the JSON Schema
 * states) matches, for every code point: ASCII through the set's bitmap, the rest through its
 * ranges, and the sets combined by union and difference alike.
 */
final class CodePointsTest {
  private static final Map<String, CodePoints> SETS = new LinkedHashMap<>();

  static {
    SETS.put("CONTROL", CodePoints.CONTROL);
    SETS.put("TAB_AND_LINE_BREAKS", CodePoints.TAB_AND_LINE_BREAKS);
    SETS.put("LINE_SEPARATORS", CodePoints.LINE_SEPARATORS);
    SETS.put("SURROGATES", CodePoints.SURROGATES);
    SETS.put("FORMAT", CodePoints.FORMAT);
    SETS.put("WHITE_SPACE", CodePoints.WHITE_SPACE);
    SETS.put("BLANK", CodePoints.BLANK);
    SETS.put("NOT_IN_LINE", TextKind.NOT_IN_LINE);
    SETS.put("NOT_IN_TEXT", TextKind.NOT_IN_TEXT);
  }

  @Test
  void containsAgreesWithTheRegexClassOnEveryCodePoint() {
    int checked = 0;
    for (Map.Entry<String, CodePoints> set : SETS.entrySet()) {
      Pattern member = Pattern.compile("[" + set.getValue().regexClass() + "]");
      for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
        boolean expected = member.matcher(new String(Character.toChars(cp))).matches();
        if (set.getValue().contains(cp) != expected) {
          assertThat(set.getValue().contains(cp))
              .as("%s contains U+%04X", set.getKey(), cp).isEqualTo(expected);
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(SETS.size() * (Character.MAX_CODE_POINT + 1));
  }

  @Test
  void asciiMembersAreTheDefinedOnes() {
    assertThat(CodePoints.CONTROL.contains(0x00)).isTrue();
    assertThat(CodePoints.CONTROL.contains(0x1F)).isTrue();
    assertThat(CodePoints.CONTROL.contains(0x20)).isFalse();
    assertThat(CodePoints.CONTROL.contains(0x7E)).isFalse();
    assertThat(CodePoints.CONTROL.contains(0x7F)).isTrue();
    assertThat(CodePoints.CONTROL.contains(0x80)).isTrue();
    assertThat(CodePoints.WHITE_SPACE.contains(' ')).isTrue();
    assertThat(CodePoints.WHITE_SPACE.contains('a')).isFalse();
    assertThat(CodePoints.SURROGATES.contains(0xD800)).isTrue();
    assertThat(CodePoints.SURROGATES.contains(-1)).isFalse();
  }
}
