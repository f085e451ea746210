package dev.masthead.model;

/** The id of an {@link Article} (and of its {@link ArticleSummary}). */
public final class ArticleId extends Identifier {
  private ArticleId(String value) {
    super("ArticleId", value);
  }

  /**
   * {@return the id with this value}
   *
   * @param value lower-case letters and digits in words joined by {@code - _ . :}
   * @throws ContentValidationException if the value is not a well-formed id
   */
  public static ArticleId of(String value) {
    return new ArticleId(value);
  }
}
