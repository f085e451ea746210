package dev.masthead.model;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An invitation to the reader that ends in an e-mail address or a URL: "Have a news tip or story
 * to share? Email us at ...". Exactly one of {@link #email()} and {@link #url()} is set.
 */
@Value.Immutable
public abstract sealed class CallToAction implements Block, WithCallToAction
    permits ImmutableCallToAction {
  /** The call to action's type name on the wire. */
  public static final String TYPE = "call-to-action";

  CallToAction() {}

  /** {@return what it asks for, as a kind: {@link CallToActionKind#NEWS_TIP}, ...} */
  public abstract CallToActionKind kind();

  /** {@return the invitation shown to the reader} */
  public abstract String text();

  /** {@return the e-mail address to write to} */
  public abstract Optional<String> email();

  /** {@return the page to go to, an absolute http(s) URL} */
  public abstract Optional<URI> url();

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
        .term(kind())
        .text(text())
        .text(email())
        .url(url())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("CallToAction");
    v.required("kind", kind());
    v.text("text", text(), ContentLimits.TEXT);
    Optional<String> email = email();
    Optional<URI> url = url();
    v.optionalEmail("email", email);
    v.optionalHttpUrl("url", url);
    v.check(email.isPresent() != url.isPresent(), email.isPresent() ? "url" : "email",
        "exactly one of email and url must be set", null);
    v.extensions(CallToAction.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds a {@link CallToAction}. */
  public static final class Builder extends ImmutableCallToAction.Builder {
    Builder() {}
  }
}
