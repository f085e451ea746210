package dev.masthead.model;

import java.util.Set;

/**
 * What kind of journalism an {@link Article} is: news, analysis, an interview. An open vocabulary:
 * see {@link VocabularyTerm}.
 */
public final class Genre extends VocabularyTerm {
  private static final Known<Genre> KNOWN = new Known<>("Genre", Genre::new);

  /** Reporting of what happened. */
  public static final Genre NEWS = KNOWN.add("news");

  /** Analysis: what it means, why it happened. */
  public static final Genre ANALYSIS = KNOWN.add("analysis");

  /** Opinion: a column, a comment, an editorial. */
  public static final Genre OPINION = KNOWN.add("opinion");

  /** An interview or a conversation. */
  public static final Genre INTERVIEW = KNOWN.add("interview");

  /** A review of a book, a film, a product, an event. */
  public static final Genre REVIEW = KNOWN.add("review");

  /** A report: a longer account of an event or a subject. */
  public static final Genre REPORT = KNOWN.add("report");

  /** A fact check of a claim. */
  public static final Genre FACT_CHECK = KNOWN.add("fact-check");

  /** Content paid for by a sponsor or an advertiser. */
  public static final Genre SPONSORED = KNOWN.add("sponsored");

  private Genre(String value, boolean known) {
    super(value, known);
  }

  /**
   * {@return the term with this value: the well-known constant if there is one, else a new term
   * kept verbatim}
   *
   * @param value a lower-case term such as {@code "news"}
   * @throws ContentValidationException if the value is not a well-formed term
   */
  public static Genre of(String value) {
    return KNOWN.of(value);
  }

  /** {@return the well-known values of this vocabulary in this version of the model} */
  public static Set<Genre> knownValues() {
    return KNOWN.values();
  }
}
