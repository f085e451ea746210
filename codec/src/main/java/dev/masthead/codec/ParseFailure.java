package dev.masthead.codec;

import org.jspecify.annotations.Nullable;

/**
 * What a JSON library's parser could not read, as an adapter reports it to the codec: its kind,
 * the library's own message (which Masthead words its own way) and where the input broke. It
 * carries the library's exception as its cause and no stack trace of its own.
 */
public final class ParseFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** Why the parser stopped. */
  public enum Kind {
    /** The input is not well-formed JSON. */
    MALFORMED,
    /** A limit of the parser's own was exceeded. */
    LIMIT,
    /** The input could not be read: the stream failed. */
    INPUT_FAILED
  }

  private final Kind kind;
  private final int line;
  private final int column;
  private final long byteOffset;

  /**
   * Describes a parser failure.
   *
   * @param kind why the parser stopped
   * @param message the parser's own message, without location
   * @param line the line where the input broke (from 1), or 0 if not known
   * @param column the column where it broke
   * @param byteOffset the byte offset where it broke, or -1 if not known or not bytes
   * @param cause the library's exception
   */
  public ParseFailure(Kind kind, @Nullable String message, int line, int column,
      long byteOffset, Throwable cause) {
    super(message == null ? "" : message, cause, false, false);
    this.kind = kind;
    this.line = line;
    this.column = column;
    this.byteOffset = byteOffset;
  }

  /** {@return why the parser stopped} */
  public Kind kind() {
    return kind;
  }

  /** {@return the line where the input broke, from 1; 0 if not known} */
  public int line() {
    return line;
  }

  /** {@return the column where the input broke} */
  public int column() {
    return column;
  }

  /** {@return the byte offset where the input broke, or -1} */
  public long byteOffset() {
    return byteOffset;
  }
}
