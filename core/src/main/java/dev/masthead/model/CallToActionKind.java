package dev.masthead.model;

import java.util.Set;

/** What a {@link CallToAction} asks the reader to do. An open vocabulary: see {@link VocabularyTerm}. */
public final class CallToActionKind extends VocabularyTerm {
  private static final Known<CallToActionKind> KNOWN = new Known<>("CallToActionKind", CallToActionKind::new);

  /** Send a news tip or a story. */
  public static final CallToActionKind NEWS_TIP = KNOWN.add("news-tip");

  /** Get in touch. */
  public static final CallToActionKind CONTACT = KNOWN.add("contact");

  /** Sign up to a newsletter. */
  public static final CallToActionKind NEWSLETTER = KNOWN.add("newsletter");

  /** Subscribe to the publication. */
  public static final CallToActionKind SUBSCRIBE = KNOWN.add("subscribe");

  /** Register for an event. */
  public static final CallToActionKind REGISTER = KNOWN.add("register");

  /** Support the publication. */
  public static final CallToActionKind DONATE = KNOWN.add("donate");

  private CallToActionKind(String value, boolean known) {
    super(value, known);
  }

  /**
   * {@return the term with this value: the well-known constant if there is one, else a new term
   * kept verbatim}
   *
   * @param value a lower-case term such as {@code "news-tip"}
   * @throws ContentValidationException if the value is not a well-formed term
   */
  public static CallToActionKind of(String value) {
    return KNOWN.of(value);
  }

  /** {@return the well-known values of this vocabulary in this version of the model} */
  public static Set<CallToActionKind> knownValues() {
    return KNOWN.values();
  }
}
