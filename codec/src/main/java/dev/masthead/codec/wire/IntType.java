package dev.masthead.codec.wire;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A 32-bit integer, written as a JSON integer: no fraction, no exponent, no quotes. A document
 * may spell it with either ({@code 2.0}, {@code 2e0}): it is the same number.
 */
public final class IntType implements ValueType<Integer> {
  static final IntType INT = new IntType(Map.of("type", "integer"));

  private final Map<String, Object> schema;

  private IntType(Map<String, Object> schema) {
    this.schema = schema;
  }

  /**
   * {@return the same type, described in the schema with more keywords}
   *
   * @param facets JSON Schema keywords as key/value pairs, e.g. {@code "minimum", 1}
   */
  IntType withSchema(Object... facets) {
    Map<String, Object> more = new LinkedHashMap<>();
    more.put("type", "integer");
    for (int i = 0; i < facets.length; i += 2) {
      more.put((String) facets[i], facets[i + 1]);
    }
    return new IntType(Collections.unmodifiableMap(more));
  }

  /** {@return its JSON Schema keywords} */
  public Map<String, Object> schema() {
    return schema;
  }
}
