/**
 * The Masthead content model: immutable, validated, null-free values for articles and their
 * body, events, people, organisations, places, tags and the publication.
 *
 * <p>Every type is built with a builder ({@code Article.builder()...build()}) or a small
 * {@code of(..)} factory, copied with {@code with*} methods, and checked on construction: a value
 * that would break an invariant is never built; a {@link dev.masthead.model.ContentValidationException}
 * lists every violated rule with its attribute path instead. Absent values are {@link
 * java.util.Optional}, collections are never null and default to empty.
 *
 * <p>Entities refer to each other by typed id ({@link dev.masthead.model.PersonId}, ...), never by
 * embedding, so that services can share one {@link dev.masthead.model.Directory} of people,
 * organisations, places and events. Kinds and roles are open vocabularies ({@link
 * dev.masthead.model.VocabularyTerm}), and every object keeps the properties it does not know as
 * {@link dev.masthead.model.RawJson} extensions, so that a document from a newer version survives
 * being read and written by an older one.
 */
@NullMarked
@MastheadStyle
package dev.masthead.model;

import dev.masthead.internal.MastheadStyle;
import org.jspecify.annotations.NullMarked;
