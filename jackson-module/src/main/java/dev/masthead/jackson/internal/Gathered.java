package dev.masthead.jackson.internal;

import dev.masthead.model.ContentValidationException;
import dev.masthead.model.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The problems found in one object or list so far, so that one read reports all of them rather
 * than the first. Created on the first problem only.
 */
final class Gathered {
  private final List<Violation> violations = new ArrayList<>();
  private final Set<String> failed = new HashSet<>();

  private Gathered() {}

  /** Adds the failure of the value of {@code property} (or of the element at an index). */
  static Gathered add(@Nullable Gathered gathered, String property, ReadFailure failure) {
    Gathered g = gathered == null ? new Gathered() : gathered;
    g.violations.addAll(failure.violations());
    g.failed.add(property);
    return g;
  }

  /**
   * Adds what the model found when the object was built, at the reader's path, but not a
   * property that is missing only because its value was already reported as unreadable.
   */
  static @Nullable Gathered add(@Nullable Gathered gathered, ContentValidationException e,
      JsonReader reader) {
    List<Violation> relevant = new ArrayList<>();
    for (Violation violation : e.violations()) {
      if (gathered == null || !gathered.failed.contains(firstSegment(violation))) {
        relevant.add(onTheWire(violation));
      }
    }
    if (relevant.isEmpty()) {
      return gathered;
    }
    Gathered g = gathered == null ? new Gathered() : gathered;
    g.violations.addAll(reader.invalid(relevant).violations());
    return g;
  }

  List<Violation> violations() {
    return violations;
  }

  /**
   * The model holds unknown properties in its {@code extensions} map, but on the wire they are
   * properties of the object itself: a violation of the name at {@code /extensions/name} is
   * placed at {@code /name}, where the property is in the document, and one about them all at
   * the object.
   */
  private static Violation onTheWire(Violation violation) {
    String pointer = violation.pointer();
    if (pointer.equals("/extensions")) {
      // About the extensions as a whole (too many): on the wire, that is the object itself.
      return Violation.of("", violation.rule(), null);
    }
    String prefix = "/extensions/";
    if (!pointer.startsWith(prefix) || pointer.indexOf('/', prefix.length()) >= 0) {
      return violation;
    }
    String name = pointer.substring(prefix.length()).replace("~1", "/").replace("~0", "~");
    if (violation.value().isEmpty()) {
      return Violation.of("", violation.rule(), null).under(name);
    }
    // The model reports a bad name with the name as its value; anything else is left as it is.
    Violation named = Violation.of("", violation.rule(), name);
    return named.value().equals(violation.value()) ? named.under(name) : violation;
  }

  private static String firstSegment(Violation violation) {
    String pointer = violation.pointer();
    if (pointer.isEmpty()) {
      return "";
    }
    int end = pointer.indexOf('/', 1);
    String segment = end < 0 ? pointer.substring(1) : pointer.substring(1, end);
    return segment.replace("~1", "/").replace("~0", "~");
  }
}
