package dev.masthead.model;

import java.util.Map;
import org.immutables.value.Value;

/** A sub-heading inside the body. Level 2 is the highest: level 1 is the article's headline. */
@Value.Immutable
public abstract sealed class Heading implements Block, WithHeading permits ImmutableHeading {
  /** The heading's type name on the wire. */
  public static final String TYPE = "heading";

  /** The highest level a body heading may have. */
  public static final int MIN_LEVEL = 2;

  /** The lowest level a body heading may have. */
  public static final int MAX_LEVEL = 6;

  Heading() {}

  /** {@return the heading's text, one line} */
  public abstract String text();

  /** {@return the level, from {@value #MIN_LEVEL} (default) to {@value #MAX_LEVEL}} */
  @Value.Default
  public int level() {
    return MIN_LEVEL;
  }

  @Override
  public abstract Map<String, RawJson> extensions();

  @Override
  public final String type() {
    return TYPE;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a level-2 heading}
   *
   * @param text the heading's text
   */
  public static Heading of(String text) {
    return builder().text(text).build();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .type(type())
        .text(text())
        .scalar(level())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Heading");
    v.line("text", text(), ContentLimits.HEADLINE);
    v.check(level() >= MIN_LEVEL && level() <= MAX_LEVEL, "level",
        "must be from " + MIN_LEVEL + " to " + MAX_LEVEL, level());
    v.extensions(Heading.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds a {@link Heading}. */
  public static final class Builder extends ImmutableHeading.Builder {
    Builder() {}
  }
}
