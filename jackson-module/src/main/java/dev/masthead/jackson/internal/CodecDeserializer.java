package dev.masthead.jackson.internal;

import dev.masthead.model.ReadLimits;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Plugs a codec into Jackson as a deserializer: each call reads one Masthead value, held to the
 * module's limits, and fails with a {@link ReadFailure} listing every problem.
 */
final class CodecDeserializer<T> extends ValueDeserializer<T> {
  /**
   * Attribute of a read ({@code ObjectReader.withAttribute}): the byte offset of the first byte
   * of its input that is not UTF-8, found by {@code MastheadJson} before parsing.
   */
  static final Object BAD_UTF8 = new Object();

  private final Class<T> type;
  private final Codec<T> codec;
  private final ReadLimits limits;

  CodecDeserializer(Class<T> type, Codec<T> codec, ReadLimits limits) {
    this.type = type;
    this.codec = codec;
    this.limits = limits;
  }

  @Override
  public Class<?> handledType() {
    return type;
  }

  /** Jackson reads a JSON null without calling {@link #deserialize}: it asks for this. */
  @Override
  public @Nullable Object getNullValue(DeserializationContext context) {
    return codec.nullValue();
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    Object bad = context.getAttribute(BAD_UTF8);
    return Reads.value(type, codec, parser, limits, bad instanceof Long offset ? offset : -1);
  }
}
