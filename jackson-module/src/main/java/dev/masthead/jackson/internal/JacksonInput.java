package dev.masthead.jackson.internal;

import dev.masthead.codec.Names;
import dev.masthead.codec.ParseFailure;
import dev.masthead.codec.ReadContexts;
import dev.masthead.codec.Token;
import dev.masthead.codec.TokenInput;
import dev.masthead.model.ContentPath;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.Version;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.core.util.Named;
import tools.jackson.databind.util.TokenBuffer;

/**
 * A Jackson 3 parser as the codec reads it. Known names are matched by Jackson's own {@link
 * PropertyNameMatcher}, straight from the input (no String is made for them); a problem's path
 * comes from the parser's read context.
 */
final class JacksonInput implements TokenInput {
  private static final int SLOT = Names.newSlot();

  /**
   * Whether jackson-core's name matcher can be trusted: in 3.0.0 and 3.0.1 it takes a name one
   * byte longer than a known name of 12 or 16 bytes for that name ({@code "organisations"} for
   * {@code "organisation"}), and the parser then reports the known name as the current one.
   * There Masthead reads each name as a string and looks it up itself.
   */
  static final boolean MATCHER_SOUND = matcherSound(JacksonOutput.RAW.version());
  private static final Token[] TOKENS = new Token[JsonToken.values().length];

  static {
    TOKENS[JsonToken.START_OBJECT.ordinal()] = Token.START_OBJECT;
    TOKENS[JsonToken.END_OBJECT.ordinal()] = Token.END_OBJECT;
    TOKENS[JsonToken.START_ARRAY.ordinal()] = Token.START_ARRAY;
    TOKENS[JsonToken.END_ARRAY.ordinal()] = Token.END_ARRAY;
    TOKENS[JsonToken.PROPERTY_NAME.ordinal()] = Token.NAME;
    TOKENS[JsonToken.VALUE_STRING.ordinal()] = Token.STRING;
    TOKENS[JsonToken.VALUE_NUMBER_INT.ordinal()] = Token.INTEGER;
    TOKENS[JsonToken.VALUE_NUMBER_FLOAT.ordinal()] = Token.DECIMAL;
    TOKENS[JsonToken.VALUE_TRUE.ordinal()] = Token.TRUE;
    TOKENS[JsonToken.VALUE_FALSE.ordinal()] = Token.FALSE;
    TOKENS[JsonToken.VALUE_NULL.ordinal()] = Token.NULL;
  }

  /** Jackson's read contexts, as the codec makes paths of them. */
  private static final ReadContexts<TokenStreamContext> CONTEXTS = new ReadContexts<>() {
    @Override
    public @Nullable TokenStreamContext parent(TokenStreamContext context) {
      return context.getParent();
    }

    @Override
    public boolean inArray(TokenStreamContext context) {
      return context.inArray();
    }

    @Override
    public boolean inObject(TokenStreamContext context) {
      return context.inObject();
    }

    @Override
    public boolean inRoot(TokenStreamContext context) {
      return context.inRoot();
    }

    @Override
    public @Nullable String name(TokenStreamContext context) {
      return context.currentName();
    }

    @Override
    public int index(TokenStreamContext context) {
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

  JacksonInput(JsonParser parser) {
    this(parser, ContentPath.root());
  }

  private JacksonInput(JsonParser parser, ContentPath base) {
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
    } catch (JacksonException e) {
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
    TokenStreamContext context = parser.streamReadContext();
    if (context.inArray()) {
      lastIndex = context.getCurrentIndex();
    }
  }

  @Override
  public int nextName(Names names) {
    if (!MATCHER_SOUND) {
      return nextNameByString(names);
    }
    PropertyNameMatcher matcher = names.cached(SLOT, JacksonInput::matcher);
    int match;
    try {
      match = parser.nextNameMatch(matcher);
    } catch (JacksonException e) {
      throw failure(e);
    }
    if (match >= 0) {
      return match;
    }
    if (match == PropertyNameMatcher.MATCH_UNKNOWN_NAME) {
      return Names.OTHER;
    }
    completed();
    return Names.END;
  }

  /** The next name as a string, looked up in the set: where Jackson's matcher cannot be used. */
  private int nextNameByString(Names names) {
    String name;
    try {
      name = parser.nextName();
    } catch (JacksonException e) {
      throw failure(e);
    }
    if (name != null) {
      return names.indexOf(name);
    }
    completed();
    return Names.END;
  }

  private static PropertyNameMatcher matcher(Names names) {
    // Jackson's own matcher: a known name is found from the input bytes, without a String.
    return JacksonOutput.RAW.constructNameMatcher(
        names.names().stream().map(Named::fromString).toList(), false);
  }

  static boolean matcherSound(Version version) {
    // Version.compareTo orders by group and artifact first: compare the numbers alone.
    return version.isUnknownVersion() || version.getMajorVersion() > 3
        || version.getMajorVersion() == 3 && (version.getMinorVersion() > 0
            || version.getPatchLevel() >= 2);
  }

  @Override
  public @Nullable Token token() {
    return token(parser.currentToken());
  }

  @Override
  public String name() {
    return parser.currentName();
  }

  @Override
  public String string() {
    try {
      return parser.getString();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public String numberText() {
    return string();
  }

  @Override
  public boolean isInt() {
    return parser.getNumberType() == JsonParser.NumberType.INT;
  }

  @Override
  public int intValue() {
    return parser.getIntValue();
  }

  @Override
  public int textLength() {
    try {
      return parser.getStringLength();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public int depth() {
    return parser.streamReadContext().getNestingDepth();
  }

  @Override
  public long offset() {
    TokenStreamLocation location = parser.currentLocation();
    return location.getByteOffset() >= 0 ? location.getByteOffset()
        : location.getCharOffset();
  }

  @Override
  public ContentPath path() {
    return CONTEXTS.path(base, parser.streamReadContext(), token());
  }

  @Override
  public ContentPath containerPath() {
    return CONTEXTS.containerPath(base, parser.streamReadContext());
  }

  @Override
  public ContentPath nextPath() {
    return CONTEXTS.nextPath(base, parser.streamReadContext(), token(), lastIndex);
  }

  @Override
  public Recording record() {
    ContentPath object = containerPath();
    TokenBuffer buffer = new TokenBuffer(ObjectWriteContext.empty(), false);
    buffer.writeStartObject();
    return new Recording() {
      @Override
      public void copyCurrent() {
        JsonToken token = parser.currentToken();
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          // As its text: every digit and its sign kept (-0, 1.10) as the document spelt it.
          buffer.writeNumber(parser.getString());
        } else {
          buffer.copyCurrentEvent(parser);
        }
      }

      @Override
      public TokenInput replay() {
        JsonParser replay = buffer.asParser(ObjectReadContext.empty());
        replay.nextToken();
        return new JacksonInput(replay, object);
      }
    };
  }

  /** {@return what the parser could not read, for the codec to word} */
  static ParseFailure failure(JacksonException e) {
    ParseFailure.Kind kind = e instanceof StreamConstraintsException ? ParseFailure.Kind.LIMIT
        : e instanceof JacksonIOException ? ParseFailure.Kind.INPUT_FAILED
        : ParseFailure.Kind.MALFORMED;
    TokenStreamLocation at = e.getLocation();
    return new ParseFailure(kind, e.getOriginalMessage(),
        at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
        at == null ? -1 : at.getByteOffset(), e);
  }
}
