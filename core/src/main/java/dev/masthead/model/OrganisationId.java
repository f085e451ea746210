package dev.masthead.model;

/** The id of an {@link Organisation}. */
public final class OrganisationId extends Identifier implements EntityId {
  private OrganisationId(String value) {
    super("OrganisationId", value);
  }

  /**
   * {@return the id with this value}
   *
   * @param value lower-case letters and digits in words joined by {@code - _ . :}
   * @throws ContentValidationException if the value is not a well-formed id
   */
  public static OrganisationId of(String value) {
    return new OrganisationId(value);
  }
}
