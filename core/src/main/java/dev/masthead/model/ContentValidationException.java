package dev.masthead.model;

import java.util.List;

/**
 * Thrown when a model value would break one or more of its invariants. Lists every violation
 * found (up to {@value ContentException#MAX_VIOLATIONS}, and counts the rest), each with its
 * attribute path, the broken rule and an excerpt of the value.
 *
 * <p>It is the only exception a builder, a {@code with*} copy or an {@code of(..)} factory of the
 * model throws for bad content. A missing required attribute and a {@code null} are reported the
 * same way, as a violation of that attribute.
 */
public final class ContentValidationException extends ContentException {
  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception for a value of {@code type} with at least one violation.
   *
   * @param type the simple name of the type being built, e.g. {@code "Article"}
   * @param violations what is wrong; not empty
   */
  public ContentValidationException(String type, List<Violation> violations) {
    this(type, violations, violations.size());
  }

  ContentValidationException(String type, List<Violation> violations, int violationCount) {
    super(type, violations, violationCount, null);
  }

  @Override
  String lead() {
    return "Invalid " + type();
  }

  @Override
  String single() {
    return ": ";
  }

  @Override
  String location(Violation violation) {
    return violation.path().isRoot() ? "value" : violation.path().toString();
  }
}
