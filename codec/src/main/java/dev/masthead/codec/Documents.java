package dev.masthead.codec;

import dev.masthead.codec.read.Utf8;
import dev.masthead.codec.read.Wording;
import dev.masthead.internal.Rules;
import dev.masthead.model.ContentPath;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;
import dev.masthead.model.Violation;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What an adapter's whole-document reader checks before and after its library parses: the
 * input's length and encoding, strict UTF-8, and what fails outside any value. The same checks
 * and words on every JSON library.
 */
public final class Documents {
  private Documents() {}

  /** From {@link #checkBytes}: Masthead has checked every byte of the document, all UTF-8. */
  public static final long ALL_UTF8 = Long.MAX_VALUE;

  /**
   * Checks a document given as bytes before it is parsed.
   *
   * @param type the model type to be read
   * @param json the document
   * @param length how many of the bytes it is
   * @param limits the limits the read is held to
   * @return the offset of the first byte that is not strict UTF-8 (or of the sequence the
   *     document ends inside), or {@link #ALL_UTF8}: some parser versions decode overlong
   *     forms, so Masthead checks the bytes itself, and the codec refuses the token that holds
   *     the byte ({@link WireType#read})
   * @throws ContentReadException if the document is too long or not UTF-8 from its first bytes
   */
  public static long checkBytes(Class<?> type, byte[] json, int length, ReadLimits limits) {
    if (length > limits.maxDocumentLength()) {
      throw failure(type, Wording.document(limits), null);
    }
    String encoding = encodingProblem(json, length);
    if (encoding != null) {
      throw failure(type, encoding, null);
    }
    long bad = Utf8.firstInvalid(json, length);
    if (bad < 0) {
      // Cut short by the end: parser versions differ on what they call it; it is not UTF-8.
      bad = Utf8.cutShortAt(json, length);
    }
    return bad >= 0 ? bad : ALL_UTF8;
  }

  /**
   * {@return whether {@code badUtf8} is the offset of a byte that is not UTF-8}: not {@code -1}
   * (not checked) nor {@link #ALL_UTF8}
   *
   * @param badUtf8 from {@link #checkBytes}, or -1
   */
  public static boolean isBad(long badUtf8) {
    return badUtf8 >= 0 && badUtf8 != ALL_UTF8;
  }

  /**
   * Checks a document given as text before it is parsed.
   *
   * @param type the model type to be read
   * @param json the document
   * @param limits the limits the read is held to
   * @throws ContentReadException if the document is too long or starts with a byte order mark
   */
  public static void checkText(Class<?> type, String json, ReadLimits limits) {
    if (json.length() > limits.maxDocumentLength()) {
      throw failure(type, Wording.document(limits), null);
    }
    if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
      throw failure(type, "must not start with a byte order mark", null);
    }
  }

  /**
   * {@return the value read}, once the parser has read the whole document
   *
   * @param type the model type read
   * @param value what the parser read: null for a JSON {@code null}
   * @param badUtf8 from {@link #checkBytes}: bytes that are not UTF-8 where no token is (after
   *     the document) fail the read here
   * @throws ContentReadException if the value is null or the bytes are not UTF-8
   */
  public static <T> T finish(Class<T> type, @Nullable T value, long badUtf8) {
    if (isBad(badUtf8)) {
      throw failure(type, Wording.NOT_UTF8, null);
    }
    if (value == null) {
      throw failure(type, Rules.NOT_NULL, null);
    }
    return value;
  }

  /**
   * {@return the exception for what the parser could not read outside any Masthead value}:
   * before the document's first token, or after its last
   *
   * @param type the model type read
   * @param e the parser's failure
   * @param badUtf8 from {@link #checkBytes}: past a byte that is not UTF-8, that byte is why
   * @param limits the limits the read was held to
   */
  public static ContentReadException outside(Class<?> type, ParseFailure e, long badUtf8,
      ReadLimits limits) {
    return failure(type, isBad(badUtf8) ? Wording.NOT_UTF8
        : Wording.describe(e, limits, badUtf8 == ALL_UTF8), e.getCause());
  }

  /** {@return the exception for a document that nests so deeply that the stack overflowed} */
  public static ContentReadException tooDeep(Class<?> type, StackOverflowError e) {
    return failure(type, "must not nest so deeply", e);
  }

  /**
   * {@return the exception for a stream that failed before the document was read}
   *
   * @param type the model type to be read
   * @param e what the stream threw
   */
  public static ContentReadException inputFailed(Class<?> type, Exception e) {
    return failure(type, "could not be read: the input failed ("
        + e.getClass().getSimpleName() + ")", e);
  }

  private static ContentReadException failure(Class<?> type, String rule,
      @Nullable Throwable cause) {
    return new ContentReadException(type.getSimpleName(),
        List.of(Violation.of(ContentPath.root(), rule, null)), 1, cause);
  }

  /**
   * {@return what is wrong with the encoding of a document}, from its first bytes: a JSON text
   * is UTF-8 without a byte order mark, and no NUL byte can start it (UTF-16 and UTF-32 do);
   * null if nothing is
   */
  private static @Nullable String encodingProblem(byte[] head, int length) {
    if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return "must not start with a byte order mark";
    }
    if (length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
        || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
      return "must be UTF-8, not UTF-16 or UTF-32 (it starts with a byte order mark)";
    }
    for (int i = 0; i < Math.min(length, 4); i++) {
      if (head[i] == 0) {
        return "must be UTF-8, not UTF-16 or UTF-32";
      }
    }
    return null;
  }

  /**
   * {@return the number length a JSON library's parser constraints hold}, as a backstop of
   * Masthead's own check: a little longer, as parsers count a number's sign, point and exponent
   * too, where Masthead counts digits
   *
   * @param limits the limits
   */
  public static int parserNumberLength(ReadLimits limits) {
    return limits.maxNumberLength() + 8;
  }

  /**
   * {@return the string length a JSON library's parser constraints hold}, as a backstop of
   * Masthead's own check: as long as the document may be (no string is longer), so that the
   * parser reads a string whole, to its closing quote, the end of the input or a byte that is
   * not UTF-8, before Masthead measures it. A parser measures a string as it reads it whenever
   * its buffer grows, and how large its buffer is depends on what it read before (Jackson
   * recycles buffers): a string both too long and cut short, or too long and not UTF-8, would
   * be refused for the one or the other by chance, differently on the two Jackson lines. Read
   * whole, it is refused for what is wrong with it as JSON, and a well-formed string for its
   * length, at its pointer. What the parser buffers is bounded by the document's length, which
   * Masthead holds to the limit before the parser starts.
   *
   * @param limits the limits
   */
  public static int parserStringLength(ReadLimits limits) {
    return (int) Math.min(Integer.MAX_VALUE,
        Math.max(limits.maxStringLength(), limits.maxDocumentLength()));
  }

  /**
   * {@return the nesting depth a JSON library's parser constraints hold}, as a backstop of
   * Masthead's own check: one more, so that Masthead finds a document too deep first, at the
   * object or array that is, while the parser's read context still says where that is
   *
   * @param limits the limits
   */
  public static int parserNestingDepth(ReadLimits limits) {
    return limits.maxNestingDepth() + 1;
  }
}
