/**
 * Reading the wire format: {@link dev.masthead.codec.read.ValueReader} walks the wire table's
 * descriptors over a {@link dev.masthead.codec.read.Cursor}, which counts every token against
 * the read limits and gathers the read's problems, each at the JSON Pointer the parser's own
 * read context gives.
 */
@NullMarked
package dev.masthead.codec.read;

import org.jspecify.annotations.NullMarked;
