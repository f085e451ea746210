package dev.masthead.codec;

/** A JSON library's streaming generator, as the codec writes through it. */
public interface TokenOutput {
  void startObject();

  void endObject();

  /** Starts an array of {@code size} elements. */
  void startArray(int size);

  void endArray();

  /** Writes the name at {@code index} of {@code names}: known names, encoded once. */
  void name(Names names, int index);

  /** Writes any other name. */
  void name(String name);

  void string(String value);

  void number(int value);

  /** Writes a number as it is spelt: the text is a JSON number. */
  void number(String text);

  void bool(boolean value);

  void nullValue();

  /**
   * Writes {@code json}, one complete JSON value, parsed by this output's library and copied
   * token by token ({@link #copy}): so a kept value is written as the library writes any
   * value, compact or indented like the rest of the document.
   *
   * @param json a JSON value the model has checked
   */
  void json(String json);

  /**
   * Copies the value {@code in} is on, to its last token.
   *
   * @param in an input on the first token of a value
   */
  default void copy(TokenInput in) {
    int depth = 0;
    Token token = in.token();
    while (true) {
      if (token == null) {
        throw new IllegalArgumentException("the value ends early");
      }
      switch (token) {
        case START_OBJECT -> {
          startObject();
          depth++;
        }
        case START_ARRAY -> {
          startArray(-1);
          depth++;
        }
        case END_OBJECT -> {
          endObject();
          depth--;
        }
        case END_ARRAY -> {
          endArray();
          depth--;
        }
        case NAME -> name(in.name());
        case STRING -> string(in.string());
        case INTEGER, DECIMAL -> number(in.numberText());
        case TRUE -> bool(true);
        case FALSE -> bool(false);
        case NULL -> nullValue();
      }
      if (depth == 0) {
        return;
      }
      token = in.next();
    }
  }
}
