package dev.masthead.codec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * The property names of one object type, in wire order. An adapter makes what its library
 * needs from a set once (a name matcher, the names encoded for output) and keeps it here, in a
 * slot of its own: {@link #cached}.
 */
public final class Names {
  private static final int SLOTS = 4;
  private static final AtomicInteger NEXT_SLOT = new AtomicInteger();

  /** No names: for an object whose every property is skipped. */
  public static final Names NONE = of(List.of());

  /** Returned by {@link TokenInput#nextName} at the end of the object. */
  public static final int END = -1;

  /** Returned by {@link TokenInput#nextName} for a name not in the set: read it with name(). */
  public static final int OTHER = -2;

  private final List<String> names;
  private final Map<String, Integer> indexes;
  private final AtomicReferenceArray<Object> cache = new AtomicReferenceArray<>(SLOTS);

  private Names(List<String> names) {
    this.names = names;
    Map<String, Integer> byName = new HashMap<>();
    for (int i = 0; i < names.size(); i++) {
      byName.putIfAbsent(names.get(i), i);
    }
    this.indexes = Map.copyOf(byName);
  }

  /**
   * {@return a set of names}
   *
   * @param names the names, in wire order
   */
  public static Names of(List<String> names) {
    return new Names(List.copyOf(names));
  }

  /** {@return a slot of its own for an adapter's {@link #cached} values}: one per adapter */
  public static int newSlot() {
    int slot = NEXT_SLOT.getAndIncrement();
    if (slot >= SLOTS) {
      throw new IllegalStateException("more than " + SLOTS + " adapters");
    }
    return slot;
  }

  /**
   * {@return what an adapter made of this set}, made on first use
   *
   * @param slot the adapter's slot, from {@link #newSlot()}
   * @param make makes it; it may run more than once when threads race, one result is kept
   * @param <C> what it is
   */
  @SuppressWarnings("unchecked")
  public <C> C cached(int slot, Function<Names, C> make) {
    Object made = cache.get(slot);
    if (made == null) {
      cache.compareAndSet(slot, null, make.apply(this));
      made = cache.get(slot);
    }
    return (C) made;
  }

  /** {@return how many names there are} */
  public int size() {
    return names.size();
  }

  /** {@return the names, in wire order} */
  public List<String> names() {
    return names;
  }

  /** {@return the name at {@code index}} */
  public String get(int index) {
    return names.get(index);
  }

  /**
   * {@return the index of {@code name}, or {@link #OTHER}}: for adapters whose library matches
   * no names itself
   */
  public int indexOf(String name) {
    Integer index = indexes.get(name);
    return index != null ? index : OTHER;
  }

  @Override
  public String toString() {
    return names.toString();
  }
}
