package dev.masthead.model;

import java.util.Set;

/**
 * Whether an {@link Event} goes ahead as planned. An open vocabulary: see {@link VocabularyTerm}.
 */
public final class EventStatus extends VocabularyTerm {
  private static final Known<EventStatus> KNOWN = new Known<>("EventStatus", EventStatus::new);

  /** It takes or took place as planned. */
  public static final EventStatus SCHEDULED = KNOWN.add("scheduled");

  /** It was cancelled. */
  public static final EventStatus CANCELLED = KNOWN.add("cancelled");

  /** It was put off, to a time not yet known. */
  public static final EventStatus POSTPONED = KNOWN.add("postponed");

  /** It was moved to another time: its start and end are the new ones. */
  public static final EventStatus RESCHEDULED = KNOWN.add("rescheduled");

  /** It was moved from a place to online. */
  public static final EventStatus MOVED_ONLINE = KNOWN.add("moved-online");

  private EventStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * {@return the term with this value: the well-known constant if there is one, else a new term
   * kept verbatim}
   *
   * @param value a lower-case term such as {@code "scheduled"}
   * @throws ContentValidationException if the value is not a well-formed term
   */
  public static EventStatus of(String value) {
    return KNOWN.of(value);
  }

  /** {@return the well-known values of this vocabulary in this version of the model} */
  public static Set<EventStatus> knownValues() {
    return KNOWN.values();
  }
}
