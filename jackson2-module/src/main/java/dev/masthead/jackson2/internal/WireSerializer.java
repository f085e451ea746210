package dev.masthead.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.masthead.codec.WireType;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Writes one model type through Jackson, as the codec's wire table says. */
final class WireSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient WireType<T> wire;

  WireSerializer(WireType<T> wire) {
    super(wire.type());
    this.wire = wire;
  }

  @Override
  public void serialize(T value, JsonGenerator generator, SerializerProvider provider)
      throws IOException {
    try {
      wire.write(value, new Jackson2Output(generator));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
