package dev.masthead.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Someone credited in an article's byline: a person in the directory, or a free-text name
 * ("The Region staff"), or both (the name then overrides how the person is credited).
 */
@Value.Immutable
public abstract sealed class Contributor implements WithContributor permits ImmutableContributor {
  Contributor() {}

  /** {@return the person, when they are in the directory} */
  public abstract Optional<PersonId> person();

  /** {@return the name to credit, free text} */
  public abstract Optional<String> name();

  /** {@return what they did; {@link ContributorRole#AUTHOR} unless set} */
  @Value.Default
  public ContributorRole role() {
    return ContributorRole.AUTHOR;
  }

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return an author known by id}
   *
   * @param person the author
   */
  public static Contributor of(PersonId person) {
    return builder().person(person).build();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .id(person())
        .text(name())
        .term(role())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Contributor");
    v.optionalLine("name", name(), ContentLimits.LINE);
    v.check(person().isPresent() || name().isPresent(), "person",
        "a contributor needs a person, a name or both", null);
    v.required("role", role());
    v.extensions(Contributor.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds a {@link Contributor}. */
  public static final class Builder extends ImmutableContributor.Builder {
    Builder() {}
  }
}
