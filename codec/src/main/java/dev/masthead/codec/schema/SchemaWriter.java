package dev.masthead.codec.schema;

import dev.masthead.codec.wire.AnyType;
import dev.masthead.codec.wire.BlockTypes;
import dev.masthead.codec.wire.IntType;
import dev.masthead.codec.wire.ObjectType;
import dev.masthead.codec.wire.Property;
import dev.masthead.codec.wire.TextType;
import dev.masthead.codec.wire.ValueType;
import dev.masthead.internal.ExtensionNames;
import dev.masthead.model.Block;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * Writes the JSON Schema of a document type, with the definitions ({@code $defs}) of the object
 * types it refers to, each once.
 */
public final class SchemaWriter {
  private final Map<String, Map<String, Object>> definitions = new TreeMap<>();

  private SchemaWriter() {}

  /**
   * {@return the JSON Schema of a document type}
   *
   * @param name the document type's name, e.g. {@code Article}
   * @param type its wire type
   */
  public static Map<String, Object> document(String name, ValueType<?> type) {
    SchemaWriter schemas = new SchemaWriter();
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$id", "https://masthead.dev/schema/" + name + ".json");
    root.put("title", name);
    root.putAll(schemas.schema(type));
    root.put("$defs", schemas.definitions);
    return root;
  }

  private Map<String, Object> schema(ValueType<?> type) {
    if (type instanceof TextType<?> text) {
      return new LinkedHashMap<>(text.schema());
    } else if (type instanceof IntType integer) {
      return new LinkedHashMap<>(integer.schema());
    } else if (type instanceof AnyType) {
      return reference("RawJson",
          () -> ExtensionNames.valueSchema(Map.of("$ref", "#/$defs/RawJson")));
    } else if (type instanceof ObjectType<?, ?> object) {
      return reference(object.typeName(), () -> definition(object));
    } else if (type instanceof BlockTypes blocks) {
      return blocks(blocks);
    }
    throw new IllegalArgumentException("not a value type: " + type);
  }

  /** {@return a reference to the definition {@code name}, computing it on first use} */
  private Map<String, Object> reference(String name, Supplier<Map<String, Object>> def) {
    if (!definitions.containsKey(name)) {
      definitions.put(name, Map.of()); // a placeholder breaks cycles
      definitions.put(name, def.get());
    }
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("$ref", "#/$defs/" + name);
    return ref;
  }

  private <T, B> Map<String, Object> definition(ObjectType<T, B> type) {
    Map<String, Object> def = new LinkedHashMap<>();
    def.put("type", "object");
    def.put("description", type.description());
    Map<String, Object> props = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    if (type.discriminator() != null) {
      props.put("type", Map.of("const", type.discriminator()));
      required.add("type");
    }
    for (Property<T, B> property : type.properties()) {
      props.put(property.name(), property(property));
      if (property.required()) {
        required.add(property.name());
      }
    }
    def.put("properties", props);
    if (!required.isEmpty()) {
      def.put("required", required);
    }
    // Unknown properties are extensions: kept, and written back, with names and values the
    // model holds.
    def.put("propertyNames", ExtensionNames.schema());
    def.put("additionalProperties", schema(AnyType.INSTANCE));
    def.putAll(new TreeMap<>(type.rules()));
    return def;
  }

  private Map<String, Object> property(Property<?, ?> property) {
    Map<String, Object> value = schema(property.value());
    switch (property.kind()) {
      case REQUIRED -> {
        return value;
      }
      case DEFAULTED -> {
        // Optional on the wire: missing or null, it is the default.
        Map<String, Object> schema = new LinkedHashMap<>(nullable(value));
        schema.put("default", property.wireDefault());
        return schema;
      }
      case OPTIONAL, OPTIONAL_INT -> {
        return nullable(value);
      }
      case LIST -> {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "array");
        schema.put("items", value);
        if (property.nonEmpty()) {
          schema.put("minItems", 1);
        }
        schema.put("maxItems", property.maxItems());
        if (property.unique()) {
          schema.put("uniqueItems", true);
        }
        schema.putAll(property.more());
        // A list a document may leave out may also be null; one it must have may not.
        return property.nonEmpty() ? schema : nullable(schema);
      }
    }
    throw new IllegalArgumentException("not a property kind: " + property.kind());
  }

  private Map<String, Object> blocks(BlockTypes blocks) {
    List<Object> oneOf = new ArrayList<>();
    for (ObjectType<? extends Block, ?> known : blocks.known()) {
      oneOf.add(schema(known));
    }
    Map<String, Object> unknownRef = schema(blocks.unknown());
    Map<String, Object> notKnown = new LinkedHashMap<>();
    notKnown.put("properties", Map.of("type", Map.of("not",
        Map.of("enum", new ArrayList<>(new TreeSet<>(Block.knownTypes()))))));
    oneOf.add(Map.of("allOf", List.of(unknownRef, notKnown)));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("oneOf", oneOf);
    return reference("Block", () -> schema);
  }

  /**
   * {@return {@code schema}, or null}: what a reader takes for an optional property, which
   * it reads as absent when it is null
   */
  static Map<String, Object> nullable(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (type instanceof String single) {
      Map<String, Object> copy = new LinkedHashMap<>(schema);
      copy.put("type", List.of(single, "null"));
      if (schema.get("enum") instanceof List<?> values) {
        List<Object> withNull = new ArrayList<>(values);
        withNull.add(null);
        copy.put("enum", withNull);
      }
      return copy;
    }
    Map<String, Object> either = new LinkedHashMap<>();
    either.put("anyOf", List.of(schema, Map.of("type", "null")));
    return either;
  }
}
