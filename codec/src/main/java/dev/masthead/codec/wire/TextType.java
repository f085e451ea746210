package dev.masthead.codec.wire;

import dev.masthead.internal.TextFormat;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A value written as a JSON string: text, ids, vocabulary terms, instants, dates, URLs, zones.
 * The model's own factory parses it. Where the value has a {@linkplain TextFormat format}, a
 * text of the wrong one is refused without being parsed, whenever that saves an exception (a
 * document can hold hundreds of thousands of bad values: past the problems kept, each costs a
 * check and a count).
 *
 * @param <T> the value's type
 */
public final class TextType<T> implements ValueType<T> {
  /** Thrown by a parse function for text that is no such value; the message is the rule. */
  public static final class Unparseable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unparseable(String rule) {
      super(rule, null, false, false);
    }
  }

  private final Function<String, T> parse;
  private final Function<T, String> format;
  private final @Nullable TextFormat checked;
  private final boolean parseChecks;
  private final Map<String, Object> schema;

  private TextType(Function<String, T> parse, Function<T, String> format,
      @Nullable TextFormat checked, boolean parseChecks, Map<String, Object> schema) {
    this.parse = parse;
    this.format = format;
    this.checked = checked;
    this.parseChecks = parseChecks;
    this.schema = schema;
  }

  /**
   * A string type.
   *
   * @param parse text to value; throws ContentValidationException or Unparseable
   * @param format value to text
   * @param facets JSON Schema keywords beside {@code "type": "string"}, as key/value pairs
   */
  static <T> TextType<T> of(Function<String, T> parse, Function<T, String> format,
      Object... facets) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "string");
    for (int i = 0; i < facets.length; i += 2) {
      schema.put((String) facets[i], facets[i + 1]);
    }
    return new TextType<>(parse, format, null, false, Collections.unmodifiableMap(schema));
  }

  /**
   * A string type of a text format that {@code parse} does not check in full (Java's date and
   * time parsers accept more than RFC 3339): the text is checked against it first, and the
   * schema says the format.
   */
  static <T> TextType<T> of(TextFormat checked, Function<String, T> parse,
      Function<T, String> format) {
    return ofFormat(checked, false, parse, format);
  }

  /**
   * A string type of a text format that the model's factory {@code of} checks itself, as it
   * does for ids and vocabulary terms. The reader checks it too only once the read keeps no
   * more problems: then a wrong text costs a check, not an exception.
   */
  static <T> TextType<T> ofChecking(TextFormat checked, Function<String, T> of,
      Function<T, String> format) {
    return ofFormat(checked, true, of, format);
  }

  private static <T> TextType<T> ofFormat(TextFormat checked, boolean parseChecks,
      Function<String, T> parse, Function<T, String> format) {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("type", "string");
    schema.putAll(checked.schema());
    return new TextType<>(parse, format, checked, parseChecks,
        Collections.unmodifiableMap(schema));
  }

  /**
   * {@return the same type, described in the schema with more keywords}
   *
   * @param facets JSON Schema keywords as key/value pairs, e.g. {@code "maxLength", 300}
   */
  TextType<T> withSchema(Object... facets) {
    Map<String, Object> more = new LinkedHashMap<>(schema);
    for (int i = 0; i < facets.length; i += 2) {
      more.put((String) facets[i], facets[i + 1]);
    }
    return new TextType<>(parse, format, checked, parseChecks,
        Collections.unmodifiableMap(more));
  }

  /**
   * {@return the same type, described in the schema with more keywords}
   *
   * @param facets JSON Schema keywords, in order: a rule definition's {@code schema()}
   */
  TextType<T> withSchema(Map<String, Object> facets) {
    Map<String, Object> more = new LinkedHashMap<>(schema);
    more.putAll(facets);
    return new TextType<>(parse, format, checked, parseChecks,
        Collections.unmodifiableMap(more));
  }

  /**
   * {@return the value of a text}
   *
   * @throws dev.masthead.model.ContentValidationException if the model refuses it
   * @throws Unparseable if it is no such value
   */
  public T parse(String text) {
    return parse.apply(text);
  }

  /** {@return the text of a value} */
  public String format(T value) {
    return format.apply(value);
  }

  /** {@return the format every value's text has, checked before parsing, or null} */
  public @Nullable TextFormat checked() {
    return checked;
  }

  /** {@return whether {@link #parse} checks the format itself, as the model's factories do} */
  public boolean parseChecks() {
    return parseChecks;
  }

  /** {@return its JSON Schema keywords} */
  public Map<String, Object> schema() {
    return schema;
  }
}
