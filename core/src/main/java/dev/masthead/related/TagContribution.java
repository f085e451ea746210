package dev.masthead.related;

import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import org.immutables.value.Value;

/**
 * What one shared tag adds to a score: its kind and document frequency, its idf and weight, and
 * its contribution, the weight scaled by the normalisation and the decay. The contributions of an
 * explanation add up to its score.
 */
@Value.Immutable
public abstract sealed class TagContribution permits ImmutableTagContribution {
  TagContribution() {}

  /** {@return the shared tag} */
  public abstract TagId tag();

  /** {@return its kind} */
  public abstract TagKind kind();

  /** {@return how many indexed articles carry it} */
  public abstract int documentFrequency();

  /** {@return its BM25 idf, from the document frequency raised to the floor} */
  public abstract double idf();

  /** {@return its kind's weight} */
  public abstract double kindWeight();

  /**
   * {@return kind weight × idf, above 0}: a shared tag too common to count (or of a kind weighing
   * 0) weighs nothing, is not listed, and does not count towards {@link
   * RelatednessSettings#minSharedTags()}
   */
  public abstract double weight();

  /** {@return weight × normalisation factor × decay: its share of the score} */
  public abstract double contribution();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link TagContribution}. */
  public static final class Builder extends ImmutableTagContribution.Builder {
    Builder() {}
  }
}
