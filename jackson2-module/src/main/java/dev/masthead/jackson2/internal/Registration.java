package dev.masthead.jackson2.internal;

import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.masthead.codec.Wire;
import dev.masthead.codec.WireType;
import dev.masthead.model.ReadLimits;

/** Registers every model type with a module, as a serializer and a deserializer of its type. */
public final class Registration {
  private Registration() {}

  /**
   * Adds a serializer and a deserializer for every model type to {@code module}.
   *
   * @param module the module to add them to
   * @param limits the limits every read through the module is held to
   */
  public static void addTo(SimpleModule module, ReadLimits limits) {
    for (WireType<?> wire : Wire.types()) {
      add(module, wire, limits);
    }
  }

  private static <T> void add(SimpleModule module, WireType<T> wire, ReadLimits limits) {
    module.addSerializer(wire.type(), new WireSerializer<>(wire));
    module.addDeserializer(wire.type(), new WireDeserializer<>(wire, limits));
  }
}
