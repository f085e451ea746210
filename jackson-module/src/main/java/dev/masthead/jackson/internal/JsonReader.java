package dev.masthead.jackson.internal;

import dev.masthead.model.ContentValidationException;
import dev.masthead.model.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * A parser and the path of the value it is on, kept by the codecs as they descend, so that
 * every failure names the exact JSON Pointer of the offending value. The path costs nothing
 * until a failure: segments live in an array, pushed and popped as properties and elements are
 * read.
 */
final class JsonReader {
  private final JsonParser parser;
  private final List<Object> base;
  private Object[] path = new Object[16];
  private int size;

  private JsonReader(JsonParser parser, List<Object> base) {
    this.parser = parser;
    this.base = base;
  }

  /** A reader at the parser's current value; its path starts where the parser is. */
  static JsonReader at(JsonParser parser) {
    List<Object> base = new ArrayList<>();
    TokenStreamContext context = parser.streamReadContext();
    // At a START_OBJECT/START_ARRAY the context is already the new container's: step out.
    if (parser.currentToken() == JsonToken.START_OBJECT
        || parser.currentToken() == JsonToken.START_ARRAY) {
      context = context.getParent();
    }
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.currentName() != null) {
        base.add(0, c.currentName());
      } else if (c.inArray()) {
        base.add(0, Math.max(0, c.getCurrentIndex()));
      }
    }
    return new JsonReader(parser, base);
  }

  /**
   * A reader over {@code replay}, a copy of the value this reader is on, whose failures are
   * placed at this reader's path.
   */
  JsonReader replaying(JsonParser replay) {
    List<Object> where = new ArrayList<>(base);
    for (int i = 0; i < size; i++) {
      where.add(path[i]);
    }
    return new JsonReader(replay, where);
  }

  JsonParser parser() {
    return parser;
  }

  JsonToken token() {
    return parser.currentToken();
  }

  /** Advances; a malformed or over-limit input becomes a failure at the current path. */
  JsonToken next() {
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw fatal("unexpected end of input");
      }
      return token;
    } catch (ReadFailure e) {
      throw e;
    } catch (JacksonException e) {
      throw fatal(e);
    }
  }

  /**
   * Advances to the next property name of the object the reader is in, or to its end. Jackson
   * reads a scalar value together with the name before it, so a malformed or over-limit number
   * or literal fails here: that failure is placed at its property, not at the object.
   */
  JsonToken nextName() {
    JsonToken before = parser.currentToken();
    try {
      JsonToken token = parser.nextToken();
      if (token != null) {
        return token;
      }
    } catch (JacksonException e) {
      throw nameFailure(before, e);
    }
    throw fatal("unexpected end of input");
  }

  /** A failure while reading a name: at the property if the name was read, else here. */
  private ReadFailure nameFailure(JsonToken before, JacksonException e) {
    if (before != JsonToken.PROPERTY_NAME && parser.currentToken() == JsonToken.PROPERTY_NAME) {
      push(parser.currentName());
      ReadFailure failure = fatal(e);
      pop();
      return failure;
    }
    return fatal(e);
  }

  /**
   * Advances to the next property name of the object the reader is in, matching it against
   * {@code matcher} straight from the input (no String is made for a known name). Returns the
   * index of a known name, or {@link PropertyNameMatcher#MATCH_END_OBJECT}, or {@link
   * PropertyNameMatcher#MATCH_UNKNOWN_NAME} (then read it with {@link #name()}).
   */
  int nextNameMatch(PropertyNameMatcher matcher) {
    JsonToken before = parser.currentToken();
    try {
      int match = parser.nextNameMatch(matcher);
      if (match != PropertyNameMatcher.MATCH_ODD_TOKEN || parser.currentToken() != null) {
        return match;
      }
    } catch (JacksonException e) {
      throw nameFailure(before, e);
    }
    throw fatal("unexpected end of input");
  }

  /** Advances to element {@code index} of the array the reader is in, or to its end. */
  JsonToken nextElement(int index) {
    push(index);
    try {
      return next();
    } finally {
      pop();
    }
  }

  /** The current property name (the reader is on a PROPERTY_NAME). */
  String name() {
    return parser.currentName();
  }

  /** The current string value; any other token is a failure. */
  String string() {
    if (parser.currentToken() != JsonToken.VALUE_STRING) {
      throw wrongType("a string");
    }
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw fatal(e);
    }
  }

  ReadFailure wrongType(String expected) {
    return fail("must be " + expected + ", is " + Problems.describe(parser.currentToken()), null);
  }

  void push(String name) {
    grow();
    path[size++] = name;
  }

  void push(int index) {
    grow();
    path[size++] = index;
  }

  void pop() {
    path[--size] = null;
  }

  private void grow() {
    if (size == path.length) {
      path = Arrays.copyOf(path, size * 2);
    }
  }

  /** A failure of one rule by the well-formed value at the current path. */
  ReadFailure fail(String rule, @Nullable Object value) {
    return new ReadFailure(parser, List.of(placed(Violation.of("", rule, value))), false, null);
  }

  /** Input that cannot be read on from: malformed, or over a limit. */
  ReadFailure fatal(String rule) {
    return new ReadFailure(parser, List.of(placed(Violation.of("", rule, null))), true, null);
  }

  /** Input Jackson cannot read on from, malformed or over a limit, or a failing stream. */
  ReadFailure fatal(JacksonException cause) {
    return new ReadFailure(parser,
        List.of(placed(Violation.of("", Problems.describe(cause), null))), true, cause);
  }

  /** The model's violations, found in the value at the current path. */
  ReadFailure invalid(ContentValidationException e) {
    return invalid(e.violations());
  }

  /** Violations of the value at the current path, given relative to it. */
  ReadFailure invalid(List<Violation> relative) {
    List<Violation> placed = new ArrayList<>(relative.size());
    for (Violation violation : relative) {
      placed.add(placed(violation));
    }
    return new ReadFailure(parser, placed, false, null);
  }

  /** Violations already placed from the document's root, gathered from several values. */
  ReadFailure gathered(List<Violation> placed) {
    return new ReadFailure(parser, placed, false, null);
  }

  /** {@return the current path's length, to return to with {@link #reset}} */
  int mark() {
    return size;
  }

  /** Drops what a failed read pushed on the path beyond {@code mark}. */
  void reset(int mark) {
    while (size > mark) {
      pop();
    }
  }

  /** {@return the parser's nesting depth here} */
  int depth() {
    return parser.streamReadContext().getNestingDepth();
  }

  /**
   * After a failed value, skips what is left of it: on return the parser is on the value's last
   * token, back at {@code depth}, the depth of the container the value is in.
   */
  void skipRestOfValue(int depth) {
    while (depth() > depth) {
      next();
    }
  }

  private Violation placed(Violation violation) {
    Violation v = violation;
    for (int i = size - 1; i >= 0; i--) {
      v = path[i] instanceof Integer index ? v.under(index) : v.under((String) path[i]);
    }
    for (int i = base.size() - 1; i >= 0; i--) {
      v = base.get(i) instanceof Integer index ? v.under(index) : v.under((String) base.get(i));
    }
    return v;
  }
}
