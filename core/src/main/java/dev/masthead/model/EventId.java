package dev.masthead.model;

/** The id of an {@link Event}. */
public final class EventId extends Identifier implements EntityId {
  private EventId(String value) {
    super("EventId", value);
  }

  /**
   * {@return the id with this value}
   *
   * @param value lower-case letters and digits in words joined by {@code - _ . :}
   * @throws ContentValidationException if the value is not a well-formed id
   */
  public static EventId of(String value) {
    return new EventId(value);
  }
}
