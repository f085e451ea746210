package dev.masthead.codec.testing;

import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.codec.ParseFailure;
import dev.masthead.codec.read.Reads;
import dev.masthead.codec.wire.ValueType;
import dev.masthead.codec.write.ValueWriter;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;

/**
 * Reads and writes one value of a wire type as JSON text, through the codec's own reader and
 * writer over {@link JsonInput} and {@link JsonOutput}: the codec tested without Jackson.
 */
public final class TestJson {
  private TestJson() {}

  /** {@return the value of {@code json}, read with the default limits} */
  public static <T> T read(ValueType<T> type, String json) {
    return read(type, json, ReadLimits.defaults());
  }

  /**
   * {@return the value of {@code json}}, which must be one JSON value
   *
   * @throws ContentReadException listing every problem, if there is any
   * @throws ParseFailure if the text is malformed before the value or after it
   */
  public static <T> T read(ValueType<T> type, String json, ReadLimits limits) {
    JsonInput input = JsonInput.of(json);
    input.next();
    T value = Reads.value(classOf(type), type, input, limits, -1);
    input.next(); // after the value: nothing but whitespace
    return value;
  }

  /** {@return what reading {@code json} with the limits fails with} */
  public static ContentReadException failure(ValueType<?> type, String json, ReadLimits limits) {
    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> read(type, json, limits));
    if (e == null) {
      throw new AssertionError("read without a problem: " + json);
    }
    return e;
  }

  /** {@return what reading {@code json} with the default limits fails with} */
  public static ContentReadException failure(ValueType<?> type, String json) {
    return failure(type, json, ReadLimits.defaults());
  }

  /** {@return {@code value} as compact JSON} */
  public static <T> String write(ValueType<T> type, T value) {
    JsonOutput out = new JsonOutput();
    ValueWriter.write(type, value, out);
    return out.toString();
  }

  /** The Java type only names the type in a failure's message: any will do. */
  @SuppressWarnings("unchecked")
  private static <T> Class<T> classOf(ValueType<T> type) {
    return (Class<T>) Object.class;
  }
}
