/**
 * The wire format as data: {@link dev.masthead.codec.wire.WireTable} describes the JSON of every
 * model type with the descriptors of this package ({@link dev.masthead.codec.wire.ObjectType}
 * and its {@link dev.masthead.codec.wire.Property properties}, {@link
 * dev.masthead.codec.wire.TextType}, {@link dev.masthead.codec.wire.IntType}, {@link
 * dev.masthead.codec.wire.AnyType}, {@link dev.masthead.codec.wire.BlockTypes}). Reading,
 * writing and the JSON Schema each walk them in a package of their own.
 */
@NullMarked
package dev.masthead.codec.wire;

import org.jspecify.annotations.NullMarked;
