package dev.masthead.codec.write;

import dev.masthead.codec.Names;
import dev.masthead.codec.TokenOutput;
import dev.masthead.codec.wire.AnyType;
import dev.masthead.codec.wire.BlockTypes;
import dev.masthead.codec.wire.IntType;
import dev.masthead.codec.wire.ObjectType;
import dev.masthead.codec.wire.Property;
import dev.masthead.codec.wire.TextType;
import dev.masthead.codec.wire.ValueType;
import dev.masthead.model.Block;
import dev.masthead.model.RawJson;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Writes a value of any type the wire table describes: an object's properties in their fixed
 * order, absent values and empty lists left out, then its extensions in theirs; a body block
 * with its {@code type} first. The same value is always the same tokens, on every JSON library.
 */
public final class ValueWriter {
  private static final Names TYPE = Names.of(List.of("type"));

  private ValueWriter() {}

  /** Writes {@code value} as {@code type} says. */
  @SuppressWarnings("unchecked")
  public static <T> void write(ValueType<T> type, T value, TokenOutput out) {
    if (type instanceof TextType<T> text) {
      // Most text values are Strings written as they are: skip the call through format.
      out.string(value instanceof String s ? s : text.format(value));
    } else if (type instanceof ObjectType<T, ?> object) {
      writeObject(object, value, out);
    } else if (type instanceof BlockTypes blocks) {
      Block block = (Block) value;
      writeObject(blocks.of(block), block, out);
    } else if (type instanceof IntType) {
      out.number(((Integer) value).intValue());
    } else if (type instanceof AnyType) {
      writeAny((RawJson) value, out);
    } else {
      throw new IllegalArgumentException("not a value type: " + type);
    }
  }

  private static <T, B> void writeObject(ObjectType<T, B> type, T value, TokenOutput out) {
    out.startObject();
    String discriminator = type.discriminator();
    if (discriminator != null) {
      out.name(TYPE, 0);
      out.string(discriminator);
    }
    List<Property<T, B>> properties = type.properties();
    Names names = type.names();
    for (int i = 0, n = properties.size(); i < n; i++) {
      writeProperty(properties.get(i), names, i, value, out);
    }
    Map<String, RawJson> unknown = type.extensions(value);
    if (!unknown.isEmpty()) {
      for (Map.Entry<String, RawJson> entry : unknown.entrySet()) {
        out.name(entry.getKey());
        writeAny(entry.getValue(), out);
      }
    }
    out.endObject();
  }

  @SuppressWarnings("unchecked")
  private static <T, B> void writeProperty(Property<T, B> property, Names names, int index,
      T object, TokenOutput out) {
    Object held = property.get(object);
    switch (property.kind()) {
      case REQUIRED, DEFAULTED -> {
        out.name(names, index);
        write((ValueType<Object>) property.value(), held, out);
      }
      case OPTIONAL -> {
        Optional<?> value = (Optional<?>) held;
        if (value.isPresent()) {
          out.name(names, index);
          write((ValueType<Object>) property.value(), value.get(), out);
        }
      }
      case OPTIONAL_INT -> {
        OptionalInt value = (OptionalInt) held;
        if (value.isPresent()) {
          out.name(names, index);
          out.number(value.getAsInt());
        }
      }
      case LIST -> {
        List<?> list = (List<?>) held;
        if (!list.isEmpty()) {
          out.name(names, index);
          out.startArray(list.size());
          ValueType<Object> element = (ValueType<Object>) property.value();
          for (int i = 0, n = list.size(); i < n; i++) {
            write(element, list.get(i), out);
          }
          out.endArray();
        }
      }
    }
  }

  /**
   * A kept value, parsed by the output's own library and copied token by token: compact or
   * indented like the rest of the document, and the same bytes however it was first spelt.
   */
  private static void writeAny(RawJson value, TokenOutput out) {
    out.json(value.text());
  }
}
