/**
 * schema.org JSON-LD: an article, its publication and the entities it references, written as
 * one {@code @graph} with stable {@code @id}s, and the {@code <script>} element that carries it
 * in a page.
 */
@NullMarked
package dev.masthead.interop.jsonld;

import org.jspecify.annotations.NullMarked;
