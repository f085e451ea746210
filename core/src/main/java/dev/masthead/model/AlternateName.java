package dev.masthead.model;

import java.util.Map;
import org.immutables.value.Value;

/**
 * Another name for a person, an organisation or a place, in a language or script given as a
 * BCP 47 tag: "Акира Имамура" in {@code sr-Cyrl}, "Srbija" in {@code sr-Latn}.
 */
@Value.Immutable
public abstract sealed class AlternateName implements WithAlternateName
    permits ImmutableAlternateName {
  AlternateName() {}

  /** {@return the name, one line} */
  public abstract String name();

  /** {@return its language and script, a BCP 47 tag such as {@code "sr-Cyrl"}} */
  public abstract String language();

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the name in that language}
   *
   * @param name the name
   * @param language a BCP 47 tag such as {@code "sr-Cyrl"}
   */
  public static AlternateName of(String name, String language) {
    return builder().name(name).language(language).build();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .text(name())
        .text(language())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("AlternateName");
    v.line("name", name(), ContentLimits.LINE);
    v.languageTag("language", language());
    v.extensions(AlternateName.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds an {@link AlternateName}. */
  public static final class Builder extends ImmutableAlternateName.Builder {
    Builder() {}
  }
}
