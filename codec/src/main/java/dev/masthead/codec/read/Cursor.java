package dev.masthead.codec.read;

import dev.masthead.codec.Documents;
import dev.masthead.codec.Names;
import dev.masthead.codec.ParseFailure;
import dev.masthead.codec.Token;
import dev.masthead.codec.TokenInput;
import dev.masthead.model.ContentException;
import dev.masthead.model.ContentPath;
import dev.masthead.model.ReadLimits;
import dev.masthead.model.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A token input, the read's problems, and the limits it is held to. The reader reads through it
 * only, never through the input, so that:
 *
 * <ul>
 *   <li>every problem is placed at the exact JSON Pointer of the offending value, taken from the
 *       parser's own read context when there is a problem (and only then);
 *   <li>a wrong value is reported and the read goes on, without an exception, so that one read
 *       reports every problem, and a document with many costs little more than a valid one;
 *   <li>Masthead's {@link ReadLimits} hold on every token, whichever JSON library and version
 *       parses and whatever mapper the adapter is registered with: tokens counted, depth,
 *       string, name and number lengths checked as they are read, the document's length
 *       checked as it goes.
 * </ul>
 *
 * <p>Malformed input and an exceeded limit stop the read: {@link StopReading}, thrown to the
 * root.
 */
public final class Cursor {
  /** Tokens between two checks of the document's length. */
  private static final int LENGTH_CHECK_INTERVAL = 4096;

  /** Strings and names at least this long check the document's length when read. */
  private static final int LONG_TEXT = 16_384;

  private final TokenInput input;
  private final ReadLimits limits;
  private final Problems problems;
  /** Whether this cursor's tokens count against the limits: not those of a replay. */
  private final boolean counting;
  /** The byte offset of the first byte of the input that is not UTF-8, or -1. */
  private final long badUtf8;
  private long tokens;
  private long nextLengthCheck = LENGTH_CHECK_INTERVAL;

  private Cursor(TokenInput input, ReadLimits limits, Problems problems, boolean counting,
      long badUtf8) {
    this.input = input;
    this.limits = limits;
    this.problems = problems;
    this.counting = counting;
    this.badUtf8 = badUtf8;
  }

  /**
   * A cursor on the value the input is on, the first token of which is already read.
   *
   * @param badUtf8 the byte offset of the first byte of the input that is not UTF-8, found
   *     before parsing, or -1: the token that holds it is refused as not UTF-8, where the
   *     parser in use does not refuse it itself
   */
  static Cursor at(TokenInput input, ReadLimits limits, long badUtf8) {
    Cursor cursor = new Cursor(input, limits, new Problems(), true, badUtf8);
    Token first = input.token();
    if (first != null) {
      cursor.counted(first);
    }
    return cursor;
  }

  /** A cursor over a replay of tokens this cursor has read (and counted), adding to its problems. */
  Cursor replaying(TokenInput replay) {
    return new Cursor(replay, limits, problems, false, -1);
  }

  TokenInput input() {
    return input;
  }

  @Nullable Token token() {
    return input.token();
  }

  // ---- Advancing ----

  /** Advances to the next token; the end of the input is malformed here. */
  Token next() {
    Token token;
    try {
      token = input.next();
    } catch (ParseFailure e) {
      throw stop(e);
    }
    if (token == null) {
      throw stop("must be complete JSON: the input ends inside a value");
    }
    return counted(token);
  }

  /**
   * Advances to the next property name of the object the cursor is in, or to its end. A parser
   * reads a scalar value together with the name before it, so a malformed or over-limit number
   * or literal fails here: that failure is placed at its property, not at the object.
   *
   * @return the index of a known name in {@code names}, {@link Names#END} or {@link
   *     Names#OTHER} (then read the name with {@link #name()})
   */
  int nextName(Names names) {
    int match;
    try {
      match = input.nextName(names);
    } catch (ParseFailure e) {
      throw stop(e);
    }
    Token token = input.token();
    if (token == null) {
      throw stop("must be complete JSON: the input ends inside a value");
    }
    counted(token);
    return match;
  }

  /** Counts a token read and checks the limits it can break. */
  private Token counted(Token token) {
    if (!counting) {
      return token;
    }
    if (++tokens > limits.maxTokenCount()) {
      throw stop(Wording.tokens(limits));
    }
    switch (token) {
      case START_OBJECT, START_ARRAY -> {
        if (input.depth() > limits.maxNestingDepth()) {
          throw stop(Wording.nesting(limits));
        }
      }
      case STRING -> checkString();
      case INTEGER, DECIMAL -> checkNumber();
      default -> {
        // nothing to check
      }
    }
    if (tokens >= nextLengthCheck) {
      checkDocumentLength();
    }
    if (Documents.isBad(badUtf8) && input.offset() > badUtf8) {
      throw stop(Wording.NOT_UTF8);
    }
    return token;
  }

  private void checkString() {
    int length;
    try {
      length = input.textLength();
    } catch (ParseFailure e) {
      throw stopHere(e);
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
      if (input.textLength() <= limits.maxNumberLength()) {
        return;
      }
      text = input.numberText();
    } catch (ParseFailure e) {
      throw stopHere(e);
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
    if (input.offset() > limits.maxDocumentLength()) {
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
   * After a token that starts a value, skips the rest of it: on return the cursor is on the
   * value's last token. Every token skipped is read through {@link #next()}, so that the limits
   * hold on skipped values too.
   */
  void skipValue() {
    Token token = input.token();
    if (token != Token.START_OBJECT && token != Token.START_ARRAY) {
      return;
    }
    int open = 1;
    while (open > 0) {
      Token t = next();
      if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
        open++;
      } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
        open--;
      }
    }
  }

  /** Inside an object, after a problem: skips its remaining properties to its END_OBJECT. */
  void skipRestOfObject() {
    while (nextName(Names.NONE) != Names.END) {
      name();
      next();
      skipValue();
    }
  }

  // ---- Values ----

  /**
   * The current property name (the cursor is on a NAME), one the reader does not know: checked
   * against the name length limit, in UTF-8 bytes whatever the input, and for unpaired
   * surrogates, which some parsers refuse in names and others do not. Known names are short
   * and plain, and matched without this.
   */
  String name() {
    String name = input.name();
    // Within the limit for certain: the common case, no count of UTF-8 bytes needed.
    if (name.length() * 3 > limits.maxNameLength()
        && Utf8.length(name) > limits.maxNameLength()) {
      // At the object that holds it, as where a parser finds it first.
      throw stopInObject(Wording.name(limits));
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < name.length()
            && Character.isLowSurrogate(name.charAt(i + 1))) {
          i++;
        } else {
          throw stopInObject(Wording.UNPAIRED_SURROGATE);
        }
      }
    }
    if (name.length() >= LONG_TEXT) {
      checkDocumentLength();
    }
    return name;
  }

  /** The current number as written in the input (the cursor is on a number). */
  String numberText() {
    try {
      return input.numberText();
    } catch (ParseFailure e) {
      throw stopHere(e);
    }
  }

  /** The current string value (the cursor is on a STRING). */
  String string() {
    try {
      return input.string();
    } catch (ParseFailure e) {
      throw stopHere(e);
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
   * Reports a problem of the value the cursor is on and returns null, for a reader to return.
   */
  <T> @Nullable T problem(String rule, @Nullable Object value) {
    if (problems.full()) {
      problems.countMore(1);
    } else {
      problems.add(Violation.of(input.path(), rule, value));
    }
    return null;
  }

  /** Reports a problem of the property {@code name} of the object the cursor is at the end of. */
  void problemAt(String name, String rule, @Nullable Object value) {
    if (problems.full()) {
      problems.countMore(1);
    } else {
      problems.add(Violation.of(input.path().child(name), rule, value));
    }
  }

  /**
   * Reports that the value the cursor is on is not of the expected type, skips it, and
   * returns null.
   */
  <T> @Nullable T wrongType(String expected) {
    if (problems.full()) {
      // Not kept: not worded either.
      problems.countMore(1);
    } else {
      problem("must be " + expected + ", is " + Wording.describe(input.token()), null);
    }
    skipValue();
    return null;
  }

  /** Reports the violations the model found in the value the cursor is on. */
  void invalid(ContentException e) {
    invalid(e.violations(), e.violationCount());
  }

  /**
   * Reports violations of the value the cursor is on, given relative to it, {@code count} of
   * them in all.
   */
  void invalid(List<Violation> relative, int count) {
    if (problems.full()) {
      problems.countMore(count);
      return;
    }
    ContentPath here = input.path();
    for (Violation violation : relative) {
      if (problems.full()) {
        break;
      }
      problems.add(violation.under(here));
      count--;
    }
    problems.countMore(count);
  }

  /**
   * Input that cannot be read on from, malformed or over a limit, at the value the cursor is
   * on; on a name, at the object that holds it.
   */
  StopReading stop(String rule) {
    ContentPath at = input.token() == Token.NAME ? input.containerPath() : input.path();
    return new StopReading(Violation.of(at, rule, null), null);
  }

  private StopReading stopInObject(String rule) {
    return new StopReading(Violation.of(input.containerPath(), rule, null), null);
  }

  /**
   * What the parser could not read, where it would have read next: a parser reads a scalar
   * value together with the name before it, so a malformed or over-limit number or literal is
   * placed at its property, not at the object; so is a point after a number. Past a byte that
   * is not UTF-8, that byte is why, whatever the parser made of it.
   */
  StopReading stop(ParseFailure cause) {
    Token token = input.token();
    // A point after a number (1.5.) is part of the number to some Jackson versions and ends it
    // to others: wherever the parser stopped, it is the number's problem.
    ContentPath at = (token == Token.INTEGER || token == Token.DECIMAL)
        && Wording.isUnexpectedPoint(cause) ? input.path() : input.nextPath();
    return new StopReading(Violation.of(at, rule(cause), null), cause.getCause());
  }

  /** What the parser could not read of the current token's own text (a string, a number). */
  private StopReading stopHere(ParseFailure cause) {
    return new StopReading(Violation.of(input.path(), rule(cause), null), cause.getCause());
  }

  private String rule(ParseFailure cause) {
    boolean notUtf8 = Documents.isBad(badUtf8)
        && (cause.byteOffset() < 0 || cause.byteOffset() >= badUtf8);
    return notUtf8 ? Wording.NOT_UTF8
        : Wording.describe(cause, limits, badUtf8 == Documents.ALL_UTF8);
  }
}
