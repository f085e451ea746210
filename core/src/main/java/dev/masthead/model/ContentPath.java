package dev.masthead.model;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where a value sits inside a document: a list of property names and list indexes from the
 * document's root. The same location reads as an attribute path ({@code "tags[2].label"}, what
 * {@link #toString()} gives) and as an RFC 6901 JSON Pointer ({@code "/tags/2/label"}, {@link
 * #pointer()}), which is also where the value sits in Masthead's JSON.
 *
 * <pre>{@code
 * ContentPath path = ContentPath.root().child("tags").child(2).child("label");
 * path.pointer();   // "/tags/2/label"
 * path.toString();  // "tags[2].label"
 * for (ContentPath.Segment segment : path.segments()) {
 *   switch (segment) ...  // a Name or an Index
 * }
 * }</pre>
 */
public final class ContentPath implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final ContentPath ROOT = new ContentPath(List.of());

  /** One step of a path: a property {@link Name} or a list {@link Index}. */
  public sealed interface Segment extends Serializable permits Name, Index {}

  /**
   * A property of an object.
   *
   * @param name the property's name, exactly as in the document (any text, even empty)
   */
  public record Name(String name) implements Segment {
    private static final long serialVersionUID = 1L;

    /**
     * Checks the name is present.
     *
     * @param name the property's name
     */
    public Name {
      Objects.requireNonNull(name, "name");
    }

    /** {@return the name} */
    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * An element of a list.
   *
   * @param index its position, from 0
   */
  public record Index(int index) implements Segment {
    private static final long serialVersionUID = 1L;

    /**
     * Checks the index is not negative.
     *
     * @param index the element's position, from 0
     */
    public Index {
      if (index < 0) {
        throw new IllegalArgumentException("index must not be negative, is " + index);
      }
    }

    /** {@return the index in decimal} */
    @Override
    public String toString() {
      return Integer.toString(index);
    }
  }

  /** Never null; List.copyOf, serializable. */
  @SuppressWarnings("serial")
  private final List<Segment> segments;

  private ContentPath(List<Segment> segments) {
    this.segments = segments;
  }

  /** {@return the path of the document itself, with no segments} */
  public static ContentPath root() {
    return ROOT;
  }

  /**
   * {@return the path with these segments, from the root}
   *
   * @param segments names and indexes, outermost first
   */
  public static ContentPath of(List<? extends Segment> segments) {
    return segments.isEmpty() ? ROOT : new ContentPath(List.copyOf(segments));
  }

  /**
   * {@return the path an attribute path names}: the inverse of {@link #toString()}, e.g. {@code
   * "positions[0].end"} or {@code "extensions[\"acme:crmId\"]"}
   *
   * @param attributePath the path as {@link #toString()} writes it; empty for the root
   * @throws IllegalArgumentException if it is not such a path
   */
  public static ContentPath parse(String attributePath) {
    List<Segment> segments = new ArrayList<>();
    String path = attributePath;
    int i = 0;
    int n = path.length();
    while (i < n) {
      char c = path.charAt(i);
      if (c == '.') {
        i++;
      } else if (c == '[' && i + 1 < n && path.charAt(i + 1) == '"') {
        StringBuilder name = new StringBuilder();
        i += 2;
        while (i < n && path.charAt(i) != '"') {
          char c2 = path.charAt(i);
          if (c2 == '\\' && i + 1 < n) {
            char e = path.charAt(i + 1);
            if (e == 'u' && i + 6 <= n) {
              name.append((char) Integer.parseInt(path.substring(i + 2, i + 6), 16));
              i += 6;
              continue;
            }
            name.append(e == 'n' ? '\n' : e == 'r' ? '\r' : e == 't' ? '\t' : e);
            i += 2;
            continue;
          }
          name.append(c2);
          i++;
        }
        segments.add(new Name(name.toString()));
        i += 2; // closing quote and bracket
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          throw new IllegalArgumentException("unclosed index in path: " + path);
        }
        segments.add(new Index(Integer.parseInt(path.substring(i + 1, end))));
        i = end + 1;
      } else {
        int end = i;
        while (end < n && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        segments.add(new Name(path.substring(i, end)));
        i = end;
      }
    }
    return of(segments);
  }

  /** {@return the segments, outermost first; empty for the root} */
  public List<Segment> segments() {
    return segments;
  }

  /** {@return whether this is the document itself} */
  public boolean isRoot() {
    return segments.isEmpty();
  }

  /**
   * {@return the path one property further down}
   *
   * @param name the property's name
   */
  public ContentPath child(String name) {
    return appended(new Name(name));
  }

  /**
   * {@return the path one list element further down}
   *
   * @param index the element's position, from 0
   */
  public ContentPath child(int index) {
    return appended(new Index(index));
  }

  /**
   * {@return this path as seen from the object that holds its root under {@code name}}: {@code
   * "end"} becomes {@code "positions[0].end"} by way of {@code under(0)} and then {@code
   * under("positions")}
   *
   * @param name the property's name in the enclosing object
   */
  public ContentPath under(String name) {
    return prepended(new Name(name));
  }

  /**
   * {@return this path as seen from the list that holds its root at {@code index}}
   *
   * @param index the element's position in the enclosing list, from 0
   */
  public ContentPath under(int index) {
    return prepended(new Index(index));
  }

  /**
   * {@return this path as seen from {@code outer}'s location}: {@code outer}'s segments, then
   * this path's
   *
   * @param outer where the value this path starts from sits
   */
  public ContentPath under(ContentPath outer) {
    if (outer.isRoot()) {
      return this;
    }
    if (isRoot()) {
      return outer;
    }
    List<Segment> joined = new ArrayList<>(outer.segments.size() + segments.size());
    joined.addAll(outer.segments);
    joined.addAll(segments);
    return new ContentPath(List.copyOf(joined));
  }

  private ContentPath appended(Segment segment) {
    List<Segment> joined = new ArrayList<>(segments.size() + 1);
    joined.addAll(segments);
    joined.add(segment);
    return new ContentPath(List.copyOf(joined));
  }

  private ContentPath prepended(Segment segment) {
    List<Segment> joined = new ArrayList<>(segments.size() + 1);
    joined.add(segment);
    joined.addAll(segments);
    return new ContentPath(List.copyOf(joined));
  }

  /** {@return the location as an RFC 6901 JSON Pointer, e.g. {@code "/positions/0/end"}} */
  public String pointer() {
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      out.append('/');
      String text = segment.toString();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '~') {
          out.append("~0");
        } else if (c == '/') {
          out.append("~1");
        } else {
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  /**
   * {@return the attribute path, e.g. {@code "positions[0].end"}}: names that are not plain ASCII
   * identifiers are quoted, {@code extensions["acme:crmId"]}, with what could break or disguise
   * a line escaped; empty for the root
   */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (Segment segment : segments) {
      if (segment instanceof Index index) {
        out.append('[').append(index.index()).append(']');
      } else {
        String name = ((Name) segment).name();
        if (isPlainName(name)) {
          if (out.length() > 0) {
            out.append('.');
          }
          out.append(name);
        } else {
          out.append("[\"");
          for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            Excerpts.appendEscaped(out, cp);
            i += Character.charCount(cp);
          }
          out.append("\"]");
        }
      }
    }
    return out.toString();
  }

  private static boolean isPlainName(String name) {
    // ASCII identifiers only: anything else is quoted, and escaped where it is not printable.
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c == '$';
      if (!letter && !(i > 0 && c >= '0' && c <= '9')) {
        return false;
      }
    }
    return true;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ContentPath that && segments.equals(that.segments);
  }

  @Override
  public int hashCode() {
    return segments.hashCode();
  }
}
