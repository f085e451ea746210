package dev.masthead.jackson.internal;

import dev.masthead.internal.ExtensionNames;
import dev.masthead.internal.JsonStrings;
import dev.masthead.model.ContentLimits;
import dev.masthead.model.ContentValidationException;
import dev.masthead.model.RawJson;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;

/**
 * Any JSON value, kept as compact text: how unknown properties survive. Reading copies the
 * value's tokens to text exactly (numbers keep their digits); writing parses the text again and
 * copies its tokens into the output, so that what is written is always compact, indented like
 * the rest of the document, and byte-identical however the text was first spelled.
 */
final class RawJsonCodec implements Codec<RawJson> {
  static final RawJsonCodec INSTANCE = new RawJsonCodec();

  /** Parses raw values on write; their size and depth are bounded by the model already. */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(ContentLimits.RAW_JSON_DEPTH + 1)
          .maxStringLength(ContentLimits.RAW_JSON)
          .maxDocumentLength(ContentLimits.RAW_JSON)
          .build())
      .build();

  /** {@code null} is a JSON value like any other: kept, not dropped. */
  private static final RawJson NULL = RawJson.of("null");

  private static final RawJson TRUE = RawJson.of("true");
  private static final RawJson FALSE = RawJson.of("false");

  private RawJsonCodec() {}

  @Override
  public RawJson nullValue() {
    return NULL;
  }

  @Override
  public void write(RawJson value, JsonGenerator generator) {
    try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), value.text())) {
      parser.nextToken();
      copy(parser, generator);
    }
  }

  /**
   * Reads the value the reader is on as compact text, written straight to text token by token.
   * The model then checks the text, and what it refuses is reported at the value.
   */
  @Override
  public @Nullable RawJson read(JsonReader reader) {
    try {
      switch (reader.token()) {
        case VALUE_STRING -> {
          return RawJson.of(JsonStrings.quote(reader.string()));
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          return RawJson.of(reader.numberText());
        }
        case VALUE_TRUE -> {
          return TRUE;
        }
        case VALUE_FALSE -> {
          return FALSE;
        }
        case VALUE_NULL -> {
          return NULL;
        }
        default -> {
          return RawJson.of(structured(reader));
        }
      }
    } catch (ContentValidationException e) {
      reader.invalid(e);
      return null;
    }
  }

  /**
   * The object or array the reader is on, as compact text, spelled as Jackson's writer spells
   * it (strings as {@link JsonStrings}, numbers as their digits): written straight to text,
   * no generator. Every token is read through the reader, so the limits hold on it, and every
   * name is checked as the names the codecs do not know are.
   */
  private static String structured(JsonReader reader) {
    StringBuilder out = new StringBuilder(64);
    // A comma goes before a name, a value or an opening bracket that follows a value or a
    // closing bracket: no stack of levels is needed.
    boolean afterValue = false;
    int depth = 0;
    JsonToken token = reader.token();
    while (true) {
      switch (token) {
        case START_OBJECT, START_ARRAY -> {
          comma(out, afterValue).append(token == JsonToken.START_OBJECT ? '{' : '[');
          depth++;
          afterValue = false;
        }
        case END_OBJECT, END_ARRAY -> {
          out.append(token == JsonToken.END_OBJECT ? '}' : ']');
          depth--;
          afterValue = true;
        }
        case PROPERTY_NAME -> {
          JsonStrings.appendQuoted(comma(out, afterValue), reader.name()).append(':');
          afterValue = false;
        }
        case VALUE_STRING -> {
          JsonStrings.appendQuoted(comma(out, afterValue), reader.string());
          afterValue = true;
        }
        case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
          comma(out, afterValue).append(reader.numberText());
          afterValue = true;
        }
        case VALUE_TRUE, VALUE_FALSE, VALUE_NULL -> {
          comma(out, afterValue).append(token == JsonToken.VALUE_TRUE ? "true"
              : token == JsonToken.VALUE_FALSE ? "false" : "null");
          afterValue = true;
        }
        default -> throw new IllegalArgumentException("not a value token: " + token);
      }
      if (depth == 0) {
        return out.toString();
      }
      token = reader.next();
    }
  }

  private static StringBuilder comma(StringBuilder out, boolean afterValue) {
    return afterValue ? out.append(',') : out;
  }

  private static void copy(JsonParser parser, JsonGenerator out) {
    int depth = 0;
    JsonToken token = parser.currentToken();
    while (true) {
      depth += copyToken(parser, token, out);
      if (depth == 0) {
        return;
      }
      token = parser.nextToken();
    }
  }

  /** Writes one token; returns the change in nesting depth. */
  private static int copyToken(JsonParser parser, JsonToken token, JsonGenerator out) {
    switch (token) {
      case START_OBJECT -> {
        out.writeStartObject();
        return 1;
      }
      case START_ARRAY -> {
        out.writeStartArray();
        return 1;
      }
      case END_OBJECT -> {
        out.writeEndObject();
        return -1;
      }
      case END_ARRAY -> {
        out.writeEndArray();
        return -1;
      }
      case PROPERTY_NAME -> out.writeName(parser.currentName());
      case VALUE_STRING -> out.writeString(parser.getString());
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.writeNumber(parser.getString());
      case VALUE_TRUE -> out.writeBoolean(true);
      case VALUE_FALSE -> out.writeBoolean(false);
      case VALUE_NULL -> out.writeNull();
      default -> throw new IllegalArgumentException("not a value token: " + token);
    }
    return 0;
  }

  /** Any JSON value the model keeps, as {@link ExtensionNames#valueSchema} says. */
  @Override
  public Map<String, Object> schema(Schemas schemas) {
    return schemas.reference("RawJson",
        () -> ExtensionNames.valueSchema(Map.of("$ref", "#/$defs/RawJson")));
  }
}
