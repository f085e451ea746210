package dev.masthead.jackson.internal;

import dev.masthead.internal.Rules;
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

  /**
   * Reads the value the reader is on (never a JSON null) into the builder; {@return false if
   * it was wrong}, its problems reported
   */
  abstract boolean read(JsonReader reader, B builder);

  /** Whether a document must have it (false for optional and defaulted ones). */
  abstract boolean required();

  /** Whether it is a list, which a document may leave out when the list is empty. */
  boolean isList() {
    return false;
  }

  /** Gives the value to the builder; {@return false for a value that was wrong (null)} */
  private static <B, V> boolean give(BiConsumer<B, V> setter, B builder, @Nullable V value) {
    if (value == null) {
      return false;
    }
    setter.accept(builder, value);
    return true;
  }

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
      boolean read(JsonReader reader, B builder) {
        return give(setter, builder, codec.read(reader));
      }

      @Override
      boolean required() {
        return defaultValue == null;
      }

      @Override
      Map<String, Object> schema(Schemas schemas) {
        Map<String, Object> schema = codec.schema(schemas);
        if (defaultValue != null) {
          // Optional on the wire: missing or null, it is the default.
          schema = new LinkedHashMap<>(Schemas.nullable(schema));
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
      boolean read(JsonReader reader, B builder) {
        return give(setter, builder, codec.read(reader));
      }

      @Override
      boolean required() {
        return false;
      }

      @Override
      Map<String, Object> schema(Schemas schemas) {
        return Schemas.nullable(codec.schema(schemas));
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
      boolean read(JsonReader reader, B builder) {
        Integer value = codec.read(reader);
        if (value == null) {
          return false;
        }
        setter.accept(builder, value);
        return true;
      }

      @Override
      boolean required() {
        return false;
      }

      @Override
      Map<String, Object> schema(Schemas schemas) {
        return Schemas.nullable(codec.schema(schemas));
      }
    };
  }

  /**
   * A list: written when not empty, read from an array whose elements are never null; {@code
   * nonEmpty} when the model requires at least one element, {@code unique} when it allows no
   * element twice; {@code more}: more JSON Schema keywords of the array.
   */
  static <T, B, E> Property<T, B> list(String name, Function<T, List<E>> getter,
      BiConsumer<B, E> adder, Codec<E> codec, int maxItems, boolean nonEmpty, boolean unique,
      Map<String, Object> more) {
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

      /**
       * Reads every element; past {@code maxItems} it only checks that they are well-formed,
       * and reports the list as too long once.
       */
      @Override
      boolean read(JsonReader reader, B builder) {
        if (reader.token() != JsonToken.START_ARRAY) {
          reader.wrongType("an array");
          return false;
        }
        boolean ok = true;
        int index = 0;
        while (true) {
          reader.push(index);
          JsonToken token = reader.next();
          if (token == JsonToken.END_ARRAY) {
            reader.pop();
            break;
          }
          if (index >= maxItems) {
            reader.skipValue();
          } else if (token == JsonToken.VALUE_NULL) {
            reader.problem(Rules.NOT_NULL, null);
            ok = false;
          } else {
            E element = codec.read(reader);
            if (element == null) {
              ok = false;
            } else if (ok) {
              adder.accept(builder, element);
            }
          }
          reader.pop();
          index++;
        }
        if (index > maxItems) {
          reader.problem(Rules.tooManyElements(maxItems, index), null);
          ok = false;
        }
        return ok;
      }

      @Override
      boolean isList() {
        return true;
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
        if (unique) {
          schema.put("uniqueItems", true);
        }
        schema.putAll(more);
        // A list a document may leave out may also be null; one it must have may not.
        return nonEmpty ? schema : Schemas.nullable(schema);
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
