package dev.masthead.jackson.internal;

import dev.masthead.codec.Names;
import dev.masthead.codec.TokenInput;
import dev.masthead.codec.TokenOutput;
import dev.masthead.model.ContentLimits;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;

/** A Jackson 3 generator as the codec writes through it. Known names are encoded once. */
final class JacksonOutput implements TokenOutput {
  private static final int SLOT = Names.newSlot();

  /**
   * Parses kept raw values to copy them, and makes name matchers: their size and depth are
   * bounded by the model already.
   */
  static final JsonFactory RAW = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(ContentLimits.RAW_JSON_DEPTH + 1)
          .maxStringLength(ContentLimits.RAW_JSON)
          .maxDocumentLength(ContentLimits.RAW_JSON)
          .build())
      .build();

  private final JsonGenerator generator;

  JacksonOutput(JsonGenerator generator) {
    this.generator = generator;
  }

  @Override
  public void startObject() {
    generator.writeStartObject();
  }

  @Override
  public void endObject() {
    generator.writeEndObject();
  }

  @Override
  public void startArray(int size) {
    if (size >= 0) {
      generator.writeStartArray(null, size);
    } else {
      generator.writeStartArray();
    }
  }

  @Override
  public void endArray() {
    generator.writeEndArray();
  }

  @Override
  public void name(Names names, int index) {
    SerializableString[] encoded = names.cached(SLOT, JacksonOutput::encode);
    generator.writeName(encoded[index]);
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
    generator.writeName(name);
  }

  @Override
  public void string(String value) {
    generator.writeString(value);
  }

  @Override
  public void number(int value) {
    generator.writeNumber(value);
  }

  @Override
  public void number(String text) {
    generator.writeNumber(text);
  }

  @Override
  public void bool(boolean value) {
    generator.writeBoolean(value);
  }

  @Override
  public void nullValue() {
    generator.writeNull();
  }

  @Override
  public void json(String json) {
    try (JsonParser parser = RAW.createParser(ObjectReadContext.empty(), json)) {
      TokenInput in = new JacksonInput(parser);
      in.next();
      copy(in);
    }
  }
}
