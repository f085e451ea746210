package dev.masthead.jackson.internal;

import dev.masthead.model.Block;
import dev.masthead.model.UnknownBlock;
import dev.masthead.internal.Rules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.databind.util.TokenBuffer;

/**
 * A body block: an object whose {@code type} names its kind from a closed registry (never a
 * class name). A type this version does not know is read whole into an {@link UnknownBlock}
 * and written back unchanged. The writer puts {@code type} first; a reader that finds it later
 * buffers the block's tokens to find the type, then reads them from the buffer.
 */
final class BlockCodec implements Codec<Block> {
  /** The block types this version knows, in the order the schema lists them. */
  private final List<ObjectCodec<? extends Block, ?>> known;
  private final ObjectCodec<UnknownBlock, ?> unknown;
  /** The one table of block types: its wire name to its codec. */
  private final Map<String, ObjectCodec<? extends Block, ?>> byType;

  /**
   * The codec of body blocks.
   *
   * @param known every block type this version knows, each with its {@code discriminator}: a
   *     new block type is one more entry here (and its model class)
   * @param unknown the codec of a block of any other type
   */
  BlockCodec(List<ObjectCodec<? extends Block, ?>> known, ObjectCodec<UnknownBlock, ?> unknown) {
    this.known = List.copyOf(known);
    this.unknown = unknown;
    Map<String, ObjectCodec<? extends Block, ?>> types = new LinkedHashMap<>();
    for (ObjectCodec<? extends Block, ?> codec : known) {
      types.put(codec.discriminator(), codec);
    }
    if (!types.keySet().equals(Block.knownTypes())) {
      throw new IllegalStateException("block codecs " + types.keySet()
          + " do not match the model's block types " + Block.knownTypes());
    }
    this.byType = Map.copyOf(types);
  }

  @Override
  public void write(Block block, JsonGenerator generator) {
    // A block's type() is its wire name; an unknown block's is one no known type has.
    @SuppressWarnings("unchecked")
    ObjectCodec<Block, ?> codec =
        (ObjectCodec<Block, ?>) byType.getOrDefault(block.type(), unknown);
    codec.write(block, generator);
  }

  @Override
  public @Nullable Block read(JsonReader reader) {
    if (reader.token() != JsonToken.START_OBJECT) {
      return reader.wrongType("an object");
    }
    if (reader.nextName() == JsonToken.END_OBJECT) {
      reader.problemAt("type", Rules.REQUIRED, null);
      return null;
    }
    if (!reader.name().equals("type")) {
      return readWithTypeLater(reader);
    }
    reader.push("type");
    if (reader.next() != JsonToken.VALUE_STRING) {
      reader.wrongType("a string");
      reader.pop();
      reader.skipRestOfObject();
      return null;
    }
    String type = reader.string();
    reader.pop();
    ObjectCodec<? extends Block, ?> codec = byType.get(type);
    return codec != null
        ? codec.readProperties(reader, type)
        : unknown.readProperties(reader, type);
  }

  /**
   * The reader is on the first property name, which is not "type": the block is buffered with
   * Jackson's own token buffer, every token read (and counted) once, then read from the buffer
   * as the type it names.
   */
  private @Nullable Block readWithTypeLater(JsonReader reader) {
    TokenBuffer buffer = TokenBuffer.forBuffering(reader.parser(), ObjectReadContext.empty());
    buffer.writeStartObject();
    String type = null;
    do {
      String name = reader.name();
      buffer.writeName(name);
      reader.push(name);
      JsonToken value = reader.next();
      if (type == null && name.equals("type") && value == JsonToken.VALUE_STRING) {
        type = reader.string();
      }
      copy(reader, buffer);
      if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
        for (int open = 1; open > 0; ) {
          JsonToken t = reader.next();
          copy(reader, buffer);
          if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
            open++;
          } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
            open--;
          }
        }
      }
      reader.pop();
    } while (reader.nextName() != JsonToken.END_OBJECT);
    buffer.writeEndObject();
    if (type == null) {
      reader.problemAt("type", "is required, as a string", null);
      return null;
    }
    try (JsonParser replay = buffer.asParser(ObjectReadContext.empty())) {
      replay.nextToken();
      JsonReader again = reader.replaying(replay);
      ObjectCodec<? extends Block, ?> codec = byType.get(type);
      return codec != null ? codec.read(again) : unknown.read(again);
    }
  }

  /**
   * Copies the current token into the buffer; a number as its text, so that it keeps every
   * digit and its sign ({@code -0}, {@code 1.10}) as the document spelt it.
   */
  private static void copy(JsonReader reader, TokenBuffer buffer) {
    JsonToken token = reader.token();
    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
      buffer.writeNumber(reader.parser().getString());
    } else {
      buffer.copyCurrentEvent(reader.parser());
    }
  }

  @Override
  public Map<String, Object> schema(Schemas schemas) {
    List<Object> oneOf = new ArrayList<>();
    for (ObjectCodec<? extends Block, ?> codec : known) {
      oneOf.add(codec.schema(schemas));
    }
    Map<String, Object> unknownRef = unknown.schema(schemas);
    Map<String, Object> notKnown = new LinkedHashMap<>();
    notKnown.put("properties", Map.of("type", Map.of("not",
        Map.of("enum", new ArrayList<>(new java.util.TreeSet<>(Block.knownTypes()))))));
    oneOf.add(Map.of("allOf", List.of(unknownRef, notKnown)));
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("oneOf", oneOf);
    return schemas.reference("Block", () -> schema);
  }
}
