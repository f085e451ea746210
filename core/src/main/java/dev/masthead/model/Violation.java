package dev.masthead.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One violated invariant: where (an attribute path relative to the value being built), which
 * rule, and a printable excerpt of the offending value.
 *
 * <p>Paths name attributes and list indexes, {@code "tags[2]"} or {@code "positions[0].end"};
 * {@link #pointer()} gives the same location as an RFC 6901 JSON Pointer, which is also where
 * the value sits in Masthead's JSON.
 */
public final class Violation {
  private final List<Object> segments;
  private final String rule;
  private final @Nullable String value;

  private Violation(List<Object> segments, String rule, @Nullable String value) {
    this.segments = List.copyOf(segments);
    this.rule = Objects.requireNonNull(rule, "rule");
    this.value = value;
  }

  static Violation of(List<Object> segments, String rule, @Nullable Object offendingValue) {
    return new Violation(
        segments, rule, offendingValue == null ? null : Excerpts.of(String.valueOf(offendingValue)));
  }

  /**
   * A violation of an invariant that a caller checks outside the model (a reader, an index),
   * with the same path and excerpt conventions as the model's own.
   *
   * @param path the attribute path, e.g. {@code "tags[2]"}; empty for the value itself
   * @param rule the rule that was broken, in words
   * @param offendingValue the offending value, or {@code null} when the rule is about absence
   * @return the violation
   */
  public static Violation of(String path, String rule, @Nullable Object offendingValue) {
    return of(Paths.parse(path), rule, offendingValue);
  }

  /** {@return the attribute path, e.g. {@code "positions[0].end"}; empty for the value itself} */
  public String path() {
    return Paths.format(segments);
  }

  /** {@return the location as an RFC 6901 JSON Pointer, e.g. {@code "/positions/0/end"}} */
  public String pointer() {
    return Paths.pointer(segments);
  }

  /** {@return the broken rule, in words, e.g. "must not be blank"} */
  public String rule() {
    return rule;
  }

  /**
   * {@return a printable excerpt of the offending value: truncated, control characters escaped;
   * empty when the rule is about a missing value}
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * {@return this violation as seen from the object that holds the violating value under
   * {@code property}}: {@code "end"} becomes {@code "positions[0].end"} by way of {@code
   * under(0)} and then {@code under("positions")}
   *
   * @param property the name of the property in the enclosing object
   */
  public Violation under(String property) {
    return prefixed(property);
  }

  /**
   * {@return this violation as seen from the list that holds the violating value at {@code
   * index}}
   *
   * @param index the element's position in the enclosing list, from 0
   */
  public Violation under(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative, is " + index);
    }
    return prefixed(index);
  }

  private Violation prefixed(Object segment) {
    List<Object> joined = new java.util.ArrayList<>(segments.size() + 1);
    joined.add(segment);
    joined.addAll(segments);
    return new Violation(joined, rule, value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Violation that
        && segments.equals(that.segments)
        && rule.equals(that.rule)
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(segments, rule, value);
  }

  /** {@return e.g. {@code headline: must not be blank (was "  ")}} */
  @Override
  public String toString() {
    String where = segments.isEmpty() ? "value" : path();
    return value == null ? where + ": " + rule : where + ": " + rule + " (was \"" + value + "\")";
  }
}
