package dev.masthead.model;

import java.util.Set;

/** A mark on a {@link Span} of text. An open vocabulary: see {@link VocabularyTerm}. */
public final class Mark extends VocabularyTerm {
  private static final Known<Mark> KNOWN = new Known<>("Mark", Mark::new);

  /** Emphasised text, usually set in italics. */
  public static final Mark EMPHASIS = KNOWN.add("emphasis");

  /** Strongly emphasised text, usually set in bold. */
  public static final Mark STRONG = KNOWN.add("strong");

  /** Code or a literal term. */
  public static final Mark CODE = KNOWN.add("code");

  /** Superscript. */
  public static final Mark SUPERSCRIPT = KNOWN.add("superscript");

  /** Subscript. */
  public static final Mark SUBSCRIPT = KNOWN.add("subscript");

  private Mark(String value, boolean known) {
    super(value, known);
  }

  /**
   * {@return the term with this value: the well-known constant if there is one, else a new term
   * kept verbatim}
   *
   * @param value a lower-case term such as {@code "emphasis"}
   * @throws ContentValidationException if the value is not a well-formed term
   */
  public static Mark of(String value) {
    return KNOWN.of(value);
  }

  /** {@return the well-known values of this vocabulary in this version of the model} */
  public static Set<Mark> knownValues() {
    return KNOWN.values();
  }
}
