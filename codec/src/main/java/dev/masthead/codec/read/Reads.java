package dev.masthead.codec.read;

import dev.masthead.codec.TokenInput;
import dev.masthead.codec.wire.ValueType;
import dev.masthead.internal.QuietExceptions;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;
import dev.masthead.model.Violation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The root of every read: one value read from an input, every problem in one exception. */
public final class Reads {
  private Reads() {}

  /**
   * Reads the value the input is on.
   *
   * @param badUtf8 the byte offset of the first byte of the input that is not UTF-8, or -1
   * @return the value: a JSON null is a value of {@code RawJson} only, and of the wrong type
   *     for every other type (an adapter asks {@link dev.masthead.codec.WireType#nullValue()}
   *     what a null is before it reads one)
   * @throws ContentReadException with every problem found, if there is any
   */
  public static <T> T value(Class<T> javaType, ValueType<T> type, TokenInput input,
      ReadLimits limits, long badUtf8) {
    Cursor cursor = null;
    T value = null;
    StopReading stop = null;
    // Content exceptions made while reading are caught here and reported as violations: they
    // need no stack trace.
    QuietExceptions.enter();
    try {
      cursor = Cursor.at(input, limits, badUtf8);
      value = ValueReader.read(type, cursor);
      cursor.checkLengthAtEnd();
    } catch (StopReading e) {
      stop = e;
    } finally {
      QuietExceptions.exit();
    }
    int count = cursor == null ? 0 : cursor.problemCount();
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
    if (cursor != null) {
      violations.addAll(cursor.problemsKept());
    }
    throw new ContentReadException(javaType.getSimpleName(), violations, count, cause);
  }
}
