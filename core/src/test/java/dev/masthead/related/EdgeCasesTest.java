package dev.masthead.related;

import static dev.masthead.related.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the index does at the edges: empty, unknown, untagged, repeated, filtered to nothing. */
final class EdgeCasesTest {
  private static final ArticleId A = ArticleId.of("a");

  /**
   * Ten articles: a, b, c share "rare" (df 3); "half" is in 5 of the 10 (b to f), "common" in 6
   * (a to f), "solo" in a alone; "untagged" has no tags.
   */
  private static List<ArticleSummary> ten() {
    List<ArticleSummary> articles = new ArrayList<>();
    articles.add(article("a", "2025-01-10T00:00:00Z", "rare", "common", "solo"));
    articles.add(article("b", "2025-01-09T00:00:00Z", "rare", "half", "common"));
    articles.add(article("c", "2025-01-11T00:00:00Z", "rare", "half", "common"));
    articles.add(article("d", "2025-01-08T00:00:00Z", "half", "common"));
    articles.add(article("e", "2025-01-08T00:00:00Z", "half", "common"));
    articles.add(article("f", "2025-01-07T00:00:00Z", "half", "common"));
    articles.add(article("g", "2025-01-06T00:00:00Z", "other"));
    articles.add(article("h", "2025-01-05T00:00:00Z", "other"));
    articles.add(article("i", "2025-01-04T00:00:00Z", "other"));
    articles.add(article("untagged", "2025-01-10T00:00:00Z"));
    return articles;
  }

  private static List<String> ids(List<RelatedArticle> related) {
    return related.stream().map(r -> r.id().value()).toList();
  }

  @Test
  void emptyIndexHasNoArticlesAndNoRelatives() {
    RelatedIndex index = RelatedIndex.of(List.of(), RelatednessSettings.defaults());
    assertThat(index.size()).isZero();
    assertThat(index.statistics().articles()).isZero();
    assertThat(index.statistics().tags()).isZero();
    assertThat(index.statistics().postings()).isZero();
    assertThat(index.contains(A)).isFalse();
    ArticleSummary probe = article("probe", "2025-01-01T00:00:00Z", "x", "y");
    assertThat(index.related(RelatedQuery.builder().article(probe).build())).isEmpty();
    // With N = 0 every tag's idf is ln(1 + (0 − 2 + 0.5)/2.5) < 0: nothing is shared, no NaN.
    Explanation e = index.explain(probe, article("other", "2025-01-02T00:00:00Z", "x"));
    assertThat(e.score()).isZero();
    assertThat(e.contributions()).isEmpty();
    assertThatThrownBy(() -> index.related(A, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a");
  }

  @Test
  void unknownIdsAreRejectedWithTheId() {
    RelatedIndex index = RelatedIndex.of(ten(), RelatednessSettings.defaults());
    ArticleId unknown = ArticleId.of("unknown");
    assertThatThrownBy(() -> index.related(unknown, 10))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown");
    assertThatThrownBy(() -> index.score(A, unknown))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown");
    assertThatThrownBy(() -> index.explain(unknown, A))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown");
    // Excluding an id the index does not hold is no error.
    assertThat(ids(index.related(RelatedQuery.builder().source(A).addExcluded(unknown).build())))
        .containsExactly("c", "b");
  }

  @Test
  void limitMustBeFromOneToTenThousand() {
    assertThatThrownBy(() -> RelatedQuery.of(A, 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    assertThatThrownBy(() -> RelatedQuery.of(A, 10_001))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("limit");
    RelatedIndex index = RelatedIndex.of(ten(), RelatednessSettings.defaults());
    assertThatThrownBy(() -> index.related(A, 0)).isInstanceOf(IllegalArgumentException.class);
    // A limit above the matches returns them all.
    assertThat(ids(index.related(A, 10_000))).containsExactly("c", "b");
    assertThat(ids(index.related(A, 1))).containsExactly("c");
  }

  @Test
  void untaggedArticleHasNoRelativesAndIsNoOnesRelative() {
    RelatedIndex index = RelatedIndex.of(ten(), RelatednessSettings.defaults());
    ArticleId untagged = ArticleId.of("untagged");
    assertThat(index.related(untagged, 10)).isEmpty();
    for (ArticleSummary a : ten()) {
      assertThat(ids(index.related(a.id(), 10))).doesNotContain("untagged");
    }
    Explanation e = index.explain(untagged, A);
    assertThat(e.score()).isZero();
    assertThat(e.sourceWeight()).isZero();
    assertThat(e.contributions()).isEmpty();
    assertThat(index.score(A, untagged)).isZero();
  }

  @Test
  void repeatedIdsAreRejectedNotMerged() {
    List<ArticleSummary> articles = new ArrayList<>(ten());
    articles.add(article("b", "2025-02-01T00:00:00Z", "other"));
    assertThatThrownBy(() -> RelatedIndex.of(articles, RelatednessSettings.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("b")
        .hasMessageContaining("twice");
    // The very same article twice is no less an error.
    List<ArticleSummary> same = new ArrayList<>(ten());
    same.add(same.get(0));
    assertThatThrownBy(() -> RelatedIndex.builder(RelatednessSettings.defaults()).addAll(same)
        .build()).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
    RelatedIndex index = RelatedIndex.of(ten(), RelatednessSettings.defaults());
    ArticleSummary x = article("x", "2025-02-01T00:00:00Z", "rare");
    assertThatThrownBy(() -> index.withChanges(List.of(x, x), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("twice");
  }

  @Test
  void windowsThatAdmitNothingReturnNothing() {
    RelatedIndex index = RelatedIndex.of(ten(), RelatednessSettings.defaults());
    Instant first = Instant.parse("2025-01-04T00:00:00Z");
    Instant last = Instant.parse("2025-01-11T00:00:00Z");
    RelatedQuery all = RelatedQuery.of(A, 10);
    assertThat(index.related(all.withPublishedFrom(last.plusNanos(1)))).isEmpty();
    assertThat(index.related(all.withPublishedTo(first.minusNanos(1)))).isEmpty();
    assertThat(index.related(all.withNow(first.minusSeconds(1)))).isEmpty();
    assertThat(index.related(all.withPublishedFrom(Instant.parse("2025-01-09T12:00:00Z"))
        .withPublishedTo(Instant.parse("2025-01-10T12:00:00Z")))).isEmpty();
    assertThat(index.related(all.withExcluded(ArticleId.of("b"), ArticleId.of("c")))).isEmpty();
    // The bounds are inclusive, and "now" admits what is published at it.
    assertThat(ids(index.related(all.withPublishedFrom(last)))).containsExactly("c");
    assertThat(ids(index.related(all.withPublishedTo(Instant.parse("2025-01-09T00:00:00Z")))))
        .containsExactly("b");
    assertThat(ids(index.related(all.withNow(Instant.parse("2025-01-09T00:00:00Z")))))
        .containsExactly("b");
    assertThatThrownBy(() -> all.withPublishedFrom(last).withPublishedTo(first))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aTagInExactlyTheMaxDocumentRatioCountsAndOneMoreIsIgnored() {
    RelatedIndex index = RelatedIndex.of(ten(), RelatednessSettings.defaults());
    double rare = Math.log(1 + (10 - 3 + 0.5) / (3 + 0.5));
    double half = Math.log(1 + (10 - 5 + 0.5) / (5 + 0.5));
    double solo = Math.log(1 + (10 - 2 + 0.5) / (2 + 0.5)); // df 1 raised to minDocumentFrequency
    // N = 10, maxDocumentRatio 0.5: "half" (df 5) counts, "common" (df 6) does not.
    Explanation bc = index.explain(ArticleId.of("b"), ArticleId.of("c"));
    assertThat(bc.contributions()).extracting(c -> c.tag().value())
        .containsExactly("half", "rare");
    assertThat(bc.contributions().get(0).documentFrequency()).isEqualTo(5);
    assertThat(bc.contributions().get(0).idf()).isEqualTo(half);
    assertThat(bc.sourceWeight()).isEqualTo(half + rare);
    assertThat(index.explain(A, ArticleId.of("b")).sourceWeight()).isEqualTo(rare + solo);
    // d shares only the ignored "common" with a: not related.
    assertThat(ids(index.related(A, 10))).containsExactly("c", "b");
    assertThat(index.score(A, ArticleId.of("d"))).isZero();
    // minSharedTags 2: of b's relatives (c: rare and half; a: rare; d, e, f: half) only c.
    assertThat(ids(index.related(ArticleId.of("b"), 10))).containsExactlyInAnyOrder(
        "c", "a", "d", "e", "f");
    RelatedIndex two = RelatedIndex.of(ten(), RelatednessSettings.builder().minSharedTags(2)
        .build());
    assertThat(ids(two.related(ArticleId.of("b"), 10))).containsExactly("c");
    // With the ratio at 1, "common" counts: d, e, f become related to a.
    RelatedIndex everything = RelatedIndex.of(ten(), RelatednessSettings.builder()
        .maxDocumentRatio(1.0).build());
    assertThat(ids(everything.related(A, 10)))
        .containsExactlyInAnyOrder("b", "c", "d", "e", "f");
  }

  @Test
  void tiesGoToTheNewerThenToTheSmallerId() {
    List<ArticleSummary> articles = new ArrayList<>();
    articles.add(article("source", "2025-01-10T00:00:00Z", "t"));
    articles.add(article("old", "2025-01-01T00:00:00Z", "t"));
    articles.add(article("new-b", "2025-01-05T00:00:00Z", "t"));
    articles.add(article("new-a", "2025-01-05T00:00:00Z", "t"));
    for (int i = 0; i < 6; i++) {
      articles.add(article("filler-" + i, "2025-01-01T00:00:00Z", "u"));
    }
    RelatedIndex index = RelatedIndex.of(articles, RelatednessSettings.defaults()
        .withHalfLife(Optional.empty()));
    List<RelatedArticle> related = index.related(ArticleId.of("source"), 10);
    assertThat(ids(related)).containsExactly("new-a", "new-b", "old");
    assertThat(related).extracting(RelatedArticle::score).containsOnly(related.get(0).score());
    assertThat(ids(index.related(ArticleId.of("source"), 1))).containsExactly("new-a");
  }

  @Test
  void publicationTimesCountToTheSecond() {
    // The index keeps whole seconds: an article published at 10:00:00.7 is, for windows and
    // "now", published at 10:00:00 (RelatedArticle#published says so).
    List<ArticleSummary> articles = new ArrayList<>();
    articles.add(article("source", "2025-01-10T00:00:00Z", "t"));
    articles.add(article("fraction", "2025-01-10T10:00:00.700Z", "t"));
    for (int i = 0; i < 6; i++) {
      articles.add(article("filler-" + i, "2025-01-01T00:00:00Z", "u"));
    }
    RelatedIndex index = RelatedIndex.of(articles, RelatednessSettings.defaults());
    RelatedQuery query = RelatedQuery.of(ArticleId.of("source"), 10);
    Instant halfPast = Instant.parse("2025-01-10T10:00:00.500Z");
    assertThat(index.related(query).get(0).published())
        .isEqualTo(Instant.parse("2025-01-10T10:00:00Z"));
    assertThat(ids(index.related(query.withNow(halfPast)))).containsExactly("fraction");
    assertThat(ids(index.related(query.withPublishedTo(halfPast)))).containsExactly("fraction");
    assertThat(index.related(query.withPublishedFrom(halfPast))).isEmpty();
  }
}
