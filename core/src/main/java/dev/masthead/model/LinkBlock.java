package dev.masthead.model;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link set apart in the body: "Photos from the conference are available here." It says what it
 * points to ({@link LinkKind#GALLERY}, ...), and may name the event it belongs to.
 */
@Value.Immutable
public abstract sealed class LinkBlock implements Block, WithLinkBlock permits ImmutableLinkBlock {
  /** The link block's type name on the wire. */
  public static final String TYPE = "link";

  LinkBlock() {}

  /** {@return the sentence shown to the reader} */
  public abstract String text();

  /** {@return where it links to, an absolute http(s) URL} */
  public abstract URI url();

  /** {@return what it points to; {@link LinkKind#LINK} unless set} */
  @Value.Default
  public LinkKind kind() {
    return LinkKind.LINK;
  }

  /** {@return the event the linked material is about, e.g. the gallery's conference} */
  public abstract Optional<EventId> event();

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

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .type(type())
        .text(text())
        .url(url())
        .term(kind())
        .id(event())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("LinkBlock");
    v.text("text", text(), ContentLimits.TEXT);
    v.httpUrl("url", url());
    v.required("kind", kind());
    v.extensions(LinkBlock.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds a {@link LinkBlock}. */
  public static final class Builder extends ImmutableLinkBlock.Builder {
    Builder() {}
  }
}
