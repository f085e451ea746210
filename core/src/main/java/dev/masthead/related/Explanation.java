package dev.masthead.related;

import dev.masthead.model.ArticleId;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Why a candidate scores what it does against a source: every shared tag's contribution (they add
 * up to the score), the inputs of the normalisation and of the decay, and the statistics snapshot
 * the idfs came from.
 */
@Value.Immutable
public abstract sealed class Explanation permits ImmutableExplanation {
  Explanation() {}

  /** {@return the source article, when it is in the index} */
  public abstract Optional<ArticleId> source();

  /** {@return the candidate article} */
  public abstract ArticleId candidate();

  /** {@return the score: the sum of the contributions} */
  public abstract double score();

  /** {@return the shared tags' contributions, in tag id order} */
  public abstract List<TagContribution> contributions();

  /** {@return S, the sum of the shared tags' weights} */
  public abstract double sharedWeight();

  /** {@return W(a), the sum of the source's tags' weights} */
  public abstract double sourceWeight();

  /** {@return W(b), the sum of the candidate's tags' weights} */
  public abstract double candidateWeight();

  /** {@return how S was normalised} */
  public abstract Normalisation normalisation();

  /** {@return the normalised S divided by S: what every weight was multiplied by} */
  public abstract double normalisationFactor();

  /** {@return |Δt|, how far apart the two were published} */
  public abstract Duration age();

  /** {@return the half-life of the decay; empty when decay is off} */
  public abstract Optional<Duration> halfLife();

  /** {@return the decay's floor} */
  public abstract double decayFloor();

  /** {@return the decay factor the normalised S was multiplied by} */
  public abstract double decay();

  /** {@return the statistics the idfs came from} */
  public abstract IndexStatistics statistics();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Explanation}. */
  public static final class Builder extends ImmutableExplanation.Builder {
    Builder() {}
  }
}
