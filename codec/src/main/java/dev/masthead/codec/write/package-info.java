/**
 * Writing the wire format: {@link dev.masthead.codec.write.ValueWriter} walks the wire table's
 * descriptors and writes through a {@link dev.masthead.codec.TokenOutput}.
 */
@NullMarked
package dev.masthead.codec.write;

import org.jspecify.annotations.NullMarked;
