package dev.masthead.model;

/**
 * The bounds the model enforces on text and collections. Lengths count Unicode code points (as
 * JSON Schema's {@code maxLength} does), not UTF-16 units.
 */
public final class ContentLimits {
  private ContentLimits() {}

  /** Longest id, in code points. */
  public static final int ID = 128;

  /** Longest article slug, in code points. */
  public static final int SLUG = 200;

  /** Longest vocabulary value (a kind, a role, a mark), in code points. */
  public static final int VOCABULARY = 64;

  /** Longest single-line text: names, labels, titles, venues, honorifics, sections. */
  public static final int LINE = 300;

  /** Longest headline, in code points. */
  public static final int HEADLINE = 500;

  /** Longest multi-line text: a standfirst, an excerpt, a caption, a quote, a description. */
  public static final int TEXT = 10_000;

  /** Longest paragraph (all its spans together), in code points. */
  public static final int PARAGRAPH = 50_000;

  /** Longest URL, in characters. */
  public static final int URL = 2_048;

  /** Longest e-mail address (RFC 5321 path limit), in characters. */
  public static final int EMAIL = 254;

  /** Most blocks in an article body. */
  public static final int BLOCKS = 10_000;

  /** Most elements in any other list (tags, participants, positions, spans, ...). */
  public static final int ITEMS = 1_000;

  /**
   * Longest extension property name, and longest property name anywhere inside a {@link
   * RawJson} value, in bytes of its UTF-8 encoding (256 ASCII characters, fewer in other
   * scripts): the unit Jackson's name limit counts on byte input, so that every name the model
   * holds can be read back from bytes and from text alike.
   */
  public static final int EXTENSION_NAME = 256;

  /** Most extension properties on one object. */
  public static final int EXTENSIONS = 256;

  /** Longest raw JSON text of one extension value, in characters. */
  public static final int RAW_JSON = 1_000_000;

  /**
   * Earliest year of any instant or date in the model (in UTC for instants): RFC 3339, which
   * the wire format follows, writes years with exactly four digits.
   */
  public static final int MIN_YEAR = 1;

  /** Latest year of any instant or date in the model (in UTC for instants). */
  public static final int MAX_YEAR = 9999;

  /**
   * Deepest nesting of arrays and objects inside one raw JSON value. An extension sits at most
   * five levels down in a document (on a span, in a paragraph, in an article's body), so every
   * document the model holds stays within the 64 levels {@code MastheadJson} reads by default,
   * with room to spare for a service's own wrapping.
   */
  public static final int RAW_JSON_DEPTH = 32;

  /**
   * Most digits of a number inside a raw JSON value (those of its integer part, fraction and
   * exponent together, as Jackson counts them): what {@code MastheadJson} reads by default, so
   * that every value the model holds can be read back.
   */
  public static final int RAW_JSON_NUMBER = 100;
}
