package dev.masthead.model;

import java.util.Set;

/** The part a person plays in an {@link Event}. An open vocabulary: see {@link VocabularyTerm}. */
public final class ParticipantRole extends VocabularyTerm {
  private static final Known<ParticipantRole> KNOWN = new Known<>("ParticipantRole", ParticipantRole::new);

  /** Speaks. */
  public static final ParticipantRole SPEAKER = KNOWN.add("speaker");

  /** Moderates the session. */
  public static final ParticipantRole MODERATOR = KNOWN.add("moderator");

  /** Leads the session together with others. */
  public static final ParticipantRole CO_LEAD = KNOWN.add("co-lead");

  /** Sits on the panel. */
  public static final ParticipantRole PANELIST = KNOWN.add("panelist");

  /** Gives the keynote. */
  public static final ParticipantRole KEYNOTE_SPEAKER = KNOWN.add("keynote-speaker");

  /** Hosts. */
  public static final ParticipantRole HOST = KNOWN.add("host");

  /** Asks the questions. */
  public static final ParticipantRole INTERVIEWER = KNOWN.add("interviewer");

  /** Answers them. */
  public static final ParticipantRole INTERVIEWEE = KNOWN.add("interviewee");

  /** Is a member of a delegation. */
  public static final ParticipantRole DELEGATE = KNOWN.add("delegate");

  /** Signs. */
  public static final ParticipantRole SIGNATORY = KNOWN.add("signatory");

  /** Takes part. */
  public static final ParticipantRole PARTICIPANT = KNOWN.add("participant");

  private ParticipantRole(String value, boolean known) {
    super(value, known);
  }

  /**
   * {@return the term with this value: the well-known constant if there is one, else a new term
   * kept verbatim}
   *
   * @param value a lower-case term such as {@code "speaker"}
   * @throws ContentValidationException if the value is not a well-formed term
   */
  public static ParticipantRole of(String value) {
    return KNOWN.of(value);
  }

  /** {@return the well-known values of this vocabulary in this version of the model} */
  public static Set<ParticipantRole> knownValues() {
    return KNOWN.values();
  }
}
