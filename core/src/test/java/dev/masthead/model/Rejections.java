package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on what the model rejects: that a call throws a {@link ContentValidationException}
 * of the expected type, and what its violations say. Every test names the type it expects, so
 * that a violation reported by a nested value (a Tag inside an Article) cannot pass for one of
 * the type under test.
 */
final class Rejections {
  private Rejections() {}

  /**
   * {@return the exception {@code call} throws}, checked to be a content validation exception
   * of {@code type}
   *
   * @param type the simple name of the model type that must report it, such as {@code "Article"}
   * @param call what must be rejected, usually a build or a {@code with} copy
   */
  static ContentValidationException rejected(String type, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);
    assertThat(thrown).as("what the call threw").isInstanceOf(ContentValidationException.class);
    ContentValidationException exception = (ContentValidationException) thrown;
    assertThat(exception.type()).as("type").isEqualTo(type);
    return exception;
  }

  /** {@return the one violation {@code call} is rejected for, checked to be the only one} */
  static Violation onlyViolation(String type, ThrowingCallable call) {
    List<Violation> violations = rejected(type, call).violations();
    assertThat(violations).as("violations").hasSize(1);
    return violations.get(0);
  }

  /**
   * Asserts that {@code call} is rejected for exactly one violation, at {@code path}, whose rule
   * contains {@code rule} and whose value excerpt is {@code value} (null: no value).
   */
  static void assertOnlyViolation(
      String type, ThrowingCallable call, String path, String rule, @Nullable String value) {
    Violation violation = onlyViolation(type, call);
    assertThat(violation.path()).as("path").hasToString(path);
    assertThat(violation.rule()).as("rule").contains(rule);
    assertThat(violation.value()).as("value").isEqualTo(Optional.ofNullable(value));
  }
}
