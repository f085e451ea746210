package dev.masthead.codec.read;

import dev.masthead.model.ContentException;
import dev.masthead.model.Violation;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one read: the first {@link ContentException#MAX_VIOLATIONS} kept, every one
 * counted. Once it is full a problem costs a count and nothing else, so that a document with a
 * million wrong values is refused about as fast as one with a hundred.
 */
final class Problems {
  private final List<Violation> kept = new ArrayList<>();
  private int count;

  /** {@return whether a further problem would only be counted} */
  boolean full() {
    return kept.size() >= ContentException.MAX_VIOLATIONS;
  }

  /** Keeps the problem if there is room, and counts it. */
  void add(Violation violation) {
    if (!full()) {
      kept.add(violation);
    }
    count++;
  }

  /** Counts problems that are not kept. */
  void countMore(int more) {
    count += more;
  }

  int count() {
    return count;
  }

  List<Violation> kept() {
    return kept;
  }
}
