package dev.masthead.codec.wire;

import dev.masthead.model.RawJson;

/**
 * Any JSON value, kept as compact text ({@link RawJson}): how unknown properties survive.
 * Reading copies the value's tokens to text exactly (numbers keep their digits); writing copies
 * the text's tokens into the output, so that what is written is compact or indented like the
 * rest of the document, and the same bytes however the text was first spelt.
 */
public final class AnyType implements ValueType<RawJson> {
  /** The one instance. */
  public static final AnyType INSTANCE = new AnyType();

  private AnyType() {}
}
