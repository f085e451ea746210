package dev.masthead.model;

import java.util.Map;
import org.immutables.value.Value;

/**
 * A block of a type this version of the model does not know, from a newer version or another
 * service, kept whole: its type name and every other property as raw JSON, written back
 * unchanged. Renderers that do not know the type skip it.
 */
@Value.Immutable
public abstract sealed class UnknownBlock implements Block, WithUnknownBlock
    permits ImmutableUnknownBlock {
  UnknownBlock() {}

  /** {@return the block's type name, which this version of the model does not know} */
  @Override
  public abstract String type();

  /** {@return all the block's other properties, in order} */
  @Override
  public abstract Map<String, RawJson> extensions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .type(type())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("UnknownBlock");
    if (v.required("type", type())) {
      v.check(!Block.knownTypes().contains(type()), "type",
          "must not be a known block type; build that block instead", type());
      v.term("type", type());
    }
    v.extensions(UnknownBlock.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds an {@link UnknownBlock}. */
  public static final class Builder extends ImmutableUnknownBlock.Builder {
    Builder() {}
  }
}
