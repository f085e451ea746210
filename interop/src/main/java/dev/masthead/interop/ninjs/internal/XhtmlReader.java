package dev.masthead.interop.ninjs.internal;

import dev.masthead.model.Block;
import dev.masthead.model.CallToAction;
import dev.masthead.model.CallToActionKind;
import dev.masthead.model.EventId;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.LinkBlock;
import dev.masthead.model.LinkKind;
import dev.masthead.model.Mark;
import dev.masthead.model.Paragraph;
import dev.masthead.model.PersonId;
import dev.masthead.model.Quote;
import dev.masthead.model.Span;
import java.io.StringReader;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * An XHTML body read back into blocks, with the JDK's StAX parser (no DTDs, no external
 * entities). Only the markup {@link XhtmlWriter} writes, and its common equivalents, maps to
 * blocks: paragraphs with {@code em}/{@code i}, {@code strong}/{@code b}, {@code code}, {@code
 * sup}, {@code sub}, {@code span data-mark} and {@code a href}; {@code h2}–{@code h6}; {@code
 * blockquote}; {@code figure}/{@code img}/{@code figcaption}; link paragraphs and calls to
 * action. Anything else, or any other attribute, means the body is not one this reader can say
 * in blocks: the caller then keeps it whole, never in part.
 */
public final class XhtmlReader {
  private static final Map<String, Mark> MARKS = Map.of(
      "em", Mark.EMPHASIS, "i", Mark.EMPHASIS, "strong", Mark.STRONG, "b", Mark.STRONG,
      "code", Mark.CODE, "sup", Mark.SUPERSCRIPT, "sub", Mark.SUBSCRIPT);

  private XhtmlReader() {}

  /** A factory per document: the JDK's may reuse a reader, so one is not shared by threads. */
  private static XMLInputFactory factory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /**
   * {@return the body's blocks, or empty when it holds markup that blocks cannot say}
   *
   * @param xhtml an XHTML fragment, e.g. {@code <p>One</p><p>Two</p>}
   */
  public static Optional<List<Block>> read(String xhtml) {
    try {
      Element root = parse("<div>" + xhtml + "</div>");
      List<Block> blocks = new ArrayList<>();
      for (Element child : root.elements()) {
        block(child).ifPresent(blocks::add);
      }
      return Optional.of(blocks);
    } catch (XMLStreamException | Unmapped | IllegalArgumentException e) {
      // IllegalArgumentException: a value the model does not take (ContentValidationException),
      // a malformed URI or number.
      return Optional.empty();
    }
  }

  /** An element: its name, attributes and children (elements and text). */
  private static final class Element {
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<Object> children = new ArrayList<>();

    Element(String name) {
      this.name = name;
    }

    Optional<String> attribute(String attribute) {
      return Optional.ofNullable(attributes.get(attribute));
    }

    void only(String... allowed) throws Unmapped {
      if (!Set.of(allowed).containsAll(attributes.keySet())) {
        throw new Unmapped();
      }
    }

    /** {@return the child elements}, when only white space stands between them */
    List<Element> elements() throws Unmapped {
      List<Element> elements = new ArrayList<>();
      for (Object child : children) {
        if (child instanceof Element element) {
          elements.add(element);
        } else if (!((String) child).isBlank()) {
          throw new Unmapped();
        }
      }
      return elements;
    }

    String text() throws Unmapped {
      StringBuilder out = new StringBuilder();
      for (Object child : children) {
        if (!(child instanceof String text)) {
          throw new Unmapped();
        }
        out.append(text);
      }
      return out.toString();
    }
  }

  /** Markup that blocks cannot say. */
  private static final class Unmapped extends Exception {
    private static final long serialVersionUID = 1L;

    Unmapped() {
      super(null, null, false, false);
    }
  }

  private static Element parse(String xml) throws XMLStreamException {
    XMLStreamReader reader = factory().createXMLStreamReader(new StringReader(xml));
    try {
      List<Element> open = new ArrayList<>();
      @Nullable Element root = null; // the wrapping div, once its start is read
      while (reader.hasNext()) {
        switch (reader.next()) {
          case XMLStreamConstants.START_ELEMENT -> {
            Element element = new Element(reader.getLocalName());
            for (int i = 0; i < reader.getAttributeCount(); i++) {
              element.attributes.put(reader.getAttributeLocalName(i),
                  reader.getAttributeValue(i));
            }
            if (open.isEmpty()) {
              root = element;
            } else {
              open.get(open.size() - 1).children.add(element);
            }
            open.add(element);
          }
          case XMLStreamConstants.END_ELEMENT -> open.remove(open.size() - 1);
          case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA,
              XMLStreamConstants.SPACE -> {
            if (!open.isEmpty()) {
              open.get(open.size() - 1).children.add(reader.getText());
            }
          }
          case XMLStreamConstants.ENTITY_REFERENCE, XMLStreamConstants.DTD ->
              throw new XMLStreamException("no entities or DTDs");
          default -> { }
        }
      }
      if (root == null) {
        throw new XMLStreamException("no element");
      }
      return root;
    } finally {
      reader.close();
    }
  }

  private static Optional<Block> block(Element e) throws Unmapped {
    switch (e.name) {
      case "p" -> {
        if (e.attribute("class").filter("link"::equals).isPresent()) {
          return Optional.of(linkBlock(e));
        }
        e.only();
        List<Span> spans = new ArrayList<>();
        inline(e, List.of(), null, spans);
        List<Span> trimmed = trim(spans);
        return trimmed.isEmpty() ? Optional.empty()
            : Optional.of(Paragraph.builder().content(trimmed).build());
      }
      case "h2", "h3", "h4", "h5", "h6" -> {
        e.only();
        return Optional.of(Heading.builder().text(collapse(e.text()).strip())
            .level(e.name.charAt(1) - '0').build());
      }
      case "blockquote" -> {
        return Optional.of(quote(e));
      }
      case "figure" -> {
        return Optional.of(figure(e));
      }
      case "aside" -> {
        return Optional.of(callToAction(e));
      }
      default -> throw new Unmapped();
    }
  }

  private static void inline(Element e, List<Mark> marks, @Nullable URI link, List<Span> out)
      throws Unmapped {
    for (Object child : e.children) {
      if (child instanceof String text) {
        String collapsed = collapse(text);
        if (!collapsed.isEmpty()) {
          Span.Builder span = Span.builder().text(collapsed).marks(marks);
          if (link != null) {
            span.link(link);
          }
          out.add(span.build());
        }
        continue;
      }
      Element c = (Element) child;
      Mark mark = MARKS.get(c.name);
      if (mark != null) {
        c.only();
        inline(c, with(marks, mark), link, out);
      } else if (c.name.equals("span")) {
        c.only("data-mark");
        inline(c, with(marks, Mark.of(c.attribute("data-mark").orElseThrow(Unmapped::new))),
            link, out);
      } else if (c.name.equals("a") && link == null) {
        c.only("href");
        inline(c, marks, http(c.attribute("href").orElseThrow(Unmapped::new)), out);
      } else {
        throw new Unmapped();
      }
    }
  }

  private static List<Mark> with(List<Mark> marks, Mark mark) throws Unmapped {
    if (marks.contains(mark)) {
      throw new Unmapped();
    }
    List<Mark> more = new ArrayList<>(marks);
    more.add(mark);
    return more;
  }

  /** Drops the white space at the paragraph's two ends, as a browser shows it. */
  private static List<Span> trim(List<Span> spans) {
    List<Span> out = new ArrayList<>(spans);
    while (!out.isEmpty() && out.get(0).text().isBlank()) {
      out.remove(0);
    }
    while (!out.isEmpty() && out.get(out.size() - 1).text().isBlank()) {
      out.remove(out.size() - 1);
    }
    if (out.isEmpty()) {
      return out;
    }
    out.set(0, out.get(0).withText(out.get(0).text().stripLeading()));
    int last = out.size() - 1;
    out.set(last, out.get(last).withText(out.get(last).text().stripTrailing()));
    return out;
  }

  /** White space runs as one space, as XHTML renders them. */
  private static String collapse(String text) {
    return text.replaceAll("[ \\t\\n\\r]+", " ");
  }

  private static URI http(String href) throws Unmapped {
    URI uri = URI.create(href);
    if (!uri.isAbsolute() || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))) {
      throw new Unmapped();
    }
    return uri;
  }

  private static Element single(Element e, String name) throws Unmapped {
    Element found = null;
    for (Element child : e.elements()) {
      if (found == null && child.name.equals(name)) {
        found = child;
      } else {
        throw new Unmapped();
      }
    }
    if (found == null) {
      throw new Unmapped();
    }
    return found;
  }

  private static LinkBlock linkBlock(Element e) throws Unmapped {
    e.only("class", "data-kind", "data-event");
    Element a = single(e, "a");
    a.only("href");
    LinkBlock.Builder b = LinkBlock.builder()
        .text(collapse(a.text()).strip())
        .url(http(a.attribute("href").orElseThrow(Unmapped::new)));
    if (e.attribute("data-kind").isPresent()) {
      b.kind(LinkKind.of(e.attribute("data-kind").get()));
    }
    if (e.attribute("data-event").isPresent()) {
      b.event(EventId.of(e.attribute("data-event").get()));
    }
    return b.build();
  }

  private static CallToAction callToAction(Element e) throws Unmapped {
    e.only("class", "data-kind");
    if (!e.attribute("class").filter("call-to-action"::equals).isPresent()) {
      throw new Unmapped();
    }
    Element a = single(e, "a");
    a.only("href");
    String href = a.attribute("href").orElseThrow(Unmapped::new);
    CallToAction.Builder b = CallToAction.builder()
        .kind(CallToActionKind.of(e.attribute("data-kind").orElseThrow(Unmapped::new)))
        .text(collapse(a.text()).strip());
    if (href.startsWith("mailto:")) {
      b.email(href.substring("mailto:".length()));
    } else {
      b.url(http(href));
    }
    return b.build();
  }

  private static Quote quote(Element e) throws Unmapped {
    e.only("data-speaker");
    List<String> paragraphs = new ArrayList<>();
    Optional<String> footer = Optional.empty();
    for (Element c : e.elements()) {
      c.only();
      if (c.name.equals("p") && footer.isEmpty()) {
        paragraphs.add(collapse(c.text()).strip());
      } else if (c.name.equals("footer") && footer.isEmpty()) {
        footer = Optional.of(collapse(c.text()).strip());
      } else {
        throw new Unmapped();
      }
    }
    Quote.Builder b = Quote.builder().text(String.join("\n\n", paragraphs));
    Optional<String> speaker = e.attribute("data-speaker");
    speaker.ifPresent(s -> b.speaker(PersonId.of(s)));
    // A footer next to a speaker is the speaker's name, which the directory holds.
    if (footer.isPresent() && speaker.isEmpty()) {
      b.attribution(footer.get());
    }
    return b.build();
  }

  private static ImageBlock figure(Element e) throws Unmapped {
    e.only();
    Element img = null;
    Optional<String> caption = Optional.empty();
    for (Element c : e.elements()) {
      if (c.name.equals("img") && img == null && c.children.isEmpty()) {
        c.only("src", "alt", "width", "height");
        img = c;
      } else if (c.name.equals("figcaption") && caption.isEmpty()) {
        c.only();
        caption = Optional.of(collapse(c.text()).strip());
      } else {
        throw new Unmapped();
      }
    }
    if (img == null) {
      throw new Unmapped();
    }
    Image.Builder b = Image.builder()
        .url(http(img.attribute("src").orElseThrow(Unmapped::new)))
        .altText(img.attribute("alt").orElse(""))
        .caption(caption);
    if (img.attribute("width").isPresent()) {
      b.width(Integer.parseInt(img.attribute("width").get()));
    }
    if (img.attribute("height").isPresent()) {
      b.height(Integer.parseInt(img.attribute("height").get()));
    }
    return ImageBlock.of(b.build());
  }
}
