package dev.masthead.model;

import dev.masthead.internal.JsonStrings;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One JSON value kept as text: how the model holds properties it does not know (extensions, and
 * unknown body blocks) so that they can be written back unchanged.
 *
 * <p>Core parses no JSON with a library; it only checks, on construction, that the text is one
 * syntactically valid JSON value (RFC 8259), with no duplicate names in any object, no name
 * longer than {@link ContentLimits#EXTENSION_NAME} bytes in UTF-8, no number of more than {@link
 * ContentLimits#RAW_JSON_NUMBER} digits, at most {@link ContentLimits#RAW_JSON_DEPTH} levels
 * of nesting and at most {@link ContentLimits#TOTAL_VALUES} tokens (each bracket and brace,
 * property name and scalar: the values it counts towards its holder's totals), so that what is
 * written back is always valid JSON, and reads back. The text is kept exactly as given; equality
 * is equality of the text.
 */
public final class RawJson {
  private final String text;
  /** Its tokens, which the model counts as values (see {@link ContentLimits#TOTAL_VALUES}). */
  private final int values;

  private RawJson(String text, int values) {
    this.text = text;
    this.values = values;
  }

  /**
   * {@return the given JSON text as a raw value}
   *
   * @param json one JSON value, e.g. {@code "42"}, {@code "\"crm-1\""} or {@code "{\"a\":[1]}"}
   * @throws ContentValidationException if it is not one valid JSON value within the limits
   */
  public static RawJson of(String json) {
    if (json == null) {
      throw invalid("is required", null);
    }
    JsonSyntax syntax = JsonSyntax.parse(json);
    String error = syntax.error();
    if (error != null) {
      throw invalid(error, json);
    }
    if (syntax.tokens() > ContentLimits.TOTAL_VALUES) {
      throw invalid(Totals.tooManyValues(syntax.tokens()), json);
    }
    return new RawJson(json, syntax.tokens());
  }

  private static ContentValidationException invalid(String rule, @Nullable String json) {
    return new ContentValidationException(
        "RawJson", List.of(Violation.of(ContentPath.root(), rule, json)));
  }

  /**
   * {@return a JSON string value holding {@code value}, escaped as JSON requires}
   *
   * @param value any text
   */
  public static RawJson ofString(String value) {
    return of(JsonStrings.quoteEscapingUnpaired(value));
  }

  /** {@return its tokens: each bracket and brace, each property name, each scalar} */
  int values() {
    return values;
  }

  /** {@return the JSON text, exactly as given} */
  public String text() {
    return text;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof RawJson that && text.equals(that.text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** {@return the JSON text} */
  @Override
  public String toString() {
    return text;
  }
}
