package dev.masthead.model;

import java.util.Set;

/** What a {@link Tag} is about. An open vocabulary: see {@link VocabularyTerm}. */
public final class TagKind extends VocabularyTerm {
  private static final Known<TagKind> KNOWN = new Known<>("TagKind", TagKind::new);

  /** A subject: "defence", "startups". */
  public static final TagKind TOPIC = KNOWN.add("topic");

  /** A person; the tag may stand for a {@link PersonId}. */
  public static final TagKind PERSON = KNOWN.add("person");

  /** An organisation; the tag may stand for an {@link OrganisationId}. */
  public static final TagKind ORGANISATION = KNOWN.add("organisation");

  /** A place; the tag may stand for a {@link PlaceId}. */
  public static final TagKind PLACE = KNOWN.add("place");

  /** An event; the tag may stand for an {@link EventId}. */
  public static final TagKind EVENT = KNOWN.add("event");

  private TagKind(String value, boolean known) {
    super(value, known);
  }

  /**
   * {@return the term with this value: the well-known constant if there is one, else a new term
   * kept verbatim}
   *
   * @param value a lower-case term such as {@code "topic"}
   * @throws ContentValidationException if the value is not a well-formed term
   */
  public static TagKind of(String value) {
    return KNOWN.of(value);
  }

  /** {@return the well-known values of this vocabulary in this version of the model} */
  public static Set<TagKind> knownValues() {
    return KNOWN.values();
  }
}
