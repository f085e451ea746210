package dev.masthead.codec;

import dev.masthead.model.ContentPath;
import org.jspecify.annotations.Nullable;

/**
 * A JSON library's streaming parser, as the codec reads it: what every JSON library's parser
 * offers. The codec counts tokens and checks the read limits itself; the adapter only reports.
 * Every method that advances throws {@link ParseFailure} for input the library cannot read.
 */
public interface TokenInput {
  /** {@return the next token, or null at the end of the input} */
  @Nullable Token next();

  /**
   * Advances to the next property name of the object the input is in, or to its end.
   *
   * @param names the names the caller knows
   * @return the index in {@code names} of the name read, {@link Names#OTHER} for another name,
   *     {@link Names#END} at the end of the object; the current token is then NAME or
   *     END_OBJECT, or null at the end of the input (then the return value is END)
   */
  int nextName(Names names);

  /** {@return the current token, or null before the first and after the last} */
  @Nullable Token token();

  /** {@return the current property name}: the input is on a NAME */
  String name();

  /** {@return the current string}: the input is on a STRING */
  String string();

  /** {@return the current number as the input spells it}: the input is on a number */
  String numberText();

  /** {@return whether the current token is an INTEGER that fits in an int} */
  boolean isInt();

  /** {@return the current INTEGER}, which {@link #isInt()} says fits */
  int intValue();

  /** {@return the length in chars of the current string or number} */
  int textLength();

  /** {@return how many objects and arrays the input is in} */
  int depth();

  /** {@return how far the input is read: in bytes, or chars for text input} */
  long offset();

  /**
   * {@return the path of the value the current token belongs to}, from the document's root:
   * of the object or array itself at its start and end, of the property at its name
   */
  ContentPath path();

  /** {@return the path of the object or array the input is in} */
  ContentPath containerPath();

  /**
   * {@return the path of what the input reads next}: in an array, its next element; in an
   * object, the value of the name it is on, else the object (its next name). Where a parser
   * failure is placed, as the parser fails before it reports the token.
   */
  ContentPath nextPath();

  /**
   * Starts a recording of the object the input is in, on its first property name: the object's
   * tokens from there to its end are copied as the caller reads them, and replayed from its
   * start.
   */
  Recording record();

  /** The tokens of one object, copied as they are read. */
  interface Recording {
    /** Copies the input's current token; a number as it is spelt. */
    void copyCurrent();

    /**
     * {@return an input over the object recorded, on its START_OBJECT}: once the object's
     * END_OBJECT is copied; paths are placed where the object is in the document
     */
    TokenInput replay();
  }
}
