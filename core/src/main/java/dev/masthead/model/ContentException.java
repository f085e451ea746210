package dev.masthead.model;

import dev.masthead.internal.QuietExceptions;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bad content: the one exception family Masthead throws for a value that breaks the model's
 * invariants ({@link ContentValidationException}) or a document that cannot be read ({@link
 * ContentReadException}). A service catches it once and turns its {@link #violations()} into a
 * response, e.g. an RFC 9457 problem body, without parsing the message.
 *
 * <p>It keeps the first {@value #MAX_VIOLATIONS} violations and counts every one ({@link
 * #violationCount()}), so that neither its size nor its message grows with the input: the
 * message lists the first {@value #MAX_LISTED}, each with its location, rule and a short
 * excerpt of the value, and says how many more there are. It is serializable, violations and
 * all.
 */
public abstract sealed class ContentException extends IllegalArgumentException
    permits ContentValidationException, ContentReadException {
  private static final long serialVersionUID = 1L;

  /** Most violations an exception keeps; it still counts the others. */
  public static final int MAX_VIOLATIONS = 100;

  /** Most violations its message lists. */
  public static final int MAX_LISTED = 20;

  /** Longest location or rule shown in the message, in characters; longer ones are cut. */
  private static final int MAX_SHOWN = 240;

  private final String type;

  /** Never null or empty; at most MAX_VIOLATIONS; List.copyOf, serializable. */
  @SuppressWarnings("serial")
  private final List<Violation> violations;

  private final int violationCount;

  private transient @Nullable String message;

  ContentException(String type, List<Violation> violations, int violationCount,
      @Nullable Throwable cause) {
    super(null, cause);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("a content exception needs at least one violation");
    }
    if (violationCount < violations.size()) {
      throw new IllegalArgumentException("violationCount " + violationCount
          + " is less than the " + violations.size() + " violations given");
    }
    this.type = type;
    this.violations = List.copyOf(violations.size() > MAX_VIOLATIONS
        ? violations.subList(0, MAX_VIOLATIONS) : violations);
    this.violationCount = violationCount;
  }

  /** {@return the simple name of the type that could not be built or read, e.g. "Article"} */
  public String type() {
    return type;
  }

  /**
   * {@return the violations found, in the order found: all of them, or the first {@value
   * #MAX_VIOLATIONS} when there were more; never empty}
   */
  public List<Violation> violations() {
    return violations;
  }

  /** {@return how many violations were found in all; at least {@code violations().size()}} */
  public int violationCount() {
    return violationCount;
  }

  /** What the message starts with, e.g. "Invalid Article". */
  abstract String lead();

  /** Between the lead and a single violation, e.g. ": " or " at ". */
  abstract String single();

  /** A violation's location as the message shows it (the attribute path or the pointer). */
  abstract String location(Violation violation);

  /**
   * {@return e.g. {@code Invalid Article (3 problems)} and one line per violation, or the
   * violation on the same line when there is one; at most {@value #MAX_LISTED} lines}
   */
  @Override
  public String getMessage() {
    String m = message;
    if (m == null) {
      m = format();
      message = m;
    }
    return m;
  }

  private String format() {
    StringBuilder out = new StringBuilder(lead());
    if (violationCount == 1) {
      return describe(out.append(single()), violations.get(0)).toString();
    }
    out.append(" (").append(violationCount).append(" problems");
    int listed = Math.min(violations.size(), MAX_LISTED);
    if (listed < violationCount) {
      out.append(", the first ").append(listed).append(" listed");
    }
    out.append(')');
    for (int i = 0; i < listed; i++) {
      describe(out.append("\n  - "), violations.get(i));
    }
    if (listed < violationCount) {
      out.append("\n  - … and ").append(violationCount - listed).append(" more");
    }
    return out.toString();
  }

  private StringBuilder describe(StringBuilder out, Violation v) {
    out.append(Excerpts.printable(location(v), MAX_SHOWN)).append(": ")
        .append(Excerpts.printable(v.rule(), MAX_SHOWN));
    v.value().ifPresent(value -> out.append(" (was \"").append(value).append("\")"));
    return out;
  }

  /** While a reader is active on this thread, no stack trace: see {@link QuietExceptions}. */
  @Override
  public synchronized Throwable fillInStackTrace() {
    return QuietExceptions.active() ? this : super.fillInStackTrace();
  }
}
