package dev.masthead.jackson.internal;

import dev.masthead.internal.QuietExceptions;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;
import dev.masthead.model.Violation;
import dev.masthead.internal.Rules;
import dev.masthead.model.ContentPath;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.ObjectReader;

/**
 * The root of every Masthead read: one value read from the parser by its codec, in {@code
 * MastheadJson} and in any mapper the module is registered with; and {@code MastheadJson}'s
 * checks of its input before and around that.
 */
public final class Reads {
  /** What a read of {@code MastheadJson} runs: Jackson's read of one document. */
  public interface Read<T> {
    /** {@return the value read} */
    T read();
  }

  private Reads() {}

  /**
   * Reads the value the parser is on.
   *
   * @param badUtf8 the byte offset of the first byte of the input that is not UTF-8, or -1
   * @return the value
   * @throws ReadFailure with every problem found, if there is any
   */
  static <T> T value(Class<T> type, Codec<T> codec, JsonParser parser, ReadLimits limits,
      long badUtf8) {
    JsonReader reader = null;
    T value = null;
    StopReading stop = null;
    // Content exceptions made while reading are caught here and reported as violations: they
    // need no stack trace.
    QuietExceptions.enter();
    try {
      reader = JsonReader.at(parser, limits, badUtf8);
      value = codec.read(reader);
      reader.checkLengthAtEnd();
    } catch (StopReading e) {
      stop = e;
    } finally {
      QuietExceptions.exit();
    }
    int count = reader == null ? 0 : reader.problemCount();
    if (stop == null && count == 0) {
      return value;
    }
    // What stops the read comes first: the document cannot be read on from there.
    List<Violation> violations = new ArrayList<>();
    @Nullable Throwable cause = null;
    if (stop != null) {
      violations.add(stop.violation());
      cause = stop.getCause();
      count++;
    }
    if (reader != null) {
      violations.addAll(reader.problemsKept());
    }
    throw new ReadFailure(parser, new ContentReadException(type.getSimpleName(), violations,
        count, cause));
  }

  /**
   * {@return Jackson's stream read constraints for these limits}: a backstop for Masthead's own
   * checks, which hold the same limits on every token (a number a few characters longer, as
   * Jackson counts its sign, point and exponent too)
   *
   * @param limits the limits
   */
  public static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(limits.maxNameLength())
        .maxNumberLength(limits.maxNumberLength() + 8)
        .maxDocumentLength(limits.maxDocumentLength())
        .maxTokenCount(limits.maxTokenCount())
        .build();
  }

  /**
   * Runs {@code MastheadJson}'s read of one document; every failure is a {@link
   * ContentReadException}.
   *
   * @param type the model type read
   * @param read the read
   * @param badUtf8 the byte offset of the first byte of the input that is not UTF-8, or -1
   * @param limits the limits the read is held to
   * @param <T> the model type
   * @return the value
   */
  public static <T> T read(Class<T> type, Read<T> read, long badUtf8, ReadLimits limits) {
    T value;
    try {
      value = read.read();
    } catch (ReadFailure e) {
      throw e.problems();
    } catch (JacksonException e) {
      // Outside the codecs: before the document's first token, or after its last.
      throw failure(type, badUtf8 >= 0 ? JsonReader.NOT_UTF8
          : Wording.describe(e, limits), e);
    } catch (StackOverflowError e) {
      throw failure(type, "must not nest so deeply", e);
    }
    if (badUtf8 >= 0) {
      // Bytes that are not UTF-8 where no token is, e.g. after the document.
      throw failure(type, JsonReader.NOT_UTF8, null);
    }
    if (value == null) {
      throw failure(type, Rules.NOT_NULL, null);
    }
    return value;
  }

  /**
   * {@return the exception for a problem of the whole document}
   *
   * @param type the model type read
   * @param rule the rule it broke
   * @param cause what was thrown, if anything
   */
  public static ContentReadException failure(Class<?> type, String rule,
      @Nullable Throwable cause) {
    return new ContentReadException(type.getSimpleName(),
        List.of(Violation.of(ContentPath.root(), rule, null)), 1, cause);
  }

  /**
   * {@return the rule a document over the length limit breaks}
   *
   * @param limits the limits
   */
  public static String overDocumentLength(ReadLimits limits) {
    return Wording.document(limits);
  }

  /**
   * {@return what is wrong with the encoding of a document}, from its first bytes: a JSON text
   * is UTF-8 without a byte order mark, and no NUL byte can start it (UTF-16 and UTF-32 do);
   * null if nothing is
   *
   * @param head the document's first bytes
   * @param length how many there are
   */
  public static @Nullable String encodingProblem(byte[] head, int length) {
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
   * {@return the offset of the first byte that is not strict UTF-8, or -1}: some Jackson
   * versions decode overlong forms, so Masthead checks the bytes itself. A sequence cut short
   * by the end of the input is left to the parser, which reports the input as cut short.
   *
   * @param bytes the document
   * @param length how many of the bytes it is
   */
  public static long firstInvalidUtf8(byte[] bytes, int length) {
    return Utf8.firstInvalid(bytes, length);
  }

  /**
   * {@return the reader, telling the codecs where the input stops being UTF-8}, so that the
   * token there is refused whichever Jackson version parses it
   *
   * @param reader a reader of {@code MastheadJson}
   * @param badUtf8 the offset of the first byte that is not UTF-8
   */
  public static ObjectReader withBadUtf8(ObjectReader reader, long badUtf8) {
    return reader.withAttribute(CodecDeserializer.BAD_UTF8, badUtf8);
  }
}
