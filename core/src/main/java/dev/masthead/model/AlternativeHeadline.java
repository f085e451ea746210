package dev.masthead.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Another headline for an article, one line, and optionally where it is used: for search
 * engines, for social media, in print, or a short form ({@link HeadlineRole}).
 */
@Value.Immutable
public abstract sealed class AlternativeHeadline implements WithAlternativeHeadline
    permits ImmutableAlternativeHeadline {
  AlternativeHeadline() {}

  /** {@return the headline, one line} */
  public abstract String text();

  /** {@return where it is used, e.g. {@link HeadlineRole#SEO}} */
  public abstract Optional<HeadlineRole> role();

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a headline with no role}
   *
   * @param text the headline
   */
  public static AlternativeHeadline of(String text) {
    return builder().text(text).build();
  }

  /**
   * {@return a headline for a use}
   *
   * @param text the headline
   * @param role where it is used
   */
  public static AlternativeHeadline of(String text, HeadlineRole role) {
    return builder().text(text).role(role).build();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .text(text())
        .term(role())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("AlternativeHeadline");
    v.line("text", text(), ContentLimits.HEADLINE);
    v.extensions(AlternativeHeadline.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds an {@link AlternativeHeadline}. */
  public static final class Builder extends ImmutableAlternativeHeadline.Builder {
    Builder() {}
  }
}
