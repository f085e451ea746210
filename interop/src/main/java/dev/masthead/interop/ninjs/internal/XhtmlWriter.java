package dev.masthead.interop.ninjs.internal;

import dev.masthead.model.Block;
import dev.masthead.model.CallToAction;
import dev.masthead.model.Directory;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.LinkBlock;
import dev.masthead.model.Mark;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Person;
import dev.masthead.model.Quote;
import dev.masthead.model.Span;
import dev.masthead.model.UnknownBlock;
import java.util.List;
import java.util.Map;

/**
 * An article's body as an XHTML fragment, built from its blocks: every text and attribute value
 * is escaped, and no markup is ever taken from the model (it holds none). Unknown blocks are left
 * out; they travel in the Masthead sidecar only.
 */
public final class XhtmlWriter {
  /** The well-known marks and their elements; any other mark is a {@code span data-mark}. */
  static final Map<Mark, String> MARK_ELEMENTS = Map.of(
      Mark.EMPHASIS, "em", Mark.STRONG, "strong", Mark.CODE, "code",
      Mark.SUPERSCRIPT, "sup", Mark.SUBSCRIPT, "sub");

  private final Directory directory;
  private final StringBuilder out = new StringBuilder();
  private long chars;
  private long words;
  private boolean inWord;

  private XhtmlWriter(Directory directory) {
    this.directory = directory;
  }

  /**
   * A body as XHTML, with the counts ninjs gives for it.
   *
   * @param markup the XHTML fragment; empty when no block has an XHTML form
   * @param charCount the characters (code points) of its text
   * @param wordCount the words of its text, runs of characters between white space
   */
  public record Xhtml(String markup, long charCount, long wordCount) {}

  /**
   * {@return the blocks as one XHTML fragment}
   *
   * @param body the blocks
   * @param directory names the people a quote's speaker refers to
   */
  public static Xhtml write(List<Block> body, Directory directory) {
    XhtmlWriter writer = new XhtmlWriter(directory);
    for (Block block : body) {
      writer.block(block);
      writer.inWord = false;
    }
    return new Xhtml(writer.out.toString(), writer.chars, writer.words);
  }

  private void block(Block block) {
    if (block instanceof Paragraph p) {
      out.append("<p>");
      spans(p.content());
      out.append("</p>");
    } else if (block instanceof Heading h) {
      out.append("<h").append(h.level()).append('>');
      text(h.text());
      out.append("</h").append(h.level()).append('>');
    } else if (block instanceof Quote q) {
      out.append("<blockquote");
      q.speaker().ifPresent(s -> attribute("data-speaker", s.value()));
      out.append("><p>");
      text(q.text());
      out.append("</p>");
      String credit = q.attribution().orElseGet(() -> q.speaker()
          .map(s -> directory.person(s).map(Person::displayName).orElse(s.value()))
          .orElse(""));
      if (!credit.isEmpty()) {
        out.append("<footer>");
        text(credit);
        out.append("</footer>");
      }
      out.append("</blockquote>");
    } else if (block instanceof ImageBlock i) {
      figure(i.image());
    } else if (block instanceof LinkBlock l) {
      out.append("<p class=\"link\"");
      attribute("data-kind", l.kind().value());
      l.event().ifPresent(e -> attribute("data-event", e.value()));
      out.append("><a");
      attribute("href", l.url().toString());
      out.append('>');
      text(l.text());
      out.append("</a></p>");
    } else if (block instanceof CallToAction c) {
      out.append("<aside class=\"call-to-action\"");
      attribute("data-kind", c.kind().value());
      out.append("><a");
      attribute("href", c.email().map(e -> "mailto:" + e)
          .orElseGet(() -> c.url().orElseThrow().toString()));
      out.append('>');
      text(c.text());
      out.append("</a></aside>");
    } else if (!(block instanceof UnknownBlock)) {
      throw new IllegalStateException("no XHTML for block type " + block.type());
    }
  }

  private void figure(Image image) {
    out.append("<figure><img");
    attribute("src", image.url().toString());
    attribute("alt", image.altText());
    image.width().ifPresent(w -> attribute("width", Integer.toString(w)));
    image.height().ifPresent(h -> attribute("height", Integer.toString(h)));
    out.append("/>");
    if (image.caption().isPresent()) {
      out.append("<figcaption>");
      text(image.caption().get());
      out.append("</figcaption>");
    }
    out.append("</figure>");
  }

  private void spans(List<Span> spans) {
    for (Span span : spans) {
      if (span.link().isPresent()) {
        out.append("<a");
        attribute("href", span.link().get().toString());
        out.append('>');
      }
      for (Mark mark : span.marks()) {
        String element = MARK_ELEMENTS.get(mark);
        if (element == null) {
          out.append("<span");
          attribute("data-mark", mark.value());
          out.append('>');
        } else {
          out.append('<').append(element).append('>');
        }
      }
      text(span.text());
      List<Mark> marks = span.marks();
      for (int i = marks.size() - 1; i >= 0; i--) {
        out.append("</").append(MARK_ELEMENTS.getOrDefault(marks.get(i), "span")).append('>');
      }
      if (span.link().isPresent()) {
        out.append("</a>");
      }
    }
  }

  private void attribute(String name, String value) {
    out.append(' ').append(name).append("=\"");
    escape(value, true);
    out.append('"');
  }

  private void text(String text) {
    escape(text, false);
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      chars++;
      boolean space = Character.isWhitespace(cp) || Character.isSpaceChar(cp);
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
      i += Character.charCount(cp);
    }
  }

  /** Escapes markup; in attributes also quotes and the white space XML would normalise. */
  private void escape(String text, boolean attribute) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\r' -> out.append("&#13;");
        default -> out.append(c);
      }
    }
  }
}
