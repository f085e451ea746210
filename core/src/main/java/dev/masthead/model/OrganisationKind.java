package dev.masthead.model;

import java.util.Set;

/** What kind of {@link Organisation} it is. An open vocabulary: see {@link VocabularyTerm}. */
public final class OrganisationKind extends VocabularyTerm {
  private static final Known<OrganisationKind> KNOWN = new Known<>("OrganisationKind", OrganisationKind::new);

  /** A company. */
  public static final OrganisationKind COMPANY = KNOWN.add("company");

  /** A publisher, a magazine, a broadcaster. */
  public static final OrganisationKind MEDIA = KNOWN.add("media");

  /** A national or regional government. */
  public static final OrganisationKind GOVERNMENT = KNOWN.add("government");

  /** A ministry or a government department. */
  public static final OrganisationKind MINISTRY = KNOWN.add("ministry");

  /** An embassy or a diplomatic mission. */
  public static final OrganisationKind EMBASSY = KNOWN.add("embassy");

  /** An intergovernmental organisation or agency (a UN agency). */
  public static final OrganisationKind INTERGOVERNMENTAL = KNOWN.add("intergovernmental");

  /** A bank or a development finance institution. */
  public static final OrganisationKind FINANCIAL_INSTITUTION = KNOWN.add("financial-institution");

  /** A chamber, an alliance or an association of businesses. */
  public static final OrganisationKind BUSINESS_ASSOCIATION = KNOWN.add("business-association");

  /** A non-governmental, non-profit organisation. */
  public static final OrganisationKind NON_PROFIT = KNOWN.add("non-profit");

  /** A university, a school or a research institute. */
  public static final OrganisationKind ACADEMIC = KNOWN.add("academic");

  /** An agency or another public body. */
  public static final OrganisationKind PUBLIC_BODY = KNOWN.add("public-body");

  private OrganisationKind(String value, boolean known) {
    super(value, known);
  }

  /**
   * {@return the term with this value: the well-known constant if there is one, else a new term
   * kept verbatim}
   *
   * @param value a lower-case term such as {@code "company"}
   * @throws ContentValidationException if the value is not a well-formed term
   */
  public static OrganisationKind of(String value) {
    return KNOWN.of(value);
  }

  /** {@return the well-known values of this vocabulary in this version of the model} */
  public static Set<OrganisationKind> knownValues() {
    return KNOWN.values();
  }
}
