package dev.masthead.model;

import java.util.Map;
import org.immutables.value.Value;

/** An image in the body, with its caption and credit. */
@Value.Immutable
public abstract sealed class ImageBlock implements Block, WithImageBlock permits ImmutableImageBlock {
  /** The image block's type name on the wire. */
  public static final String TYPE = "image";

  ImageBlock() {}

  /** {@return the image} */
  public abstract Image image();

  @Override
  public abstract Map<String, RawJson> extensions();

  @Override
  public final String type() {
    return TYPE;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return a block showing this image}
   *
   * @param image the image
   */
  public static ImageBlock of(Image image) {
    return builder().image(image).build();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .type(type())
        .object(image(), Image::totals)
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("ImageBlock");
    v.required("image", image());
    v.extensions(ImageBlock.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds an {@link ImageBlock}. */
  public static final class Builder extends ImmutableImageBlock.Builder {
    Builder() {}
  }
}
