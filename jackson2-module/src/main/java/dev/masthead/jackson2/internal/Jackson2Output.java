package dev.masthead.jackson2.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.UTF8JsonGenerator;
import dev.masthead.codec.Names;
import dev.masthead.codec.TokenInput;
import dev.masthead.codec.TokenOutput;
import dev.masthead.model.ContentLimits;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A Jackson 2 generator as the codec writes through it. Known names are encoded once.
 *
 * <p>Jackson 2 writes a character outside the Basic Multilingual Plane to UTF-8 as an escaped
 * surrogate pair ({@code \ud83d\ude00}) unless the mapper enables {@code
 * JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8}; Jackson 3 writes its four UTF-8 bytes.
 * And with the feature on, Jackson 2.18.0 and 2.18.1 corrupt every character from U+E000 up
 * (jackson-core issue 1359). So that a Masthead value is the same bytes in any mapper of either
 * line and any supported version, a text holding a character from U+D800 up goes to a plain
 * UTF-8 generator already encoded, by Jackson's own string encoder, which writes a pair as its
 * four bytes. A generator that escapes more than JSON needs (its own {@code CharacterEscapes},
 * or every non-ASCII character) is left to do as it was told.
 */
final class Jackson2Output implements TokenOutput {
  private static final int SLOT = Names.newSlot();

  /** Parses kept raw values to copy them: their size and depth are bounded by the model. */
  static final JsonFactory RAW = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(ContentLimits.RAW_JSON_DEPTH + 1)
          .maxStringLength(ContentLimits.RAW_JSON)
          .maxDocumentLength(ContentLimits.RAW_JSON)
          .build())
      .build();

  private final JsonGenerator generator;
  private final boolean encodesHighCharacters;

  Jackson2Output(JsonGenerator generator) {
    this.generator = generator;
    this.encodesHighCharacters = generator instanceof UTF8JsonGenerator
        && generator.getCharacterEscapes() == null
        && generator.getHighestEscapedChar() == 0;
  }

  @Override
  public void startObject() {
    try {
      generator.writeStartObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endObject() {
    try {
      generator.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void startArray(int size) {
    try {
      if (size >= 0) {
        generator.writeStartArray(null, size);
      } else {
        generator.writeStartArray();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void endArray() {
    try {
      generator.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void name(Names names, int index) {
    SerializableString[] encoded = names.cached(SLOT, Jackson2Output::encode);
    try {
      generator.writeFieldName(encoded[index]);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SerializableString[] encode(Names names) {
    SerializableString[] encoded = new SerializableString[names.size()];
    for (int i = 0; i < encoded.length; i++) {
      encoded[i] = new SerializedString(names.get(i));
    }
    return encoded;
  }

  @Override
  public void name(String name) {
    try {
      if (encodesHighCharacters && needsEncoding(name)) {
        generator.writeFieldName(new SerializedString(name));
      } else {
        generator.writeFieldName(name);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void string(String value) {
    try {
      if (encodesHighCharacters && needsEncoding(value)) {
        generator.writeString(new SerializedString(value));
      } else {
        generator.writeString(value);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether the text has a character the generator may not write as UTF-8 bytes. */
  private static boolean needsEncoding(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= Character.MIN_SURROGATE) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void number(int value) {
    try {
      generator.writeNumber(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void number(String text) {
    try {
      generator.writeNumber(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void bool(boolean value) {
    try {
      generator.writeBoolean(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void nullValue() {
    try {
      generator.writeNull();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void json(String json) {
    try (JsonParser parser = RAW.createParser(json)) {
      TokenInput in = new Jackson2Input(parser);
      in.next();
      copy(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
