package dev.masthead.jackson.internal;

import dev.masthead.model.Violation;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/**
 * A read failure found by the codecs: every violation with its path from the document's root.
 * A {@link DatabindException}, so that a user's own mapper with the module reports it like any
 * other Jackson failure; {@code MastheadJson} turns it into a {@code ContentReadException}.
 */
public final class ReadFailure extends DatabindException {
  private static final long serialVersionUID = 1L;

  /** Never null; List.copyOf, not serialized with the exception's state in any meaningful way. */
  @SuppressWarnings("serial")
  private final List<Violation> violations;

  private final boolean fatal;

  ReadFailure(JsonParser parser, List<Violation> violations, boolean fatal,
      @Nullable Throwable cause) {
    super(parser, message(violations), cause);
    this.violations = List.copyOf(violations);
    this.fatal = fatal;
  }

  /**
   * {@return whether reading cannot go on past it: the input is malformed or over a limit}.
   * Otherwise the offending value was well-formed JSON, and the codecs skip it and go on to
   * report every other problem in the document too.
   */
  boolean fatal() {
    return fatal;
  }

  /** {@return what is wrong, each violation with its path from the document's root} */
  public List<Violation> violations() {
    return violations;
  }

  private static String message(List<Violation> violations) {
    return violations.stream()
        .map(v -> (v.pointer().isEmpty() ? "(root)" : Problems.escaped(v.pointer())) + ": "
            + v.rule()
            + v.value().map(x -> " (was \"" + x + "\")").orElse(""))
        .collect(Collectors.joining("; "));
  }
}
