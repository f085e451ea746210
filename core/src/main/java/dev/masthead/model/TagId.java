package dev.masthead.model;

/** The id of a {@link Tag}. */
public final class TagId extends Identifier {
  private TagId(String value) {
    super("TagId", value);
  }

  /**
   * {@return the id with this value}
   *
   * @param value lower-case letters and digits in words joined by {@code - _ . :}
   * @throws ContentValidationException if the value is not a well-formed id
   */
  public static TagId of(String value) {
    return new TagId(value);
  }
}
