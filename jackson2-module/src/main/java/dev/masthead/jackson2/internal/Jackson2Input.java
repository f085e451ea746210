package dev.masthead.jackson2.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.masthead.codec.Names;
import dev.masthead.codec.ParseFailure;
import dev.masthead.codec.ReadContexts;
import dev.masthead.codec.Token;
import dev.masthead.codec.TokenInput;
import dev.masthead.model.ContentPath;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson 2 parser as the codec reads it. A problem's path comes from the parser's read
 * context; a late block {@code type} is buffered in Jackson's {@link TokenBuffer}.
 */
final class Jackson2Input implements TokenInput {
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    TOKENS[JsonToken.START_OBJECT.ordinal()] = Token.START_OBJECT;
    TOKENS[JsonToken.END_OBJECT.ordinal()] = Token.END_OBJECT;
    TOKENS[JsonToken.START_ARRAY.ordinal()] = Token.START_ARRAY;
    TOKENS[JsonToken.END_ARRAY.ordinal()] = Token.END_ARRAY;
    TOKENS[JsonToken.FIELD_NAME.ordinal()] = Token.NAME;
    TOKENS[JsonToken.VALUE_STRING.ordinal()] = Token.STRING;
    TOKENS[JsonToken.VALUE_NUMBER_INT.ordinal()] = Token.INTEGER;
    TOKENS[JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = Token.DECIMAL;
    TOKENS[JsonToken.VALUE_TRUE.ordinal()] = Token.TRUE;
    TOKENS[JsonToken.VALUE_FALSE.ordinal()] = Token.FALSE;
    TOKENS[JsonToken.VALUE_NULL.ordinal()] = Token.NULL;
  }

  /** How Jackson 2 begins its report of a control character outside a string. */
  private static final String CONTROL_CHARACTER = "Illegal character ((CTRL-CHAR";

  /** Jackson's read contexts, as the codec makes paths of them. */
  private static final ReadContexts<JsonStreamContext> CONTEXTS = new ReadContexts<>() {
    @Override
    public @Nullable JsonStreamContext parent(JsonStreamContext context) {
      return context.getParent();
    }

    @Override
    public boolean inArray(JsonStreamContext context) {
      return context.inArray();
    }

    @Override
    public boolean inObject(JsonStreamContext context) {
      return context.inObject();
    }

    @Override
    public boolean inRoot(JsonStreamContext context) {
      return context.inRoot();
    }

    @Override
    public @Nullable String name(JsonStreamContext context) {
      return context.getCurrentName();
    }

    @Override
    public int index(JsonStreamContext context) {
      return context.getCurrentIndex();
    }
  };

  private final JsonParser parser;
  /** Where a replay's object is in the document; the root for the document's own parser. */
  private final ContentPath base;
  /**
   * The index of the last element completed in the array the input is in: a parser counts the
   * next element before it has read it, or not, depending on where it fails.
   */
  private int lastIndex = -1;

  Jackson2Input(JsonParser parser) {
    this(parser, ContentPath.root());
  }

  private Jackson2Input(JsonParser parser, ContentPath base) {
    this.parser = parser;
    this.base = base;
  }

  private static @Nullable Token token(@Nullable JsonToken token) {
    // Jackson's other tokens (NOT_AVAILABLE, embedded objects) never come from JSON text.
    return token == null ? null : TOKENS[token.ordinal()];
  }

  @Override
  public @Nullable Token next() {
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (IOException e) {
      throw failure(e);
    }
    if (token == null) {
      return null;
    }
    if (token.isScalarValue() || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
      completed();
    }
    return TOKENS[token.ordinal()];
  }

  /** A value is read to its end: if it is an element of an array, its index is the last. */
  private void completed() {
    JsonStreamContext context = parser.getParsingContext();
    if (context.inArray()) {
      lastIndex = context.getCurrentIndex();
    }
  }

  @Override
  public int nextName(Names names) {
    JsonToken token;
    try {
      token = parser.nextToken();
    } catch (IOException e) {
      throw failure(e);
    }
    if (token == JsonToken.FIELD_NAME) {
      return names.indexOf(currentName());
    }
    completed();
    return Names.END;
  }

  @Override
  public @Nullable Token token() {
    return token(parser.currentToken());
  }

  @Override
  public String name() {
    return currentName();
  }

  private String currentName() {
    try {
      return parser.currentName();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public String string() {
    try {
      return parser.getText();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public String numberText() {
    return string();
  }

  @Override
  public boolean isInt() {
    try {
      return parser.getNumberType() == JsonParser.NumberType.INT;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public int intValue() {
    try {
      return parser.getIntValue();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public int textLength() {
    try {
      return parser.getTextLength();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public int depth() {
    return parser.getParsingContext().getNestingDepth();
  }

  @Override
  public long offset() {
    JsonLocation location = parser.currentLocation();
    return location.getByteOffset() >= 0 ? location.getByteOffset()
        : location.getCharOffset();
  }

  @Override
  public ContentPath path() {
    return CONTEXTS.path(base, parser.getParsingContext(), token());
  }

  @Override
  public ContentPath containerPath() {
    return CONTEXTS.containerPath(base, parser.getParsingContext());
  }

  @Override
  public ContentPath nextPath() {
    return CONTEXTS.nextPath(base, parser.getParsingContext(), token(), lastIndex);
  }

  @Override
  public Recording record() {
    ContentPath object = containerPath();
    TokenBuffer buffer = new TokenBuffer(null, false);
    try {
      buffer.writeStartObject();
    } catch (IOException e) {
      throw failure(e);
    }
    return new Recording() {
      @Override
      public void copyCurrent() {
        try {
          JsonToken token = parser.currentToken();
          if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            // As its text: every digit and its sign kept (-0, 1.10) as the document spelt it.
            buffer.writeNumber(parser.getText());
          } else {
            buffer.copyCurrentEvent(parser);
          }
        } catch (IOException e) {
          throw failure(e);
        }
      }

      @Override
      public TokenInput replay() {
        JsonParser replay = buffer.asParser();
        try {
          replay.nextToken();
        } catch (IOException e) {
          throw failure(e);
        }
        return new Jackson2Input(replay, object);
      }
    };
  }

  /** {@return what the parser could not read, for the codec to word} */
  static ParseFailure failure(IOException e) {
    if (e instanceof JsonProcessingException jackson) {
      ParseFailure.Kind kind = e instanceof StreamConstraintsException
          ? ParseFailure.Kind.LIMIT : ParseFailure.Kind.MALFORMED;
      JsonLocation at = jackson.getLocation();
      String message = jackson.getOriginalMessage();
      int column = at == null ? 0 : at.getColumnNr();
      if (message != null && message.startsWith(CONTROL_CHARACTER) && column > 1) {
        // Jackson 2 has already stepped past the control character here; Jackson 3 reports
        // its own column, as it does for every other unexpected character.
        column--;
      }
      return new ParseFailure(kind, message, at == null ? 0 : at.getLineNr(), column,
          at == null ? -1 : at.getByteOffset(), e);
    }
    return new ParseFailure(ParseFailure.Kind.INPUT_FAILED, String.valueOf(e.getMessage()),
        0, 0, -1, e);
  }
}
