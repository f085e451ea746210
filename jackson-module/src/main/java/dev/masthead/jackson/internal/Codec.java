package dev.masthead.jackson.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Reads and writes one kind of value. {@link #read} starts on the value's first token and ends
 * on its last, whatever the value holds.
 *
 * @param <T> the value's type
 */
interface Codec<T> {
  void write(T value, JsonGenerator generator);

  /**
   * Reads the value the reader is on; never given a JSON {@code null}.
   *
   * @return the value, or null when it is wrong: its problems are reported to the reader
   */
  @Nullable T read(JsonReader reader);

  /**
   * The value a JSON {@code null} stands for where a whole value of this type is read: none
   * (Java null) for every type but {@code RawJson}, for which {@code null} is a value like any
   * other.
   */
  default @Nullable T nullValue() {
    return null;
  }

  /** The value's JSON Schema, adding the definitions of the objects it refers to. */
  java.util.Map<String, Object> schema(Schemas schemas);
}
