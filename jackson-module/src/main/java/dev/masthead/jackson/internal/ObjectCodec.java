package dev.masthead.jackson.internal;

import dev.masthead.model.ContentValidationException;
import dev.masthead.model.RawJson;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;

/**
 * Reads and writes one model type as a JSON object: its properties in a fixed order, then its
 * extensions (the properties this version does not know) in theirs. Reading accepts the
 * properties in any order, keeps every unknown one, treats {@code null} as absent, rejects a
 * property that appears twice, and builds the value through its builder, so that the model's
 * own validation reports what is wrong, at the object's path.
 *
 * @param <T> the model type
 * @param <B> its builder (or any accumulator the build function turns into a value)
 */
final class ObjectCodec<T, B> implements Codec<T> {
  /** How a builder takes one extension property. */
  interface ExtensionSink<B> {
    void put(B builder, String name, RawJson value);
  }

  static final SerializableString TYPE = new SerializedString("type");

  private final String typeName;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Property<T, B>> properties;
  private final String[] names;
  private final PropertyNameMatcher matcher;
  private final @Nullable String discriminator;
  private final Function<T, Map<String, RawJson>> extensions;
  private final ExtensionSink<B> extensionSink;
  private final String description;
  private final @Nullable BiConsumer<B, String> typeSetter;

  private ObjectCodec(Definition<T, B> d) {
    this.typeSetter = d.typeSetter;
    this.typeName = d.typeName;
    this.newBuilder = d.newBuilder;
    this.build = d.build;
    this.properties = List.copyOf(d.properties);
    this.discriminator = d.discriminator;
    this.extensions = java.util.Objects.requireNonNull(d.extensions);
    this.extensionSink = java.util.Objects.requireNonNull(d.extensionSink);
    this.description = d.description;
    this.names = Property.names(properties).toArray(new String[0]);
    // Jackson's own matcher: a known name is found from the input bytes, without a String.
    this.matcher = RawJsonCodec.FACTORY.constructNameMatcher(
        java.util.Arrays.stream(names).map(Named::fromString).toList(), false);
    if (properties.size() > 63) {
      throw new IllegalArgumentException("too many properties for the seen-set: " + typeName);
    }
  }

  /** Starts the definition of an object codec. */
  static <T, B> Definition<T, B> define(String typeName, String description,
      Supplier<B> newBuilder, Function<B, T> build) {
    return new Definition<>(typeName, description, newBuilder, build);
  }

  @Nullable String discriminator() {
    return discriminator;
  }

  @Override
  public void write(T value, JsonGenerator generator) {
    generator.writeStartObject(value);
    if (discriminator != null) {
      generator.writeName(TYPE);
      generator.writeString(discriminator);
    }
    writeProperties(value, generator);
    generator.writeEndObject();
  }

  /** Writes the known properties and then the extensions, without the braces. */
  void writeProperties(T value, JsonGenerator generator) {
    for (int i = 0, n = properties.size(); i < n; i++) {
      properties.get(i).write(value, generator);
    }
    Map<String, RawJson> unknown = extensions.apply(value);
    if (!unknown.isEmpty()) {
      for (Map.Entry<String, RawJson> entry : unknown.entrySet()) {
        generator.writeName(entry.getKey());
        RawJsonCodec.INSTANCE.write(entry.getValue(), generator);
      }
    }
  }

  @Override
  public T read(JsonReader reader) {
    if (reader.token() != JsonToken.START_OBJECT) {
      throw reader.wrongType("an object");
    }
    return readProperties(reader, null);
  }

  /**
   * Reads the properties of the object the reader is in, up to its END_OBJECT, and builds the
   * value. {@code typeAlreadyRead}: the block type name the caller read as the object's first
   * property, or null.
   */
  T readProperties(JsonReader reader, @Nullable String typeAlreadyRead) {
    B builder = newBuilder.get();
    long seen = 0;
    boolean sawType = typeAlreadyRead != null;
    if (typeAlreadyRead != null && discriminator == null) {
      // An unknown block: its type is one of its own properties.
      int typeIndex = java.util.Arrays.asList(names).indexOf("type");
      if (typeIndex < 0 || typeSetter == null) {
        throw new IllegalArgumentException(typeName + " has no type property");
      }
      typeSetter.accept(builder, typeAlreadyRead);
      seen |= 1L << typeIndex;
    }
    int depth = reader.depth();
    Gathered gathered = null;
    Set<String> unknownSeen = null;
    int match;
    while ((match = reader.nextNameMatch(matcher)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      String name = match >= 0 ? names[match] : reader.name();
      int mark = reader.mark();
      reader.push(name);
      JsonToken value = reader.next();
      try {
        if (match >= 0) {
          int i = match;
          long bit = 1L << i;
          if ((seen & bit) != 0) {
            throw reader.fail("must not appear twice in an object", null);
          }
          seen |= bit;
          if (value != JsonToken.VALUE_NULL) {
            properties.get(i).read(reader, builder);
          }
        } else if (discriminator != null && name.equals("type")) {
          if (sawType) {
            throw reader.fail("must not appear twice in an object", null);
          }
          sawType = true;
          String type = reader.string();
          if (!type.equals(discriminator)) {
            throw reader.fail("must be \"" + discriminator + "\" here", type);
          }
        } else {
          if (unknownSeen == null) {
            unknownSeen = new HashSet<>();
          }
          if (!unknownSeen.add(name)) {
            throw reader.fail("must not appear twice in an object", null);
          }
          extensionSink.put(builder, name, RawJsonCodec.INSTANCE.read(reader));
        }
      } catch (ReadFailure failure) {
        if (failure.fatal()) {
          throw failure;
        }
        // A well-formed but wrong value: note it, skip it, and go on to find every other one.
        gathered = Gathered.add(gathered, name, failure);
        reader.reset(mark);
        // Still inside the value: a malformed or over-limit rest of it is placed at the property.
        reader.push(name);
        reader.skipRestOfValue(depth);
        reader.pop();
        continue;
      }
      reader.pop();
    }
    @Nullable T built = null;
    try {
      built = build.apply(builder);
    } catch (ContentValidationException e) {
      gathered = Gathered.add(gathered, e, reader);
    }
    if (gathered != null) {
      throw reader.gathered(gathered.violations());
    }
    return built;
  }

  @Override
  public Map<String, Object> schema(Schemas schemas) {
    return schemas.reference(typeName, () -> definition(schemas));
  }

  private Map<String, Object> definition(Schemas schemas) {
    Map<String, Object> def = new LinkedHashMap<>();
    def.put("type", "object");
    def.put("description", description);
    Map<String, Object> props = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    if (discriminator != null) {
      props.put("type", Map.of("const", discriminator));
      required.add("type");
    }
    for (Property<T, B> property : properties) {
      props.put(property.name, property.schema(schemas));
      if (property.required()) {
        required.add(property.name);
      }
    }
    def.put("properties", props);
    if (!required.isEmpty()) {
      def.put("required", required);
    }
    // Unknown properties are extensions: kept, and written back.
    def.put("additionalProperties", true);
    return def;
  }

  /** Declares an object codec property by property, in wire order. */
  static final class Definition<T, B> {
    private final String typeName;
    private final String description;
    private final Supplier<B> newBuilder;
    private final Function<B, T> build;
    private final List<Property<T, B>> properties = new ArrayList<>();
    private @Nullable String discriminator;
    private @Nullable BiConsumer<B, String> typeSetter;
    private @Nullable Function<T, Map<String, RawJson>> extensions;
    private @Nullable ExtensionSink<B> extensionSink;

    private Definition(String typeName, String description, Supplier<B> newBuilder,
        Function<B, T> build) {
      this.typeName = typeName;
      this.description = description;
      this.newBuilder = newBuilder;
      this.build = build;
    }

    /** A body block: written with {@code "type": name} first. */
    Definition<T, B> discriminator(String name) {
      this.discriminator = name;
      return this;
    }

    /** The block type name as an ordinary property: an unknown block's. */
    Definition<T, B> typeProperty(Function<T, String> getter, BiConsumer<B, String> setter,
        Codec<String> codec) {
      this.typeSetter = setter;
      properties.add(Property.one("type", getter, setter, codec, null));
      return this;
    }

    <V> Definition<T, B> required(String name, Function<T, V> getter, BiConsumer<B, V> setter,
        Codec<V> codec) {
      properties.add(Property.one(name, getter, setter, codec, null));
      return this;
    }

    <V> Definition<T, B> defaulted(String name, Function<T, V> getter, BiConsumer<B, V> setter,
        Codec<V> codec, Object wireDefault) {
      properties.add(Property.one(name, getter, setter, codec, wireDefault));
      return this;
    }

    <V> Definition<T, B> optional(String name, Function<T, Optional<V>> getter,
        BiConsumer<B, V> setter, Codec<V> codec) {
      properties.add(Property.optional(name, getter, setter, codec));
      return this;
    }

    Definition<T, B> optionalInt(String name, Function<T, OptionalInt> getter,
        ObjIntConsumer<B> setter, IntCodec codec) {
      properties.add(Property.optionalInt(name, getter, setter, codec));
      return this;
    }

    <E> Definition<T, B> list(String name, Function<T, List<E>> getter, BiConsumer<B, E> adder,
        Codec<E> codec, int maxItems) {
      properties.add(Property.list(name, getter, adder, codec, maxItems, false));
      return this;
    }

    /** A list the model requires to have at least one element. */
    <E> Definition<T, B> nonEmptyList(String name, Function<T, List<E>> getter,
        BiConsumer<B, E> adder, Codec<E> codec, int maxItems) {
      properties.add(Property.list(name, getter, adder, codec, maxItems, true));
      return this;
    }

    /** Ends the definition: every object keeps the properties it does not know. */
    ObjectCodec<T, B> extensions(Function<T, Map<String, RawJson>> getter,
        ExtensionSink<B> sink) {
      this.extensions = getter;
      this.extensionSink = sink;
      return new ObjectCodec<>(this);
    }
  }
}
