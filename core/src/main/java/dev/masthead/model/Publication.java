package dev.masthead.model;

import java.net.URI;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The publication the content appears in: its name, tagline and description, its site and logo,
 * the address readers send news tips to, the organisation that publishes it, and the time zone its
 * dates are shown in.
 */
@Value.Immutable
public abstract sealed class Publication implements WithPublication permits ImmutablePublication {
  Publication() {}

  /** {@return its name: "The Region"} */
  public abstract String name();

  /** {@return its tagline: "Connecting the Adria Region Decision Makers"} */
  public abstract Optional<String> tagline();

  /** {@return how it describes itself, free text} */
  public abstract Optional<String> description();

  /** {@return its site, an absolute http(s) URL} */
  public abstract URI url();

  /** {@return its logo} */
  public abstract Optional<Image> logo();

  /** {@return the e-mail address readers send news tips to} */
  public abstract Optional<String> tipsEmail();

  /** {@return the organisation that publishes it} */
  public abstract Optional<OrganisationId> publisher();

  /**
   * {@return the time zone its dates are shown in: "Europe/Belgrade"}, an IANA time zone the
   * tz database knows, never an offset
   */
  public abstract Optional<ZoneId> timeZone();

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
        .text(name())
        .text(tagline())
        .text(description())
        .url(url())
        .object(logo(), Image::totals)
        .text(tipsEmail())
        .id(publisher())
        .zone(timeZone())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Publication");
    v.line("name", name(), ContentLimits.LINE);
    v.optionalLine("tagline", tagline(), ContentLimits.LINE);
    v.optionalText("description", description(), ContentLimits.TEXT);
    v.httpUrl("url", url());
    v.optionalEmail("tipsEmail", tipsEmail());
    v.optionalTimeZone("timeZone", timeZone());
    v.extensions(Publication.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds a {@link Publication}. */
  public static final class Builder extends ImmutablePublication.Builder {
    Builder() {}
  }
}
