package dev.masthead.jackson.internal;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/** Plugs a codec into Jackson as a deserializer; failures are {@link ReadFailure}s. */
final class CodecDeserializer<T> extends ValueDeserializer<T> {
  private final Class<T> type;
  private final Codec<T> codec;

  CodecDeserializer(Class<T> type, Codec<T> codec) {
    this.type = type;
    this.codec = codec;
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  /** Jackson reads a JSON null without calling {@link #deserialize}: it asks for this. */
  @Override
  public @Nullable Object getNullValue(DeserializationContext context) {
    return codec.nullValue();
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    return codec.read(JsonReader.at(parser));
  }
}
