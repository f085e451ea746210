package dev.masthead.model;

import java.util.Set;

/** What a {@link Contributor} did for an article. An open vocabulary: see {@link VocabularyTerm}. */
public final class ContributorRole extends VocabularyTerm {
  private static final Known<ContributorRole> KNOWN = new Known<>("ContributorRole", ContributorRole::new);

  /** Wrote it. */
  public static final ContributorRole AUTHOR = KNOWN.add("author");

  /** Edited it. */
  public static final ContributorRole EDITOR = KNOWN.add("editor");

  /** Took its photographs. */
  public static final ContributorRole PHOTOGRAPHER = KNOWN.add("photographer");

  /** Drew its illustrations. */
  public static final ContributorRole ILLUSTRATOR = KNOWN.add("illustrator");

  /** Translated it. */
  public static final ContributorRole TRANSLATOR = KNOWN.add("translator");

  /** Contributed to it otherwise. */
  public static final ContributorRole CONTRIBUTOR = KNOWN.add("contributor");

  private ContributorRole(String value, boolean known) {
    super(value, known);
  }

  /**
   * {@return the term with this value: the well-known constant if there is one, else a new term
   * kept verbatim}
   *
   * @param value a lower-case term such as {@code "author"}
   * @throws ContentValidationException if the value is not a well-formed term
   */
  public static ContributorRole of(String value) {
    return KNOWN.of(value);
  }

  /** {@return the well-known values of this vocabulary in this version of the model} */
  public static Set<ContributorRole> knownValues() {
    return KNOWN.values();
  }
}
