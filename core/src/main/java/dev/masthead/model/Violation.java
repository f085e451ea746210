package dev.masthead.model;

import java.io.Serializable;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One problem with a value: where it is (a {@link ContentPath} from the value being built or the
 * document being read), which rule it broke, and a printable excerpt of the offending value.
 *
 * <p>A violation is a plain, serializable value: a service can turn a list of them into an RFC
 * 9457 problem body (one entry per violation, with its {@link #pointer()}, {@link #rule()} and
 * {@link #value()}) without parsing any message.
 */
public final class Violation implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ContentPath path;
  private final String rule;
  private final @Nullable String value;

  private Violation(ContentPath path, String rule, @Nullable String value) {
    this.path = Objects.requireNonNull(path, "path");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.value = value;
  }

  /**
   * A violation at a location.
   *
   * @param path where the offending value is
   * @param rule the rule that was broken, in words, e.g. "must not be blank"
   * @param offendingValue the offending value, or {@code null} when the rule is about absence;
   *     kept as a short excerpt of its text (see {@link #value()})
   * @return the violation
   */
  public static Violation of(ContentPath path, String rule, @Nullable Object offendingValue) {
    return new Violation(path, rule,
        offendingValue == null ? null : Excerpts.of(String.valueOf(offendingValue)));
  }

  /**
   * A violation at an attribute path, with the same path and excerpt conventions as the
   * model's own.
   *
   * @param path the attribute path, e.g. {@code "tags[2]"} (see {@link ContentPath#parse});
   *     empty for the value itself
   * @param rule the rule that was broken, in words
   * @param offendingValue the offending value, or {@code null} when the rule is about absence
   * @return the violation
   */
  public static Violation of(String path, String rule, @Nullable Object offendingValue) {
    return of(ContentPath.parse(path), rule, offendingValue);
  }

  /** {@return where the offending value is, from the value being built or the document read} */
  public ContentPath path() {
    return path;
  }

  /** {@return the location as an RFC 6901 JSON Pointer, e.g. {@code "/positions/0/end"}} */
  public String pointer() {
    return path.pointer();
  }

  /** {@return the broken rule, in words, e.g. "must not be blank"} */
  public String rule() {
    return rule;
  }

  /**
   * {@return a printable excerpt of the offending value: at most 64 code points, then an
   * ellipsis, with what could break or disguise a line escaped; empty when the rule is about a
   * missing value}
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
    return new Violation(path.under(property), rule, value);
  }

  /**
   * {@return this violation as seen from the list that holds the violating value at {@code
   * index}}
   *
   * @param index the element's position in the enclosing list, from 0
   */
  public Violation under(int index) {
    return new Violation(path.under(index), rule, value);
  }

  /**
   * {@return this violation as seen from where its value sits: {@code outer}'s segments before
   * its own}
   *
   * @param outer the location of the value this violation's path starts from
   */
  public Violation under(ContentPath outer) {
    return outer.isRoot() ? this : new Violation(path.under(outer), rule, value);
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Violation that
        && path.equals(that.path)
        && rule.equals(that.rule)
        && Objects.equals(value, that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(path, rule, value);
  }

  /** {@return e.g. {@code headline: must not be blank (was "  ")}} */
  @Override
  public String toString() {
    String where = path.isRoot() ? "value" : path.toString();
    return value == null ? where + ": " + rule : where + ": " + rule + " (was \"" + value + "\")";
  }
}
