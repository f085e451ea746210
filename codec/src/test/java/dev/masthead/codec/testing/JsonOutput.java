package dev.masthead.codec.testing;

import dev.masthead.codec.Names;
import dev.masthead.codec.TokenInput;
import dev.masthead.codec.TokenOutput;

/**
 * A {@link TokenOutput} that writes compact JSON to a string, for the codec's own tests: strings
 * escaped as Jackson's writer escapes them ({@code "} and {@code \}, the short escapes, {@code
 * \}{@code u00XX} for other control characters), numbers as given.
 */
public final class JsonOutput implements TokenOutput {
  private final StringBuilder out = new StringBuilder();
  /** Whether what comes next follows a value in its object or array: a comma goes first. */
  private boolean afterValue;

  private StringBuilder next() {
    if (afterValue) {
      out.append(',');
    }
    return out;
  }

  private void value(String text) {
    next().append(text);
    afterValue = true;
  }

  @Override
  public void startObject() {
    next().append('{');
    afterValue = false;
  }

  @Override
  public void endObject() {
    out.append('}');
    afterValue = true;
  }

  @Override
  public void startArray(int size) {
    next().append('[');
    afterValue = false;
  }

  @Override
  public void endArray() {
    out.append(']');
    afterValue = true;
  }

  @Override
  public void name(Names names, int index) {
    name(names.get(index));
  }

  @Override
  public void name(String name) {
    quote(next(), name).append(':');
    afterValue = false;
  }

  @Override
  public void string(String value) {
    quote(next(), value);
    afterValue = true;
  }

  @Override
  public void number(int value) {
    value(Integer.toString(value));
  }

  @Override
  public void number(String text) {
    value(text);
  }

  @Override
  public void bool(boolean value) {
    value(value ? "true" : "false");
  }

  @Override
  public void nullValue() {
    value("null");
  }

  @Override
  public void json(String json) {
    TokenInput in = JsonInput.of(json);
    in.next();
    copy(in);
  }

  private static StringBuilder quote(StringBuilder out, String value) {
    out.append('"');
    for (int i = 0; i < value.length(); i++) {
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
          if (c < 0x20) {
            out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"');
  }

  /** {@return the JSON written so far} */
  @Override
  public String toString() {
    return out.toString();
  }
}
