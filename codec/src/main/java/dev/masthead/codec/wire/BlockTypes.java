package dev.masthead.codec.wire;

import dev.masthead.model.Block;
import dev.masthead.model.UnknownBlock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A body block: an object whose {@code type} names its kind from a closed registry (never a
 * class name), looked up in one table. A type this version does not know is read whole into an
 * {@link UnknownBlock} and written back unchanged.
 */
public final class BlockTypes implements ValueType<Block> {
  private final List<ObjectType<? extends Block, ?>> known;
  private final ObjectType<UnknownBlock, ?> unknown;
  private final Map<String, ObjectType<? extends Block, ?>> byType;

  /**
   * The block types.
   *
   * @param known every block type this version knows, each with its {@code discriminator}: a
   *     new block type is one more entry here (and its model class)
   * @param unknown the type of a block of any other type
   */
  BlockTypes(List<ObjectType<? extends Block, ?>> known, ObjectType<UnknownBlock, ?> unknown) {
    this.known = List.copyOf(known);
    this.unknown = unknown;
    Map<String, ObjectType<? extends Block, ?>> types = new LinkedHashMap<>();
    for (ObjectType<? extends Block, ?> type : known) {
      types.put(type.discriminator(), type);
    }
    if (!types.keySet().equals(Block.knownTypes())) {
      throw new IllegalStateException("block types " + types.keySet()
          + " do not match the model's block types " + Block.knownTypes());
    }
    this.byType = Map.copyOf(types);
  }

  /** {@return the block types this version knows, in the order the schema lists them} */
  public List<ObjectType<? extends Block, ?>> known() {
    return known;
  }

  /** {@return the type of a block of a type this version does not know} */
  public ObjectType<UnknownBlock, ?> unknown() {
    return unknown;
  }

  /** {@return the block type of a wire name, or null if this version does not know it} */
  public @Nullable ObjectType<? extends Block, ?> byName(String type) {
    return byType.get(type);
  }

  /**
   * {@return the type a block is written as}: a block's {@code type()} is its wire name; an
   * unknown block's is one no known type has
   */
  @SuppressWarnings("unchecked")
  public ObjectType<Block, ?> of(Block block) {
    return (ObjectType<Block, ?>) byType.getOrDefault(block.type(), unknown);
  }
}
