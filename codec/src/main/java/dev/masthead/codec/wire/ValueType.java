package dev.masthead.codec.wire;

/**
 * What one kind of value is on the wire: a descriptor, read, written and described in a JSON
 * Schema by the codec's reader, writer and schema writer.
 *
 * @param <T> the value's type
 */
public sealed interface ValueType<T> permits TextType, IntType, AnyType, ObjectType, BlockTypes {
}
