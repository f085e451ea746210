package dev.masthead.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A string format of the model, defined once: the regular expression of the strings it
 * accepts, their most code points, the rule a refused string breaks, and the JSON Schema
 * keywords that say the same ({@link #schema}). The model checks a value with {@link #problem};
 * the JSON Schema uses {@link #regex} verbatim as its {@code pattern}.
 *
 * <p>Every expression is written so that {@code java.util.regex} and ECMA-262 (with the {@code
 * u} flag, as JSON Schema 2020-12 asks) accept the same strings: anchored with {@code ^} and
 * {@code $}, non-capturing groups, look-arounds, {@code \}{@code uXXXX} escapes, character
 * classes of ASCII ranges; no possessive quantifiers, atomic groups, inline flags, {@code \p}
 * classes or other Java-only syntax ({@code FormatsTest} checks). {@code $} is ECMA-262's end
 * of input: the model matches whole strings, and a validator on {@code java.util.regex}, where
 * {@code $} also matches before a last line break, reads it as {@code \z} (networknt's does).
 * Repetition of groups is kept
 * short or bounded by a look-ahead on the length, so that a validator built on a backtracking
 * engine cannot overflow its stack on a long input.
 */
public final class TextFormat {
  private final String name;
  private final String regex;
  private final Pattern pattern;
  private final int maxLength;
  private final @Nullable String format;
  private final @Nullable String description;
  private final Predicate<String> accepts;
  private final Function<String, String> rule;

  private TextFormat(Builder b) {
    this.name = b.name;
    this.regex = b.regex;
    this.pattern = Pattern.compile(b.regex);
    this.maxLength = b.maxLength;
    this.format = b.format;
    this.description = b.description;
    Predicate<String> expression = s -> pattern.matcher(s).matches();
    Predicate<String> surely = b.surely;
    this.accepts = b.accepts != null ? b.accepts
        : surely != null ? s -> surely.test(s) || expression.test(s)
        : expression;
    this.rule = b.rule;
  }

  static Builder builder(String name, String regex) {
    return new Builder(name, regex);
  }

  /** {@return a short name for the format, such as "id" or "url"} */
  public String name() {
    return name;
  }

  /** {@return the regular expression of the format, anchored, as the JSON Schema has it} */
  public String regex() {
    return regex;
  }

  /** {@return the compiled {@link #regex}} */
  public Pattern pattern() {
    return pattern;
  }

  /** {@return the most code points a string of the format may have} */
  public int maxLength() {
    return maxLength;
  }

  /**
   * {@return whether {@code value} is a string of this format}
   *
   * @param value the string
   */
  public boolean accepts(String value) {
    // No more chars than code points allowed: short enough, without counting them (the common
    // case); more than twice as many: too long, without counting them either.
    int n = value.length();
    return (n <= maxLength
        || n <= 2L * maxLength && value.codePointCount(0, n) <= maxLength)
        && accepts.test(value);
  }

  /**
   * {@return the rule {@code value} breaks, or null if it is a string of this format}
   *
   * @param value the string
   */
  public @Nullable String problem(String value) {
    return accepts(value) ? null : rule.apply(value);
  }

  /**
   * {@return the JSON Schema keywords of a string of this format}, besides {@code "type":
   * "string"}: {@code maxLength}, {@code pattern}, and {@code format} (an annotation: the
   * pattern accepts a subset of what the format names) and {@code description} where it has
   * them
   */
  public Map<String, Object> schema() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("maxLength", maxLength);
    schema.put("pattern", regex);
    if (format != null) {
      schema.put("format", format);
    }
    if (description != null) {
      schema.put("description", description);
    }
    return schema;
  }

  @Override
  public String toString() {
    return name;
  }

  static final class Builder {
    private final String name;
    private final String regex;
    private int maxLength = Integer.MAX_VALUE;
    private @Nullable String format;
    private @Nullable String description;
    private @Nullable Predicate<String> accepts;
    private @Nullable Predicate<String> surely;
    private Function<String, String> rule = s -> "must be a " + s;

    private Builder(String name, String regex) {
      if (!regex.startsWith("^") || !regex.endsWith("$")) {
        throw new IllegalArgumentException("not anchored: " + regex);
      }
      this.name = name;
      this.regex = regex;
    }

    Builder maxLength(int maxLength) {
      this.maxLength = maxLength;
      return this;
    }

    Builder format(String format) {
      this.format = format;
      return this;
    }

    Builder description(String description) {
      this.description = description;
      return this;
    }

    /**
     * The check the model runs instead of the expression, for a hot path; a test checks that
     * it accepts exactly what the expression does.
     */
    Builder accepts(Predicate<String> accepts) {
      this.accepts = accepts;
      return this;
    }

    /**
     * A check that accepts the common strings of the format in less time than the expression,
     * and never one the expression refuses (a test checks it); the expression decides the rest.
     */
    Builder acceptsSurely(Predicate<String> surely) {
      this.surely = surely;
      return this;
    }

    /** The rule a refused string breaks, which may depend on how it is wrong. */
    Builder rule(Function<String, String> rule) {
      this.rule = rule;
      return this;
    }

    Builder rule(String rule) {
      this.rule = s -> rule;
      return this;
    }

    TextFormat build() {
      return new TextFormat(this);
    }
  }
}
