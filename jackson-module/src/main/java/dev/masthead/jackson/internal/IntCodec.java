package dev.masthead.jackson.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser.NumberType;
import tools.jackson.core.JsonToken;

/** A 32-bit integer written as a JSON integer: no fraction, no exponent, no quotes. */
final class IntCodec implements Codec<Integer> {
  static final IntCodec INSTANCE = new IntCodec(Map.of("type", "integer"));

  private final Map<String, Object> schema;

  private IntCodec(Map<String, Object> schema) {
    this.schema = schema;
  }

  /**
   * {@return the same codec, described in the schema with more keywords}
   *
   * @param facets JSON Schema keywords as key/value pairs, e.g. {@code "minimum", 1}
   */
  IntCodec withSchema(Object... facets) {
    Map<String, Object> more = new LinkedHashMap<>();
    more.put("type", "integer");
    for (int i = 0; i < facets.length; i += 2) {
      more.put((String) facets[i], facets[i + 1]);
    }
    return new IntCodec(Collections.unmodifiableMap(more));
  }

  @Override
  public void write(Integer value, JsonGenerator generator) {
    generator.writeNumber(value.intValue());
  }

  @Override
  public Integer read(JsonReader reader) {
    if (reader.token() != JsonToken.VALUE_NUMBER_INT) {
      throw reader.wrongType("an integer");
    }
    if (reader.parser().getNumberType() != NumberType.INT) {
      throw reader.fail("must be an integer from " + Integer.MIN_VALUE + " to "
          + Integer.MAX_VALUE, reader.parser().getString());
    }
    return reader.parser().getIntValue();
  }

  @Override
  public Map<String, Object> schema(Schemas schemas) {
    return new LinkedHashMap<>(schema);
  }
}
