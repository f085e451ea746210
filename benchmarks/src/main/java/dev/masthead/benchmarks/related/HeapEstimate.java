package dev.masthead.benchmarks.related;

import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The heap an object graph holds, estimated from its shape rather than measured: every object
 * reachable from the root's fields counted once, with HotSpot's 64-bit layout under compressed
 * oops and class pointers (heaps under 32 GB, the default):
 *
 * <ul>
 *   <li>an array: 16 bytes of header and length, then its elements (a reference 4 bytes), rounded
 *       up to 8;
 *   <li>an object of a {@code dev.masthead} class: 12 bytes of header, then its fields and its
 *       superclasses' (reference 4 bytes, primitives their size), rounded up to 8 (field gaps
 *       ignored);
 *   <li>a {@link String}: 24 bytes, plus its Latin-1 {@code byte[]} (ids are ASCII);
 *   <li>an enum constant (a {@code Normalisation}, say): nothing, and not followed; it is shared
 *       by every snapshot, like the settings;
 *   <li>any other JDK object: 16 bytes, not followed (none is reachable from a snapshot's arrays
 *       except through what is excluded; {@link #others()} lists the classes met).
 * </ul>
 *
 * <p>Objects passed as excluded (the shared settings) are not counted. Reflection reads private
 * fields: run on the class path, as the benchmarks jar is.
 */
final class HeapEstimate {
  private final Map<String, Long> byField = new LinkedHashMap<>();
  private final Set<String> others = new TreeSet<>();
  private long total;

  private HeapEstimate() {}

  /**
   * {@return the estimate of what {@code root} holds}
   *
   * @param root the root, e.g. a RelatedIndex
   * @param excluded objects not to count, e.g. shared settings
   */
  static HeapEstimate of(Object root, Object... excluded) {
    HeapEstimate estimate = new HeapEstimate();
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Collections.addAll(seen, excluded);
    seen.add(root);
    estimate.total = estimate.shallow(root);
    // Per field of the root: the bytes first reached through it.
    for (Field field : fields(root.getClass())) {
      if (field.getType().isPrimitive()) {
        continue;
      }
      long bytes = estimate.deep(read(field, root), seen);
      estimate.byField.put(field.getName(), bytes);
      estimate.total += bytes;
    }
    return estimate;
  }

  /** {@return the bytes in all} */
  long total() {
    return total;
  }

  /** {@return the bytes first reached through each reference field of the root} */
  Map<String, Long> byField() {
    return byField;
  }

  /** {@return JDK classes met that were counted at 16 bytes and not followed} */
  Set<String> others() {
    return others;
  }

  private long deep(Object start, Set<Object> seen) {
    if (start == null || !seen.add(start)) {
      return 0;
    }
    long bytes = 0;
    Deque<Object> todo = new ArrayDeque<>();
    todo.push(start);
    while (!todo.isEmpty()) {
      Object o = todo.pop();
      if (o instanceof Enum) {
        continue; // a shared constant, not the snapshot's: and Enum's own fields are JDK-private
      }
      bytes += shallow(o);
      Class<?> type = o.getClass();
      if (type.isArray()) {
        if (!type.getComponentType().isPrimitive()) {
          for (int i = 0, length = Array.getLength(o); i < length; i++) {
            Object e = Array.get(o, i);
            if (e != null && seen.add(e)) {
              todo.push(e);
            }
          }
        }
      } else if (followed(type)) {
        for (Field field : fields(type)) {
          if (!field.getType().isPrimitive()) {
            Object e = read(field, o);
            if (e != null && seen.add(e)) {
              todo.push(e);
            }
          }
        }
      }
    }
    return bytes;
  }

  private long shallow(Object o) {
    Class<?> type = o.getClass();
    if (type.isArray()) {
      int length = Array.getLength(o);
      Class<?> component = type.getComponentType();
      return align(16 + (long) length * (component.isPrimitive() ? size(component) : 4));
    }
    if (type == String.class) {
      return 24 + align(16 + ((String) o).length());
    }
    if (!followed(type)) {
      others.add(type.getName());
      return 16;
    }
    long bytes = 12;
    for (Field field : fields(type)) {
      bytes += field.getType().isPrimitive() ? size(field.getType()) : 4;
    }
    return align(bytes);
  }

  private static boolean followed(Class<?> type) {
    return type.getName().startsWith("dev.masthead.");
  }

  private static Iterable<Field> fields(Class<?> type) {
    List<Field> all = new ArrayList<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (!Modifier.isStatic(field.getModifiers())) {
          all.add(field);
        }
      }
    }
    return all;
  }

  private static Object read(Field field, Object o) {
    try {
      field.setAccessible(true);
      return field.get(o);
    } catch (ReflectiveOperationException | RuntimeException e) {
      throw new IllegalStateException("cannot read " + field + " (run on the class path)", e);
    }
  }

  private static long size(Class<?> primitive) {
    if (primitive == long.class || primitive == double.class) {
      return 8;
    }
    if (primitive == int.class || primitive == float.class) {
      return 4;
    }
    if (primitive == short.class || primitive == char.class) {
      return 2;
    }
    return 1;
  }

  private static long align(long bytes) {
    return (bytes + 7) & ~7L;
  }
}
