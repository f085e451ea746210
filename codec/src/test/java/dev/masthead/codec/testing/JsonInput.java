package dev.masthead.codec.testing;

import dev.masthead.codec.Names;
import dev.masthead.codec.ParseFailure;
import dev.masthead.codec.Token;
import dev.masthead.codec.TokenInput;
import dev.masthead.model.ContentPath;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A {@link TokenInput} over JSON text (RFC 8259), for the codec's own tests: no JSON library.
 * Tokens are read one at a time, as a streaming parser reads them, so that malformed input fails
 * where it is reached. Paths, depth and recordings follow the contract as the Jackson adapter
 * meets it. It is strict where the codec should never stray: reading a name off a name, a string
 * off a string, a number off a number, a name match inside an object, a replay of a whole object;
 * anything else is an {@link IllegalStateException}.
 */
public final class JsonInput implements TokenInput {
  /** One token as read: its kind, its text (name, string or number), where the input is then. */
  private record Read(Token token, String text, long offset) {}

  /** Where tokens come from: the text, or a recording of them. */
  private interface Source {
    @Nullable Read next();
  }

  /** An object or array the input is in, and its current entry: a name, or an index. */
  private static final class Level {
    final boolean object;
    @Nullable String name;
    int index = -1;

    Level(boolean object) {
      this.object = object;
    }
  }

  private final Source source;
  /** Where the input's first value is in the document: a replay's object is not at its root. */
  private final ContentPath base;
  /** How deep that is. */
  private final int baseDepth;
  private final List<Level> levels = new ArrayList<>();
  private @Nullable Read current;

  private JsonInput(Source source, ContentPath base, int baseDepth) {
    this.source = source;
    this.base = base;
    this.baseDepth = baseDepth;
  }

  /** {@return an input over {@code json}, before its first token} */
  public static JsonInput of(String json) {
    return at(ContentPath.root(), json);
  }

  /**
   * {@return an input over {@code json}, before its first token, as if its value were at
   * {@code base} in a larger document}
   */
  public static JsonInput at(ContentPath base, String json) {
    return new JsonInput(new Lexer(json), base, 0);
  }

  @Override
  public @Nullable Token next() {
    Read read = source.next();
    current = read;
    if (read == null) {
      return null;
    }
    Token token = read.token();
    Level in = levels.isEmpty() ? null : levels.get(levels.size() - 1);
    switch (token) {
      case START_OBJECT, START_ARRAY -> {
        if (in != null && !in.object) {
          in.index++;
        }
        levels.add(new Level(token == Token.START_OBJECT));
      }
      case END_OBJECT, END_ARRAY -> levels.remove(levels.size() - 1);
      case NAME -> in.name = read.text();
      default -> {
        if (in != null && !in.object) {
          in.index++;
        }
      }
    }
    return token;
  }

  @Override
  public int nextName(Names names) {
    Token token = next();
    if (token == null || token == Token.END_OBJECT) {
      return Names.END;
    }
    if (token != Token.NAME) {
      throw new IllegalStateException("nextName read " + token + ", not in an object");
    }
    return names.indexOf(current.text());
  }

  @Override
  public @Nullable Token token() {
    return current == null ? null : current.token();
  }

  @Override
  public String name() {
    return text(Token.NAME);
  }

  @Override
  public String string() {
    return text(Token.STRING);
  }

  @Override
  public String numberText() {
    return token() == Token.DECIMAL ? text(Token.DECIMAL) : text(Token.INTEGER);
  }

  @Override
  public boolean isInt() {
    if (token() != Token.INTEGER) {
      return false;
    }
    try {
      Integer.parseInt(current.text());
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  @Override
  public int intValue() {
    return Integer.parseInt(text(Token.INTEGER));
  }

  @Override
  public int textLength() {
    Token token = token();
    if (token != Token.STRING && token != Token.INTEGER && token != Token.DECIMAL) {
      throw new IllegalStateException("no text: on " + token);
    }
    return current.text().length();
  }

  private String text(Token expected) {
    if (token() != expected) {
      throw new IllegalStateException("not on a " + expected + ": on " + token());
    }
    return current.text();
  }

  @Override
  public int depth() {
    return baseDepth + levels.size();
  }

  @Override
  public long offset() {
    return current == null ? 0 : current.offset();
  }

  @Override
  public ContentPath path() {
    Token token = token();
    boolean starts = token == Token.START_OBJECT || token == Token.START_ARRAY;
    // At its start the object or array is a level already: its path is where its parent is.
    return path(starts ? levels.size() - 1 : levels.size());
  }

  @Override
  public ContentPath containerPath() {
    return path(levels.size() - 1);
  }

  @Override
  public ContentPath nextPath() {
    if (levels.isEmpty()) {
      return base;
    }
    Level in = levels.get(levels.size() - 1);
    if (!in.object) {
      return containerPath().child(in.index + 1);
    }
    return token() == Token.NAME ? path() : containerPath();
  }

  /** The path of the entries of the outermost {@code count} levels. */
  private ContentPath path(int count) {
    ContentPath path = base;
    for (int i = 0; i < count; i++) {
      Level level = levels.get(i);
      if (level.object && level.name != null) {
        path = path.child(level.name);
      } else if (!level.object && level.index >= 0) {
        path = path.child(level.index);
      }
    }
    return path;
  }

  @Override
  public Recording record() {
    if (token() != Token.NAME) {
      throw new IllegalStateException("a recording starts on a name, not on " + token());
    }
    ContentPath object = containerPath();
    int depth = depth() - 1;
    List<Read> tokens = new ArrayList<>();
    tokens.add(new Read(Token.START_OBJECT, "", offset()));
    return new Recording() {
      @Override
      public void copyCurrent() {
        tokens.add(current);
      }

      @Override
      public TokenInput replay() {
        int open = 0;
        for (int i = 0; i < tokens.size(); i++) {
          Token token = tokens.get(i).token();
          open += token == Token.START_OBJECT || token == Token.START_ARRAY ? 1
              : token == Token.END_OBJECT || token == Token.END_ARRAY ? -1 : 0;
          if (open == 0 && i < tokens.size() - 1) {
            throw new IllegalStateException("recorded past the object's end: " + tokens);
          }
        }
        if (open != 0 || tokens.get(tokens.size() - 1).token() != Token.END_OBJECT) {
          throw new IllegalStateException("not a whole object recorded: " + tokens);
        }
        List<Read> copy = List.copyOf(tokens);
        JsonInput replay = new JsonInput(new Source() {
          private int next;

          @Override
          public @Nullable Read next() {
            return next < copy.size() ? copy.get(next++) : null;
          }
        }, object, depth);
        replay.next();
        return replay;
      }
    };
  }

  /** Reads JSON text token by token, checking its grammar as it goes. */
  private static final class Lexer implements Source {
    /** What the grammar allows next. */
    private enum Expect { VALUE, VALUE_OR_END, NAME, NAME_OR_END, COMMA_OR_END, NOTHING }

    private final String text;
    private final Deque<Character> open = new ArrayDeque<>();
    private Expect expect = Expect.VALUE;
    private int pos;

    Lexer(String text) {
      this.text = text;
    }

    @Override
    public @Nullable Read next() {
      skipWhitespace();
      switch (expect) {
        case NOTHING -> {
          if (pos < text.length()) {
            throw failure("Trailing token found after the value");
          }
          return null;
        }
        case COMMA_OR_END -> {
          char c = peek();
          if (c == ',') {
            pos++;
            skipWhitespace();
            expect = open.peek() == '{' ? Expect.NAME : Expect.VALUE;
            return next();
          }
          if (c == '}' || c == ']') {
            return close(c);
          }
          throw unexpected(c, "was expecting comma to separate entries");
        }
        case NAME_OR_END, NAME -> {
          char c = peek();
          if (c == '}' && expect == Expect.NAME_OR_END) {
            return close(c);
          }
          if (c != '"') {
            throw unexpected(c, "was expecting double-quote to start a property name");
          }
          pos++;
          String name = string();
          long end = pos;
          skipWhitespace();
          if (peek() != ':') {
            throw unexpected(peek(), "was expecting a colon to separate name and value");
          }
          pos++;
          expect = Expect.VALUE;
          return new Read(Token.NAME, name, end);
        }
        case VALUE_OR_END, VALUE -> {
          char c = peek();
          if (c == ']' && expect == Expect.VALUE_OR_END) {
            return close(c);
          }
          return value(c);
        }
      }
      throw new AssertionError(expect);
    }

    private Read value(char c) {
      if (c == '{' || c == '[') {
        pos++;
        open.push(c);
        expect = c == '{' ? Expect.NAME_OR_END : Expect.VALUE_OR_END;
        return new Read(c == '{' ? Token.START_OBJECT : Token.START_ARRAY, "", pos);
      }
      Read read;
      if (c == '"') {
        pos++;
        String value = string();
        read = new Read(Token.STRING, value, pos);
      } else if (c == '-' || c >= '0' && c <= '9') {
        read = number();
      } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        int start = pos;
        while (pos < text.length() && Character.isLetterOrDigit(text.charAt(pos))) {
          pos++;
        }
        String word = text.substring(start, pos);
        Token token = switch (word) {
          case "true" -> Token.TRUE;
          case "false" -> Token.FALSE;
          case "null" -> Token.NULL;
          default -> {
            pos = start;
            throw failure("Unrecognized token '" + word + "': was expecting (JSON String, "
                + "Number, Array, Object or token 'null', 'true' or 'false')");
          }
        };
        read = new Read(token, word, pos);
      } else {
        throw unexpected(c, "expected a value");
      }
      afterValue();
      return read;
    }

    private Read close(char c) {
      char expected = open.isEmpty() ? ' ' : open.peek() == '{' ? '}' : ']';
      if (c != expected) {
        throw failure("Unexpected close marker '" + c + "': expected '" + expected + "'");
      }
      pos++;
      open.pop();
      afterValue();
      return new Read(c == '}' ? Token.END_OBJECT : Token.END_ARRAY, "", pos);
    }

    private void afterValue() {
      expect = open.isEmpty() ? Expect.NOTHING : Expect.COMMA_OR_END;
    }

    /** The rest of a string, its opening quote read. */
    private String string() {
      StringBuilder out = new StringBuilder();
      while (true) {
        char c = peek();
        pos++;
        if (c == '"') {
          return out.toString();
        }
        if (c < 0x20) {
          pos--;
          throw failure("Illegal unquoted character ((CTRL-CHAR, code " + (int) c
              + ")): has to be escaped using backslash to be included in string value");
        }
        if (c != '\\') {
          out.append(c);
          continue;
        }
        char e = peek();
        pos++;
        switch (e) {
          case '"', '\\', '/' -> out.append(e);
          case 'b' -> out.append('\b');
          case 'f' -> out.append('\f');
          case 'n' -> out.append('\n');
          case 'r' -> out.append('\r');
          case 't' -> out.append('\t');
          case 'u' -> {
            int code = 0;
            for (int i = 0; i < 4; i++) {
              char h = peek();
              int digit = Character.digit(h, 16);
              if (digit < 0) {
                throw unexpected(h, "expected a hex-digit for character escape sequence");
              }
              pos++;
              code = code * 16 + digit;
            }
            out.append((char) code);
          }
          default -> {
            pos--;
            throw failure("Unrecognized character escape '" + e + "' (code " + (int) e + ")");
          }
        }
      }
    }

    /** A number, as RFC 8259 spells one: -? int frac? exp? */
    private Read number() {
      int start = pos;
      if (peek() == '-') {
        pos++;
      }
      if (peek() == '0') {
        pos++;
        if (pos < text.length() && Character.isDigit(text.charAt(pos))) {
          throw failure("Invalid numeric value: Leading zeroes not allowed");
        }
      } else {
        digits();
      }
      boolean decimal = false;
      if (pos < text.length() && text.charAt(pos) == '.') {
        pos++;
        digits();
        decimal = true;
      }
      if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
        pos++;
        if (peek() == '+' || peek() == '-') {
          pos++;
        }
        digits();
        decimal = true;
      }
      return new Read(decimal ? Token.DECIMAL : Token.INTEGER, text.substring(start, pos), pos);
    }

    private void digits() {
      int start = pos;
      while (pos < text.length() && text.charAt(pos) >= '0' && text.charAt(pos) <= '9') {
        pos++;
      }
      if (pos == start) {
        throw failure("Invalid numeric value: a digit is expected");
      }
    }

    private void skipWhitespace() {
      while (pos < text.length()) {
        char c = text.charAt(pos);
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
          return;
        }
        pos++;
      }
    }

    /** The character at the position; the end of the input is malformed here. */
    private char peek() {
      if (pos >= text.length()) {
        throw failure("Unexpected end-of-input");
      }
      return text.charAt(pos);
    }

    private ParseFailure unexpected(char c, String why) {
      return failure("Unexpected character ('" + c + "' (code " + (int) c + ")): " + why);
    }

    /** Malformed input at the position, with its line and column (from 1). */
    private ParseFailure failure(String message) {
      int line = 1;
      int column = 1;
      for (int i = 0; i < Math.min(pos, text.length()); i++) {
        if (text.charAt(i) == '\n') {
          line++;
          column = 1;
        } else {
          column++;
        }
      }
      return new ParseFailure(ParseFailure.Kind.MALFORMED, message, line, column, -1,
          new IllegalArgumentException(message + " at line " + line + ", column " + column));
    }
  }
}
