package dev.masthead.internal;

import dev.masthead.model.ContentLimits;
import org.jspecify.annotations.Nullable;

/**
 * The totals the model counts for a value ({@link ContentLimits#TOTAL_VALUES}, {@link
 * ContentLimits#TOTAL_TEXT}), for Masthead's own modules: the Jackson module's tests check them
 * against the JSON written, and the fixtures' generators keep their values within them. The
 * model carries them in package-private fields; it hands this class the one way to read them,
 * when its totals are first used. Not API.
 */
public final class ModelTotals {
  /** How the model reads a value's totals. */
  public interface Access {
    /**
     * {@return the values {@code value} holds in all}
     *
     * @param value a model object, raw JSON value, or attribute value
     */
    long values(Object value);

    /**
     * {@return the characters of text {@code value} holds in all}
     *
     * @param value a model object, raw JSON value, or attribute value
     */
    long text(Object value);
  }

  private static volatile @Nullable Access access;

  private ModelTotals() {}

  /**
   * Sets how totals are read; the model calls this once.
   *
   * @param modelAccess the model's way
   */
  public static void register(Access modelAccess) {
    if (access != null) {
      throw new IllegalStateException("the model's totals are registered already");
    }
    access = modelAccess;
  }

  /**
   * {@return the values {@code value} holds in all, as the model counts them}
   *
   * @param value a model object (an article, a span, ...), raw JSON value, or attribute value
   */
  public static long values(Object value) {
    return access().values(value);
  }

  /**
   * {@return the characters of text {@code value} holds in all, as the model counts them}
   *
   * @param value a model object (an article, a span, ...), raw JSON value, or attribute value
   */
  public static long text(Object value) {
    return access().text(value);
  }

  private static Access access() {
    Access a = access;
    if (a == null) {
      try {
        // Initialising the model's totals registers them.
        Class.forName("dev.masthead.model.Totals", true, ModelTotals.class.getClassLoader());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException(e);
      }
      a = access;
      if (a == null) {
        throw new IllegalStateException("the model registered no totals");
      }
    }
    return a;
  }
}
