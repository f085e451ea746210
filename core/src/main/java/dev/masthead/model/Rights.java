package dev.masthead.model;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who holds the copyright of an article or an image, the notice to show, and the licence it may
 * be used under: at least one of the three.
 *
 * <pre>{@code
 * Rights rights = Rights.builder()
 *     .copyrightHolder("The Region")
 *     .copyrightNotice("© 2025 The Region. All rights reserved.")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract sealed class Rights implements WithRights permits ImmutableRights {
  Rights() {}

  /** {@return who holds the copyright, one line: "The Region"} */
  public abstract Optional<String> copyrightHolder();

  /** {@return the copyright notice as shown: "© 2025 The Region. All rights reserved."} */
  public abstract Optional<String> copyrightNotice();

  /**
   * {@return the licence it may be used under, an absolute http(s) URL such as {@code
   * https://creativecommons.org/licenses/by/4.0/}}
   */
  public abstract Optional<URI> licence();

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .text(copyrightHolder())
        .text(copyrightNotice())
        .url(licence())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Rights");
    v.optionalLine("copyrightHolder", copyrightHolder(), ContentLimits.LINE);
    v.optionalText("copyrightNotice", copyrightNotice(), ContentLimits.TEXT);
    v.optionalHttpUrl("licence", licence());
    v.check(copyrightHolder().isPresent() || copyrightNotice().isPresent()
            || licence().isPresent(), "",
        "rights need a copyright holder, a copyright notice or a licence", null);
    v.extensions(Rights.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds a {@link Rights}. */
  public static final class Builder extends ImmutableRights.Builder {
    Builder() {}
  }
}
