package dev.masthead.model;

import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quotation set apart from the text, attributed to a speaker known by id, or by free text
 * ("a senior official"), or both (the free text then says how to credit the speaker).
 */
@Value.Immutable
public abstract sealed class Quote implements Block, WithQuote permits ImmutableQuote {
  /** The quote's type name on the wire. */
  public static final String TYPE = "quote";

  Quote() {}

  /** {@return the quoted words, without quotation marks} */
  public abstract String text();

  /** {@return who said it, when they are a person in the directory} */
  public abstract Optional<PersonId> speaker();

  /** {@return how to credit the words, free text: "a senior official", "the ambassador"} */
  public abstract Optional<String> attribution();

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
   * {@return a quote said by a person}
   *
   * @param text the quoted words
   * @param speaker who said them
   */
  public static Quote of(String text, PersonId speaker) {
    return builder().text(text).speaker(speaker).build();
  }

  /** What it holds in all, packed ({@link Totals}): counted once, when it is built. */
  @Value.Derived
  @Value.Auxiliary
  long totals() {
    return Totals.of()
        .type(type())
        .text(text())
        .id(speaker())
        .text(attribution())
        .extensions(extensions())
        .packed();
  }

  @Value.Check
  void check() {
    Validator v = Validator.of("Quote");
    v.text("text", text(), ContentLimits.TEXT);
    v.optionalLine("attribution", attribution(), ContentLimits.LINE);
    v.extensions(Quote.class, extensions());
    Totals.check(v, totals());
    v.done();
  }

  /** Builds a {@link Quote}. */
  public static final class Builder extends ImmutableQuote.Builder {
    Builder() {}
  }
}
