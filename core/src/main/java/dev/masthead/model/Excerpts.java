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

  /** Appends {@code cp}, escaped if it is invisible or could break a line or reorder text. */
  static void appendEscaped(StringBuilder out, int cp) {
    switch (cp) {
      case '\n' -> out.append("\\n");
      case '\r' -> out.append("\\r");
      case '\t' -> out.append("\\t");
      case '"' -> out.append("\\\"");
      case '\\' -> out.append("\\\\");
      default -> {
        int type = Character.getType(cp);
        if (Character.isISOControl(cp)
            || Character.isSurrogate((char) cp) && cp <= 0xFFFF
            || type == Character.FORMAT && cp != 0x200D
            || type == Character.LINE_SEPARATOR
            || type == Character.PARAGRAPH_SEPARATOR) {
          // Four hex digits per UTF-16 unit, as JSON escapes: a code point above U+FFFF is
          // written as its surrogate pair, so that the escape reads back unambiguously.
          for (char unit : Character.toChars(cp)) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) unit));
          }
        } else {
          out.appendCodePoint(cp);
        }
      }
    }
  }
}
