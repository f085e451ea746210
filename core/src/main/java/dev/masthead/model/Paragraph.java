package dev.masthead.model;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/** A paragraph of text: a list of {@link Span}s, each with its marks and an optional link. */
@Value.Immutable
public abstract sealed class Paragraph implements Block, WithParagraph permits ImmutableParagraph {
  /** The paragraph's type name on the wire. */
  public static final String TYPE = "paragraph";

  Paragraph() {}

  /** {@return the runs of text, in order; at least one, not all blank} */
  public abstract List<Span> content();

  @Override
  public abstract Map<String, RawJson> extensions();

  @Override
  public final String type() {
    return TYPE;
  }

  /** {@return the paragraph's text without marks or links} */
  public final String plainText() {
    StringBuilder out = new StringBuilder();
    for (Span span : content()) {
      out.append(span.text());
    }
    return out.toString();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a paragraph of plain text}
   *
   * @param text the text
   */
  public static Paragraph of(String text) {
    return builder().addContent(Span.of(text)).build();
  }

  /**
   * {@return a paragraph of these spans}
   *
   * @param spans the runs of text, in order
   */
  public static Paragraph of(Span... spans) {
    return builder().addContent(spans).build();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .type(type())
        .list(content(), Span::totals)
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Paragraph");
    if (v.elements("content", content(), ContentLimits.ITEMS)) {
      v.check(!content().isEmpty(), "content", "must have at least one span", null);
      // Each span checked its own text; here only what the spans make together.
      long length = 0;
      boolean blank = true;
      for (Span span : content()) {
        String text = span.text();
        length += text.codePointCount(0, text.length());
        blank = blank && Texts.isBlank(text);
      }
      if (!content().isEmpty() && blank) {
        v.fail("content", "must not be blank", plainText());
      }
      if (length > ContentLimits.PARAGRAPH) {
        v.fail("content", "must be at most " + ContentLimits.PARAGRAPH + " characters long, is "
            + length, plainText());
      }
    }
    v.extensions(Paragraph.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds a {@link Paragraph}. */
  public static final class Builder extends ImmutableParagraph.Builder {
    Builder() {}
  }
}
