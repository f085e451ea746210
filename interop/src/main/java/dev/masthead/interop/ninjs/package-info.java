/**
 * IPTC ninjs 3.1: an article (with its directory) written as a ninjs news item, and a ninjs
 * item read back as an article. Masthead to ninjs to Masthead is lossless: what ninjs cannot
 * hold travels in one sidecar body holding the exact Masthead JSON.
 */
@NullMarked
package dev.masthead.interop.ninjs;

import org.jspecify.annotations.NullMarked;
