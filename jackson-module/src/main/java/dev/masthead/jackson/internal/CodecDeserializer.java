package dev.masthead.jackson.internal;

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

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    return codec.read(JsonReader.at(parser));
  }
}
