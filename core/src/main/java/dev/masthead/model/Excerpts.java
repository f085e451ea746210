package dev.masthead.model;

/** Short, printable excerpts of offending values for error messages. */
final class Excerpts {
  /** Longest excerpt, in code points, before it is cut with an ellipsis. */
  static final int MAX_CODE_POINTS = 64;

  private Excerpts() {}

  /** Truncates to {@link #MAX_CODE_POINTS} and escapes control and non-character code points. */
  static String of(String value) {
    StringBuilder out = new StringBuilder(Math.min(value.length(), MAX_CODE_POINTS + 8));
    int count = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      if (count == MAX_CODE_POINTS) {
        out.append("…");
        break;
      }
      appendEscaped(out, cp);
      count++;
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * {@return text shown in full in a message (a location, a rule), with what could break or
   * disguise a line escaped, and cut in the middle to about {@code max} characters}
   */
  static String printable(String text, int max) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), max + 8));
    if (text.length() <= max) {
      appendInvisibleEscaped(out, text, 0, text.length());
      return out.toString();
    }
    int head = Character.isHighSurrogate(text.charAt(max / 2 - 1)) ? max / 2 + 1 : max / 2;
    int tail = text.length() - max / 2;
    if (Character.isLowSurrogate(text.charAt(tail))) {
      tail--;
    }
    appendInvisibleEscaped(out, text, 0, head);
    out.append('…');
    appendInvisibleEscaped(out, text, tail, text.length());
    return out.toString();
  }

  private static void appendInvisibleEscaped(StringBuilder out, String text, int from, int to) {
    for (int i = from; i < to; ) {
      int cp = text.codePointAt(i);
      if (isInvisible(cp)) {
        escape(out, cp);
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
  }

  /** Appends {@code cp}, escaped if it is invisible or could break a line or reorder text. */
  static void appendEscaped(StringBuilder out, int cp) {
    switch (cp) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      default -> {
        if (isInvisible(cp)) {
          escape(out, cp);
        } else {
          out.appendCodePoint(cp);
        }
      }
    }
  }

  /** Control, format (but the zero-width joiner of emoji), line and paragraph separators, lone surrogates. */
  private static boolean isInvisible(int cp) {
    int type = Character.getType(cp);
    return Character.isISOControl(cp)
        || Character.isSurrogate((char) cp) && cp <= 0xFFFF
        || type == Character.FORMAT && cp != 0x200D
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  /**
   * Four hex digits per UTF-16 unit, as JSON escapes: a code point above U+FFFF is written as
   * its surrogate pair, so that the escape reads back unambiguously.
   */
  private static void escape(StringBuilder out, int cp) {
    for (char unit : Character.toChars(cp)) {
      out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) unit));
    }
  }
}
