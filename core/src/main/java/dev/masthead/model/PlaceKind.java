package dev.masthead.model;

import java.util.Set;

/** What kind of {@link Place} it is. An open vocabulary: see {@link VocabularyTerm}. */
public final class PlaceKind extends VocabularyTerm {
  private static final Known<PlaceKind> KNOWN = new Known<>("PlaceKind", PlaceKind::new);

  /** A continent. */
  public static final PlaceKind CONTINENT = KNOWN.add("continent");

  /** A region made of countries or of parts of them: "the Western Balkans". */
  public static final PlaceKind REGION = KNOWN.add("region");

  /** A country; it may have an ISO 3166-1 code. */
  public static final PlaceKind COUNTRY = KNOWN.add("country");

  /** A state, province or district inside a country. */
  public static final PlaceKind SUBDIVISION = KNOWN.add("subdivision");

  /** A city or a town. */
  public static final PlaceKind CITY = KNOWN.add("city");

  /** A building or a site. */
  public static final PlaceKind VENUE = KNOWN.add("venue");

  private PlaceKind(String value, boolean known) {
    super(value, known);
  }

  /**
   * {@return the term with this value: the well-known constant if there is one, else a new term
   * kept verbatim}
   *
   * @param value a lower-case term such as {@code "country"}
   * @throws ContentValidationException if the value is not a well-formed term
   */
  public static PlaceKind of(String value) {
    return KNOWN.of(value);
  }

  /** {@return the well-known values of this vocabulary in this version of the model} */
  public static Set<PlaceKind> knownValues() {
    return KNOWN.values();
  }
}
