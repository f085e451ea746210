package dev.masthead.codec.read;

import dev.masthead.codec.Names;
import dev.masthead.codec.Token;
import dev.masthead.codec.TokenInput;
import dev.masthead.codec.wire.AnyType;
import dev.masthead.codec.wire.BlockTypes;
import dev.masthead.codec.wire.IntType;
import dev.masthead.codec.wire.ObjectType;
import dev.masthead.codec.wire.Property;
import dev.masthead.codec.wire.TextType;
import dev.masthead.codec.wire.ValueType;
import dev.masthead.internal.ExtensionNames;
import dev.masthead.internal.JsonStrings;
import dev.masthead.internal.Rules;
import dev.masthead.internal.TextFormat;
import dev.masthead.model.Block;
import dev.masthead.model.ContentLimits;
import dev.masthead.model.ContentPath;
import dev.masthead.model.ContentValidationException;
import dev.masthead.model.RawJson;
import dev.masthead.model.Violation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a value of any type the wire table describes from a {@link Cursor}. Each read starts on
 * the value's first token and ends on its last, whatever the value holds, and returns null when
 * the value is wrong: its problems are reported to the cursor and the read goes on.
 *
 * <p>Objects accept their properties in any order, keep every unknown one, treat {@code null} as
 * absent, reject a property that appears twice, and are built through their builder, so that
 * the model's own validation reports what is wrong, at the object's path.
 */
public final class ValueReader {
  private static final String DUPLICATE = "must not appear twice in an object";
  private static final ContentPath.Name EXTENSIONS = new ContentPath.Name("extensions");
  private static final String RANGE =
      "must be an integer from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;

  /** {@code null} is a JSON value like any other: kept, not dropped. */
  public static final RawJson NULL = RawJson.of("null");

  private static final RawJson TRUE = RawJson.of("true");
  private static final RawJson FALSE = RawJson.of("false");

  private ValueReader() {}

  /**
   * Reads the value the cursor is on; never given a JSON {@code null}.
   *
   * @return the value, or null when it is wrong: its problems are reported to the cursor
   */
  @SuppressWarnings("unchecked")
  static <T> @Nullable T read(ValueType<T> type, Cursor cursor) {
    if (type instanceof TextType<T> text) {
      return readText(text, cursor);
    } else if (type instanceof ObjectType<T, ?> object) {
      if (cursor.token() != Token.START_OBJECT) {
        return cursor.wrongType("an object");
      }
      return readProperties(object, cursor, null);
    } else if (type instanceof BlockTypes blocks) {
      return (T) readBlock(blocks, cursor);
    } else if (type instanceof IntType) {
      return (T) readInt(cursor);
    } else if (type instanceof AnyType) {
      return (T) readAny(cursor);
    }
    throw new IllegalArgumentException("not a value type: " + type);
  }

  // ---- Text ----

  private static <T> @Nullable T readText(TextType<T> type, Cursor cursor) {
    if (cursor.token() != Token.STRING) {
      return cursor.wrongType("a string");
    }
    String text = cursor.string();
    TextFormat checked = type.checked();
    if (checked != null && (!type.parseChecks() || cursor.keepsNoMoreProblems())) {
      String rule = checked.problem(text);
      if (rule != null) {
        return cursor.problem(rule, text);
      }
    }
    try {
      return type.parse(text);
    } catch (ContentValidationException e) {
      cursor.invalid(e);
      return null;
    } catch (TextType.Unparseable e) {
      return cursor.problem(e.getMessage(), text);
    }
  }

  // ---- Integers ----

  private static @Nullable Integer readInt(Cursor cursor) {
    Token token = cursor.token();
    if (token != Token.INTEGER && token != Token.DECIMAL) {
      return cursor.wrongType("an integer");
    }
    TokenInput input = cursor.input();
    if (token == Token.INTEGER && input.isInt()) {
      return input.intValue();
    }
    // An integer may be written with a fraction or an exponent (2.0, 2e0): it is the same
    // number, and an integer to JSON Schema too. Its text is at most the digit limit long, but
    // its exponent may be huge: decided from precision and scale, never by expanding it.
    String text = cursor.numberText();
    BigDecimal number;
    try {
      number = new BigDecimal(text);
    } catch (NumberFormatException e) {
      return cursor.problem(RANGE, text);
    }
    if (number.signum() != 0) {
      BigDecimal whole = number.stripTrailingZeros();
      if (whole.scale() > 0) {
        return cursor.problem("must be a whole number", text);
      }
      if (whole.precision() - whole.scale() > 10) {
        return cursor.problem(RANGE, text);
      }
    }
    try {
      return number.intValueExact();
    } catch (ArithmeticException e) {
      return cursor.problem(RANGE, text);
    }
  }

  // ---- Any value ----

  /**
   * Reads the value the cursor is on as compact text, written straight to text token by token.
   * The model then checks the text, and what it refuses is reported at the value.
   */
  static @Nullable RawJson readAny(Cursor cursor) {
    Token token = java.util.Objects.requireNonNull(cursor.token());
    try {
      return switch (token) {
        case STRING -> RawJson.of(JsonStrings.quote(cursor.string()));
        case INTEGER, DECIMAL -> RawJson.of(cursor.numberText());
        case TRUE -> TRUE;
        case FALSE -> FALSE;
        case NULL -> NULL;
        default -> RawJson.of(structured(cursor));
      };
    } catch (ContentValidationException e) {
      cursor.invalid(e);
      return null;
    }
  }

  /**
   * The object or array the cursor is on, as compact text, spelled as Jackson's writer spells
   * it (strings as {@link JsonStrings}, numbers as their digits): no generator. Every token is
   * read through the cursor, so the limits hold on it, and every name is checked as the names
   * the reader does not know are.
   */
  private static String structured(Cursor cursor) {
    StringBuilder out = new StringBuilder(64);
    // A comma goes before a name, a value or an opening bracket that follows a value or a
    // closing bracket: no stack of levels is needed.
    boolean afterValue = false;
    int depth = 0;
    Token token = java.util.Objects.requireNonNull(cursor.token());
    while (true) {
      switch (token) {
        case START_OBJECT, START_ARRAY -> {
          comma(out, afterValue).append(token == Token.START_OBJECT ? '{' : '[');
          depth++;
          afterValue = false;
        }
        case END_OBJECT, END_ARRAY -> {
          out.append(token == Token.END_OBJECT ? '}' : ']');
          depth--;
          afterValue = true;
        }
        case NAME -> {
          JsonStrings.appendQuoted(comma(out, afterValue), cursor.name()).append(':');
          afterValue = false;
        }
        case STRING -> {
          JsonStrings.appendQuoted(comma(out, afterValue), cursor.string());
          afterValue = true;
        }
        case INTEGER, DECIMAL -> {
          comma(out, afterValue).append(cursor.numberText());
          afterValue = true;
        }
        case TRUE, FALSE, NULL -> {
          comma(out, afterValue).append(token == Token.TRUE ? "true"
              : token == Token.FALSE ? "false" : "null");
          afterValue = true;
        }
      }
      if (depth == 0) {
        return out.toString();
      }
      token = cursor.next();
    }
  }

  private static StringBuilder comma(StringBuilder out, boolean afterValue) {
    return afterValue ? out.append(',') : out;
  }

  // ---- Objects ----

  /**
   * Reads the properties of the object the cursor is in, up to its END_OBJECT, and builds the
   * value; null if anything in it was wrong, every problem reported. {@code typeAlreadyRead}:
   * the block type name the caller read as the object's first property, or null.
   *
   * <p>An object that lacks a required property is reported for what it lacks and not built:
   * the rules that relate its properties to each other are checked once it has them all. Past
   * the most extensions an object may have, the rest are only checked to be well-formed.
   */
  private static <T, B> @Nullable T readProperties(ObjectType<T, B> type, Cursor cursor,
      @Nullable String typeAlreadyRead) {
    List<Property<T, B>> properties = type.properties();
    Names names = type.names();
    // Made at the first property: an empty object that misses a required property needs none
    // (a document of empty objects is a builder every three bytes otherwise).
    B builder = null;
    long seen = 0;
    long given = 0;
    long failed = 0;
    boolean otherFailed = false;
    String discriminator = type.discriminator();
    boolean sawType = typeAlreadyRead != null;
    if (typeAlreadyRead != null && discriminator == null) {
      // An unknown block: its type is one of its own properties.
      int typeIndex = type.typeIndex();
      if (typeIndex < 0) {
        throw new IllegalArgumentException(type + " has no type property");
      }
      builder = type.newBuilder();
      type.setType(builder, typeAlreadyRead);
      seen |= 1L << typeIndex;
      given |= 1L << typeIndex;
    }
    Set<String> unknownSeen = null;
    int unknown = 0;
    int match;
    while ((match = cursor.nextName(names)) != Names.END) {
      String name = match >= 0 ? names.get(match) : cursor.name();
      Token value = cursor.next();
      if (match >= 0) {
        long bit = 1L << match;
        if ((seen & bit) != 0) {
          cursor.problem(DUPLICATE, null);
          cursor.skipValue();
          failed |= bit;
        } else {
          seen |= bit;
          if (value != Token.NULL) {
            if (builder == null) {
              builder = type.newBuilder();
            }
            if (readProperty(properties.get(match), cursor, builder)) {
              given |= bit;
            } else {
              failed |= bit;
            }
          }
        }
      } else if (discriminator != null && name.equals("type")) {
        otherFailed |= !readDiscriminator(discriminator, cursor, sawType);
        sawType = true;
      } else {
        if (unknownSeen == null) {
          unknownSeen = new HashSet<>();
        }
        if (unknown >= ContentLimits.EXTENSIONS) {
          // Past the most an object keeps: counted, skipped, not remembered (a document can
          // hold hundreds of thousands), so a repeat among them is not told apart.
          unknown++;
          cursor.skipValue();
        } else if (!unknownSeen.add(name)) {
          cursor.problem(DUPLICATE, null);
          cursor.skipValue();
          otherFailed = true;
        } else {
          unknown++;
          RawJson raw = readAny(cursor);
          if (raw == null) {
            otherFailed = true;
          } else {
            if (builder == null) {
              builder = type.newBuilder();
            }
            type.putExtension(builder, name, raw);
          }
        }
      }
    }
    if (unknown > ContentLimits.EXTENSIONS) {
      cursor.problem(Rules.tooManyExtensions(unknown), null);
      otherFailed = true;
    }
    long missing = type.requiredMask() & ~given & ~failed;
    if (missing != 0) {
      for (int i = 0; i < properties.size(); i++) {
        if ((missing & 1L << i) != 0) {
          cursor.problemAt(names.get(i), Rules.REQUIRED, null);
        }
      }
      return null;
    }
    T built;
    try {
      built = type.build(builder != null ? builder : type.newBuilder());
    } catch (ContentValidationException e) {
      reportModelViolations(names, cursor, e, failed);
      return null;
    }
    return failed != 0 || otherFailed ? null : built;
  }

  /**
   * Reads a property's value the cursor is on (never a JSON null) into the builder; {@return
   * false if it was wrong}, its problems reported
   */
  private static <T, B> boolean readProperty(Property<T, B> property, Cursor cursor, B builder) {
    switch (property.kind()) {
      case LIST -> {
        return readList(property, cursor, builder);
      }
      case OPTIONAL_INT -> {
        Integer value = readInt(cursor);
        if (value == null) {
          return false;
        }
        property.setInt(builder, value);
        return true;
      }
      default -> {
        Object value = read(property.value(), cursor);
        if (value == null) {
          return false;
        }
        property.set(builder, value);
        return true;
      }
    }
  }

  /**
   * Reads every element of a list; past its most elements it only checks that they are
   * well-formed, and reports the list as too long once.
   */
  private static <T, B> boolean readList(Property<T, B> property, Cursor cursor, B builder) {
    if (cursor.token() != Token.START_ARRAY) {
      cursor.wrongType("an array");
      return false;
    }
    ValueType<?> element = property.value();
    int maxItems = property.maxItems();
    boolean ok = true;
    int index = 0;
    while (true) {
      Token token = cursor.next();
      if (token == Token.END_ARRAY) {
        break;
      }
      if (index >= maxItems) {
        cursor.skipValue();
      } else if (token == Token.NULL) {
        cursor.problem(Rules.NOT_NULL, null);
        ok = false;
      } else {
        Object value = read(element, cursor);
        if (value == null) {
          ok = false;
        } else if (ok) {
          property.set(builder, value);
        }
      }
      index++;
    }
    if (index > maxItems) {
      cursor.problem(Rules.tooManyElements(maxItems, index), null);
      ok = false;
    }
    return ok;
  }

  /** Reads a block's {@code type} where the caller did not: it must name this block type. */
  private static boolean readDiscriminator(String discriminator, Cursor cursor,
      boolean sawType) {
    if (sawType) {
      cursor.problem(DUPLICATE, null);
      cursor.skipValue();
      return false;
    }
    if (cursor.token() != Token.STRING) {
      cursor.wrongType("a string");
      return false;
    }
    String type = cursor.string();
    if (!type.equals(discriminator)) {
      cursor.problem("must be \"" + discriminator + "\" here", type);
      return false;
    }
    return true;
  }

  /**
   * Reports what the model found when the object was built, but not what concerns a property
   * whose value was already reported as wrong (it is missing from the builder only for that).
   */
  private static void reportModelViolations(Names names, Cursor cursor,
      ContentValidationException e, long failed) {
    int skipped = 0;
    List<Violation> relevant = new ArrayList<>(e.violations().size());
    for (Violation violation : e.violations()) {
      List<ContentPath.Segment> segments = violation.path().segments();
      if (!segments.isEmpty() && segments.get(0) instanceof ContentPath.Name first
          && failedProperty(names, first.name(), failed)) {
        skipped++;
      } else {
        relevant.add(onTheWire(violation));
      }
    }
    if (!relevant.isEmpty()) {
      // The model kept the first violations and counted the rest: count those too.
      cursor.invalid(relevant, e.violationCount() - skipped);
    }
  }

  private static boolean failedProperty(Names names, String name, long failed) {
    for (int i = 0; i < names.size(); i++) {
      if ((failed & 1L << i) != 0 && names.get(i).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The model holds unknown properties in its {@code extensions} map, but on the wire they are
   * properties of the object itself: a violation of the name at {@code /extensions/name} is
   * placed at {@code /name}, where the property is in the document, and one about them all at
   * the object.
   */
  private static Violation onTheWire(Violation violation) {
    List<ContentPath.Segment> segments = violation.path().segments();
    if (segments.isEmpty() || !segments.get(0).equals(EXTENSIONS)) {
      return violation;
    }
    if (segments.size() == 1) {
      // About the extensions as a whole (too many): on the wire, that is the object itself.
      return Violation.of(ContentPath.root(), violation.rule(), null);
    }
    if (segments.size() > 2 || !(segments.get(1) instanceof ContentPath.Name name)) {
      return violation;
    }
    if (violation.value().isEmpty()) {
      return Violation.of(ContentPath.root().child(name.name()), violation.rule(), null);
    }
    // The model reports a bad name with the name as its value; anything else is left as it is.
    Violation named = Violation.of(ContentPath.root().child(name.name()), violation.rule(),
        name.name());
    return named.value().equals(violation.value()) ? named : violation;
  }

  // ---- Blocks ----

  private static @Nullable Block readBlock(BlockTypes blocks, Cursor cursor) {
    if (cursor.token() != Token.START_OBJECT) {
      return cursor.wrongType("an object");
    }
    if (cursor.nextName(Names.NONE) == Names.END) {
      cursor.problemAt("type", Rules.REQUIRED, null);
      return null;
    }
    if (!cursor.name().equals("type")) {
      return readWithTypeLater(blocks, cursor);
    }
    if (cursor.next() != Token.STRING) {
      cursor.wrongType("a string");
      cursor.skipRestOfObject();
      return null;
    }
    String type = cursor.string();
    ObjectType<? extends Block, ?> known = blocks.byName(type);
    return known != null
        ? readProperties(known, cursor, type)
        : readProperties(blocks.unknown(), cursor, type);
  }

  /**
   * The cursor is on the first property name, which is not "type": the block is recorded by
   * the parser's library (every token read and counted once), then read from the recording as
   * the type it names.
   */
  private static @Nullable Block readWithTypeLater(BlockTypes blocks, Cursor cursor) {
    TokenInput.Recording recording = cursor.input().record();
    String type = null;
    do {
      String name = cursor.name();
      recording.copyCurrent();
      Token value = cursor.next();
      if (type == null && name.equals("type") && value == Token.STRING) {
        type = cursor.string();
      }
      recording.copyCurrent();
      if (value == Token.START_OBJECT || value == Token.START_ARRAY) {
        for (int open = 1; open > 0; ) {
          Token t = cursor.next();
          recording.copyCurrent();
          if (t == Token.START_OBJECT || t == Token.START_ARRAY) {
            open++;
          } else if (t == Token.END_OBJECT || t == Token.END_ARRAY) {
            open--;
          }
        }
      }
    } while (cursor.nextName(Names.NONE) != Names.END);
    recording.copyCurrent();
    if (type == null) {
      cursor.problemAt("type", "is required, as a string", null);
      return null;
    }
    Cursor again = cursor.replaying(recording.replay());
    ObjectType<? extends Block, ?> known = blocks.byName(type);
    return known != null ? read(known, again) : read(blocks.unknown(), again);
  }
}
