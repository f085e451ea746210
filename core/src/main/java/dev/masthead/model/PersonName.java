package dev.masthead.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person's name in parts: given name, family name, and the order to show them in. At least one
 * part is set; a single name (a mononym) is a given name alone.
 */
@Value.Immutable
public abstract sealed class PersonName implements WithPersonName permits ImmutablePersonName {
  PersonName() {}

  /** {@return the given name: "Akira"} */
  public abstract Optional<String> given();

  /** {@return the family name: "Imamura"} */
  public abstract Optional<String> family();

  /** {@return the order to show the parts in; given name first unless set} */
  @Value.Default
  public NameOrder order() {
    return NameOrder.GIVEN_FIRST;
  }

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

  /** {@return the name as shown: the parts in order, joined by a space} */
  public final String display() {
    String first = order() == NameOrder.GIVEN_FIRST ? given().orElse("") : family().orElse("");
    String second = order() == NameOrder.GIVEN_FIRST ? family().orElse("") : given().orElse("");
    return (first + " " + second).strip();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a name shown given name first}
   *
   * @param given the given name
   * @param family the family name
   */
  public static PersonName of(String given, String family) {
    return builder().given(given).family(family).build();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .text(given())
        .text(family())
        .scalar(order())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("PersonName");
    v.optionalLine("given", given(), ContentLimits.LINE);
    v.optionalLine("family", family(), ContentLimits.LINE);
    v.check(given().isPresent() || family().isPresent(), "given",
        "a name needs a given name, a family name or both", null);
    v.required("order", order());
    v.extensions(PersonName.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds a {@link PersonName}. */
  public static final class Builder extends ImmutablePersonName.Builder {
    Builder() {}
  }
}
