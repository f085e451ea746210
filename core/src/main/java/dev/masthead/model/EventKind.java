package dev.masthead.model;

import java.util.Set;

/** What kind of {@link Event} it is. An open vocabulary: see {@link VocabularyTerm}. */
public final class EventKind extends VocabularyTerm {
  private static final Known<EventKind> KNOWN = new Known<>("EventKind", EventKind::new);

  /** A conference: a programme of sessions. */
  public static final EventKind CONFERENCE = KNOWN.add("conference");

  /** A session inside a larger event. */
  public static final EventKind SESSION = KNOWN.add("session");

  /** An informal, conversational session. */
  public static final EventKind FIRESIDE_CHAT = KNOWN.add("fireside-chat");

  /** A panel discussion. */
  public static final EventKind PANEL = KNOWN.add("panel");

  /** A keynote address. */
  public static final EventKind KEYNOTE = KNOWN.add("keynote");

  /** An interview. */
  public static final EventKind INTERVIEW = KNOWN.add("interview");

  /** A summit. */
  public static final EventKind SUMMIT = KNOWN.add("summit");

  /** A meeting. */
  public static final EventKind MEETING = KNOWN.add("meeting");

  /** An official or delegation visit. */
  public static final EventKind VISIT = KNOWN.add("visit");

  /** The signing of an agreement, declaration or contract. */
  public static final EventKind SIGNING = KNOWN.add("signing");

  /** A launch or an announcement. */
  public static final EventKind LAUNCH = KNOWN.add("launch");

  /** An award ceremony. */
  public static final EventKind AWARD = KNOWN.add("award");

  /** An exhibition or a trade fair. */
  public static final EventKind EXHIBITION = KNOWN.add("exhibition");

  /** An online event. */
  public static final EventKind WEBINAR = KNOWN.add("webinar");

  private EventKind(String value, boolean known) {
    super(value, known);
  }

  /**
   * {@return the term with this value: the well-known constant if there is one, else a new term
   * kept verbatim}
   *
   * @param value a lower-case term such as {@code "conference"}
   * @throws ContentValidationException if the value is not a well-formed term
   */
  public static EventKind of(String value) {
    return KNOWN.of(value);
  }

  /** {@return the well-known values of this vocabulary in this version of the model} */
  public static Set<EventKind> knownValues() {
    return KNOWN.values();
  }
}
