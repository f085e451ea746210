package dev.masthead.model;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A strict RFC 8259 syntax check for one JSON value, without building anything. Core holds
 * unknown properties as text and must not depend on a JSON library; this is the one place that
 * reads JSON in core. Iterative on nesting depth only to the configured bound.
 */
final class JsonSyntax {
  private final String in;
  private int pos;
  private @Nullable String error;
  /** Tokens read: each bracket and brace, each property name, each scalar. */
  private int tokens;

  private JsonSyntax(String in) {
    this.in = in;
  }

  /**
   * {@return the check of {@code json}}: its {@link #error()}, and if there is none, its {@link
   * #tokens()}
   */
  static JsonSyntax parse(String json) {
    JsonSyntax parser = new JsonSyntax(json);
    if (json.length() > ContentLimits.RAW_JSON) {
      parser.error = "must be at most " + ContentLimits.RAW_JSON + " characters of JSON";
      return parser;
    }
    parser.skipWhitespace();
    if (parser.pos == json.length()) {
      parser.error = "must be a JSON value, is empty";
      return parser;
    }
    parser.value(0);
    if (parser.error == null) {
      parser.skipWhitespace();
      if (parser.pos != json.length()) {
        parser.fail("unexpected text after the JSON value");
      }
    }
    return parser;
  }

  /** {@return what is wrong with the text and where, or null if it is one valid JSON value} */
  @Nullable String error() {
    return error;
  }

  /** {@return the value's tokens: each bracket and brace, each property name, each scalar} */
  int tokens() {
    return tokens;
  }

  private void fail(String what) {
    if (error == null) {
      error = "must be valid JSON: " + what + " at offset " + pos;
    }
  }

  private void value(int depth) {
    if (error != null) {
      return;
    }
    if (pos >= in.length()) {
      fail("unexpected end of input");
      return;
    }
    char c = in.charAt(pos);
    tokens++;
    switch (c) {
      case '{' -> object(depth + 1);
      case '[' -> array(depth + 1);
      case '"' -> string(null);
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          number();
        } else {
          fail("unexpected character '" + Excerpts.of(String.valueOf(c)) + "'");
        }
      }
    }
  }

  private void object(int depth) {
    if (depth > ContentLimits.RAW_JSON_DEPTH) {
      fail("nesting deeper than " + ContentLimits.RAW_JSON_DEPTH);
      return;
    }
    pos++; // {
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      tokens++;
      return;
    }
    Set<String> names = new HashSet<>();
    while (error == null) {
      skipWhitespace();
      if (peek() != '"') {
        fail("expected a property name");
        return;
      }
      int nameStart = pos;
      StringBuilder name = new StringBuilder();
      tokens++;
      string(name);
      if (error != null) {
        return;
      }
      // The same bound as an extension's own name: a name MastheadJson reads from text (counted
      // in characters) must read back from the bytes it is written as (counted in bytes).
      if (name.toString().getBytes(StandardCharsets.UTF_8).length
          > ContentLimits.EXTENSION_NAME) {
        pos = nameStart;
        fail("property name longer than " + ContentLimits.EXTENSION_NAME + " bytes in UTF-8");
        return;
      }
      if (!names.add(name.toString())) {
        pos = nameStart;
        fail("duplicate property name \"" + Excerpts.of(name.toString()) + "\"");
        return;
      }
      skipWhitespace();
      if (peek() != ':') {
        fail("expected ':'");
        return;
      }
      pos++;
      skipWhitespace();
      value(depth);
      skipWhitespace();
      char next = peek();
      if (next == ',') {
        pos++;
      } else if (next == '}') {
        pos++;
        tokens++;
        return;
      } else {
        fail("expected ',' or '}'");
      }
    }
  }

  private void array(int depth) {
    if (depth > ContentLimits.RAW_JSON_DEPTH) {
      fail("nesting deeper than " + ContentLimits.RAW_JSON_DEPTH);
      return;
    }
    pos++; // [
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      tokens++;
      return;
    }
    while (error == null) {
      skipWhitespace();
      value(depth);
      skipWhitespace();
      char next = peek();
      if (next == ',') {
        pos++;
      } else if (next == ']') {
        pos++;
        tokens++;
        return;
      } else {
        fail("expected ',' or ']'");
      }
    }
  }

  /** Reads a string; appends its decoded content to {@code into} when given. */
  private void string(@Nullable StringBuilder into) {
    pos++; // opening quote
    while (pos < in.length()) {
      char c = in.charAt(pos);
      if (c == '"') {
        pos++;
        return;
      }
      if (c < 0x20) {
        fail("unescaped control character in a string");
        return;
      }
      if (Character.isHighSurrogate(c)) {
        if (pos + 1 >= in.length() || !Character.isLowSurrogate(in.charAt(pos + 1))) {
          fail("unpaired surrogate in a string");
          return;
        }
        if (into != null) {
          into.append(c).append(in.charAt(pos + 1));
        }
        pos += 2;
        continue;
      }
      if (Character.isLowSurrogate(c)) {
        fail("unpaired surrogate in a string");
        return;
      }
      if (c == '\\') {
        if (pos + 1 >= in.length()) {
          break;
        }
        char e = in.charAt(pos + 1);
        if (e == 'u') {
          if (pos + 6 > in.length()) {
            fail("truncated \\u escape");
            return;
          }
          for (int i = pos + 2; i < pos + 6; i++) {
            if (Character.digit(in.charAt(i), 16) < 0) {
              fail("bad \\u escape");
              return;
            }
          }
          if (into != null) {
            into.append((char) Integer.parseInt(in.substring(pos + 2, pos + 6), 16));
          }
          pos += 6;
          continue;
        }
        if ("\"\\/bfnrt".indexOf(e) < 0) {
          fail("bad escape \\" + Excerpts.of(String.valueOf(e)));
          return;
        }
        if (into != null) {
          into.append(e);
        }
        pos += 2;
        continue;
      }
      if (into != null) {
        into.append(c);
      }
      pos++;
    }
    fail("unterminated string");
  }

  private void number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      while (isDigit(peek())) {
        pos++;
      }
    } else {
      fail("bad number");
      return;
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        fail("bad number: digits must follow '.'");
        return;
      }
      while (isDigit(peek())) {
        pos++;
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        fail("bad number: digits must follow the exponent");
        return;
      }
      while (isDigit(peek())) {
        pos++;
      }
    }
    int digits = 0;
    for (int i = start; i < pos; i++) {
      digits += isDigit(in.charAt(i)) ? 1 : 0;
    }
    if (digits > ContentLimits.RAW_JSON_NUMBER) {
      pos = start;
      fail("number of more than " + ContentLimits.RAW_JSON_NUMBER + " digits");
    }
  }

  private void literal(String word) {
    if (in.startsWith(word, pos)) {
      pos += word.length();
    } else {
      fail("bad literal, expected " + word);
    }
  }

  private void skipWhitespace() {
    while (pos < in.length()) {
      char c = in.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
        pos++;
      } else {
        return;
      }
    }
  }

  private char peek() {
    return pos < in.length() ? in.charAt(pos) : '\0';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
