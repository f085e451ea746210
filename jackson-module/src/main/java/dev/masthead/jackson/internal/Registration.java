package dev.masthead.jackson.internal;

import dev.masthead.model.ReadLimits;
import java.util.Map;
import tools.jackson.databind.module.SimpleModule;

/** Registers every codec with a module, as a serializer and a deserializer of its type. */
public final class Registration {
  private Registration() {}

  /**
   * Adds a serializer and a deserializer for every model type to {@code module}.
   *
   * @param module the module to add them to
   * @param limits the limits every read through the module is held to
   */
  public static void addTo(SimpleModule module, ReadLimits limits) {
    for (Map.Entry<Class<?>, Codec<?>> entry : Codecs.all().entrySet()) {
      add(module, entry.getKey(), entry.getValue(), limits);
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void add(SimpleModule module, Class<T> type, Codec<?> codec,
      ReadLimits limits) {
    Codec<T> typed = (Codec<T>) codec;
    module.addSerializer(type, new CodecSerializer<>(type, typed));
    module.addDeserializer(type, new CodecDeserializer<>(type, typed, limits));
  }
}
