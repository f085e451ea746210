package dev.masthead.model;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * A picture: where it is, its alternative text, and optionally its caption, credit, rights, size
 * and the people it shows. Used as an article's lead image, a teaser's image and in an {@link ImageBlock}.
 */
@Value.Immutable
public abstract sealed class Image implements WithImage permits ImmutableImage {
  Image() {}

  /** {@return where the image is, an absolute http(s) URL} */
  public abstract URI url();

  /**
   * {@return the text that replaces the image for readers who cannot see it; empty for a purely
   * decorative image}
   */
  public abstract String altText();

  /** {@return the caption shown with the image} */
  public abstract Optional<String> caption();

  /** {@return who made or owns the image, e.g. "Photo: The Region"} */
  public abstract Optional<String> credit();

  /** {@return who holds its copyright and the licence it may be used under} */
  public abstract Optional<Rights> rights();

  /** {@return the width in pixels, when known} */
  public abstract OptionalInt width();

  /** {@return the height in pixels, when known} */
  public abstract OptionalInt height();

  /** {@return the people the image shows, none repeated} */
  public abstract List<PersonId> depicted();

  /** {@return properties this version of the model does not know, kept and written back} */
  public abstract Map<String, RawJson> extensions();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return an image with alternative text only}
   *
   * @param url where the image is
   * @param altText the text that replaces it
   */
  public static Image of(URI url, String altText) {
    return builder().url(url).altText(altText).build();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .url(url())
        .text(altText())
        .text(caption())
        .text(credit())
        .object(rights(), Rights::totals)
        .scalar(width())
        .scalar(height())
        .ids(depicted())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Image");
    v.httpUrl("url", url());
    v.textMayBeBlank("altText", altText(), ContentLimits.TEXT);
    v.optionalText("caption", caption(), ContentLimits.TEXT);
    v.optionalLine("credit", credit(), ContentLimits.LINE);
    width().ifPresent(w -> v.check(w > 0, "width", "must be positive", w));
    height().ifPresent(h -> v.check(h > 0, "height", "must be positive", h));
    v.unique("depicted", depicted(), "a person");
    v.extensions(Image.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds an {@link Image}. */
  public static final class Builder extends ImmutableImage.Builder {
    Builder() {}
  }
}
