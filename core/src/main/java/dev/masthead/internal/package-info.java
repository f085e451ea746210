/** Internals of Masthead core: not exported, not API. */
@NullMarked
package dev.masthead.internal;

import org.jspecify.annotations.NullMarked;
