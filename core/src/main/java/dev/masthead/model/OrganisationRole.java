package dev.masthead.model;

import java.util.Set;

/** The part an organisation plays in an {@link Event}. An open vocabulary: see {@link VocabularyTerm}. */
public final class OrganisationRole extends VocabularyTerm {
  private static final Known<OrganisationRole> KNOWN = new Known<>("OrganisationRole", OrganisationRole::new);

  /** Organises the event. */
  public static final OrganisationRole ORGANISER = KNOWN.add("organiser");

  /** Supports the event ("with the support of"). */
  public static final OrganisationRole SUPPORTER = KNOWN.add("supporter");

  /** Partners the event ("held in partnership with"). */
  public static final OrganisationRole PARTNER = KNOWN.add("partner");

  /** Sponsors the event. */
  public static final OrganisationRole SPONSOR = KNOWN.add("sponsor");

  /** Hosts the event or the visit. */
  public static final OrganisationRole HOST = KNOWN.add("host");

  /** Covers the event as its media partner. */
  public static final OrganisationRole MEDIA_PARTNER = KNOWN.add("media-partner");

  /** Takes part, e.g. a visiting delegation. */
  public static final OrganisationRole PARTICIPANT = KNOWN.add("participant");

  /** Signs the agreement or declaration the event is about. */
  public static final OrganisationRole SIGNATORY = KNOWN.add("signatory");

  private OrganisationRole(String value, boolean known) {
    super(value, known);
  }

  /**
   * {@return the term with this value: the well-known constant if there is one, else a new term
   * kept verbatim}
   *
   * @param value a lower-case term such as {@code "organiser"}
   * @throws ContentValidationException if the value is not a well-formed term
   */
  public static OrganisationRole of(String value) {
    return KNOWN.of(value);
  }

  /** {@return the well-known values of this vocabulary in this version of the model} */
  public static Set<OrganisationRole> knownValues() {
    return KNOWN.values();
  }
}
