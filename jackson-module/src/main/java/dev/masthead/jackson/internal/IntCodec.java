package dev.masthead.jackson.internal;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
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
  public @Nullable Integer read(JsonReader reader) {
    JsonToken token = reader.token();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      return reader.wrongType("an integer");
    }
    JsonParser parser = reader.parser();
    if (token == JsonToken.VALUE_NUMBER_INT && parser.getNumberType() == NumberType.INT) {
      return parser.getIntValue();
    }
    // An integer may be written with a fraction or an exponent (2.0, 2e0): it is the same
    // number, and an integer to JSON Schema too. Its text is at most the digit limit long, but
    // its exponent may be huge: decided from precision and scale, never by expanding it.
    String text = parser.getString();
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return reader.problem(RANGE, text);
    }
    if (number.signum() != 0) {
      BigDecimal whole = number.stripTrailingZeros();
      if (whole.scale() > 0) {
        return reader.problem("must be a whole number", text);
      }
      if (whole.precision() - whole.scale() > 10) {
        return reader.problem(RANGE, text);
      }
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      return reader.problem(RANGE, text);
    }
  }

  private static final String RANGE =
      "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;

  @Override
  public Map<String, Object> schema(Schemas schemas) {
    return new LinkedHashMap<>(schema);
  }
}
