package dev.masthead.codec;

/** A JSON token, as every JSON library's streaming parser reports them. */
public enum Token {
  START_OBJECT,
  END_OBJECT,
  START_ARRAY,
  END_ARRAY,
  /** A property name. */
  NAME,
  STRING,
  /** A number with neither fraction nor exponent. */
  INTEGER,
  /** A number with a fraction or an exponent. */
  DECIMAL,
  TRUE,
  FALSE,
  NULL
}
