/**
 * Masthead's JSON wire format for Jackson 2: {@link dev.masthead.jackson2.MastheadJson}, a
 * preconfigured, strict, bounded mapper with a small read/write API, and {@link
 * dev.masthead.jackson2.MastheadModule} for a mapper of your own. They write the same bytes as
 * their namesakes in {@code dev.masthead.jackson} do on Jackson 3. See {@code
 * docs/wire-format.md}.
 */
@NullMarked
package dev.masthead.jackson2;

import org.jspecify.annotations.NullMarked;
