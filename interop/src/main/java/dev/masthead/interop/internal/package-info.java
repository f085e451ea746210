/**
 * What both formats share, not API: JSON trees read and written through Masthead's own mapper,
 * compact or indented as {@code MastheadJson} indents.
 */
@NullMarked
package dev.masthead.interop.internal;

import org.jspecify.annotations.NullMarked;
