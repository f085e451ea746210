package dev.masthead.jackson.internal;

import dev.masthead.codec.WireType;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;

/**
 * Reads one model type through Jackson, as the codec's wire table says: each call reads one
 * Masthead value, held to the module's limits, and fails with a {@link ReadFailure} listing
 * every problem.
 */
final class WireDeserializer<T> extends ValueDeserializer<T> {
  /**
   * Attribute of a read ({@code ObjectReader.withAttribute}): the byte offset of the first byte
   * of its input that is not UTF-8, found by {@code MastheadJson} before parsing.
   */
  static final Object BAD_UTF8 = new Object();

  private final WireType<T> wire;
  private final ReadLimits limits;

  WireDeserializer(WireType<T> wire, ReadLimits limits) {
    this.wire = wire;
    this.limits = limits;
  }

  @Override
  public Class<?> handledType() {
    return wire.type();
  }

  /** Jackson reads a JSON null without calling {@link #deserialize}: it asks for this. */
  @Override
  public @Nullable Object getNullValue(DeserializationContext context) {
    return wire.nullValue();
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) {
    Object bad = context.getAttribute(BAD_UTF8);
    try {
      return wire.read(new JacksonInput(parser), limits, bad instanceof Long offset ? offset : -1);
    } catch (ContentReadException e) {
      throw new ReadFailure(parser, e);
    }
  }
}
