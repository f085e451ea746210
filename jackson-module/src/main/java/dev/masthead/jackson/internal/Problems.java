package dev.masthead.jackson.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;

/** Short, safe descriptions of what went wrong: never the whole input, never very long. */
public final class Problems {
  private static final int MAX_RULE = 240;
  private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile(
      "\\s*\\((?:start marker at )?\\[Source: [^\\]]*\\]\\)|\\s*at \\[Source: [^\\]]*\\]");

  private Problems() {}

  /**
   * {@return what a Jackson exception says, without Jackson's source excerpt and location
   * suffix, cut to a bounded length, with the line and column where the input broke}
   *
   * @param e the exception
   */
  public static String describe(JacksonException e) {
    String message = e.getOriginalMessage();
    if (message == null || message.isBlank()) {
      message = e.getClass().getSimpleName();
    }
    // Jackson names where a broken structure started with a location that, with source
    // inclusion off, says only "REDACTED": leave it out.
    message = SOURCE.matcher(message).replaceAll("");
    if (e instanceof JacksonIOException) {
      message = "could not read the input: " + message;
    }
    message = printable(message.strip());
    TokenStreamLocation location = e.getLocation();
    if (location != null && location.getLineNr() > 0) {
      message += " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
    return message;
  }

  /**
   * {@return the text with every character that could break or disguise a line escaped}, for a
   * message that shows text from the input in full, such as a JSON Pointer of property names
   *
   * @param text any text
   */
  public static String escaped(String text) {
    StringBuilder out = new StringBuilder(text.length());
    append(out, text, Integer.MAX_VALUE);
    return out.toString();
  }

  /** Cuts to {@value #MAX_RULE} characters and escapes what could break or disguise a line. */
  private static String printable(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_RULE + 8));
    append(out, text, MAX_RULE);
    return out.length() < MAX_RULE ? out.toString() : out + "…";
  }

  private static void append(StringBuilder out, String text, int max) {
    for (int i = 0; i < text.length() && out.length() < max; ) {
      int cp = text.codePointAt(i);
      int type = Character.getType(cp);
      if (Character.isISOControl(cp) || type == Character.FORMAT || type == Character.SURROGATE
          || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04x", cp));
      } else {
        out.appendCodePoint(cp);
      }
      i += Character.charCount(cp);
    }
  }

  static String describe(@Nullable JsonToken token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT -> "an integer";
      case VALUE_NUMBER_FLOAT -> "a number with a fraction";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.name();
    };
  }
}
