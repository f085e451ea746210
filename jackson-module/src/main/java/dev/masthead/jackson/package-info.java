/**
 * Masthead's JSON wire format for Jackson 3: {@link dev.masthead.jackson.MastheadJson}, a
 * preconfigured, strict, bounded mapper with a small read/write API, and {@link
 * dev.masthead.jackson.MastheadModule} for a mapper of your own. See {@code docs/wire-format.md}.
 */
@NullMarked
package dev.masthead.jackson;

import org.jspecify.annotations.NullMarked;
