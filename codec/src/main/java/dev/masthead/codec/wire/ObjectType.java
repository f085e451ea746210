package dev.masthead.codec.wire;

import dev.masthead.codec.Names;
import dev.masthead.model.RawJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A model type written as a JSON object: its properties in a fixed order, then its extensions
 * (the properties this version does not know) in theirs. A body block's has a {@code type}
 * first, its {@linkplain #discriminator() discriminator}.
 *
 * @param <T> the model type
 * @param <B> its builder (or any accumulator the build function turns into a value)
 */
public final class ObjectType<T, B> implements ValueType<T> {
  /** How a builder takes one extension property. */
  public interface ExtensionSink<B> {
    void put(B builder, String name, RawJson value);
  }

  private final String typeName;
  private final String description;
  private final Supplier<B> newBuilder;
  private final Function<B, T> build;
  private final List<Property<T, B>> properties;
  private final Names names;
  private final @Nullable String discriminator;
  private final @Nullable BiConsumer<B, String> typeSetter;
  private final int typeIndex;
  private final Function<T, Map<String, RawJson>> extensions;
  private final ExtensionSink<B> extensionSink;
  private final Map<String, Object> rules;
  private final long required;

  private ObjectType(Definition<T, B> d) {
    this.typeName = d.typeName;
    this.description = d.description;
    this.newBuilder = d.newBuilder;
    this.build = d.build;
    this.properties = List.copyOf(d.properties);
    this.discriminator = d.discriminator;
    this.typeSetter = d.typeSetter;
    this.extensions = Objects.requireNonNull(d.extensions);
    this.extensionSink = Objects.requireNonNull(d.extensionSink);
    this.rules = Map.copyOf(d.rules);
    List<String> wireNames = new ArrayList<>();
    for (Property<T, B> property : properties) {
      wireNames.add(property.name());
    }
    this.names = Names.of(wireNames);
    if (properties.size() > 63) {
      throw new IllegalArgumentException("too many properties for a seen-set: " + typeName);
    }
    long mask = 0;
    for (int i = 0; i < properties.size(); i++) {
      if (properties.get(i).kind() == Property.Kind.REQUIRED) {
        mask |= 1L << i;
      }
    }
    this.required = mask;
    this.typeIndex = wireNames.indexOf("type");
  }

  /** Starts the definition of an object type. */
  static <T, B> Definition<T, B> define(String typeName, String description,
      Supplier<B> newBuilder, Function<B, T> build) {
    return new Definition<>(typeName, description, newBuilder, build);
  }

  /** {@return its name in the JSON Schema's definitions} */
  public String typeName() {
    return typeName;
  }

  /** {@return what it is, in a sentence} */
  public String description() {
    return description;
  }

  /** {@return a new builder} */
  public B newBuilder() {
    return newBuilder.get();
  }

  /**
   * {@return the value built}
   *
   * @throws dev.masthead.model.ContentValidationException if the model refuses it
   */
  public T build(B builder) {
    return build.apply(builder);
  }

  /** {@return its properties, in wire order} */
  public List<Property<T, B>> properties() {
    return properties;
  }

  /** {@return its properties' names, in wire order} */
  public Names names() {
    return names;
  }

  /** {@return a body block's type name, written first as {@code "type"}; null for others} */
  public @Nullable String discriminator() {
    return discriminator;
  }

  /**
   * {@return the index of its own {@code type} property, or -1}: an unknown block's, whose
   * type is one of its properties
   */
  public int typeIndex() {
    return typeIndex;
  }

  /** Gives an unknown block's type name to its builder. */
  public void setType(B builder, String type) {
    Objects.requireNonNull(typeSetter, typeName + " has no type property")
        .accept(builder, type);
  }

  /** {@return the value's extensions, in order} */
  public Map<String, RawJson> extensions(T value) {
    return extensions.apply(value);
  }

  /** Gives an extension to the builder. */
  public void putExtension(B builder, String name, RawJson value) {
    extensionSink.put(builder, name, value);
  }

  /** {@return bits of the properties a document must have: required ones, no lists} */
  public long requiredMask() {
    return required;
  }

  /**
   * {@return rules across the object's properties, as JSON Schema keywords of the object},
   * such as {@code oneOf} for "exactly one of email and url"
   */
  public Map<String, Object> rules() {
    return rules;
  }

  @Override
  public String toString() {
    return typeName;
  }

  /** Declares an object type property by property, in wire order. */
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
    private final Map<String, Object> rules = new LinkedHashMap<>();

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
        TextType<String> type) {
      this.typeSetter = setter;
      properties.add(Property.one("type", getter, setter, type, null));
      return this;
    }

    <V> Definition<T, B> required(String name, Function<T, V> getter, BiConsumer<B, V> setter,
        ValueType<V> type) {
      properties.add(Property.one(name, getter, setter, type, null));
      return this;
    }

    <V> Definition<T, B> defaulted(String name, Function<T, V> getter, BiConsumer<B, V> setter,
        ValueType<V> type, Object wireDefault) {
      properties.add(Property.one(name, getter, setter, type, wireDefault));
      return this;
    }

    <V> Definition<T, B> optional(String name, Function<T, Optional<V>> getter,
        BiConsumer<B, V> setter, ValueType<V> type) {
      properties.add(Property.optional(name, getter, setter, type));
      return this;
    }

    Definition<T, B> optionalInt(String name, Function<T, OptionalInt> getter,
        ObjIntConsumer<B> setter, IntType type) {
      properties.add(Property.optionalInt(name, getter, setter, type));
      return this;
    }

    <E> Definition<T, B> list(String name, Function<T, List<E>> getter, BiConsumer<B, E> adder,
        ValueType<E> element, int maxItems) {
      properties.add(Property.list(name, getter, adder, element, maxItems, false, false,
          Map.of()));
      return this;
    }

    /** A list in which the model allows no value twice ({@code uniqueItems}). */
    <E> Definition<T, B> uniqueList(String name, Function<T, List<E>> getter,
        BiConsumer<B, E> adder, ValueType<E> element, int maxItems) {
      properties.add(Property.list(name, getter, adder, element, maxItems, false, true,
          Map.of()));
      return this;
    }

    /**
     * A list the model requires to have at least one element; {@code more}: keywords of the
     * array for what else the model requires of it.
     */
    <E> Definition<T, B> nonEmptyList(String name, Function<T, List<E>> getter,
        BiConsumer<B, E> adder, ValueType<E> element, int maxItems, Map<String, Object> more) {
      properties.add(Property.list(name, getter, adder, element, maxItems, true, false, more));
      return this;
    }

    /**
     * A rule across the object's properties, as JSON Schema keywords of the object, such as
     * {@code oneOf} for "exactly one of email and url".
     */
    Definition<T, B> rule(String keyword, Object value) {
      rules.put(keyword, value);
      return this;
    }

    /** Ends the definition: every object keeps the properties it does not know. */
    ObjectType<T, B> extensions(Function<T, Map<String, RawJson>> getter,
        ExtensionSink<B> sink) {
      this.extensions = getter;
      this.extensionSink = sink;
      return new ObjectType<>(this);
    }
  }
}
