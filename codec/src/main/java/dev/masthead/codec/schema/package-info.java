/**
 * The JSON Schema (2020-12) of the wire format, written by {@link
 * dev.masthead.codec.schema.SchemaWriter} from the same descriptors the reader and writer walk.
 */
@NullMarked
package dev.masthead.codec.schema;

import org.jspecify.annotations.NullMarked;
