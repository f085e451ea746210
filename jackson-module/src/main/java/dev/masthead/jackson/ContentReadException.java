package dev.masthead.jackson;

import dev.masthead.jackson.internal.Problems;
import dev.masthead.model.Violation;
import java.util.List;

/**
 * The one exception {@link MastheadJson} throws for a document it cannot read: malformed JSON,
 * bad UTF-8, a value of the wrong type, a missing or invalid value, a repeated property, an
 * input over a limit. Each problem is a {@link Violation} whose {@link Violation#pointer()} is
 * the JSON Pointer of the offending value in the document, with the rule it broke and a short,
 * escaped excerpt of the value; the exception never echoes the input.
 */
public final class ContentReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String type;

  /** Never null or empty; List.copyOf. */
  @SuppressWarnings("serial")
  private final List<Violation> violations;

  ContentReadException(String type, List<Violation> violations, Throwable cause) {
    super(message(type, violations), cause, false, true);
    this.type = type;
    this.violations = List.copyOf(violations);
  }

  /** {@return the simple name of the type that was being read, e.g. {@code "Article"}} */
  public String type() {
    return type;
  }

  /** {@return what is wrong, each problem placed by its path from the document's root} */
  public List<Violation> violations() {
    return violations;
  }

  /** {@return the JSON Pointer of the first problem, {@code ""} for the document itself} */
  public String pointer() {
    return violations.get(0).pointer();
  }

  /** {@return the rule the first problem broke} */
  public String rule() {
    return violations.get(0).rule();
  }

  private static String message(String type, List<Violation> violations) {
    StringBuilder out = new StringBuilder("Cannot read ").append(type);
    if (violations.size() == 1) {
      return out.append(" at ").append(describe(violations.get(0))).toString();
    }
    out.append(" (").append(violations.size()).append(" problems)");
    for (Violation violation : violations) {
      out.append("\n  - ").append(describe(violation));
    }
    return out.toString();
  }

  private static String describe(Violation v) {
    // The pointer is made of the input's property names: escaped, so that it cannot forge a line.
    return (v.pointer().isEmpty() ? "(document)" : Problems.escaped(v.pointer())) + ": "
        + v.rule() + v.value().map(x -> " (was \"" + x + "\")").orElse("");
  }
}
