package dev.masthead.model;

import java.util.List;

/**
 * Thrown when a model value would break one or more of its invariants. Lists <em>every</em>
 * violation found, each with its attribute path, the broken rule and an excerpt of the value.
 *
 * <p>It is the only exception a builder, a {@code with*} copy or an {@code of(..)} factory of the
 * model throws for bad content. A missing required attribute and a {@code null} are reported the
 * same way, as a violation of that attribute.
 */
public final class ContentValidationException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Never null; a {@code List.copyOf} copy, serializable. */
  @SuppressWarnings("serial")
  private final List<Violation> violations;

  private final String type;

  /**
   * Creates the exception for a value of {@code type} with at least one violation.
   *
   * @param type the simple name of the type being built, e.g. {@code "Article"}
   * @param violations what is wrong; not empty
   */
  public ContentValidationException(String type, List<Violation> violations) {
    super(message(type, violations));
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a validation exception needs at least one violation");
    }
    this.type = type;
    this.violations = List.copyOf(violations);
  }

  /** {@return the simple name of the type that could not be built, e.g. {@code "Article"}} */
  public String type() {
    return type;
  }

  /** {@return every violation found, in attribute order; never empty} */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(String type, List<Violation> violations) {
    StringBuilder out = new StringBuilder("Invalid ").append(type);
    if (violations.size() == 1) {
      return out.append(": ").append(violations.get(0)).toString();
    }
    out.append(" (").append(violations.size()).append(" violations)");
    for (Violation violation : violations) {
      out.append("\n  - ").append(violation);
    }
    return out.toString();
  }
}
