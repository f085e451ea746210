package dev.masthead.jackson.internal;

import dev.masthead.codec.WireType;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/** Writes one model type through Jackson, as the codec's wire table says. */
final class WireSerializer<T> extends ValueSerializer<T> {
  private final WireType<T> wire;

  WireSerializer(WireType<T> wire) {
    this.wire = wire;
  }

  @Override
  public Class<?> handledType() {
    return wire.type();
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializationContext context) {
    wire.write(value, new JacksonOutput(generator));
  }
}
