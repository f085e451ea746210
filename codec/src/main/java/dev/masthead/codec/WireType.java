package dev.masthead.codec;

import dev.masthead.codec.read.Reads;
import dev.masthead.codec.read.ValueReader;
import dev.masthead.codec.wire.AnyType;
import dev.masthead.codec.wire.ValueType;
import dev.masthead.codec.write.ValueWriter;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;
import org.jspecify.annotations.Nullable;

/**
 * How one model type is read and written: what an adapter registers with its library, as a
 * serializer and a deserializer of {@link #type()}.
 *
 * @param <T> the model type
 */
public final class WireType<T> {
  private final Class<T> type;
  private final ValueType<T> wire;

  WireType(Class<T> type, ValueType<T> wire) {
    this.type = type;
    this.wire = wire;
  }

  /** {@return the model type} */
  public Class<T> type() {
    return type;
  }

  /**
   * Reads the value the input is on, held to the limits.
   *
   * @param input an input on the value's first token
   * @param limits the limits the read is held to
   * @param badUtf8 the byte offset of the first byte of the input that is not UTF-8, found
   *     before parsing ({@link Documents#checkBytes}), or -1
   * @return the value
   * @throws ContentReadException listing every problem, if there is any
   */
  public T read(TokenInput input, ReadLimits limits, long badUtf8) {
    return Reads.value(type, wire, input, limits, badUtf8);
  }

  /**
   * {@return the value a JSON {@code null} stands for where a whole value of this type is
   * read}: none (Java null) for every type but {@code RawJson}, for which {@code null} is a
   * value like any other
   */
  @SuppressWarnings("unchecked")
  public @Nullable T nullValue() {
    return wire instanceof AnyType ? (T) ValueReader.NULL : null;
  }

  /** Writes the value. */
  public void write(T value, TokenOutput out) {
    ValueWriter.write(wire, value, out);
  }

  @Override
  public String toString() {
    return type.getSimpleName();
  }
}
