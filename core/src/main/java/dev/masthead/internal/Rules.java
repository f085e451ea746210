package dev.masthead.internal;

import dev.masthead.model.ContentLimits;

/**
 * The words of the rules that both the model and a reader apply, written once: a reader that
 * finds a list too long or a property missing says so in the model's own words.
 */
public final class Rules {
  /** A required attribute, or property, that is missing or null. */
  public static final String REQUIRED = "is required";

  /** A null element of a list. */
  public static final String NOT_NULL = "must not be null";

  private Rules() {}

  /**
   * {@return the rule a list with more than {@code max} elements breaks}
   *
   * @param max the most elements it may have
   * @param count how many it has
   */
  public static String tooManyElements(int max, int count) {
    return "must have at most " + max + " elements, has " + count;
  }

  /**
   * {@return the rule an object with more than {@link ContentLimits#EXTENSIONS} extensions
   * breaks}
   *
   * @param count how many it has
   */
  public static String tooManyExtensions(int count) {
    return "must have at most " + ContentLimits.EXTENSIONS + " entries, has " + count;
  }
}
