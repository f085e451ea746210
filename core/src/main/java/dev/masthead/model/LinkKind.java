package dev.masthead.model;

import java.util.Set;

/** What a {@link LinkBlock} points to. An open vocabulary: see {@link VocabularyTerm}. */
public final class LinkKind extends VocabularyTerm {
  private static final Known<LinkKind> KNOWN = new Known<>("LinkKind", LinkKind::new);

  /** Another page. */
  public static final LinkKind LINK = KNOWN.add("link");

  /** A photo gallery. */
  public static final LinkKind GALLERY = KNOWN.add("gallery");

  /** A video. */
  public static final LinkKind VIDEO = KNOWN.add("video");

  /** A recording or a podcast. */
  public static final LinkKind AUDIO = KNOWN.add("audio");

  /** A document: a report, a PDF. */
  public static final LinkKind DOCUMENT = KNOWN.add("document");

  private LinkKind(String value, boolean known) {
    super(value, known);
  }

  /**
   * {@return the term with this value: the well-known constant if there is one, else a new term
   * kept verbatim}
   *
   * @param value a lower-case term such as {@code "link"}
   * @throws ContentValidationException if the value is not a well-formed term
   */
  public static LinkKind of(String value) {
    return KNOWN.of(value);
  }

  /** {@return the well-known values of this vocabulary in this version of the model} */
  public static Set<LinkKind> knownValues() {
    return KNOWN.values();
  }
}
