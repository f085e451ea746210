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
 * A value written as a JSON string: ids, vocabulary terms, instants, dates, URLs, zones. The
 * model's own factory parses it; what it rejects is reported at the string's path. Where the
 * value has a {@linkplain TextFormat format}, a text of the wrong one is reported without being
 * parsed, whenever that saves an exception (a document can hold hundreds of thousands of bad
 * values: past the problems kept, each costs a check and a count).
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
  /** Whether {@link #parse} checks the format itself, as the model's factories do. */
  private final boolean parseChecks;
  private final Map<String, Object> schema;

  private TextCodec(Function<String, T> parse, Function<T, String> format,
      @Nullable TextFormat checked, boolean parseChecks, Map<String, Object> schema) {
    this.parse = parse;
    this.format = format;
    this.checked = checked;
    this.parseChecks = parseChecks;
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
    return new TextCodec<>(parse, format, null, false,
        java.util.Collections.unmodifiableMap(schema));
  }

  /**
   * A string codec of a text format that {@code parse} does not check in full (Java's date and
   * time parsers accept more than RFC 3339): the text is checked against it first, and the
   * schema says the format.
   *
   * @param checked the format every value's text has
   * @param parse text of the format to value; throws ContentValidationException or Unparseable
   * @param format value to text
   */
  static <T> TextCodec<T> of(TextFormat checked, Function<String, T> parse,
      Function<T, String> format) {
    return ofFormat(checked, false, parse, format);
  }

  /**
   * A string codec of a text format that the model's factory {@code of} checks itself, as it
   * does for ids and vocabulary terms. The codec checks it too only once the read keeps no more
   * problems: then a wrong text costs a check, not an exception, and a right one is still
   * checked once.
   *
   * @param checked the format the factory checks
   * @param of text to value; throws ContentValidationException
   * @param format value to text
   */
  static <T> TextCodec<T> ofChecking(TextFormat checked, Function<String, T> of,
      Function<T, String> format) {
    return ofFormat(checked, true, of, format);
  }

  private static <T> TextCodec<T> ofFormat(TextFormat checked, boolean parseChecks,
      Function<String, T> parse, Function<T, String> format) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "string");
    schema.putAll(checked.schema());
    return new TextCodec<>(parse, format, checked, parseChecks,
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
    return new TextCodec<>(parse, format, checked, parseChecks,
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
    return new TextCodec<>(parse, format, checked, parseChecks,
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
    if (checked != null && (!parseChecks || reader.keepsNoMoreProblems())) {
      String rule = checked.problem(text);
      if (rule != null) {
        return reader.problem(rule, text);
      }
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
