package dev.masthead.related;

import static dev.masthead.related.Articles.tag;
import static dev.masthead.related.Articles.tagged;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Tag;
import dev.masthead.model.TagKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Scores of a corpus of eight articles worked out by hand from the formula of
 * docs/relatedness.md, under every normalisation, with and without decay, and their
 * explanations, input by input. The expected values are written as the formula reads, summing in
 * tag id order as it says, so they are the index's doubles exactly.
 */
final class ScoringTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  private static final Tag E = tag("e", TagKind.EVENT);
  private static final Tag P = tag("p", TagKind.PLACE);
  private static final Tag X = tag("x", TagKind.TOPIC);
  private static final Tag Y = tag("y", TagKind.TOPIC);
  private static final Tag Z = tag("z", TagKind.TOPIC);

  private static final ArticleId A = ArticleId.of("a");
  private static final ArticleId B = ArticleId.of("b");
  private static final ArticleId C = ArticleId.of("c");
  private static final ArticleId D = ArticleId.of("d");

  /** N = 8; df: e 3, p 2, x 3, y 1 (counts as 2), z 4 (exactly half: still counts). */
  private static final int N = 8;

  private static final double IDF_2 = Math.log(1 + (N - 2 + 0.5) / (2 + 0.5));
  private static final double IDF_3 = Math.log(1 + (N - 3 + 0.5) / (3 + 0.5));
  private static final double IDF_4 = Math.log(1 + (N - 4 + 0.5) / (4 + 0.5));

  // Weights: kind weight (event 1.5, place 0.5, topic 1) × idf.
  private static final double W_E = 1.5 * IDF_3;
  private static final double W_P = 0.5 * IDF_2;
  private static final double W_X = 1.0 * IDF_3;
  private static final double W_Y = 1.0 * IDF_2;

  // Totals, in tag id order.
  private static final double W_A = W_E + W_P + W_X;
  private static final double W_B = W_P + W_X;
  private static final double W_C = W_E + W_X;
  private static final double W_D = W_E + W_Y;

  static List<ArticleSummary> corpus() {
    List<ArticleSummary> articles = new ArrayList<>();
    articles.add(tagged("a", T0, X, P, E)); // given out of order: scored in tag id order
    articles.add(tagged("b", T0, P, X));
    articles.add(tagged("c", T0.plus(Duration.ofDays(365)), E, X));
    articles.add(tagged("d", T0.minus(Duration.ofDays(730)), Y, E));
    for (int i = 1; i <= 4; i++) {
      articles.add(tagged("f" + i, T0.minus(Duration.ofDays(10)), Z));
    }
    return articles;
  }

  private static RelatedIndex index(RelatednessSettings settings) {
    return RelatedIndex.of(corpus(), settings);
  }

  private static List<String> ids(List<RelatedArticle> related) {
    return related.stream().map(r -> r.id().value()).toList();
  }

  private static List<Double> scores(List<RelatedArticle> related) {
    return related.stream().map(RelatedArticle::score).toList();
  }

  @Test
  void ochiaiWithDecayIsTheDefault() {
    // Decay: a and b the same second (1), c a half-life later (0.5 + 0.5 / 2), d two (0.625).
    List<RelatedArticle> related = index(RelatednessSettings.defaults()).related(A, 10);
    assertThat(ids(related)).containsExactly("b", "c", "d");
    assertThat(scores(related)).containsExactly(
        (W_P + W_X) / Math.sqrt(W_A * W_B) * 1.0,
        (W_E + W_X) / Math.sqrt(W_A * W_C) * 0.75,
        W_E / Math.sqrt(W_A * W_D) * 0.625);
    assertThat(related).extracting(RelatedArticle::published).containsExactly(
        T0, T0.plus(Duration.ofDays(365)), T0.minus(Duration.ofDays(730)));
  }

  @Test
  void jaccardDividesByTheUnionsWeight() {
    List<RelatedArticle> related = index(RelatednessSettings.defaults()
        .withNormalisation(Normalisation.JACCARD)).related(A, 10);
    assertThat(ids(related)).containsExactly("c", "b", "d");
    assertThat(scores(related)).containsExactly(
        (W_E + W_X) / (W_A + W_C - (W_E + W_X)) * 0.75,
        (W_P + W_X) / (W_A + W_B - (W_P + W_X)) * 1.0,
        W_E / (W_A + W_D - W_E) * 0.625);
  }

  @Test
  void noneIsTheSharedWeightItself() {
    List<RelatedArticle> related = index(RelatednessSettings.defaults()
        .withNormalisation(Normalisation.NONE)).related(A, 10);
    assertThat(ids(related)).containsExactly("c", "b", "d");
    assertThat(scores(related)).containsExactly((W_E + W_X) * 0.75, (W_P + W_X) * 1.0,
        W_E * 0.625);
  }

  @Test
  void withoutAHalfLifeNothingDecays() {
    RelatednessSettings settings = RelatednessSettings.defaults().withHalfLife(Optional.empty());
    RelatedIndex index = index(settings);
    assertThat(scores(index.related(A, 10))).containsExactly(
        (W_E + W_X) / Math.sqrt(W_A * W_C),
        (W_P + W_X) / Math.sqrt(W_A * W_B),
        W_E / Math.sqrt(W_A * W_D));
    Explanation e = index.explain(A, D);
    assertThat(e.decay()).isEqualTo(1.0);
    assertThat(e.halfLife()).isEmpty();
    assertThat(e.age()).isEqualTo(Duration.ofDays(730));
  }

  @Test
  void decayFallsFromOneToTheFloorByTheHalfLifeGivenToTheNanosecond() {
    // A half-life of 10.5 s: 21 s apart is two half-lives, 2^-2 left above the floor.
    List<ArticleSummary> articles = List.of(
        tagged("s", T0, X, Y),
        tagged("near", T0.plusSeconds(21), X, Y),
        tagged("far", T0.minusSeconds(42), X, Y),
        tagged("u", T0, Z), tagged("v", T0, Z), tagged("w", T0, Z));
    RelatednessSettings settings = RelatednessSettings.defaults()
        .withHalfLife(Duration.ofSeconds(10, 500_000_000)).withDecayFloor(0.2);
    RelatedIndex index = RelatedIndex.of(articles, settings);
    List<RelatedArticle> related = index.related(ArticleId.of("s"), 10);
    assertThat(ids(related)).containsExactly("near", "far");
    // Same tags: Ochiai is 1, the score the decay alone.
    assertThat(scores(related))
        .containsExactly(0.2 + (1 - 0.2) * 0.25, 0.2 + (1 - 0.2) * 0.0625);
    Explanation far = index.explain(ArticleId.of("s"), ArticleId.of("far"));
    assertThat(far.age()).isEqualTo(Duration.ofSeconds(42));
    assertThat(far.decay()).isEqualTo(0.2 + (1 - 0.2) * 0.0625);
    assertThat(far.decayFloor()).isEqualTo(0.2);
    assertThat(far.halfLife()).contains(Duration.ofSeconds(10, 500_000_000));
    // A floor of 1 leaves every score undecayed.
    assertThat(scores(RelatedIndex.of(articles, settings.withDecayFloor(1))
        .related(ArticleId.of("s"), 10))).containsExactly(1.0, 1.0);
  }

  @Test
  void explanationCarriesEveryInputAndItsContributionsAddUpToTheScore() {
    RelatedIndex index = index(RelatednessSettings.defaults());
    Explanation e = index.explain(A, C);
    double shared = W_E + W_X;
    double factor = shared / Math.sqrt(W_A * W_C) / shared;
    assertThat(e.source()).contains(A);
    assertThat(e.candidate()).isEqualTo(C);
    assertThat(e.score()).isEqualTo(shared / Math.sqrt(W_A * W_C) * 0.75)
        .isEqualTo(index.score(A, C));
    assertThat(e.sharedWeight()).isEqualTo(shared);
    assertThat(e.sourceWeight()).isEqualTo(W_A);
    assertThat(e.candidateWeight()).isEqualTo(W_C);
    assertThat(e.normalisation()).isEqualTo(Normalisation.OCHIAI);
    assertThat(e.normalisationFactor()).isEqualTo(factor);
    assertThat(e.age()).isEqualTo(Duration.ofDays(365));
    assertThat(e.halfLife()).contains(Duration.ofDays(365));
    assertThat(e.decayFloor()).isEqualTo(0.5);
    assertThat(e.decay()).isEqualTo(0.75);
    assertThat(e.statistics()).isEqualTo(IndexStatistics.builder().articles(8).tags(5)
        .postings(13).version(1).build());
    assertThat(e.contributions()).containsExactly(
        TagContribution.builder().tag(E.id()).kind(TagKind.EVENT).documentFrequency(3)
            .idf(IDF_3).kindWeight(1.5).weight(W_E).contribution(W_E * factor * 0.75).build(),
        TagContribution.builder().tag(X.id()).kind(TagKind.TOPIC).documentFrequency(3)
            .idf(IDF_3).kindWeight(1.0).weight(W_X).contribution(W_X * factor * 0.75).build());
    assertThat(e.contributions().get(0).contribution() + e.contributions().get(1).contribution())
        .isCloseTo(e.score(), within(1e-15));
  }

  @Test
  void scoreIsSymmetricAndAnUnrelatedPairScoresZero() {
    RelatedIndex index = index(RelatednessSettings.defaults());
    assertThat(index.score(C, A)).isEqualTo(index.score(A, C));
    assertThat(index.explain(C, A).sourceWeight()).isEqualTo(W_C);
    Explanation none = index.explain(A, ArticleId.of("f1"));
    assertThat(none.score()).isZero();
    assertThat(none.sharedWeight()).isZero();
    assertThat(none.normalisationFactor()).isZero();
    assertThat(none.contributions()).isEmpty();
    assertThat(none.candidateWeight()).isEqualTo(IDF_4);
    assertThat(index.explain(A, A).score()).as("an article against itself")
        .isEqualTo(1.0);
  }

  @Test
  void documentFrequencyBelowTheMinimumCountsAsTheMinimum() {
    // y is on d alone: df 1, counted as 2 by default, as 1 when the minimum is 1.
    assertThat(index(RelatednessSettings.defaults()).explain(D, A).sourceWeight())
        .isEqualTo(W_E + IDF_2);
    RelatednessSettings one = RelatednessSettings.defaults().withMinDocumentFrequency(1);
    double idf1 = Math.log(1 + (N - 1 + 0.5) / (1 + 0.5));
    assertThat(index(one).explain(D, A).sourceWeight()).isEqualTo(W_E + idf1);
    // A tag more frequent than the minimum is not raised: x has df 3 either way.
    RelatednessSettings three = RelatednessSettings.defaults().withMinDocumentFrequency(3);
    Explanation e = index(three).explain(A, B);
    assertThat(e.contributions()).extracting(TagContribution::idf).containsExactly(IDF_3, IDF_3);
    assertThat(e.contributions()).extracting(TagContribution::documentFrequency)
        .containsExactly(2, 3);
  }

  @Test
  void tagsOnMoreThanTheMaxDocumentRatioWeighNothing() {
    // z is on 4 of 8: it counts at the default 0.5, not at 0.45 (4 > 3.6).
    RelatedIndex half = index(RelatednessSettings.defaults());
    assertThat(ids(half.related(ArticleId.of("f1"), 10))).containsExactly("f2", "f3", "f4");
    assertThat(half.explain(ArticleId.of("f1"), ArticleId.of("f2")).sharedWeight())
        .isEqualTo(IDF_4);
    RelatedIndex lower = index(RelatednessSettings.defaults().withMaxDocumentRatio(0.45));
    assertThat(lower.related(ArticleId.of("f1"), 10)).isEmpty();
    Explanation e = lower.explain(ArticleId.of("f1"), ArticleId.of("f2"));
    assertThat(e.score()).isZero();
    assertThat(e.contributions()).isEmpty();
    assertThat(e.sourceWeight()).isZero();
    // Tags on 3 of 8 still count at 0.375 (3 = 3), not at 0.37.
    assertThat(ids(index(RelatednessSettings.defaults().withMaxDocumentRatio(0.375))
        .related(A, 10))).containsExactly("b", "c", "d");
    assertThat(ids(index(RelatednessSettings.defaults().withMaxDocumentRatio(0.37))
        .related(A, 10))).containsExactly("b");
  }

  @Test
  void kindWeightsScaleTagsAndAnUnlistedKindWeighsTheDefault() {
    Tag series = tag("s", TagKind.of("series"));
    List<ArticleSummary> articles = new ArrayList<>(corpus());
    articles.add(tagged("g", T0, series, X));
    articles.add(tagged("h", T0, series));
    RelatednessSettings settings = RelatednessSettings.defaults()
        .withKindWeights(Map.of(TagKind.TOPIC, 2.0)).withDefaultKindWeight(0.25);
    RelatedIndex index = RelatedIndex.of(articles, settings);
    double idf2 = Math.log(1 + (10 - 2 + 0.5) / (2 + 0.5));
    Explanation e = index.explain(ArticleId.of("g"), ArticleId.of("h"));
    assertThat(e.contributions()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(TagKind.of("series"));
      assertThat(c.kindWeight()).isEqualTo(0.25);
      assertThat(c.weight()).isEqualTo(0.25 * idf2);
    });
    double idf4 = Math.log(1 + (10 - 4 + 0.5) / (4 + 0.5));
    assertThat(e.sourceWeight()).isEqualTo(0.25 * idf2 + 2.0 * idf4);
    // An event, unlisted here, weighs the default too.
    assertThat(index.explain(A, C).contributions()).extracting(TagContribution::kindWeight)
        .containsExactly(0.25, 2.0);
  }

  @Test
  void aSharedTagOfAKindWeighingNothingIsNeitherListedNorCounted() {
    RelatednessSettings noEvents = RelatednessSettings.defaults()
        .withKindWeights(Map.of(TagKind.EVENT, 0.0, TagKind.PLACE, 0.5));
    RelatedIndex index = index(noEvents);
    // d shares only the event e with a: unrelated.
    assertThat(ids(index.related(A, 10))).containsExactly("b", "c");
    assertThat(index.explain(A, C).contributions()).extracting(c -> c.tag().value())
        .containsExactly("x");
    // Two shared tags wanted: b shares p and x; c shares e and x, but e does not count.
    RelatedIndex two = index(noEvents.withMinSharedTags(2));
    assertThat(ids(two.related(A, 10))).containsExactly("b");
    assertThat(ids(index(RelatednessSettings.defaults().withMinSharedTags(2)).related(A, 10)))
        .containsExactly("b", "c");
    assertThat(index(RelatednessSettings.defaults().withMinSharedTags(3)).related(A, 10))
        .isEmpty();
  }

  @Test
  void minScoreKeepsAScoreEqualToItAndDropsOneBelow() {
    double c = index(RelatednessSettings.defaults()).score(A, C);
    assertThat(ids(index(RelatednessSettings.defaults().withMinScore(c)).related(A, 10)))
        .containsExactly("b", "c");
    assertThat(ids(index(RelatednessSettings.defaults().withMinScore(Math.nextUp(c)))
        .related(A, 10))).containsExactly("b");
    double b = index(RelatednessSettings.defaults()).score(A, B);
    assertThat(index(RelatednessSettings.defaults().withMinScore(Math.nextUp(b)))
        .related(A, 10)).isEmpty();
    // The gate is the search's: score and explain give any pair's score.
    assertThat(index(RelatednessSettings.defaults().withMinScore(1)).score(A, C)).isEqualTo(c);
  }

  @Test
  void aMinimumScoreKeepsWhatReachesItUnderEveryNormalisation() {
    // f1 to f4 share z alone, which weighs ln 2, less than 1: normalised they score 1 against
    // each other, raw ln 2; both above 0.5.
    ArticleId f1 = ArticleId.of("f1");
    for (Normalisation normalisation : Normalisation.values()) {
      RelatedIndex index = index(RelatednessSettings.defaults().withNormalisation(normalisation)
          .withMinScore(0.5));
      List<RelatedArticle> related = index.related(f1, 10);
      assertThat(ids(related)).as("%s", normalisation).containsExactly("f2", "f3", "f4");
      assertThat(scores(related)).as("%s", normalisation)
          .containsOnly(normalisation == Normalisation.NONE ? IDF_4 : 1.0);
    }
  }

  @Test
  void anArticleOutsideTheIndexIsScoredWithTheIndexsStatistics() {
    RelatedIndex index = index(RelatednessSettings.defaults().withHalfLife(Optional.empty()));
    // "new" is unknown: weighs as a tag of df 0 raised to 2, and is shared with no one. The
    // kind given with a known tag is not the one scored: x is a topic in the index.
    ArticleSummary outside = tagged("outside", T0, tag("x", TagKind.PLACE),
        tag("new", TagKind.EVENT));
    double w = W_X + 1.5 * IDF_2;
    Explanation e = index.explain(outside, corpus().get(1));
    assertThat(e.source()).isEmpty();
    assertThat(e.candidate()).isEqualTo(B);
    assertThat(e.sourceWeight()).isEqualTo(w);
    assertThat(e.candidateWeight()).isEqualTo(W_B);
    assertThat(e.contributions()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(TagKind.TOPIC);
      assertThat(c.documentFrequency()).isEqualTo(3);
      assertThat(c.weight()).isEqualTo(W_X);
    });
    List<RelatedArticle> related = index.related(RelatedQuery.builder().article(outside).build());
    // The lighter the candidate, the higher its score for the same shared weight.
    assertThat(ids(related)).containsExactly("b", "c", "a");
    assertThat(scores(related)).containsExactly(W_X / Math.sqrt(w * W_B),
        W_X / Math.sqrt(w * W_C), W_X / Math.sqrt(w * W_A));
    // An unknown tag's own kind: its weight, in a candidate that is not indexed either.
    Explanation both = index.explain(outside, tagged("other", T0, tag("new", TagKind.EVENT)));
    assertThat(both.contributions()).singleElement().satisfies(c -> {
      assertThat(c.kind()).isEqualTo(TagKind.EVENT);
      assertThat(c.documentFrequency()).isZero();
      assertThat(c.idf()).isEqualTo(IDF_2);
      assertThat(c.weight()).isEqualTo(1.5 * IDF_2);
    });
  }

  @Test
  void anIndexedArticleGivenAsAnArticleIsScoredFromWhatIsGivenAndNeverReturned() {
    RelatedIndex index = index(RelatednessSettings.defaults());
    // a, now published with d and tagged y alone.
    ArticleSummary changed = tagged("a", T0.minus(Duration.ofDays(730)), Y);
    RelatedQuery query = RelatedQuery.builder().article(changed).build();
    List<RelatedArticle> related = index.related(query);
    assertThat(ids(related)).containsExactly("d");
    assertThat(related.get(0).score()).isEqualTo(W_Y / Math.sqrt(W_Y * W_D));
    assertThat(index.explain(changed, corpus().get(3)).source()).contains(A);
    // The very article a, as given: the same answer as by its id.
    ArticleSummary same = corpus().get(0);
    assertThat(index.related(RelatedQuery.builder().article(same).build()))
        .isEqualTo(index.related(A, 10));
    assertThat(index.explain(same, corpus().get(2))).isEqualTo(index.explain(A, C));
  }

  @Test
  void fewerArticlesThanTheMinimumDocumentFrequencyRelateNothingAndNeverNaN() {
    // N = 2, df' = 3: idf = ln(1 + (2 − 3 + 0.5)/3.5) < 0 for every tag.
    List<ArticleSummary> two = List.of(tagged("a", T0, X), tagged("b", T0, X));
    RelatedIndex index = RelatedIndex.of(two,
        RelatednessSettings.defaults().withMinDocumentFrequency(3).withMaxDocumentRatio(1));
    assertThat(index.related(A, 10)).isEmpty();
    Explanation e = index.explain(A, B);
    assertThat(e.score()).isZero();
    assertThat(e.contributions()).isEmpty();
    assertThat(e.sourceWeight()).isEqualTo(Math.log(1 + (2 - 3 + 0.5) / (3 + 0.5))).isNegative();
    // With the minimum at N, idf is above 0 and the two are related.
    RelatedIndex atN = RelatedIndex.of(two,
        RelatednessSettings.defaults().withMinDocumentFrequency(2).withMaxDocumentRatio(1));
    assertThat(ids(atN.related(A, 10))).containsExactly("b");
    assertThat(atN.score(A, B)).isEqualTo(1.0);
  }
}
