package dev.masthead.jackson.internal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Plugs a codec into Jackson as a serializer. */
final class CodecSerializer<T> extends ValueSerializer<T> {
  private final Class<T> type;
  private final Codec<T> codec;

  CodecSerializer(Class<T> type, Codec<T> codec) {
    this.type = type;
    this.codec = codec;
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    codec.write(value, generator);
  }
}
