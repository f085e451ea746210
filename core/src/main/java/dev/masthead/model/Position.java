package dev.masthead.model;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A post a person holds or held: a title, the organisation, the jurisdiction it is held
 * <em>to</em> ("Ambassador of Japan <em>to Serbia</em>"), and the dates it began and ended.
 */
@Value.Immutable
public abstract sealed class Position implements WithPosition permits ImmutablePosition {
  Position() {}

  /** {@return the title: "Executive Director", "Ambassador of Japan"} */
  public abstract String title();

  /** {@return the organisation the post is in} */
  public abstract Optional<OrganisationId> organisation();

  /** {@return the place the post is held to: an ambassador's host country} */
  public abstract Optional<PlaceId> jurisdiction();

  /** {@return the first day in the post} */
  public abstract Optional<LocalDate> start();

  /** {@return the last day in the post; not before the start} */
  public abstract Optional<LocalDate> end();

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

  /**
   * {@return whether the post was held on {@code day}}: on or after its start, if known, and on
   * or before its end, if known
   *
   * @param day the day
   */
  public final boolean isHeldOn(LocalDate day) {
    return start().map(s -> !day.isBefore(s)).orElse(true)
        && end().map(e -> !day.isAfter(e)).orElse(true);
  }

  /**
   * {@return the post as a reader sees it}. A post held to a jurisdiction is named by it:
   * "Ambassador of Japan to Serbia"; any other by its organisation: "Executive Director,
   * Japanese Business Alliance". Names come from {@code directory}; an id it does not hold is
   * shown as is.
   *
   * @param directory where organisations and places are looked up
   */
  public final String label(Directory directory) {
    if (jurisdiction().isPresent()) {
      return title() + " to " + directory.placeName(jurisdiction().get());
    }
    return organisation().map(o -> title() + ", " + directory.organisationName(o)).orElse(title());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .text(title())
        .id(organisation())
        .id(jurisdiction())
        .scalar(start())
        .scalar(end())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Position");
    v.line("title", title(), ContentLimits.LINE);
    v.optionalDate("start", start());
    v.optionalDate("end", end());
    if (start().isPresent() && end().isPresent()) {
      if (end().get().isBefore(start().get())) {
        v.fail("end", "must not be before start (" + start().get() + ")", end().get());
      }
    }
    v.extensions(Position.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds a {@link Position}. */
  public static final class Builder extends ImmutablePosition.Builder {
    Builder() {}
  }
}
