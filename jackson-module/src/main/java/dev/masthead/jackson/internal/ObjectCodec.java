package dev.masthead.jackson.internal;

import dev.masthead.internal.ExtensionNames;
import dev.masthead.internal.Rules;
import dev.masthead.model.ContentLimits;
import dev.masthead.model.ContentPath;
import dev.masthead.model.ContentValidationException;
import dev.masthead.model.RawJson;
import dev.masthead.model.Violation;
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

  private static final String DUPLICATE = "must not appear twice in an object";
  private static final ContentPath.Name EXTENSIONS = new ContentPath.Name("extensions");

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
  /** Bits of the properties a document must have: required ones, but no lists. */
  private final long required;
  private final int typeIndex;
  private final Map<String, Object> rules;

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
    this.rules = Map.copyOf(d.rules);
    this.names = Property.names(properties).toArray(new String[0]);
    // Jackson's own matcher: a known name is found from the input bytes, without a String.
    this.matcher = RawJsonCodec.FACTORY.constructNameMatcher(
        java.util.Arrays.stream(names).map(Named::fromString).toList(), false);
    if (properties.size() > 63) {
      throw new IllegalArgumentException("too many properties for the seen-set: " + typeName);
    }
    long mask = 0;
    for (int i = 0; i < properties.size(); i++) {
      if (properties.get(i).required() && !properties.get(i).isList()) {
        mask |= 1L << i;
      }
    }
    this.required = mask;
    this.typeIndex = java.util.Arrays.asList(names).indexOf("type");
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
  public @Nullable T read(JsonReader reader) {
    if (reader.token() != JsonToken.START_OBJECT) {
      return reader.wrongType("an object");
    }
    return readProperties(reader, null);
  }

  /**
   * Reads the properties of the object the reader is in, up to its END_OBJECT, and builds the
   * value; null if anything in it was wrong, every problem reported. {@code typeAlreadyRead}:
   * the block type name the caller read as the object's first property, or null.
   *
   * <p>An object that lacks a required property is reported for what it lacks and not built:
   * the rules that relate its properties to each other are checked once it has them all. Past
   * the most extensions an object may have, the rest are only checked to be well-formed.
   */
  @Nullable T readProperties(JsonReader reader, @Nullable String typeAlreadyRead) {
    // Made at the first property: an empty object that misses a required property needs none
    // (a document of empty objects is a builder every three bytes otherwise).
    B builder = null;
    long seen = 0;
    long given = 0;
    long failed = 0;
    boolean otherFailed = false;
    boolean sawType = typeAlreadyRead != null;
    if (typeAlreadyRead != null && discriminator == null) {
      // An unknown block: its type is one of its own properties.
      if (typeIndex < 0 || typeSetter == null) {
        throw new IllegalArgumentException(typeName + " has no type property");
      }
      builder = newBuilder.get();
      typeSetter.accept(builder, typeAlreadyRead);
      seen |= 1L << typeIndex;
      given |= 1L << typeIndex;
    }
    Set<String> unknownSeen = null;
    int unknown = 0;
    int match;
    while ((match = reader.nextNameMatch(matcher)) != PropertyNameMatcher.MATCH_END_OBJECT) {
      String name = match >= 0 ? names[match] : reader.name();
      reader.push(name);
      JsonToken value = reader.next();
      if (match >= 0) {
        long bit = 1L << match;
        if ((seen & bit) != 0) {
          reader.problem(DUPLICATE, null);
          reader.skipValue();
          failed |= bit;
        } else {
          seen |= bit;
          if (value != JsonToken.VALUE_NULL) {
            if (builder == null) {
              builder = newBuilder.get();
            }
            if (properties.get(match).read(reader, builder)) {
              given |= bit;
            } else {
              failed |= bit;
            }
          }
        }
      } else if (discriminator != null && name.equals("type")) {
        otherFailed |= !readDiscriminator(reader, sawType);
        sawType = true;
      } else {
        if (unknownSeen == null) {
          unknownSeen = new HashSet<>();
        }
        if (unknown >= ContentLimits.EXTENSIONS) {
          // Past the most an object keeps: counted, skipped, not remembered (a document can
          // hold hundreds of thousands), so a repeat among them is not told apart.
          unknown++;
          reader.skipValue();
        } else if (!unknownSeen.add(name)) {
          reader.problem(DUPLICATE, null);
          reader.skipValue();
          otherFailed = true;
        } else {
          unknown++;
          RawJson raw = RawJsonCodec.INSTANCE.read(reader);
          if (raw == null) {
            otherFailed = true;
          } else {
            if (builder == null) {
              builder = newBuilder.get();
            }
            extensionSink.put(builder, name, raw);
          }
        }
      }
      reader.pop();
    }
    if (unknown > ContentLimits.EXTENSIONS) {
      reader.problem(Rules.tooManyExtensions(unknown), null);
      otherFailed = true;
    }
    long missing = required & ~given & ~failed;
    if (missing != 0) {
      for (int i = 0; i < names.length; i++) {
        if ((missing & 1L << i) != 0) {
          reader.problemAt(names[i], Rules.REQUIRED, null);
        }
      }
      return null;
    }
    T built;
    try {
      built = build.apply(builder != null ? builder : newBuilder.get());
    } catch (ContentValidationException e) {
      reportModelViolations(reader, e, failed);
      return null;
    }
    return failed != 0 || otherFailed ? null : built;
  }

  /** Reads a block's {@code type} where the caller did not: it must name this block type. */
  private boolean readDiscriminator(JsonReader reader, boolean sawType) {
    if (sawType) {
      reader.problem(DUPLICATE, null);
      reader.skipValue();
      return false;
    }
    if (reader.token() != JsonToken.VALUE_STRING) {
      reader.wrongType("a string");
      return false;
    }
    String type = reader.string();
    if (!type.equals(discriminator)) {
      reader.problem("must be \"" + discriminator + "\" here", type);
      return false;
    }
    return true;
  }

  /**
   * Reports what the model found when the object was built, but not what concerns a property
   * whose value was already reported as wrong (it is missing from the builder only for that).
   */
  private void reportModelViolations(JsonReader reader, ContentValidationException e,
      long failed) {
    int skipped = 0;
    List<Violation> relevant = new ArrayList<>(e.violations().size());
    for (Violation violation : e.violations()) {
      List<ContentPath.Segment> segments = violation.path().segments();
      if (!segments.isEmpty() && segments.get(0) instanceof ContentPath.Name first
          && failedProperty(first.name(), failed)) {
        skipped++;
      } else {
        relevant.add(onTheWire(violation));
      }
    }
    if (!relevant.isEmpty()) {
      // The model kept the first violations and counted the rest: count those too.
      reader.invalid(relevant, e.violationCount() - skipped);
    }
  }

  private boolean failedProperty(String name, long failed) {
    for (int i = 0; i < names.length; i++) {
      if ((failed & 1L << i) != 0 && names[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The model holds unknown properties in its {@code extensions} map, but on the wire they are
   * properties of the object itself: a violation of the name at {@code /extensions/name} is
   * placed at {@code /name}, where the property is in the document, and one about them all at
   * the object.
   */
  private static Violation onTheWire(Violation violation) {
    List<ContentPath.Segment> segments = violation.path().segments();
    if (segments.isEmpty() || !segments.get(0).equals(EXTENSIONS)) {
      return violation;
    }
    if (segments.size() == 1) {
      // About the extensions as a whole (too many): on the wire, that is the object itself.
      return Violation.of(ContentPath.root(), violation.rule(), null);
    }
    if (segments.size() > 2 || !(segments.get(1) instanceof ContentPath.Name name)) {
      return violation;
    }
    if (violation.value().isEmpty()) {
      return Violation.of(ContentPath.root().child(name.name()), violation.rule(), null);
    }
    // The model reports a bad name with the name as its value; anything else is left as it is.
    Violation named = Violation.of(ContentPath.root().child(name.name()), violation.rule(),
        name.name());
    return named.value().equals(violation.value()) ? named : violation;
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
    // Unknown properties are extensions: kept, and written back, with names and values the
    // model holds.
    def.put("propertyNames", ExtensionNames.schema());
    def.put("additionalProperties", RawJsonCodec.INSTANCE.schema(schemas));
    def.putAll(new java.util.TreeMap<>(rules));
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
      properties.add(Property.list(name, getter, adder, codec, maxItems, false, false,
          Map.of()));
      return this;
    }

    /** A list in which the model allows no value twice ({@code uniqueItems}). */
    <E> Definition<T, B> uniqueList(String name, Function<T, List<E>> getter,
        BiConsumer<B, E> adder, Codec<E> codec, int maxItems) {
      properties.add(Property.list(name, getter, adder, codec, maxItems, false, true,
          Map.of()));
      return this;
    }

    /**
     * A list the model requires to have at least one element; {@code more}: keywords of the
     * array for what else the model requires of it.
     */
    <E> Definition<T, B> nonEmptyList(String name, Function<T, List<E>> getter,
        BiConsumer<B, E> adder, Codec<E> codec, int maxItems, Map<String, Object> more) {
      properties.add(Property.list(name, getter, adder, codec, maxItems, true, false, more));
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
    ObjectCodec<T, B> extensions(Function<T, Map<String, RawJson>> getter,
        ExtensionSink<B> sink) {
      this.extensions = getter;
      this.extensionSink = sink;
      return new ObjectCodec<>(this);
    }
  }
}
