package dev.masthead.related;

import dev.masthead.model.TagKind;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How relatedness is scored. Every parameter has a default; see {@code docs/relatedness.md}.
 *
 * <p>Per shared tag: its kind's weight × its BM25 idf, {@code ln(1 + (N − df + 0.5)/(df + 0.5))},
 * with df raised to {@link #minDocumentFrequency()} (so that the rarest tags do not dominate) and
 * tags in more than {@link #maxDocumentRatio()} of all articles ignored. The sum S is normalised
 * ({@link #normalisation()}) and multiplied by the recency decay {@code floor + (1 − floor) ·
 * 2^(−|Δt| / halfLife)}.
 */
@Value.Immutable
public abstract sealed class RelatednessSettings implements WithRelatednessSettings
    permits ImmutableRelatednessSettings {
  RelatednessSettings() {}

  /** The settings with every default. */
  private static final RelatednessSettings DEFAULTS = builder().build();

  /** {@return the weight of each tag kind; a kind not listed weighs {@link #defaultKindWeight()}} */
  @Value.Default
  public Map<TagKind, Double> kindWeights() {
    return Map.of(TagKind.TOPIC, 1.0, TagKind.PERSON, 1.0, TagKind.ORGANISATION, 1.0,
        TagKind.PLACE, 0.5, TagKind.EVENT, 1.5);
  }

  /** {@return the weight of a kind {@link #kindWeights()} does not list: 1.0 by default} */
  @Value.Default
  public double defaultKindWeight() {
    return 1.0;
  }

  /** {@return the document frequency below which a tag counts as this one: 2 by default} */
  @Value.Default
  public int minDocumentFrequency() {
    return 2;
  }

  /** {@return the share of all articles above which a tag is ignored: 0.5 by default} */
  @Value.Default
  public double maxDocumentRatio() {
    return 0.5;
  }

  /** {@return how S is normalised: {@link Normalisation#OCHIAI} by default} */
  @Value.Default
  public Normalisation normalisation() {
    return Normalisation.OCHIAI;
  }

  /** {@return the recency half-life; empty turns decay off: 365 days by default} */
  @Value.Default
  public Optional<Duration> halfLife() {
    return Optional.of(Duration.ofDays(365));
  }

  /** {@return the least the decay multiplies a score by, from 0 to 1: 0.5 by default} */
  @Value.Default
  public double decayFloor() {
    return 0.5;
  }

  /**
   * {@return the fewest tags a related article must share: 1 by default}; only tags that weigh
   * something count, not those too common to count or of a kind weighing 0
   */
  @Value.Default
  public int minSharedTags() {
    return 1;
  }

  /** {@return the lowest score a related article may have: 0 by default} */
  @Value.Default
  public double minScore() {
    return 0;
  }

  /**
   * {@return the weight of a tag kind}
   *
   * @param kind any kind, known or not
   */
  public final double kindWeight(TagKind kind) {
    Double weight = kindWeights().get(kind);
    return weight != null ? weight : defaultKindWeight();
  }

  /** {@return the settings with every default} */
  public static RelatednessSettings defaults() {
    return DEFAULTS;
  }

  /**
   * {@return settings under which relatedness ranks exactly like Lucene's MoreLikeThis over tags
   * alone}: every kind weighs 1, no idf cap, no tag ignored, the raw sum, no decay
   */
  public static RelatednessSettings likeMoreLikeThis() {
    return builder()
        .kindWeights(Map.of())
        .defaultKindWeight(1.0)
        .minDocumentFrequency(1)
        .maxDocumentRatio(1.0)
        .normalisation(Normalisation.NONE)
        .halfLife(Optional.empty())
        .build();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    for (Map.Entry<TagKind, Double> entry : kindWeights().entrySet()) {
      require(entry.getValue() >= 0 && Double.isFinite(entry.getValue()),
          "kind weight of " + entry.getKey() + " must be finite and not negative");
    }
    require(defaultKindWeight() >= 0 && Double.isFinite(defaultKindWeight()),
        "defaultKindWeight must be finite and not negative");
    require(minDocumentFrequency() >= 1, "minDocumentFrequency must be at least 1");
    require(maxDocumentRatio() > 0 && maxDocumentRatio() <= 1,
        "maxDocumentRatio must be above 0 and at most 1");
    halfLife().ifPresent(h -> require(!h.isNegative() && !h.isZero(),
        "halfLife must be positive"));
    require(decayFloor() >= 0 && decayFloor() <= 1, "decayFloor must be from 0 to 1");
    require(minSharedTags() >= 1, "minSharedTags must be at least 1");
    require(minScore() >= 0 && Double.isFinite(minScore()), "minScore must be finite, >= 0");
  }

  private static void require(boolean holds, String rule) {
    if (!holds) {
      throw new IllegalArgumentException(rule);
    }
  }

  /** Builds {@link RelatednessSettings}. */
  public static final class Builder extends ImmutableRelatednessSettings.Builder {
    Builder() {}
  }
}
