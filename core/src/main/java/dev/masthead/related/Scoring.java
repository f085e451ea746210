package dev.masthead.related;

import dev.masthead.model.TagKind;
import java.time.Duration;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The score of relatedness as a value: the settings and the number of articles N they are applied
 * to, from which a tag's weight follows from its kind and its document frequency, and a pair's
 * score from what they share, their total weights and their age. The index, its explanations and
 * any other engine that must give the same scores (a search cluster's, say) all compute through
 * one of these; summed in the same order, the same inputs give the same {@code double}.
 *
 * <pre>{@code
 * Scoring scoring = Scoring.of(RelatednessSettings.defaults(), 1_000_000);
 * double w = scoring.weight(TagKind.TOPIC, 120);         // kind weight × idf, or 0
 * double score = scoring.score(shared, wa, wb, ageSeconds); // normalised S × decay
 * }</pre>
 *
 * <p>The formula is that of {@link RelatednessSettings} and {@code docs/relatedness.md}; every
 * method below gives its part.
 */
public final class Scoring {
  private final RelatednessSettings settings;
  private final int articles;
  private final Normalisation normalisation;
  /** The half-life in seconds, 0 without decay: read for every candidate, out of its Optional. */
  private final double halfLifeSeconds;
  private final double decayFloor;

  private Scoring(RelatednessSettings settings, int articles) {
    if (articles < 0) {
      throw new IllegalArgumentException("articles must not be negative: " + articles);
    }
    this.settings = settings;
    this.articles = articles;
    this.normalisation = settings.normalisation();
    this.halfLifeSeconds = settings.halfLife().map(h -> h.getSeconds() + h.getNano() / 1e9)
        .orElse(0.0);
    this.decayFloor = settings.decayFloor();
  }

  /**
   * {@return the scoring of these settings over {@code articles} articles}
   *
   * @param settings how to score
   * @param articles N, the number of articles document frequencies are counted over
   * @throws IllegalArgumentException if {@code articles} is negative
   */
  public static Scoring of(RelatednessSettings settings, int articles) {
    return new Scoring(Objects.requireNonNull(settings, "settings"), articles);
  }

  /** {@return the settings} */
  public RelatednessSettings settings() {
    return settings;
  }

  /** {@return N, the number of articles} */
  public int articles() {
    return articles;
  }

  /** {@return how S is normalised} */
  public Normalisation normalisation() {
    return normalisation;
  }

  /**
   * {@return the BM25 idf of a tag carried by {@code documentFrequency} articles}: {@code ln(1 +
   * (N − df' + 0.5) / (df' + 0.5))}, with {@code df' = max(df, minDocumentFrequency)}; 0 or below
   * when N is below {@code minDocumentFrequency}
   *
   * @param documentFrequency df, the number of articles that carry the tag (0 for a tag none
   *     carries)
   */
  public double idf(int documentFrequency) {
    double d = Math.max(documentFrequency, settings.minDocumentFrequency());
    return Math.log(1 + (articles - d + 0.5) / (d + 0.5));
  }

  /**
   * {@return the weight of a tag kind}: as listed in the settings, else their default
   *
   * @param kind any kind
   */
  public double kindWeight(TagKind kind) {
    return settings.kindWeight(kind);
  }

  /**
   * {@return a tag's weight: {@code kindWeight(kind) × idf(df)}, or 0 when the tag is too common
   * to count, {@code df > maxDocumentRatio × N}}
   *
   * @param kind the tag's kind
   * @param documentFrequency df, the number of articles that carry the tag
   */
  public double weight(TagKind kind, int documentFrequency) {
    if (articles > 0 && documentFrequency > settings.maxDocumentRatio() * articles) {
      return 0;
    }
    return settings.kindWeight(kind) * idf(documentFrequency);
  }

  /**
   * {@return S normalised by W(a) and W(b)}, as {@link Normalisation#score} gives it: {@code
   * S / √(W(a)·W(b))}, {@code S / (W(a) + W(b) − S)} or {@code S}; 0 when S is 0
   *
   * @param shared S, the sum of the shared tags' weights, in tag id order
   * @param sourceWeight W(a), the sum of the source's tags' weights, in tag id order
   * @param candidateWeight W(b), the sum of the candidate's tags' weights, in tag id order
   */
  public double normalise(double shared, double sourceWeight, double candidateWeight) {
    return normalisation.score(shared, sourceWeight, candidateWeight);
  }

  /**
   * {@return the recency decay of two articles published {@code ageSeconds} apart}: {@code floor
   * + (1 − floor) · 2^(−|age| / halfLife)}, the half-life in seconds to the nanosecond; 1 without
   * a half-life
   *
   * @param ageSeconds the time between the two publications, in whole seconds; its sign is
   *     ignored
   */
  public double decay(long ageSeconds) {
    // |Long.MIN_VALUE| does not fit a long: one second less decays the same.
    return decayOfAge(ageSeconds == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(ageSeconds));
  }

  /**
   * {@return the recency decay of two articles published {@code age} apart}, cut to whole
   * seconds as the index keeps times: see {@link #decay(long)}
   *
   * @param age the time between the two publications; its sign is ignored
   */
  public double decay(Duration age) {
    return decay(age.getSeconds());
  }

  /**
   * {@return the score: {@code normalise(S, W(a), W(b)) × decay(age)}}, without the gates
   * (minimum shared tags, minimum score)
   *
   * @param shared S, the sum of the shared tags' weights, in tag id order
   * @param sourceWeight W(a), the sum of the source's tags' weights, in tag id order
   * @param candidateWeight W(b), the sum of the candidate's tags' weights, in tag id order
   * @param ageSeconds the time between the two publications, in whole seconds
   */
  public double score(double shared, double sourceWeight, double candidateWeight,
      long ageSeconds) {
    return normalise(shared, sourceWeight, candidateWeight) * decay(ageSeconds);
  }

  // ---------------------------------------------------------------- the search's view

  /** Whether scores decay with age. */
  boolean decaying() {
    return halfLifeSeconds > 0;
  }

  /** The least decay. */
  double decayFloor() {
    return decayFloor;
  }

  /** The decay for two publication times, in epoch seconds. */
  double decay(long sourceSecond, long candidateSecond) {
    return decayOfAge(Math.abs(candidateSecond - sourceSecond));
  }

  /** The decay for two publications {@code age} seconds apart, {@code age} not negative. */
  double decayOfAge(long age) {
    if (halfLifeSeconds <= 0) {
      return 1;
    }
    return decayFloor + (1 - decayFloor) * fading(age);
  }

  /** {@code 2^(−age / halfLife)}: what is left, above the floor, after {@code age} seconds. */
  double fading(long age) {
    return halfLifeSeconds <= 0 ? 1 : Math.pow(2, -(double) age / halfLifeSeconds);
  }

  /**
   * An upper bound of the normalised score of a candidate of total weight at least {@code
   * candidateWeight} (0 when unknown) that shares at most {@code shared} weight with the source:
   * the normalisation's, under its contract ({@link Normalisation}).
   */
  double bound(double shared, double sourceWeight, double candidateWeight) {
    return normalisation.bound(shared, sourceWeight, candidateWeight);
  }

  /**
   * A slope above the normalised scores of candidates weighing at least {@code candidateWeight}:
   * the normalisation's ({@link Normalisation}).
   */
  double slope(double sourceWeight, double candidateWeight) {
    return normalisation.slope(sourceWeight, candidateWeight);
  }

  /** Whether the score reads the candidate's total weight W(b). */
  boolean readsCandidateWeight() {
    return normalisation.readsCandidateWeight();
  }

  // ---------------------------------------------------------------- a value

  /**
   * {@return whether {@code other} is a scoring of equal settings over as many articles}
   *
   * @param other any object
   */
  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Scoring s && s.articles == articles && s.settings.equals(settings);
  }

  @Override
  public int hashCode() {
    return 31 * settings.hashCode() + articles;
  }

  @Override
  public String toString() {
    return "Scoring{articles=" + articles + ", settings=" + settings + "}";
  }
}
