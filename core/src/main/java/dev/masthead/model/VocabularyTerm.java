package dev.masthead.model;

import dev.masthead.internal.Formats;
import dev.masthead.internal.Rules;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * A value from an <em>open</em> vocabulary: a kind or a role. Each vocabulary has well-known
 * constants, and accepts any other well-formed value, kept verbatim, so that a service reading a
 * newer service's document keeps a kind it does not know and writes it back.
 *
 * <p>Values are lower-case ASCII words joined by one of {@code - _ . :}, at most {@link
 * ContentLimits#VOCABULARY} characters: {@code "fireside-chat"}, {@code "acme:panelist"}. On the
 * wire a term is its plain string. Two terms are equal when they are of the same vocabulary and
 * have the same value.
 */
public abstract sealed class VocabularyTerm
    permits AttendanceMode, CallToActionKind, ContributorRole, EventKind, EventStatus, Genre,
        HeadlineRole, LinkKind, Mark, OrganisationKind, OrganisationRole, ParticipantRole,
        PlaceKind, TagKind {
  private final String value;
  private final boolean known;

  VocabularyTerm(String value, boolean known) {
    this.value = value;
    this.known = known;
  }

  /** {@return the term's value, as written on the wire} */
  public final String value() {
    return value;
  }

  /**
   * {@return whether this is one of the vocabulary's well-known values in this version of the
   * model (false for a value from a newer version or a service's own)}
   */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(@Nullable Object other) {
    return other != null && other.getClass() == getClass()
        && value.equals(((VocabularyTerm) other).value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  /** {@return the term's value} */
  @Override
  public final String toString() {
    return value;
  }

  /** The well-known terms of one vocabulary, and the factory for any other. */
  static final class Known<T extends VocabularyTerm> {
    private final String vocabulary;
    private final BiFunction<String, Boolean, T> factory;
    private final Map<String, T> known = new LinkedHashMap<>();

    Known(String vocabulary, BiFunction<String, Boolean, T> factory) {
      this.vocabulary = vocabulary;
      this.factory = factory;
    }

    T add(String value) {
      T term = factory.apply(value, true);
      known.put(value, term);
      return term;
    }

    T of(@Nullable String value) {
      T term = value == null ? null : known.get(value);
      if (term != null) {
        return term;
      }
      String rule = value == null ? Rules.REQUIRED : Formats.TERM.problem(value);
      if (rule != null) {
        throw new ContentValidationException(
            vocabulary, List.of(Violation.of(ContentPath.root(), rule, value)));
      }
      return factory.apply(value, false);
    }

    Set<T> values() {
      return Set.copyOf(known.values());
    }

  }

}
