package dev.masthead.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person taking part in an {@link Event}: who, in which role, and in which capacity, the
 * {@link Position} they held when they spoke ("Executive Director of the Japanese Business
 * Alliance").
 */
@Value.Immutable
public abstract sealed class Participant implements WithParticipant permits ImmutableParticipant {
  Participant() {}

  /** {@return who takes part} */
  public abstract PersonId person();

  /** {@return the part they play} */
  public abstract ParticipantRole role();

  /** {@return the position they took part in, as it was then} */
  public abstract Optional<Position> position();

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a participant without a stated position}
   *
   * @param person who takes part
   * @param role the part they play
   */
  public static Participant of(PersonId person, ParticipantRole role) {
    return builder().person(person).role(role).build();
  }

  /**
   * {@return "Oliver Lepori, Executive Director, Japanese Business Alliance": the person's formal
   * name with the position they took part in}, or with their first position if none is stated;
   * names come from {@code directory}, falling back to ids for anything it does not hold
   *
   * @param directory where the person, organisations and places are looked up
   */
  public final String describe(Directory directory) {
    return directory.person(person())
        .map(p -> position().map(pos -> p.describe(pos, directory)).orElseGet(
            () -> p.positions().isEmpty() ? p.formalName()
                : p.describe(p.positions().get(0), directory)))
        .orElseGet(() -> person().value()
            + position().map(pos -> ", " + pos.label(directory)).orElse(""));
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .id(person())
        .term(role())
        .object(position(), Position::totals)
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Participant");
    v.required("person", person());
    v.required("role", role());
    v.extensions(Participant.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds a {@link Participant}. */
  public static final class Builder extends ImmutableParticipant.Builder {
    Builder() {}
  }
}
