package dev.masthead.codec.wire;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.ObjIntConsumer;
import org.jspecify.annotations.Nullable;

/**
 * One property of an object on the wire: its name, how it is present, how to get it from a
 * value and give it to a builder, and the type of its value. A JSON {@code null} is never given
 * to a property: a reader treats it as absent.
 *
 * @param <T> the object's type
 * @param <B> its builder's type
 */
public final class Property<T, B> {
  /** How a property is present on the wire. */
  public enum Kind {
    /** Always written; a document must have it. */
    REQUIRED,
    /** Always written; a document may leave it out for its default. */
    DEFAULTED,
    /** Written when present ({@code Optional}). */
    OPTIONAL,
    /** An {@code OptionalInt}, written when present. */
    OPTIONAL_INT,
    /** A list, written when not empty. */
    LIST
  }

  private final String name;
  private final Kind kind;
  private final Function<T, ?> getter;
  private final @Nullable BiConsumer<B, ?> setter;
  private final @Nullable ObjIntConsumer<B> intSetter;
  private final ValueType<?> value;
  private final @Nullable Object wireDefault;
  private final int maxItems;
  private final boolean nonEmpty;
  private final boolean unique;
  private final Map<String, Object> more;

  private Property(String name, Kind kind, Function<T, ?> getter,
      @Nullable BiConsumer<B, ?> setter, @Nullable ObjIntConsumer<B> intSetter,
      ValueType<?> value, @Nullable Object wireDefault, int maxItems, boolean nonEmpty,
      boolean unique, Map<String, Object> more) {
    this.name = name;
    this.kind = kind;
    this.getter = getter;
    this.setter = setter;
    this.intSetter = intSetter;
    this.value = value;
    this.wireDefault = wireDefault;
    this.maxItems = maxItems;
    this.nonEmpty = nonEmpty;
    this.unique = unique;
    this.more = more;
  }

  static <T, B, V> Property<T, B> one(String name, Function<T, V> getter,
      BiConsumer<B, V> setter, ValueType<V> value, @Nullable Object wireDefault) {
    return new Property<>(name, wireDefault == null ? Kind.REQUIRED : Kind.DEFAULTED, getter,
        setter, null, value, wireDefault, 0, false, false, Map.of());
  }

  static <T, B, V> Property<T, B> optional(String name,
      Function<T, java.util.Optional<V>> getter, BiConsumer<B, V> setter, ValueType<V> value) {
    return new Property<>(name, Kind.OPTIONAL, getter, setter, null, value, null, 0, false,
        false, Map.of());
  }

  static <T, B> Property<T, B> optionalInt(String name,
      Function<T, java.util.OptionalInt> getter, ObjIntConsumer<B> setter, IntType value) {
    return new Property<>(name, Kind.OPTIONAL_INT, getter, null, setter, value, null, 0, false,
        false, Map.of());
  }

  static <T, B, E> Property<T, B> list(String name, Function<T, java.util.List<E>> getter,
      BiConsumer<B, E> adder, ValueType<E> element, int maxItems, boolean nonEmpty,
      boolean unique, Map<String, Object> more) {
    return new Property<>(name, Kind.LIST, getter, adder, null, element, null, maxItems,
        nonEmpty, unique, Map.copyOf(more));
  }

  /** {@return its name on the wire} */
  public String name() {
    return name;
  }

  /** {@return how it is present} */
  public Kind kind() {
    return kind;
  }

  /**
   * {@return the type of its value; of each element, for a list}
   */
  public ValueType<?> value() {
    return value;
  }

  /**
   * {@return what the value holds}: the value itself, an {@code Optional}, an {@code
   * OptionalInt} or a {@code List}, as its kind says
   */
  public Object get(T object) {
    return getter.apply(object);
  }

  /** Gives a value (a list's element) to the builder. */
  @SuppressWarnings("unchecked")
  public void set(B builder, Object v) {
    ((BiConsumer<B, Object>) java.util.Objects.requireNonNull(setter)).accept(builder, v);
  }

  /** Gives an {@code OPTIONAL_INT}'s value to the builder. */
  public void setInt(B builder, int v) {
    java.util.Objects.requireNonNull(intSetter).accept(builder, v);
  }

  /** {@return whether a document must have it}: a required property, a non-empty list */
  public boolean required() {
    return kind == Kind.REQUIRED || kind == Kind.LIST && nonEmpty;
  }

  /** {@return its default, which a document may leave it out for; null if none} */
  public @Nullable Object wireDefault() {
    return wireDefault;
  }

  /** {@return the most elements a list may have} */
  public int maxItems() {
    return maxItems;
  }

  /** {@return whether a list must have at least one element} */
  public boolean nonEmpty() {
    return nonEmpty;
  }

  /** {@return whether a list allows no element twice} */
  public boolean unique() {
    return unique;
  }

  /** {@return more JSON Schema keywords of a list, for what else the model requires of it} */
  public Map<String, Object> more() {
    return more;
  }
}
