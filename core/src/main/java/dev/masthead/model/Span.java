package dev.masthead.model;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A run of text in a {@link Paragraph}, with its marks (emphasis, strong, ...) and an optional
 * link. A paragraph is a flat list of spans: no offsets to keep in step, no nesting, and its plain
 * text is the spans' text joined.
 */
@Value.Immutable
public abstract sealed class Span implements WithSpan permits ImmutableSpan {
  Span() {}

  /** {@return the text of this run; not empty, white space allowed} */
  public abstract String text();

  /** {@return the marks on this run, in order, none repeated} */
  public abstract List<Mark> marks();

  /** {@return where this run links to, an absolute http(s) URL} */
  public abstract Optional<URI> link();

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return plain text, without marks or a link}
   *
   * @param text the text
   */
  public static Span of(String text) {
    return builder().text(text).build();
  }

  /**
   * {@return text with one mark}
   *
   * @param text the text
   * @param mark the mark, e.g. {@link Mark#EMPHASIS}
   */
  public static Span of(String text, Mark mark) {
    return builder().text(text).addMark(mark).build();
  }

  /**
   * {@return linked text}
   *
   * @param text the text
   * @param link an absolute http(s) URL
   */
  public static Span link(String text, URI link) {
    return builder().text(text).link(link).build();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .text(text())
        .terms(marks())
        .url(link())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Span");
    v.nonEmptyTextMayBeBlank("text", text(), ContentLimits.PARAGRAPH);
    v.unique("marks", marks(), "a mark");
    v.optionalHttpUrl("link", link());
    v.extensions(Span.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds a {@link Span}. */
  public static final class Builder extends ImmutableSpan.Builder {
    Builder() {}
  }
}
