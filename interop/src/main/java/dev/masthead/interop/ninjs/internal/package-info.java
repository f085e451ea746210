/**
 * The ninjs mapping's machinery, not exported: the projection of an article into ninjs, the XHTML
 * of its body, the import of a ninjs item and the ninjs 3.1 schema check.
 */
@NullMarked
package dev.masthead.interop.ninjs.internal;

import org.jspecify.annotations.NullMarked;
