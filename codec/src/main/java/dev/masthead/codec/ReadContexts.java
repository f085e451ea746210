package dev.masthead.codec;

import dev.masthead.model.ContentPath;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * How a parser's read contexts nest, one per open object or array below the root: what a
 * {@link TokenInput}'s paths are made from, so that a problem's JSON Pointer comes from the
 * parser's own read context, made the same way on every adapter. An adapter implements the six
 * accessors for its library's context type, once, and calls the path methods.
 *
 * @param <C> the library's read context type
 */
public interface ReadContexts<C> {
  /** {@return the context that holds this one, null for the root} */
  @Nullable C parent(C context);

  /** {@return whether the context is an array} */
  boolean inArray(C context);

  /** {@return whether the context is an object} */
  boolean inObject(C context);

  /** {@return whether the context is the root, outside any object or array} */
  boolean inRoot(C context);

  /** {@return the name of the object's current property, null before the first} */
  @Nullable String name(C context);

  /** {@return the index of the array's current element, -1 before the first} */
  int index(C context);

  /**
   * {@return the path of the value the current token belongs to}: see {@link TokenInput#path()}
   *
   * @param base where the input's document is: the root, or a buffered object's place
   * @param context the parser's current read context
   * @param token the current token
   */
  default ContentPath path(ContentPath base, C context, @Nullable Token token) {
    C at = context;
    C parent = parent(context);
    // At a START_OBJECT/START_ARRAY the context is already the new container's: step out.
    if ((token == Token.START_OBJECT || token == Token.START_ARRAY) && parent != null) {
      at = parent;
    }
    return path(base, at, true);
  }

  /**
   * {@return the path of the object or array the input is in}: see {@link
   * TokenInput#containerPath()}
   *
   * @param base where the input's document is
   * @param context the parser's current read context
   */
  default ContentPath containerPath(ContentPath base, C context) {
    return path(base, context, false);
  }

  /**
   * {@return the path of what the input reads next}: see {@link TokenInput#nextPath()}
   *
   * @param base where the input's document is
   * @param context the parser's current read context
   * @param token the current token
   * @param lastIndex the index of the last element the input read to its end in the array it
   *     is in: a parser counts the next element before it has read it, or not, depending on
   *     where it fails, so the adapter keeps this itself
   */
  default ContentPath nextPath(ContentPath base, C context, @Nullable Token token,
      int lastIndex) {
    if (inArray(context)) {
      return containerPath(base, context)
          .child(token == Token.START_ARRAY ? 0 : lastIndex + 1);
    }
    return token == Token.NAME ? path(base, context, token) : containerPath(base, context);
  }

  /** The context's path; with its current entry (name or index) or without. */
  private ContentPath path(ContentPath base, C context, boolean withEntry) {
    List<ContentPath.Segment> segments = new ArrayList<>();
    boolean entry = withEntry;
    for (C c = context; c != null && !inRoot(c); c = parent(c)) {
      if (entry) {
        String name = name(c);
        if (inObject(c) && name != null) {
          segments.add(new ContentPath.Name(name));
        } else if (inArray(c)) {
          segments.add(new ContentPath.Index(Math.max(0, index(c))));
        }
      }
      entry = true;
    }
    if (segments.isEmpty()) {
      return base;
    }
    Collections.reverse(segments);
    List<ContentPath.Segment> all = new ArrayList<>(base.segments());
    all.addAll(segments);
    return ContentPath.of(all);
  }
}
