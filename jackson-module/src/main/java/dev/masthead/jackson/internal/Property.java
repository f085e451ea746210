package dev.masthead.jackson.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;

/**
 * One property of an object on the wire: its name, how to get it from a value, how to give it
 * to a builder, and the codec of its value. A JSON {@code null} is never given to a property:
 * the object codec treats it as absent.
 *
 * @param <T> the object's type
 * @param <B> its builder's type
 */
abstract class Property<T, B> {
  final String name;
  final SerializableString wireName;

  private Property(String name) {
    this.name = name;
    this.wireName = new SerializedString(name);
  }

  /** Writes the property, name and value, unless it is absent or empty. */
  abstract void write(T value, JsonGenerator generator);

  /** Reads the value the reader is on into the builder. */
  abstract void read(JsonReader reader, B builder);

  /** Whether a document must have it (false for optional, defaulted and list properties). */
  abstract boolean required();

  abstract Map<String, Object> schema(Schemas schemas);

  /** A property that is always present; {@code defaultValue} is its wire default, if it has one. */
  static <T, B, V> Property<T, B> one(String name, Function<T, V> getter,
      BiConsumer<B, V> setter, Codec<V> codec, @Nullable Object defaultValue) {
    return new Property<>(name) {
      @Override
      void write(T value, JsonGenerator generator) {
        generator.writeName(wireName);
        codec.write(getter.apply(value), generator);
      }

      @Override
      void read(JsonReader reader, B builder) {
        setter.accept(builder, codec.read(reader));
      }

      @Override
      boolean required() {
        return defaultValue == null;
      }

      @Override
      Map<String, Object> schema(Schemas schemas) {
        Map<String, Object> schema = codec.schema(schemas);
        if (defaultValue != null) {
          schema = new LinkedHashMap<>(schema);
          schema.put("default", defaultValue);
        }
        return schema;
      }
    };
  }

  static <T, B, V> Property<T, B> optional(String name, Function<T, Optional<V>> getter,
      BiConsumer<B, V> setter, Codec<V> codec) {
    return new Property<>(name) {
      @Override
      void write(T value, JsonGenerator generator) {
        Optional<V> v = getter.apply(value);
        if (v.isPresent()) {
          generator.writeName(wireName);
          codec.write(v.get(), generator);
        }
      }

      @Override
      void read(JsonReader reader, B builder) {
        setter.accept(builder, codec.read(reader));
      }

      @Override
      boolean required() {
        return false;
      }

      @Override
      Map<String, Object> schema(Schemas schemas) {
        return codec.schema(schemas);
      }
    };
  }

  static <T, B> Property<T, B> optionalInt(String name, Function<T, OptionalInt> getter,
      ObjIntConsumer<B> setter, IntCodec codec) {
    return new Property<>(name) {
      @Override
      void write(T value, JsonGenerator generator) {
        OptionalInt v = getter.apply(value);
        if (v.isPresent()) {
          generator.writeName(wireName);
          generator.writeNumber(v.getAsInt());
        }
      }

      @Override
      void read(JsonReader reader, B builder) {
        setter.accept(builder, codec.read(reader));
      }

      @Override
      boolean required() {
        return false;
      }

      @Override
      Map<String, Object> schema(Schemas schemas) {
        return codec.schema(schemas);
      }
    };
  }

  /**
   * A list: written when not empty, read from an array whose elements are never null; {@code
   * nonEmpty} when the model requires at least one element.
   */
  static <T, B, E> Property<T, B> list(String name, Function<T, List<E>> getter,
      BiConsumer<B, E> adder, Codec<E> codec, int maxItems, boolean nonEmpty) {
    return new Property<>(name) {
      @Override
      void write(T value, JsonGenerator generator) {
        List<E> list = getter.apply(value);
        if (!list.isEmpty()) {
          generator.writeName(wireName);
          generator.writeStartArray(list, list.size());
          for (int i = 0, n = list.size(); i < n; i++) {
            codec.write(list.get(i), generator);
          }
          generator.writeEndArray();
        }
      }

      @Override
      void read(JsonReader reader, B builder) {
        if (reader.token() != JsonToken.START_ARRAY) {
          throw reader.wrongType("an array");
        }
        int depth = reader.depth();
        int index = 0;
        Gathered gathered = null;
        while (reader.nextElement(index) != JsonToken.END_ARRAY) {
          int mark = reader.mark();
          reader.push(index);
          try {
            if (reader.token() == JsonToken.VALUE_NULL) {
              throw reader.fail("must not be null", null);
            }
            adder.accept(builder, codec.read(reader));
            reader.pop();
          } catch (ReadFailure failure) {
            if (failure.fatal()) {
              throw failure;
            }
            gathered = Gathered.add(gathered, Integer.toString(index), failure);
            reader.reset(mark);
            // Still inside the element: a malformed or over-limit rest is placed at it.
            reader.push(index);
            reader.skipRestOfValue(depth);
            reader.pop();
          }
          index++;
        }
        if (gathered != null) {
          throw reader.gathered(gathered.violations());
        }
      }

      @Override
      boolean required() {
        return nonEmpty;
      }

      @Override
      Map<String, Object> schema(Schemas schemas) {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "array");
        schema.put("items", codec.schema(schemas));
        if (nonEmpty) {
          schema.put("minItems", 1);
        }
        schema.put("maxItems", maxItems);
        return schema;
      }
    };
  }

  static List<String> names(List<? extends Property<?, ?>> properties) {
    List<String> names = new ArrayList<>(properties.size());
    for (Property<?, ?> property : properties) {
      names.add(property.name);
    }
    return names;
  }
}
