package dev.masthead.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.model.TagKind;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The settings' defaults (docs/relatedness.md, "Parameters"), presets and validation. */
final class RelatednessSettingsTest {
  @Test
  void defaultsAreTheDocumentedOnes() {
    RelatednessSettings settings = RelatednessSettings.defaults();
    assertThat(settings.kindWeights()).containsExactlyInAnyOrderEntriesOf(Map.of(
        TagKind.TOPIC, 1.0, TagKind.PERSON, 1.0, TagKind.ORGANISATION, 1.0,
        TagKind.PLACE, 0.5, TagKind.EVENT, 1.5));
    assertThat(settings.defaultKindWeight()).isEqualTo(1.0);
    assertThat(settings.minDocumentFrequency()).isEqualTo(2);
    assertThat(settings.maxDocumentRatio()).isEqualTo(0.5);
    assertThat(settings.normalisation()).isEqualTo(Normalisation.OCHIAI);
    assertThat(settings.halfLife()).contains(Duration.ofDays(365));
    assertThat(settings.decayFloor()).isEqualTo(0.5);
    assertThat(settings.minSharedTags()).isEqualTo(1);
    assertThat(settings.minScore()).isZero();
    assertThat(RelatednessSettings.builder().build()).isEqualTo(settings);
  }

  @Test
  void likeMoreLikeThisWeighsEveryKindOneAndNeitherCapsNorIgnoresNorNormalisesNorDecays() {
    RelatednessSettings settings = RelatednessSettings.likeMoreLikeThis();
    assertThat(settings.kindWeights()).isEmpty();
    assertThat(settings.defaultKindWeight()).isEqualTo(1.0);
    assertThat(settings.minDocumentFrequency()).isEqualTo(1);
    assertThat(settings.maxDocumentRatio()).isEqualTo(1.0);
    assertThat(settings.normalisation()).isEqualTo(Normalisation.NONE);
    assertThat(settings.halfLife()).isEmpty();
    assertThat(settings.minSharedTags()).isEqualTo(1);
    assertThat(settings.minScore()).isZero();
    for (TagKind kind : TagKind.knownValues()) {
      assertThat(settings.kindWeight(kind)).as("%s", kind).isEqualTo(1.0);
    }
  }

  @Test
  void aKindNotListedWeighsTheDefaultKindWeight() {
    RelatednessSettings settings = RelatednessSettings.builder()
        .kindWeights(Map.of(TagKind.PLACE, 0.25, TagKind.EVENT, 0.0))
        .defaultKindWeight(2.5)
        .build();
    assertThat(settings.kindWeight(TagKind.PLACE)).isEqualTo(0.25);
    assertThat(settings.kindWeight(TagKind.EVENT)).as("listed as 0: not the default").isZero();
    assertThat(settings.kindWeight(TagKind.TOPIC)).isEqualTo(2.5);
    assertThat(settings.kindWeight(TagKind.of("series"))).isEqualTo(2.5);
    assertThat(RelatednessSettings.defaults().kindWeight(TagKind.of("series"))).isEqualTo(1.0);
    assertThat(RelatednessSettings.defaults().kindWeight(TagKind.PLACE)).isEqualTo(0.5);
  }

  static Stream<Arguments> invalidSettings() {
    return Stream.of(
        invalid(b -> b.putKindWeight(TagKind.PLACE, -0.5), "kind weight of place"),
        invalid(b -> b.putKindWeight(TagKind.PLACE, Double.POSITIVE_INFINITY),
            "kind weight of place"),
        invalid(b -> b.putKindWeight(TagKind.PLACE, Double.NaN), "kind weight of place"),
        invalid(b -> b.defaultKindWeight(-1e-9), "defaultKindWeight"),
        invalid(b -> b.defaultKindWeight(Double.POSITIVE_INFINITY), "defaultKindWeight"),
        invalid(b -> b.defaultKindWeight(Double.NaN), "defaultKindWeight"),
        invalid(b -> b.minDocumentFrequency(0), "minDocumentFrequency"),
        invalid(b -> b.maxDocumentRatio(0), "maxDocumentRatio"),
        invalid(b -> b.maxDocumentRatio(1.0000001), "maxDocumentRatio"),
        invalid(b -> b.maxDocumentRatio(Double.NaN), "maxDocumentRatio"),
        invalid(b -> b.halfLife(Duration.ZERO), "halfLife"),
        invalid(b -> b.halfLife(Duration.ofSeconds(-1)), "halfLife"),
        invalid(b -> b.decayFloor(-0.01), "decayFloor"),
        invalid(b -> b.decayFloor(1.01), "decayFloor"),
        invalid(b -> b.decayFloor(Double.NaN), "decayFloor"),
        invalid(b -> b.minSharedTags(0), "minSharedTags"),
        invalid(b -> b.minScore(-0.1), "minScore"),
        invalid(b -> b.minScore(Double.POSITIVE_INFINITY), "minScore"),
        invalid(b -> b.minScore(Double.NaN), "minScore"));
  }

  private static Arguments invalid(UnaryOperator<RelatednessSettings.Builder> change,
      String named) {
    return Arguments.of(change, named);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("invalidSettings")
  void rejectsAnOutOfRangeSettingAndNamesIt(UnaryOperator<RelatednessSettings.Builder> change,
      String named) {
    assertThatThrownBy(() -> change.apply(RelatednessSettings.builder()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(named);
  }

  @Test
  void acceptsEveryBoundOfEveryRange() {
    RelatednessSettings low = RelatednessSettings.builder()
        .kindWeights(Map.of(TagKind.TOPIC, 0.0))
        .defaultKindWeight(0)
        .minDocumentFrequency(1)
        .maxDocumentRatio(Double.MIN_VALUE)
        .halfLife(Duration.ofNanos(1))
        .decayFloor(0)
        .minSharedTags(1)
        .minScore(0)
        .build();
    assertThat(low.kindWeight(TagKind.TOPIC)).isZero();
    assertThat(low.defaultKindWeight()).isZero();
    assertThat(low.maxDocumentRatio()).isEqualTo(Double.MIN_VALUE);
    assertThat(low.halfLife()).contains(Duration.ofNanos(1));
    assertThat(low.decayFloor()).isZero();

    RelatednessSettings high = RelatednessSettings.builder()
        .maxDocumentRatio(1)
        .decayFloor(1)
        .minSharedTags(Integer.MAX_VALUE)
        .minScore(Double.MAX_VALUE)
        .halfLife(Optional.empty())
        .build();
    assertThat(high.maxDocumentRatio()).isEqualTo(1.0);
    assertThat(high.decayFloor()).isEqualTo(1.0);
    assertThat(high.minScore()).isEqualTo(Double.MAX_VALUE);
    assertThat(high.halfLife()).isEmpty();
  }

  @Test
  void withersValidateToo() {
    assertThatThrownBy(() -> RelatednessSettings.defaults().withMinSharedTags(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minSharedTags");
    assertThat(RelatednessSettings.defaults().withNormalisation(Normalisation.JACCARD)
        .normalisation()).isEqualTo(Normalisation.JACCARD);
  }
}
