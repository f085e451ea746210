/**
 * Tag-based relatedness: which articles are related to an article, by the tags they share,
 * explained tag by tag.
 *
 * <p>A {@link dev.masthead.related.RelatedIndex} is an immutable, thread-safe snapshot of
 * articles; it answers exact top-k queries ({@link
 * dev.masthead.related.RelatedIndex#related(RelatedQuery)}), scores any pair, and explains every
 * score as the sum of its shared tags' contributions. {@link dev.masthead.related.Scoring} is the
 * formula as a value (idf, weights, decay, the normalised score), for anything else that must give
 * the same scores. See {@code docs/relatedness.md} for the formula and its parameters.
 */
@NullMarked
@MastheadStyle
package dev.masthead.related;

import dev.masthead.internal.MastheadStyle;
import org.jspecify.annotations.NullMarked;
