package dev.masthead.jackson.internal;

import dev.masthead.internal.TextFormat;
import dev.masthead.model.ContentValidationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;

/**
 * A value written as a JSON string: ids, vocabulary terms, instants, dates, URLs, zones. A text
 * of the wrong {@linkplain TextFormat format} is reported at the string's path without parsing
 * it (a document can hold hundreds of thousands of bad values: each costs a check, no exception);
 * the model's own factory parses the rest, and what it rejects is reported there too.
 *
 * @param <T> the value's type
 */
final class TextCodec<T> implements Codec<T> {
  /** Thrown by a parse function for text that is no such value; the message is the rule. */
  static final class Unparseable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unparseable(String rule) {
      super(rule, null, false, false);
    }
  }

  private final Function<String, T> parse;
  private final Function<T, String> format;
  private final @Nullable TextFormat checked;
  private final Map<String, Object> schema;

  private TextCodec(Function<String, T> parse, Function<T, String> format,
      @Nullable TextFormat checked, Map<String, Object> schema) {
    this.parse = parse;
    this.format = format;
    this.checked = checked;
    this.schema = schema;
  }

  /**
   * A string codec.
   *
   * @param parse text to value; throws ContentValidationException or Unparseable
   * @param format value to text
   * @param facets JSON Schema keywords beside {@code "type": "string"}, as key/value pairs
   */
  static <T> TextCodec<T> of(Function<String, T> parse, Function<T, String> format,
      Object... facets) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "string");
    for (int i = 0; i < facets.length; i += 2) {
      schema.put((String) facets[i], facets[i + 1]);
    }
    return new TextCodec<>(parse, format, null, java.util.Collections.unmodifiableMap(schema));
  }

  /**
   * A string codec of a text format: the text is checked against it before it is parsed, and
   * the schema says the format.
   *
   * @param checked the format every value's text has
   * @param parse text of the format to value; throws ContentValidationException or Unparseable
   * @param format value to text
   */
  static <T> TextCodec<T> of(TextFormat checked, Function<String, T> parse,
      Function<T, String> format) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "string");
    schema.putAll(checked.schema());
    return new TextCodec<>(parse, format, checked,
        java.util.Collections.unmodifiableMap(schema));
  }

  /**
   * {@return the same codec, described in the schema with more keywords}
   *
   * @param facets JSON Schema keywords as key/value pairs, e.g. {@code "maxLength", 300}
   */
  TextCodec<T> withSchema(Object... facets) {
    Map<String, Object> more = new LinkedHashMap<>(schema);
    for (int i = 0; i < facets.length; i += 2) {
      more.put((String) facets[i], facets[i + 1]);
    }
    return new TextCodec<>(parse, format, checked,
        java.util.Collections.unmodifiableMap(more));
  }

  /**
   * {@return the same codec, described in the schema with more keywords}
   *
   * @param facets JSON Schema keywords, in order: a rule definition's {@code schema()}
   */
  TextCodec<T> withSchema(Map<String, Object> facets) {
    Map<String, Object> more = new LinkedHashMap<>(schema);
    more.putAll(facets);
    return new TextCodec<>(parse, format, checked,
        java.util.Collections.unmodifiableMap(more));
  }

  @Override
  public void write(T value, JsonGenerator generator) {
    // Most text values are Strings written as they are: skip the call through format.
    generator.writeString(value instanceof String text ? text : format.apply(value));
  }

  @Override
  public @Nullable T read(JsonReader reader) {
    if (reader.token() != JsonToken.VALUE_STRING) {
      return reader.wrongType("a string");
    }
    String text = reader.string();
    String rule = checked == null ? null : checked.problem(text);
    if (rule != null) {
      return reader.problem(rule, text);
    }
    try {
      return parse.apply(text);
    } catch (ContentValidationException e) {
      reader.invalid(e);
      return null;
    } catch (Unparseable e) {
      return reader.problem(e.getMessage(), text);
    }
  }

  @Override
  public Map<String, Object> schema(Schemas schemas) {
    return new LinkedHashMap<>(schema);
  }
}
