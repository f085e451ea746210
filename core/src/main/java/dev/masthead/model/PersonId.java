package dev.masthead.model;

/** The id of a {@link Person}. */
public final class PersonId extends Identifier implements EntityId {
  private PersonId(String value) {
    super("PersonId", value);
  }

  /**
   * {@return the id with this value}
   *
   * @param value lower-case letters and digits in words joined by {@code - _ . :}
   * @throws ContentValidationException if the value is not a well-formed id
   */
  public static PersonId of(String value) {
    return new PersonId(value);
  }
}
