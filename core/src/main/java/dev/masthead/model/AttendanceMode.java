package dev.masthead.model;

import java.util.Set;

/**
 * How people attend an {@link Event}: in person, online, or both. An open vocabulary: see {@link
 * VocabularyTerm}.
 */
public final class AttendanceMode extends VocabularyTerm {
  private static final Known<AttendanceMode> KNOWN =
      new Known<>("AttendanceMode", AttendanceMode::new);

  /** In person, at a place. */
  public static final AttendanceMode OFFLINE = KNOWN.add("offline");

  /** Online only. */
  public static final AttendanceMode ONLINE = KNOWN.add("online");

  /** Both in person and online. */
  public static final AttendanceMode MIXED = KNOWN.add("mixed");

  private AttendanceMode(String value, boolean known) {
    super(value, known);
  }

  /**
   * {@return the term with this value: the well-known constant if there is one, else a new term
   * kept verbatim}
   *
   * @param value a lower-case term such as {@code "offline"}
   * @throws ContentValidationException if the value is not a well-formed term
   */
  public static AttendanceMode of(String value) {
    return KNOWN.of(value);
  }

  /** {@return the well-known values of this vocabulary in this version of the model} */
  public static Set<AttendanceMode> knownValues() {
    return KNOWN.values();
  }
}
