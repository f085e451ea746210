package dev.masthead.model;

import dev.masthead.internal.Formats;
import dev.masthead.internal.Rules;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A typed identifier over a validated string: lower-case ASCII letters and digits in words joined
 * by one of {@code - _ . :}, at most {@link ContentLimits#ID} characters ({@code "akira-imamura"},
 * {@code "wb2030.fireside-chat"}). On the wire an id is its plain string.
 *
 * <p>Two ids are equal when they are of the same type and have the same value; ids of
 * different types never are. Ids order by value, then by type.
 */
public abstract sealed class Identifier implements Comparable<Identifier>
    permits ArticleId, EventId, OrganisationId, PersonId, PlaceId, TagId {
  private final String value;

  Identifier(String type, @Nullable String value) {
    this.value = checked(type, value);
  }

  private static String checked(String type, @Nullable String value) {
    String rule = value == null ? Rules.REQUIRED : Formats.ID.problem(value);
    if (rule != null) {
      throw new ContentValidationException(type, List.of(Violation.of(ContentPath.root(), rule, value)));
    }
    return value;
  }

  /** {@return the id's string value, as written on the wire} */
  public final String value() {
    return value;
  }

  @Override
  public final boolean equals(@Nullable Object other) {
    return other != null && other.getClass() == getClass()
        && value.equals(((Identifier) other).value);
  }

  @Override
  public final int hashCode() {
    return getClass().hashCode() * 31 + value.hashCode();
  }

  @Override
  public final int compareTo(Identifier other) {
    int byValue = value.compareTo(other.value);
    return byValue != 0
        ? byValue
        : getClass().getSimpleName().compareTo(other.getClass().getSimpleName());
  }

  /** {@return the id's string value} */
  @Override
  public final String toString() {
    return value;
  }
}
