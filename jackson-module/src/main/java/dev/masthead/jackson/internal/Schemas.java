package dev.masthead.jackson.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Collects the JSON Schema definitions ({@code $defs}) of the object types a schema refers to,
 * each once, so that codecs can describe themselves without recursion going round in circles.
 */
public final class Schemas {
  private final Map<String, Map<String, Object>> definitions = new TreeMap<>();

  /** {@return a reference to the definition {@code name}, computing it on first use} */
  Map<String, Object> reference(String name, java.util.function.Supplier<Map<String, Object>> def) {
    if (!definitions.containsKey(name)) {
      definitions.put(name, Map.of()); // a placeholder breaks cycles
      definitions.put(name, def.get());
    }
    Map<String, Object> ref = new LinkedHashMap<>();
    ref.put("$ref", "#/$defs/" + name);
    return ref;
  }

  /**
   * {@return {@code schema}, or null}: what a reader takes for an optional property, which
   * it reads as absent when it is null
   *
   * @param schema the schema of the property's value
   */
  static Map<String, Object> nullable(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (type instanceof String single) {
      Map<String, Object> copy = new LinkedHashMap<>(schema);
      copy.put("type", java.util.List.of(single, "null"));
      if (schema.get("enum") instanceof java.util.List<?> values) {
        java.util.List<Object> withNull = new java.util.ArrayList<>(values);
        withNull.add(null);
        copy.put("enum", withNull);
      }
      return copy;
    }
    Map<String, Object> either = new LinkedHashMap<>();
    either.put("anyOf", java.util.List.of(schema, Map.of("type", "null")));
    return either;
  }

  /** {@return the definitions collected so far, by name} */
  public Map<String, Map<String, Object>> definitions() {
    return definitions;
  }
}
