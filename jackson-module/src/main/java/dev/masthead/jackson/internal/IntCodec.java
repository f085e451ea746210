package dev.masthead.jackson.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser.NumberType;
import tools.jackson.core.JsonToken;

/** A 32-bit integer written as a JSON integer: no fraction, no exponent, no quotes. */
final class IntCodec implements Codec<Integer> {
  static final IntCodec INSTANCE = new IntCodec();

  private IntCodec() {}

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
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "integer");
    return schema;
  }
}
