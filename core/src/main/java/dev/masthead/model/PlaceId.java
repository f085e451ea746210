package dev.masthead.model;

/** The id of a {@link Place}. */
public final class PlaceId extends Identifier implements EntityId {
  private PlaceId(String value) {
    super("PlaceId", value);
  }

  /**
   * {@return the id with this value}
   *
   * @param value lower-case letters and digits in words joined by {@code - _ . :}
   * @throws ContentValidationException if the value is not a well-formed id
   */
  public static PlaceId of(String value) {
    return new PlaceId(value);
  }
}
