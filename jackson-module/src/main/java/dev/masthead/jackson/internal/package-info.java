/**
 * Internals of the Jackson module: the codecs that read and write every model type. Not
 * exported, not API.
 *
 * <p>The codecs call the model's public builders and accessors directly instead of letting
 * Jackson find them by reflection: the model's implementation classes are package-private in a
 * module that opens nothing, so reflective access would need {@code opens} in core, and the
 * codecs give exact JSON Pointers for every failure and a fixed property order for free.
 */
@NullMarked
package dev.masthead.jackson.internal;

import org.jspecify.annotations.NullMarked;
