package dev.masthead.model;

import java.util.Set;

/** Where an {@link AlternativeHeadline} is used. An open vocabulary: see {@link VocabularyTerm}. */
public final class HeadlineRole extends VocabularyTerm {
  private static final Known<HeadlineRole> KNOWN = new Known<>("HeadlineRole", HeadlineRole::new);

  /** For search engines: the page title. */
  public static final HeadlineRole SEO = KNOWN.add("seo");

  /** For sharing on social media. */
  public static final HeadlineRole SOCIAL = KNOWN.add("social");

  /** In the printed edition. */
  public static final HeadlineRole PRINT = KNOWN.add("print");

  /** A short form, for narrow places such as a teaser or a notification. */
  public static final HeadlineRole SHORT = KNOWN.add("short");

  private HeadlineRole(String value, boolean known) {
    super(value, known);
  }

  /**
   * {@return the term with this value: the well-known constant if there is one, else a new term
   * kept verbatim}
   *
   * @param value a lower-case term such as {@code "seo"}
   * @throws ContentValidationException if the value is not a well-formed term
   */
  public static HeadlineRole of(String value) {
    return KNOWN.of(value);
  }

  /** {@return the well-known values of this vocabulary in this version of the model} */
  public static Set<HeadlineRole> knownValues() {
    return KNOWN.values();
  }
}
