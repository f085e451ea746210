package dev.masthead.jackson.internal;

import dev.masthead.model.ContentException;
import dev.masthead.model.ContentPath;
import dev.masthead.model.ReadLimits;
import dev.masthead.model.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.sym.PropertyNameMatcher;

/**
 * A parser, the path of the value it is on, the read's problems, and the limits it is held to.
 * The codecs read through it only, never through the parser, so that:
 *
 * <ul>
 *   <li>every problem is placed at the exact JSON Pointer of the offending value (the path
 *       costs nothing until a problem: segments live in an array, pushed and popped);
 *   <li>a wrong value is reported and the read goes on, without an exception, so that one read
 *       reports every problem, and a document with many costs little more than a valid one;
 *   <li>Masthead's {@link ReadLimits} hold on every token, whichever Jackson version parses and
 *       whatever mapper the module is registered with: tokens counted, depth, string, name and
 *       number lengths checked as they are read, the document's length checked as it goes.
 * </ul>
 *
 * <p>Malformed input and an exceeded limit stop the read: {@link StopReading}, thrown to the
 * root.
 */
final class JsonReader {
  /** Tokens between two checks of the document's length. */
  private static final int LENGTH_CHECK_INTERVAL = 4096;

  /** Strings and names at least this long check the document's length when read. */
  private static final int LONG_TEXT = 16_384;

  /** The rule for input that is not UTF-8, whoever finds it: the same on every Jackson. */
  static final String NOT_UTF8 = "must be UTF-8";

  private final JsonParser parser;
  private final ReadLimits limits;
  private final ContentPath base;
  private final Problems problems;
  /** Whether this reader's tokens count against the limits: not those of a replay. */
  private final boolean counting;
  /** The byte offset of the first byte of the input that is not UTF-8, or -1. */
  private final long badUtf8;
  /** The path's segments: a property name, or null where the segment is an index. */
  private String[] names = new String[16];
  /** The path's segments: the index of an array element, where the name is null. */
  private int[] indexes = new int[16];
  private int size;
  private long tokens;
  private long nextLengthCheck = LENGTH_CHECK_INTERVAL;

  private JsonReader(JsonParser parser, ReadLimits limits, ContentPath base, Problems problems,
      boolean counting, long badUtf8) {
    this.parser = parser;
    this.limits = limits;
    this.base = base;
    this.problems = problems;
    this.counting = counting;
    this.badUtf8 = badUtf8;
  }

  /**
   * A reader of the value the parser is on, the first token of which is already read; its path
   * starts where the parser is in the document.
   *
   * @param badUtf8 the byte offset of the first byte of the input that is not UTF-8, found
   *     before parsing, or -1: the token that holds it is refused as not UTF-8, where the
   *     Jackson version in use does not refuse it itself
   */
  static JsonReader at(JsonParser parser, ReadLimits limits, long badUtf8) {
    ContentPath base = ContentPath.root();
    TokenStreamContext context = parser.streamReadContext();
    // At a START_OBJECT/START_ARRAY the context is already the new container's: step out.
    if (parser.currentToken() == JsonToken.START_OBJECT
        || parser.currentToken() == JsonToken.START_ARRAY) {
      context = context.getParent();
    }
    for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
      if (c.inObject() && c.currentName() != null) {
        base = base.under(c.currentName());
      } else if (c.inArray()) {
        base = base.under(Math.max(0, c.getCurrentIndex()));
      }
    }
    JsonReader reader = new JsonReader(parser, limits, base, new Problems(), true, badUtf8);
    reader.counted(parser.currentToken());
    return reader;
  }

  /**
   * A reader over {@code replay}, a copy of tokens this reader has read (and counted), placed at
   * this reader's path and adding to its problems.
   */
  JsonReader replaying(JsonParser replay) {
    return new JsonReader(replay, limits, here(), problems, false, -1);
  }

  JsonParser parser() {
    return parser;
  }

  JsonToken token() {
    return parser.currentToken();
  }

  // ---- Advancing ----

  /** Advances to the next token; the end of the input is malformed here. */
  JsonToken next() {
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (JacksonException e) {
      throw stop(e);
    }
    if (token == null) {
      throw stop("must be complete JSON: the input ends inside a value");
    }
    return counted(token);
  }

  /**
   * Advances to the next property name of the object the reader is in, or to its end. Jackson
   * reads a scalar value together with the name before it, so a malformed or over-limit number
   * or literal fails here: that failure is placed at its property, not at the object.
   */
  JsonToken nextName() {
    JsonToken before = parser.currentToken();
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (JacksonException e) {
      throw nameFailure(before, e);
    }
    if (token == null) {
      throw stop("must be complete JSON: the input ends inside a value");
    }
    return counted(token);
  }

  /**
   * Advances to the next property name of the object the reader is in, matching it against
   * {@code matcher} straight from the input (no String is made for a known name). Returns the
   * index of a known name, or {@link PropertyNameMatcher#MATCH_END_OBJECT}, or {@link
   * PropertyNameMatcher#MATCH_UNKNOWN_NAME} (then read it with {@link #name()}).
   */
  int nextNameMatch(PropertyNameMatcher matcher) {
    JsonToken before = parser.currentToken();
    int match;
    try {
      match = parser.nextNameMatch(matcher);
    } catch (JacksonException e) {
      throw nameFailure(before, e);
    }
    JsonToken token = parser.currentToken();
    if (match == PropertyNameMatcher.MATCH_ODD_TOKEN && token == null) {
      throw stop("must be complete JSON: the input ends inside a value");
    }
    counted(token);
    return match;
  }

  /** A failure while reading a name: at the property if the name was read, else here. */
  private StopReading nameFailure(@Nullable JsonToken before, JacksonException e) {
    if (before != JsonToken.PROPERTY_NAME && parser.currentToken() == JsonToken.PROPERTY_NAME) {
      push(parser.currentName());
      StopReading stop = stop(e);
      pop();
      return stop;
    }
    return stop(e);
  }

  /** Counts a token read and checks the limits it can break. */
  private JsonToken counted(JsonToken token) {
    if (!counting) {
      return token;
    }
    if (++tokens > limits.maxTokenCount()) {
      throw stop(Wording.tokens(limits));
    }
    switch (token) {
      case START_OBJECT, START_ARRAY -> {
        if (parser.streamReadContext().getNestingDepth() > limits.maxNestingDepth()) {
          throw stop(Wording.nesting(limits));
        }
      }
      case VALUE_STRING -> checkString();
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> checkNumber();
      default -> {
        // nothing to check
      }
    }
    if (tokens >= nextLengthCheck) {
      checkDocumentLength();
    }
    if (badUtf8 >= 0 && parser.currentLocation().getByteOffset() > badUtf8) {
      throw stop(NOT_UTF8);
    }
    return token;
  }


  private void checkString() {
    int length;
    try {
      length = parser.getStringLength();
    } catch (JacksonException e) {
      throw stop(e);
    }
    if (length > limits.maxStringLength()) {
      throw stop(Wording.string(limits));
    }
    if (length >= LONG_TEXT) {
      checkDocumentLength();
    }
  }

  private void checkNumber() {
    String text;
    try {
      // At most the digits, a sign, a point, an 'e' and its sign: only then count the digits.
      if (parser.getStringLength() <= limits.maxNumberLength()) {
        return;
      }
      text = parser.getString();
    } catch (JacksonException e) {
      throw stop(e);
    }
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits++;
      }
    }
    if (digits > limits.maxNumberLength()) {
      throw stop(Wording.number(limits));
    }
  }

  /** The document so far, from its start to here, against the limit. */
  private void checkDocumentLength() {
    nextLengthCheck = tokens + LENGTH_CHECK_INTERVAL;
    TokenStreamLocation location = parser.currentLocation();
    long offset = location.getByteOffset() >= 0 ? location.getByteOffset()
        : location.getCharOffset();
    if (offset > limits.maxDocumentLength()) {
      throw stop(Wording.document(limits));
    }
  }

  /** At the end of the value read: the document up to here against the limit. */
  void checkLengthAtEnd() {
    if (counting) {
      checkDocumentLength();
    }
  }

  /**
   * After a token that starts a value, skips the rest of it: on return the reader is on the
   * value's last token. Every token skipped is read through {@link #next()}, so that the limits
   * hold on skipped values too.
   */
  void skipValue() {
    JsonToken token = parser.currentToken();
    if (token != JsonToken.START_OBJECT && token != JsonToken.START_ARRAY) {
      return;
    }
    int open = 1;
    while (open > 0) {
      JsonToken t = next();
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        open++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        open--;
      }
    }
  }

  /** Inside an object, after a problem: skips its remaining properties to its END_OBJECT. */
  void skipRestOfObject() {
    while (nextName() != JsonToken.END_OBJECT) {
      push(name());
      next();
      skipValue();
      pop();
    }
  }

  // ---- Values ----

  /**
   * The current property name (the reader is on a PROPERTY_NAME), one the codecs do not know:
   * checked against the name length limit, in UTF-8 bytes whatever the input, and for unpaired
   * surrogates, which some Jackson versions refuse in names and others do not. Known names are
   * short and plain, and matched without this.
   */
  String name() {
    String name = parser.currentName();
    // Within the limit for certain: the common case, no count of UTF-8 bytes needed.
    if (name.length() * 3 > limits.maxNameLength()
        && Utf8.length(name) > limits.maxNameLength()) {
      // At the object that holds it, as where Jackson finds it first.
      throw stop(Wording.name(limits));
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < name.length()
            && Character.isLowSurrogate(name.charAt(i + 1))) {
          i++;
        } else {
          throw stop(Wording.UNPAIRED_SURROGATE);
        }
      }
    }
    if (name.length() >= LONG_TEXT) {
      checkDocumentLength();
    }
    return name;
  }

  /** The current number as written in the input (the reader is on a number). */
  String numberText() {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw stop(e);
    }
  }

  /** The current string value (the reader is on a VALUE_STRING). */
  String string() {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw stop(e);
    }
  }

  // ---- Problems ----

  /** {@return every problem so far, kept or not} */
  int problemCount() {
    return problems.count();
  }

  /** {@return whether every problem from now on is only counted: the most are kept already} */
  boolean keepsNoMoreProblems() {
    return problems.full();
  }

  List<Violation> problemsKept() {
    return problems.kept();
  }

  /**
   * Reports a problem of the value at the current path and returns null, for a codec to return.
   */
  <T> @Nullable T problem(String rule, @Nullable Object value) {
    if (problems.full()) {
      problems.countMore(1);
    } else {
      problems.add(Violation.of(here(), rule, value));
    }
    return null;
  }

  /** Reports a problem of the property {@code name} of the object the reader is in. */
  void problemAt(String name, String rule, @Nullable Object value) {
    push(name);
    problem(rule, value);
    pop();
  }

  /**
   * Reports that the value the reader is on is not of the expected type, skips it, and
   * returns null.
   */
  <T> @Nullable T wrongType(String expected) {
    if (problems.full()) {
      // Not kept: not worded either.
      problems.countMore(1);
    } else {
      problem("must be " + expected + ", is " + Wording.describe(parser.currentToken()), null);
    }
    skipValue();
    return null;
  }

  /** Reports the violations the model found in the value at the current path. */
  void invalid(ContentException e) {
    invalid(e.violations(), e.violationCount());
  }

  /**
   * Reports violations of the value at the current path, given relative to it, {@code count}
   * of them in all.
   */
  void invalid(List<Violation> relative, int count) {
    if (problems.full()) {
      problems.countMore(count);
      return;
    }
    ContentPath here = here();
    for (Violation violation : relative) {
      if (problems.full()) {
        break;
      }
      problems.add(violation.under(here));
      count--;
    }
    problems.countMore(count);
  }

  /** Input that cannot be read on from, malformed or over a limit, here. */
  StopReading stop(String rule) {
    return new StopReading(Violation.of(here(), rule, null), null);
  }

  /**
   * What the parser could not read, here. Past a byte that is not UTF-8, that byte is why,
   * whatever the parser made of it.
   */
  StopReading stop(JacksonException cause) {
    TokenStreamLocation at = cause.getLocation();
    boolean notUtf8 = badUtf8 >= 0 && (at == null || at.getByteOffset() < 0
        || at.getByteOffset() >= badUtf8);
    String rule = notUtf8 ? NOT_UTF8 : Wording.describe(cause, limits);
    return new StopReading(Violation.of(here(), rule, null), cause);
  }

  // ---- The path ----

  void push(String name) {
    grow();
    names[size++] = name;
  }

  void push(int index) {
    grow();
    indexes[size] = index;
    names[size++] = null;
  }

  void pop() {
    names[--size] = null;
  }

  private void grow() {
    if (size == names.length) {
      names = Arrays.copyOf(names, size * 2);
      indexes = Arrays.copyOf(indexes, size * 2);
    }
  }

  /** {@return the location of the value the reader is on, from the document's root} */
  private ContentPath here() {
    if (size == 0) {
      return base;
    }
    List<ContentPath.Segment> segments = new ArrayList<>(base.segments().size() + size);
    segments.addAll(base.segments());
    for (int i = 0; i < size; i++) {
      segments.add(names[i] == null
          ? new ContentPath.Index(indexes[i]) : new ContentPath.Name(names[i]));
    }
    return ContentPath.of(segments);
  }
}
