package dev.masthead.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.TagKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each {@link Normalisation}'s pruning contract, as the search reads it, over statistics drawn
 * from a seed ({@link SplittableRandom}: core's tests cannot use the fixtures' generators): N,
 * document frequencies, kind weights and the settings that turn them into tag weights, then a
 * source and candidates of those tags. For every candidate, the bound from what it shares and
 * any weight at most its own (0, its 8-bit weight floor, its weight) is never below its score,
 * nor is that shared weight times the normalisation's slope; the bound never rises with the
 * candidate's weight and never falls as the shared weight rises.
 * The seed is in every failure message.
 */
final class NormalisationTest {
  private static final TagKind[] KINDS = {TagKind.TOPIC, TagKind.PERSON, TagKind.PLACE,
      TagKind.EVENT, TagKind.of("series")};
  private static final double[] WEIGHTS = {0, 0.25, 0.5, 1, 1.5, 2.25, 40};

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (Normalisation normalisation : Normalisation.values()) {
      for (long seed = 1; seed <= 40; seed++) {
        all.add(Arguments.of(normalisation, seed));
      }
    }
    return all.stream();
  }

  /** Generated statistics: a scoring and the weights of its tags. */
  private record Statistics(Scoring scoring, double[] weights, String what) {}

  private static Statistics statistics(Normalisation normalisation, long seed,
      SplittableRandom random) {
    int n = random.nextInt(4) == 0 ? random.nextInt(0, 10) : random.nextInt(10, 2_000_000);
    RelatednessSettings.Builder b = RelatednessSettings.builder().normalisation(normalisation)
        .minDocumentFrequency(random.nextInt(1, 5))
        .maxDocumentRatio(random.nextInt(3) == 0 ? 1 : 0.01 + 0.99 * random.nextDouble());
    if (random.nextBoolean()) {
      b.kindWeights(Map.of(KINDS[random.nextInt(KINDS.length)],
              WEIGHTS[random.nextInt(WEIGHTS.length)]))
          .defaultKindWeight(WEIGHTS[random.nextInt(WEIGHTS.length)]);
    }
    Scoring scoring = Scoring.of(b.build(), n);
    double[] weights = new double[random.nextInt(1, 80)];
    for (int t = 0; t < weights.length; t++) {
      // Skewed: most tags rare, a few common.
      int df = (int) Math.min(n, Math.floor(Math.pow(Math.max(n, 1), random.nextDouble())));
      weights[t] = Math.max(0, scoring.weight(KINDS[random.nextInt(KINDS.length)], df));
    }
    return new Statistics(scoring, weights, String.format(Locale.ROOT,
        "%s, seed %d: N %d, %d tags, %s", normalisation, seed, n, weights.length,
        scoring.settings()));
  }

  /** {@return a tag set: ascending tag numbers} */
  private static int[] tags(Statistics s, SplittableRandom random) {
    int t = s.weights().length;
    return random.ints(random.nextInt(0, Math.min(t, 40) + 1), 0, t).distinct().sorted()
        .toArray();
  }

  /** {@return the weight of the tags, summed in tag order, of {@code in} that {@code of} has} */
  private static double sum(Statistics s, int[] of, int[] in) {
    double sum = 0;
    int i = 0;
    for (int tag : of) {
      while (i < in.length && in[i] < tag) {
        i++;
      }
      if (i < in.length && in[i] == tag) {
        sum += s.weights()[tag];
      }
    }
    return sum;
  }

  @ParameterizedTest(name = "{0}, seed {1}")
  @MethodSource("cases")
  void theBoundIsNeverBelowTheScoreNorRisesWithTheCandidatesWeight(Normalisation normalisation,
      long seed) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 7);
    Statistics s = statistics(normalisation, seed, random);
    for (int q = 0; q < 20; q++) {
      int[] source = tags(s, random);
      double sourceWeight = sum(s, source, source);
      for (int c = 0; c < 50; c++) {
        int[] candidate = random.nextInt(8) == 0 ? source : tags(s, random);
        double shared = sum(s, candidate, source);
        double candidateWeight = sum(s, candidate, candidate);
        double score = normalisation.score(shared, sourceWeight, candidateWeight);
        String what = String.format(Locale.ROOT, "%s; S %s, W(a) %s, W(b) %s", s.what(), shared,
            sourceWeight, candidateWeight);
        double floor = RelatedIndex.weightOf(RelatedIndex.weightFloor(candidateWeight));
        assertThat(floor).as(what).isLessThanOrEqualTo(candidateWeight);
        // Never below the score, from any weight the candidate weighs at least.
        for (double atLeast : new double[] {0, floor, candidateWeight * random.nextDouble(),
            candidateWeight}) {
          assertThat(normalisation.bound(shared, sourceWeight, atLeast)).as(what)
              .isGreaterThanOrEqualTo(score);
          // And the slope, times what it shares or more, up to the source's weight.
          // (Infinite, when no finite slope holds: the search computes the bound then.)
          double slope = normalisation.slope(sourceWeight, atLeast);
          if (slope == Double.POSITIVE_INFINITY) {
            assertThat(normalisation).as(what).isNotEqualTo(Normalisation.NONE);
            assertThat(sourceWeight * atLeast).as(what).isZero();
            continue;
          }
          assertThat(shared * slope).as("%s; slope from %s", what, atLeast)
              .isGreaterThanOrEqualTo(score);
          double more = shared + (sourceWeight - shared) * random.nextDouble();
          assertThat(more * slope).as("%s; slope from %s", what, atLeast)
              .isGreaterThanOrEqualTo(score);
        }
        // Nor below it from more shared weight than there is (a signature's bound).
        double possible = shared + sourceWeight * random.nextDouble();
        assertThat(normalisation.bound(possible, sourceWeight, floor)).as(what)
            .isGreaterThanOrEqualTo(normalisation.bound(shared, sourceWeight, floor))
            .isGreaterThanOrEqualTo(score);
        // Never rising with the candidate's weight: over every weight floor code, and doubles.
        double previous = Double.POSITIVE_INFINITY;
        int rising = -1;
        for (int code = 0; code < 256 && rising < 0; code++) {
          double bound = normalisation.bound(possible, sourceWeight, RelatedIndex.weightOf(code));
          rising = bound > previous ? code : -1;
          previous = bound;
        }
        assertThat(rising).as("%s; the first weight floor code the bound rises at", what)
            .isEqualTo(-1);
        // Nor the slope.
        previous = Double.POSITIVE_INFINITY;
        for (int code = 0; code < 256 && rising < 0; code++) {
          double slope = normalisation.slope(sourceWeight, RelatedIndex.weightOf(code));
          rising = slope > previous ? code : -1;
          previous = slope;
        }
        assertThat(rising).as("%s; the first weight floor code the slope rises at", what)
            .isEqualTo(-1);
        double lighter = candidateWeight * random.nextDouble();
        double heavier = candidateWeight + 100 * random.nextDouble();
        assertThat(normalisation.bound(shared, sourceWeight, heavier)).as(what)
            .isLessThanOrEqualTo(normalisation.bound(shared, sourceWeight, candidateWeight))
            .isLessThanOrEqualTo(normalisation.bound(shared, sourceWeight, lighter))
            .isLessThanOrEqualTo(normalisation.bound(shared, sourceWeight, 0));
      }
    }
  }

  @Test
  void eachScoreIsItsFormula() {
    assertThat(Normalisation.OCHIAI.score(3, 4, 9)).isEqualTo(3 / Math.sqrt(36));
    assertThat(Normalisation.JACCARD.score(3, 4, 9)).isEqualTo(3.0 / 10);
    assertThat(Normalisation.NONE.score(3, 4, 9)).isEqualTo(3.0);
    for (Normalisation normalisation : Normalisation.values()) {
      assertThat(normalisation.score(0, 0, 0)).as("%s", normalisation).isZero();
      assertThat(normalisation.bound(0, 0, 0)).as("%s", normalisation).isNotNegative();
    }
  }

  @Test
  void onlyNoneLeavesTheCandidatesWeightUnreadAndItsScoreDoesNotDependOnIt() {
    assertThat(Normalisation.values()).filteredOn(x -> !x.readsCandidateWeight())
        .containsExactly(Normalisation.NONE);
    assertThat(Normalisation.NONE.score(2, 5, 0)).isEqualTo(Normalisation.NONE.score(2, 5, 9));
    assertThat(Normalisation.NONE.bound(2, 5, 0)).isEqualTo(Normalisation.NONE.bound(2, 5, 9));
  }

  @Test
  void theEnumStaysAnEnumOfThreeConstants() {
    assertThat(Normalisation.values()).containsExactly(Normalisation.OCHIAI,
        Normalisation.JACCARD, Normalisation.NONE);
    assertThat(Normalisation.valueOf("JACCARD")).isSameAs(Normalisation.JACCARD);
    assertThat(Normalisation.OCHIAI.getDeclaringClass()).isEqualTo(Normalisation.class);
  }
}
