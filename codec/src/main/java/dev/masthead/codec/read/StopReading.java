package dev.masthead.codec.read;

import dev.masthead.model.Violation;
import org.jspecify.annotations.Nullable;

/**
 * Input that cannot be read on from: malformed JSON, a limit exceeded, a failing stream. Thrown
 * through the codecs to the root of the read, which reports it with the problems found before
 * it; never seen outside this package, so it carries no stack trace.
 */
final class StopReading extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Placed from the document's root. */
  @SuppressWarnings("serial")
  private final Violation violation;

  StopReading(Violation violation, @Nullable Throwable cause) {
    super(violation.rule(), cause, false, false);
    this.violation = violation;
  }

  Violation violation() {
    return violation;
  }
}
