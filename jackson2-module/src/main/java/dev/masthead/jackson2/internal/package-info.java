/**
 * Internals of the Jackson 2 module: the adapter between Jackson 2's parser and generator and the
 * codec of masthead-codec, which reads and writes every model type as its wire table says. Not
 * exported, not API.
 */
@NullMarked
package dev.masthead.jackson2.internal;

import org.jspecify.annotations.NullMarked;
