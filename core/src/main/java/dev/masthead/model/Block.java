package dev.masthead.model;

import java.util.Map;
import java.util.Set;

/**
 * One block of an article's body. The set of block types is closed and versioned: {@link
 * Paragraph}, {@link Heading}, {@link Quote}, {@link ImageBlock}, {@link LinkBlock}, {@link
 * CallToAction}, and {@link UnknownBlock} for a type from a newer version of the model, kept whole.
 *
 * <p>The body is structured, not HTML: no markup is ever taken from input.
 */
public sealed interface Block
    permits CallToAction, Heading, ImageBlock, LinkBlock, Paragraph, Quote, UnknownBlock {

  /** {@return the block's type name on the wire, e.g. {@code "paragraph"}} */
  String type();

  /** {@return properties this version of the model does not know, kept and written back} */
  Map<String, RawJson> extensions();

  /** {@return the type names of the blocks this version of the model knows} */
  static Set<String> knownTypes() {
    return Set.of(
        Paragraph.TYPE, Heading.TYPE, Quote.TYPE, ImageBlock.TYPE, LinkBlock.TYPE,
        CallToAction.TYPE);
  }
}
