package dev.masthead.model;

import java.util.Map;
import org.immutables.value.Value;

/** An organisation's part in an {@link Event}: organiser, supporter, partner, sponsor, host. */
@Value.Immutable
public abstract sealed class EventOrganisation implements WithEventOrganisation
    permits ImmutableEventOrganisation {
  EventOrganisation() {}

  /** {@return the organisation} */
  public abstract OrganisationId organisation();

  /** {@return the part it plays} */
  public abstract OrganisationRole role();

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the organisation in that role}
   *
   * @param organisation the organisation
   * @param role the part it plays
   */
  public static EventOrganisation of(OrganisationId organisation, OrganisationRole role) {
    return builder().organisation(organisation).role(role).build();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .id(organisation())
        .term(role())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("EventOrganisation");
    v.required("organisation", organisation());
    v.required("role", role());
    v.extensions(EventOrganisation.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds an {@link EventOrganisation}. */
  public static final class Builder extends ImmutableEventOrganisation.Builder {
    Builder() {}
  }
}
