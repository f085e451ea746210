/**
 * What an adapter of a JSON library needs from Masthead's wire format, and gives it: the
 * adapter implements {@link dev.masthead.codec.TokenInput} over its parser and {@link
 * dev.masthead.codec.TokenOutput} over its generator, and calls {@link
 * dev.masthead.codec.WireType} to read and write each model type. Exported to
 * {@code dev.masthead.jackson} and {@code dev.masthead.jackson2} only: not API.
 */
@NullMarked
package dev.masthead.codec;

import org.jspecify.annotations.NullMarked;
