package dev.masthead.model;

/**
 * The bounds the model enforces on text and collections. Lengths count Unicode code points (as
 * JSON Schema's {@code maxLength} does), not UTF-16 units; the totals, {@link #TOTAL_VALUES} and
 * {@link #TOTAL_TEXT}, count UTF-16 characters.
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

  /**
   * Most values one value holds in all: itself, each object in it, each present attribute value
   * (a text, an id, a vocabulary value, a URL, an instant, a date, a number, ...), each non-empty
   * list and each of its elements, and each token of raw JSON in its extensions (each bracket
   * and brace, each property name, each scalar). An absent optional or an empty list holds
   * nothing.
   *
   * <p>Each list and text has a bound of its own, but nested lists multiply: 10,000 blocks of
   * 1,000 spans of 1,000 marks, 256 extensions of a million characters on every object. This
   * total and {@link #TOTAL_TEXT} bound the whole, so that whatever the model holds, {@code
   * MastheadJson} writes within its default {@link ReadLimits} and reads back, compact or
   * indented. Every model value checks both when it is built, whichever it is: any of them can
   * be written on its own. A value over a total is refused at itself: "must hold at most 50000
   * values in all, holds 50001".
   *
   * <p>Real content fits with room to spare: an article of 3,000 paragraphs of 70 words, each
   * with a link and a mark, holds 30,007 values and 1.36 million characters; an event with
   * 1,000 participants, each with a dated position, 8,005 values.
   */
  public static final int TOTAL_VALUES = 50_000;

  /**
   * Most characters of text one value holds in all, in UTF-16 characters: of every string, id,
   * vocabulary value, URL, block type, time zone id, and each extension's name and raw JSON
   * text. See {@link #TOTAL_VALUES}.
   */
  public static final int TOTAL_TEXT = 2_000_000;

  // Why these totals: what MastheadJson writes for a value holding V values and T characters of
  // text, against what it reads by default (ReadLimits: 1,000,000 tokens, 10 MiB).
  //
  // Tokens <= 3 per value. A scalar is one token; an object or a list opens and closes (two),
  // and each attribute in an object adds its name (one): an attribute's value with its name
  // costs at most three tokens for its one value. Raw JSON counts each of its tokens as a value.
  // So tokens <= 3V - 1: 150,000 at 50,000 values.
  //
  // Bytes <= 3 per character of text. A UTF-16 character is at most 3 bytes of UTF-8 (a
  // surrogate pair 4 for 2); an escape (\", \\, \n, \t, \r) is 2. The model's text holds no
  // other control character, and raw JSON is written token by token, its strings escaped again:
  // a character written as a 6-byte escape (backslash, u, four hex digits) was 6 in the raw text
  // too, and white space goes.
  //
  // Bytes <= 45 per value, compact, for all that is not counted text: a string's quotes (2), its
  // property name with quotes and colon (at most 18, "honorificPrefix":), a comma (1), an object's
  // or a list's brackets (2), and the values with no text of their own, written at a fixed
  // length: the longest is an instant to the nanosecond,
  // "published":"9999-12-31T23:59:59.999999999Z", (45). Raw JSON's punctuation and names are
  // its text; an extension's quotes, colon and comma (4) go with its first token.
  //
  // Bytes <= 76 per value, indented (two spaces a level): each token but a property name starts
  // a line, a line break and two spaces for each level it is nested, and a name is followed by
  // ": ", one byte more. The model's own values are at most 6 levels deep (a mark of a span of a
  // paragraph in an article's body) and start at most two lines (an object opens and closes):
  // at most 49 bytes for any of them (the instant above, one level deep: 45 + 3 + 1). Raw JSON
  // nests 32 levels in an extension 5 levels deep (on a span): a token 37 levels deep starts a
  // line of 1 + 74 bytes, and 1 more after a name.
  //
  // So tokens <= 3 x 50,000 = 150,000 <= 1,000,000; compact bytes <= 3 x 2,000,000 + 45 x 50,000
  // = 8,250,000; indented bytes <= 3 x 2,000,000 + 76 x 50,000 = 9,800,000 <= 10,485,760. The
  // longest string (a raw value's, 1,000,000 characters), the longest name and number, and the
  // deepest nesting (37) are within the other default limits already. The most hostile article
  // (ModelLimitsReadBackTest: raw JSON 32 levels deep on a span, 3-byte characters) is
  // 9,536,941 bytes indented and 5,794,001 compact. The document length is the limit that
  // binds, and only for indented output: keeping 10 MiB, the totals are set for it.

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
