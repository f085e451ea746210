package dev.masthead.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.model.ArticleId;
import dev.masthead.model.TagKind;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * {@link Scoring} on its own, against values worked out by hand from the formula of
 * docs/relatedness.md (written as the formula reads, so the same doubles), and against the index
 * and its explanations, which compute through it.
 */
final class ScoringValueTest {
  private static final long DAY = 86_400;
  private static final long YEAR = 365 * DAY;

  private static final RelatednessSettings DEFAULTS = RelatednessSettings.defaults();

  private static double idf(int n, int df) {
    return Math.log(1 + (n - df + 0.5) / (df + 0.5));
  }

  @Test
  void idfIsBm25sWithTheDocumentFrequencyRaisedToTheMinimum() {
    Scoring scoring = Scoring.of(DEFAULTS, 8);
    assertThat(scoring.idf(3)).isEqualTo(Math.log(1 + 5.5 / 3.5)).isEqualTo(idf(8, 3));
    assertThat(scoring.idf(2)).isEqualTo(Math.log(1 + 6.5 / 2.5));
    // df 0 and 1 count as minDocumentFrequency, 2.
    assertThat(scoring.idf(1)).isEqualTo(scoring.idf(2));
    assertThat(scoring.idf(0)).isEqualTo(scoring.idf(2));
    assertThat(Scoring.of(DEFAULTS.withMinDocumentFrequency(1), 8).idf(1))
        .isEqualTo(Math.log(1 + 7.5 / 1.5));
    // Fewer articles than the minimum: 0 or below, never NaN.
    assertThat(Scoring.of(DEFAULTS, 1).idf(1)).isEqualTo(Math.log(1 + -0.5 / 2.5)).isNegative();
    assertThat(Scoring.of(DEFAULTS, 0).idf(0)).isEqualTo(idf(0, 2));
  }

  @Test
  void weightIsTheKindWeightTimesTheIdfAndZeroAboveTheMaxDocumentRatio() {
    Scoring scoring = Scoring.of(DEFAULTS, 8);
    assertThat(scoring.kindWeight(TagKind.EVENT)).isEqualTo(1.5);
    assertThat(scoring.kindWeight(TagKind.PLACE)).isEqualTo(0.5);
    assertThat(scoring.kindWeight(TagKind.of("series"))).isEqualTo(1.0);
    assertThat(scoring.weight(TagKind.EVENT, 3)).isEqualTo(1.5 * idf(8, 3));
    assertThat(scoring.weight(TagKind.PLACE, 1)).isEqualTo(0.5 * idf(8, 2));
    assertThat(scoring.weight(TagKind.of("series"), 2)).isEqualTo(1.0 * idf(8, 2));
    // Exactly half the articles still counts; one more weighs nothing.
    assertThat(scoring.weight(TagKind.TOPIC, 4)).isEqualTo(idf(8, 4)).isPositive();
    assertThat(scoring.weight(TagKind.TOPIC, 5)).isZero();
    Scoring custom = Scoring.of(DEFAULTS.withKindWeights(Map.of(TagKind.TOPIC, 2.25))
        .withDefaultKindWeight(0), 8);
    assertThat(custom.weight(TagKind.TOPIC, 3)).isEqualTo(2.25 * idf(8, 3));
    assertThat(custom.weight(TagKind.EVENT, 3)).isZero();
  }

  @Test
  void decayFallsFromOneToTheFloorByTheHalfLifeWhateverTheSignOfTheAge() {
    Scoring scoring = Scoring.of(DEFAULTS, 8);
    assertThat(scoring.decay(0)).isEqualTo(1.0);
    assertThat(scoring.decay(YEAR)).isEqualTo(0.5 + 0.5 * 0.5);
    assertThat(scoring.decay(-YEAR)).isEqualTo(0.75);
    assertThat(scoring.decay(2 * YEAR)).isEqualTo(0.5 + 0.5 * 0.25);
    assertThat(scoring.decay(Duration.ofDays(730).plusMillis(999))).isEqualTo(0.625);
    assertThat(scoring.decay(Long.MAX_VALUE / 2)).isEqualTo(0.5);
    assertThat(scoring.decay(Long.MIN_VALUE)).isEqualTo(scoring.decay(Long.MAX_VALUE))
        .isEqualTo(0.5);
    // The half-life to the nanosecond: 1.5 s, and 3 s is two of them.
    Scoring fast = Scoring.of(DEFAULTS.withHalfLife(Duration.ofMillis(1_500))
        .withDecayFloor(0.2), 8);
    assertThat(fast.decay(3)).isEqualTo(0.2 + (1 - 0.2) * Math.pow(2, -3 / 1.5));
    Scoring none = Scoring.of(DEFAULTS.withHalfLife(Optional.empty()), 8);
    assertThat(none.decay(10 * YEAR)).isEqualTo(1.0);
  }

  @Test
  void theScoreIsTheNormalisedSharedWeightTimesTheDecay() {
    Scoring ochiai = Scoring.of(DEFAULTS, 8);
    assertThat(ochiai.normalisation()).isEqualTo(Normalisation.OCHIAI);
    assertThat(ochiai.normalise(2, 4, 9)).isEqualTo(2 / Math.sqrt(36)).isEqualTo(2.0 / 6);
    assertThat(ochiai.normalise(0, 0, 0)).isZero();
    assertThat(ochiai.score(2, 4, 9, YEAR)).isEqualTo(2.0 / 6 * 0.75);
    Scoring jaccard = Scoring.of(DEFAULTS.withNormalisation(Normalisation.JACCARD), 8);
    assertThat(jaccard.normalise(2, 4, 9)).isEqualTo(2.0 / 11);
    assertThat(jaccard.score(2, 4, 9, -2 * YEAR)).isEqualTo(2.0 / 11 * 0.625);
    Scoring none = Scoring.of(DEFAULTS.withNormalisation(Normalisation.NONE), 8);
    assertThat(none.normalise(2, 4, 9)).isEqualTo(2.0);
    assertThat(none.score(2, 4, 9, 0)).isEqualTo(2.0);
  }

  @Test
  void theIndexAndItsExplanationsScoreThroughTheSameValues() {
    for (RelatednessSettings settings : new RelatednessSettings[] {DEFAULTS,
        DEFAULTS.withNormalisation(Normalisation.JACCARD),
        RelatednessSettings.likeMoreLikeThis()}) {
      RelatedIndex index = RelatedIndex.of(ScoringTest.corpus(), settings);
      Scoring scoring = Scoring.of(settings, index.size());
      assertThat(index.scoring()).isEqualTo(scoring);
      for (String source : new String[] {"a", "b", "c", "d"}) {
        for (RelatedArticle related : index.related(ArticleId.of(source), 10)) {
          Explanation e = related.explanation();
          for (TagContribution c : e.contributions()) {
            assertThat(c.idf()).isEqualTo(scoring.idf(c.documentFrequency()));
            assertThat(c.kindWeight()).isEqualTo(scoring.kindWeight(c.kind()));
            assertThat(c.weight()).isEqualTo(scoring.weight(c.kind(), c.documentFrequency()));
          }
          assertThat(e.decay()).isEqualTo(scoring.decay(e.age()));
          assertThat(related.score()).isEqualTo(e.score()).isEqualTo(scoring.score(
              e.sharedWeight(), e.sourceWeight(), e.candidateWeight(), e.age().getSeconds()));
        }
      }
    }
  }

  @Test
  void isAValueOfItsSettingsAndItsNumberOfArticles() {
    assertThat(Scoring.of(DEFAULTS, 8))
        .isEqualTo(Scoring.of(RelatednessSettings.builder().build(), 8))
        .hasSameHashCodeAs(Scoring.of(DEFAULTS, 8))
        .isNotEqualTo(Scoring.of(DEFAULTS, 9))
        .isNotEqualTo(Scoring.of(DEFAULTS.withDecayFloor(0.25), 8));
    assertThat(Scoring.of(DEFAULTS, 8).settings()).isSameAs(DEFAULTS);
    assertThat(Scoring.of(DEFAULTS, 8).articles()).isEqualTo(8);
    assertThat(Scoring.of(DEFAULTS, 8).toString()).contains("articles=8");
    assertThatThrownBy(() -> Scoring.of(DEFAULTS, -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("-1");
  }
}
