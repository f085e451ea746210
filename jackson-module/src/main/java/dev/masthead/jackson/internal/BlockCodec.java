package dev.masthead.jackson.internal;

import dev.masthead.model.Block;
import dev.masthead.model.CallToAction;
import dev.masthead.model.Heading;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.LinkBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import dev.masthead.model.RawJson;
import dev.masthead.model.UnknownBlock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * A body block: an object whose {@code type} names its kind from a closed registry (never a
 * class name). A type this version does not know is read whole into an {@link UnknownBlock}
 * and written back unchanged. The writer puts {@code type} first; a reader that finds it later
 * reads the block twice, once to find the type and once to decode it.
 */
final class BlockCodec implements Codec<Block> {
  private final ObjectCodec<Paragraph, ?> paragraph;
  private final ObjectCodec<Heading, ?> heading;
  private final ObjectCodec<Quote, ?> quote;
  private final ObjectCodec<ImageBlock, ?> image;
  private final ObjectCodec<LinkBlock, ?> link;
  private final ObjectCodec<CallToAction, ?> callToAction;
  private final ObjectCodec<UnknownBlock, ?> unknown;
  private final Map<String, ObjectCodec<? extends Block, ?>> byType;

  BlockCodec(ObjectCodec<Paragraph, ?> paragraph, ObjectCodec<Heading, ?> heading,
      ObjectCodec<Quote, ?> quote, ObjectCodec<ImageBlock, ?> image,
      ObjectCodec<LinkBlock, ?> link, ObjectCodec<CallToAction, ?> callToAction,
      ObjectCodec<UnknownBlock, ?> unknown) {
    this.paragraph = paragraph;
    this.heading = heading;
    this.quote = quote;
    this.image = image;
    this.link = link;
    this.callToAction = callToAction;
    this.unknown = unknown;
    Map<String, ObjectCodec<? extends Block, ?>> types = new LinkedHashMap<>();
    for (ObjectCodec<? extends Block, ?> codec :
        List.of(paragraph, heading, quote, image, link, callToAction)) {
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
    if (block instanceof Paragraph p) {
      paragraph.write(p, generator);
    } else if (block instanceof Heading h) {
      heading.write(h, generator);
    } else if (block instanceof Quote q) {
      quote.write(q, generator);
    } else if (block instanceof ImageBlock i) {
      image.write(i, generator);
    } else if (block instanceof LinkBlock l) {
      link.write(l, generator);
    } else if (block instanceof CallToAction c) {
      callToAction.write(c, generator);
    } else {
      unknown.write((UnknownBlock) block, generator);
    }
  }

  @Override
  public Block read(JsonReader reader) {
    if (reader.token() != JsonToken.START_OBJECT) {
      throw reader.wrongType("an object");
    }
    if (reader.nextName() == JsonToken.END_OBJECT) {
      reader.push("type");
      throw reader.fail("is required", null);
    }
    if (!reader.name().equals("type")) {
      return readWithTypeLater(reader);
    }
    reader.push("type");
    reader.next();
    String type = reader.string();
    reader.pop();
    ObjectCodec<? extends Block, ?> codec = byType.get(type);
    return codec != null
        ? codec.readProperties(reader, type)
        : unknown.readProperties(reader, type);
  }

  /** The reader is on the first property name, which is not "type". */
  private Block readWithTypeLater(JsonReader reader) {
    // Copy the rest of the object, then put back the brace and the first name already read.
    String firstName = reader.name();
    reader.push(firstName);
    reader.next();
    RawJson firstValue = RawJsonCodec.INSTANCE.read(reader);
    reader.pop();
    List<Map.Entry<String, RawJson>> rest = new ArrayList<>();
    rest.add(Map.entry(firstName, firstValue));
    String type = null;
    while (reader.nextName() != JsonToken.END_OBJECT) {
      String name = reader.name();
      reader.push(name);
      reader.next();
      if (name.equals("type") && type == null && reader.token() == JsonToken.VALUE_STRING) {
        type = reader.string();
      }
      rest.add(Map.entry(name, RawJsonCodec.INSTANCE.read(reader)));
      reader.pop();
    }
    if (type == null) {
      reader.push("type");
      throw reader.fail("is required, as a string", null);
    }
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<String, RawJson> entry : rest) {
      if (json.length() > 1) {
        json.append(',');
      }
      json.append(RawJson.ofString(entry.getKey()).text()).append(':')
          .append(entry.getValue().text());
    }
    json.append('}');
    try (JsonParser replay = RawJsonCodec.REPLAY.createParser(
        ObjectReadContext.empty(), json.toString())) {
      JsonReader again = reader.replaying(replay);
      again.next();
      ObjectCodec<? extends Block, ?> codec = byType.get(type);
      return codec != null ? codec.read(again) : unknown.read(again);
    }
  }

  @Override
  public Map<String, Object> schema(Schemas schemas) {
    List<Object> oneOf = new ArrayList<>();
    for (ObjectCodec<? extends Block, ?> codec :
        List.of(paragraph, heading, quote, image, link, callToAction)) {
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
