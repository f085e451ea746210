package dev.masthead.model;

import dev.masthead.internal.CodePoints;

/** Small text helpers shared by the model's checks and display methods. */
final class Texts {
  private Texts() {}

  /**
   * White space, invisible separators and format characters (zero-width space, BOM, ...): the
   * fixed set {@link CodePoints#BLANK}, the same on every JDK and in the JSON Schema.
   */
  static boolean isBlankCodePoint(int cp) {
    return CodePoints.BLANK.contains(cp);
  }

  /** {@return whether the text has nothing but {@link #isBlankCodePoint blank} code points} */
  static boolean isBlank(String text) {
    for (int i = 0, n = text.length(); i < n; ) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if (c > ' ' || !Character.isWhitespace(c)) {
          return false;
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (!isBlankCodePoint(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /**
   * Cuts {@code text} to at most {@code max} code points at a word boundary and appends an
   * ellipsis; returns it unchanged when it is short enough.
   */
  static String truncate(String text, int max) {
    String trimmed = text.strip();
    if (trimmed.codePointCount(0, trimmed.length()) <= max) {
      return trimmed;
    }
    int end = trimmed.offsetByCodePoints(0, Math.max(1, max - 1));
    int space = end;
    while (space > 0 && !Character.isWhitespace(trimmed.charAt(space))) {
      space--;
    }
    if (space > end / 2) {
      end = space;
    }
    String cut = trimmed.substring(0, end).stripTrailing();
    while (!cut.isEmpty() && ",;:-–—".indexOf(cut.charAt(cut.length() - 1)) >= 0) {
      cut = cut.substring(0, cut.length() - 1).stripTrailing();
    }
    return cut + "…";
  }
}
