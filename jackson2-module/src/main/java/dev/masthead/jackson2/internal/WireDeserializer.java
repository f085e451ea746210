package dev.masthead.jackson2.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.masthead.codec.WireType;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;
import org.jspecify.annotations.Nullable;

/**
 * Reads one model type through Jackson, as the codec's wire table says: each call reads one
 * Masthead value, held to the module's limits, and fails with a {@link ReadFailure} listing
 * every problem.
 */
final class WireDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /**
   * Attribute of a read ({@code ObjectReader.withAttribute}): the byte offset of the first byte
   * of its input that is not UTF-8, found by {@code MastheadJson} before parsing.
   */
  static final Object BAD_UTF8 = new Object();

  private final transient WireType<T> wire;
  private final transient ReadLimits limits;

  WireDeserializer(WireType<T> wire, ReadLimits limits) {
    super(wire.type());
    this.wire = wire;
    this.limits = limits;
  }

  /** Jackson reads a JSON null without calling {@link #deserialize}: it asks for this. */
  @Override
  public @Nullable T getNullValue(DeserializationContext context) {
    return wire.nullValue();
  }

  @Override
  public T deserialize(JsonParser parser, DeserializationContext context) throws ReadFailure {
    Object bad = context.getAttribute(BAD_UTF8);
    try {
      return wire.read(new Jackson2Input(parser), limits, bad instanceof Long offset ? offset : -1);
    } catch (ContentReadException e) {
      throw new ReadFailure(parser, e);
    }
  }
}
