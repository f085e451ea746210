package dev.masthead.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown for a document that cannot be read as a model value: malformed JSON, bad UTF-8, a value
 * of the wrong type, a missing or invalid value, a repeated property, an input over a limit.
 * Each {@link Violation}'s {@link Violation#pointer()} is the JSON Pointer of the offending value
 * in the document, with the rule it broke and a short, escaped excerpt of the value; the
 * exception never echoes the input. Every Masthead reader throws it, whichever JSON library it
 * runs on.
 */
public final class ContentReadException extends ContentException {
  private static final long serialVersionUID = 2L;

  /**
   * Creates the exception for a document with these problems.
   *
   * @param type the simple name of the type being read, e.g. {@code "Article"}
   * @param violations what is wrong, each placed by its path from the document's root; not
   *     empty
   */
  public ContentReadException(String type, List<Violation> violations) {
    this(type, violations, violations.size(), null);
  }

  /**
   * Creates the exception for a document with these problems, some of which may have been
   * counted but not kept.
   *
   * @param type the simple name of the type being read, e.g. {@code "Article"}
   * @param violations the problems kept, each placed by its path from the document's root; not
   *     empty
   * @param violationCount how many problems were found in all
   * @param cause what the JSON library threw, if anything
   */
  public ContentReadException(String type, List<Violation> violations, int violationCount,
      @Nullable Throwable cause) {
    super(type, violations, violationCount, cause);
  }

  /** {@return the JSON Pointer of the first problem, {@code ""} for the document itself} */
  public String pointer() {
    return violations().get(0).pointer();
  }

  /** {@return the rule the first problem broke} */
  public String rule() {
    return violations().get(0).rule();
  }

  @Override
  String lead() {
    return "Cannot read " + type();
  }

  @Override
  String single() {
    return " at ";
  }

  @Override
  String location(Violation violation) {
    return violation.path().isRoot() ? "(document)" : violation.pointer();
  }
}
