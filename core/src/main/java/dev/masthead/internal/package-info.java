/**
 * Internals of Masthead core, not API: exported only to Masthead's own modules (see {@code
 * module-info.java}).
 */
@NullMarked
package dev.masthead.internal;

import org.jspecify.annotations.NullMarked;
