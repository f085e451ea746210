/**
 * Internals of the Jackson 3 module: the adapter between Jackson 3's parser and generator and the
 * codec of masthead-codec, which reads and writes every model type as its wire table says. Not
 * exported, not API.
 */
@NullMarked
package dev.masthead.jackson.internal;

import org.jspecify.annotations.NullMarked;
