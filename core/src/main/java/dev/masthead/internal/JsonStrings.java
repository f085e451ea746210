package dev.masthead.internal;

/**
 * How Masthead spells a string as JSON text, the way Jackson's writer spells it: {@code "} and
 * {@code \} escaped, the short escapes for control characters that have one, {@code \}{@code
 * uXXXX} with upper-case hex for the others, and every other character as it is. Used wherever
 * a value becomes {@code RawJson} text, so that however it got there, it is the same text.
 */
public final class JsonStrings {
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private JsonStrings() {}

  /**
   * {@return {@code value} as a JSON string}: an unpaired surrogate kept as it is, which the
   * model refuses in {@code RawJson} text, as the JSON Schema does
   *
   * @param value any string
   */
  public static String quote(String value) {
    return appendQuoted(new StringBuilder(value.length() + 2), value, false).toString();
  }

  /**
   * {@return {@code value} as a JSON string, an unpaired surrogate escaped}: UTF-8 cannot hold
   * one, and escaped it reads back as the same string
   *
   * @param value any string
   */
  public static String quoteEscapingUnpaired(String value) {
    return appendQuoted(new StringBuilder(value.length() + 2), value, true).toString();
  }

  /**
   * Appends {@code value} as a JSON string, an unpaired surrogate kept as it is.
   *
   * @return {@code out}
   * @param out where to
   * @param value any string
   */
  public static StringBuilder appendQuoted(StringBuilder out, String value) {
    return appendQuoted(out, value, false);
  }

  private static StringBuilder appendQuoted(StringBuilder out, String value,
      boolean escapeUnpaired) {
    out.append('"');
    int n = value.length();
    // Most strings need no escape: copied at once up to the first character that may.
    int plain = 0;
    while (plain < n && isPlain(value.charAt(plain))) {
      plain++;
    }
    out.append(value, 0, plain);
    for (int i = plain; i < n; i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20 || escapeUnpaired && unpaired(value, i)) {
            out.append("\\u").append(HEX[c >> 12]).append(HEX[c >> 8 & 0xF])
                .append(HEX[c >> 4 & 0xF]).append(HEX[c & 0xF]);
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  /** Printable and not a surrogate: written as it is whatever is around it, either way. */
  private static boolean isPlain(char c) {
    return c >= 0x20 && c != '"' && c != '\\' && !Character.isSurrogate(c);
  }

  private static boolean unpaired(String value, int i) {
    char c = value.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 == value.length() || !Character.isLowSurrogate(value.charAt(i + 1))
        : Character.isLowSurrogate(c) && (i == 0 || !Character.isHighSurrogate(value.charAt(i - 1)));
  }
}
