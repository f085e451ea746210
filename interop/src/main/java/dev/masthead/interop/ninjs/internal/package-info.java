/**
 * The ninjs mapping's machinery, not exported: the projection of an article into ninjs ({@link
 * dev.masthead.interop.ninjs.internal.Projection}), the XHTML of its body, the import of a ninjs
 * item ({@link dev.masthead.interop.ninjs.internal.Importer}, with {@code ForeignItem} reading
 * the mapped attributes of an item without a sidecar) and the ninjs 3.1 schema check.
 *
 * <p>To map one more ninjs property to a model attribute (usage terms, a dateline, ...):
 * write it in {@code Projection.item()} and read it in {@code ForeignItem.article()}; nothing else
 * changes. Until then the property travels as a {@code ninjs:<property>} extension, and after
 * it the same extension is simply no longer made, because the importer keeps exactly the
 * properties the article would not write back as they were.
 */
@NullMarked
package dev.masthead.interop.ninjs.internal;

import org.jspecify.annotations.NullMarked;
