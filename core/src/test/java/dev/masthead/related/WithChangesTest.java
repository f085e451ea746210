package dev.masthead.related;

import static dev.masthead.related.Articles.article;
import static dev.masthead.related.Articles.tag;
import static dev.masthead.related.Articles.tagged;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.TagKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RelatedIndex#withChanges} on hand-made snapshots: new tags merged into the dictionary
 * between old ones, replaced and removed articles, ids of any length; each new snapshot answers
 * as one built from its articles, and counts its version.
 */
final class WithChangesTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");

  /** Asserts that {@code changed} answers every query by id as a rebuild of {@code articles}. */
  private static void assertAnswersAsARebuild(RelatedIndex changed, List<ArticleSummary> articles,
      long version) {
    RelatedIndex rebuilt = RelatedIndex.of(articles, changed.settings());
    assertThat(changed.statistics()).isEqualTo(IndexStatistics.builder()
        .from(rebuilt.statistics()).version(version).build());
    assertThat(changed.size()).isEqualTo(articles.size());
    for (ArticleSummary a : articles) {
      assertThat(changed.contains(a.id())).isTrue();
      assertThat(changed.related(a.id(), 20)).as("%s", a.id())
          .isEqualTo(rebuilt.related(a.id(), 20));
      for (ArticleSummary b : articles) {
        assertThat(changed.explain(a.id(), b.id()).contributions()).as("%s, %s", a.id(), b.id())
            .isEqualTo(rebuilt.explain(a.id(), b.id()).contributions());
      }
    }
  }

  @Test
  void newTagsAreMergedBetweenTheOldOnesInTagIdOrder() {
    // Old tags b, d, f; the added article brings twenty new ones, before, between and after
    // them, given in no order (a hash map's order is not theirs either).
    List<ArticleSummary> articles = new ArrayList<>();
    articles.add(article("one", T0, "b", "d"));
    articles.add(article("two", T0, "d", "f"));
    articles.add(article("three", T0, "f", "b"));
    RelatedIndex index = RelatedIndex.of(articles, RelatednessSettings.likeMoreLikeThis());
    List<String> tags = new ArrayList<>(List.of("f", "b"));
    for (int i = 19; i >= 0; i--) {
      tags.add(String.valueOf((char) ('a' + i % 7)) + "-new-" + i);
    }
    ArticleSummary added = article("four", T0.plusSeconds(1), tags.toArray(new String[0]));
    ArticleSummary other = article("five", T0, "a-new-0", "g-new-6", "c-new-2", "d");
    RelatedIndex changed = index.withChanges(List.of(added, other), List.of());
    articles.add(added);
    articles.add(other);
    assertAnswersAsARebuild(changed, articles, 2);
    assertThat(changed.related(ArticleId.of("five"), 10)).extracting(r -> r.id().value())
        .containsExactly("four", "one", "two");
    assertThat(changed.explain(ArticleId.of("five"), ArticleId.of("four")).contributions())
        .extracting(c -> c.tag().value()).containsExactly("a-new-0", "c-new-2", "g-new-6");
  }

  @Test
  void aNewTagKeepsTheKindOfTheFirstAddedArticleInIdOrderThatCarriesIt() {
    List<ArticleSummary> articles = new ArrayList<>();
    articles.add(article("one", T0, "t"));
    articles.add(article("two", T0, "t"));
    RelatedIndex index = RelatedIndex.of(articles, RelatednessSettings.defaults());
    ArticleSummary second = tagged("y", T0, tag("new", TagKind.EVENT), tag("t", TagKind.TOPIC));
    ArticleSummary first = tagged("x", T0, tag("new", TagKind.PLACE));
    RelatedIndex changed = index.withChanges(List.of(second, first), List.of());
    assertThat(changed.explain(ArticleId.of("x"), ArticleId.of("y")).contributions())
        .singleElement().satisfies(c -> {
          assertThat(c.kind()).isEqualTo(TagKind.PLACE);
          assertThat(c.kindWeight()).isEqualTo(0.5);
        });
    articles.add(second);
    articles.add(first);
    assertAnswersAsARebuild(changed, articles, 2);
  }

  @Test
  void addedArticlesReplaceThoseOfTheirIdAndRemovedOnesGo() {
    List<ArticleSummary> articles = new ArrayList<>();
    for (String id : List.of("a", "c", "e", "g", "i")) {
      articles.add(article(id, T0, "t", "u-" + id));
    }
    articles.add(article("k", T0, "other"));
    RelatedIndex index = RelatedIndex.of(articles, RelatednessSettings.defaults());
    // b and h are new, c is replaced (other tags, another date), e and k go, "zz" was never in.
    ArticleSummary b = article("b", T0.minusSeconds(60), "t", "u-a");
    ArticleSummary c = article("c", T0.plusSeconds(60), "u-g", "v");
    ArticleSummary h = article("h", T0, "v", "t");
    RelatedIndex changed = index.withChanges(List.of(h, c, b),
        List.of(ArticleId.of("e"), ArticleId.of("zz"), ArticleId.of("k")));
    assertThat(changed.contains(ArticleId.of("e"))).isFalse();
    assertThat(changed.contains(ArticleId.of("k"))).isFalse();
    assertThat(index.contains(ArticleId.of("e"))).as("the old snapshot is unchanged").isTrue();
    assertThat(index.size()).isEqualTo(6);
    List<ArticleSummary> now = List.of(articles.get(0), b, c, articles.get(3), h,
        articles.get(4));
    assertAnswersAsARebuild(changed, now, 2);
    // Removing what was just added, and changing nothing: versions 3 and 4.
    RelatedIndex third = changed.withChanges(List.of(), List.of(ArticleId.of("h")));
    assertAnswersAsARebuild(third, List.of(articles.get(0), b, c, articles.get(3),
        articles.get(4)), 3);
    assertAnswersAsARebuild(third.withChanges(List.of(), List.of()), List.of(articles.get(0), b,
        c, articles.get(3), articles.get(4)), 4);
  }

  @Test
  void idsOfAnyLengthAreKept() {
    // Ids up to 128 characters, longer than the room the snapshot first makes for them.
    String longest = "x".repeat(128);
    String long1 = "a".repeat(100) + "-1";
    String long2 = "a".repeat(100) + "-2";
    List<ArticleSummary> articles = List.of(article(longest, T0, "t"), article(long1, T0, "t"),
        article("s", T0, "t"), article("f", T0, "other"), article("g", T0, "other"),
        article("h", T0, "other"));
    RelatednessSettings settings = RelatednessSettings.defaults().withMaxDocumentRatio(1);
    RelatedIndex index = RelatedIndex.of(articles.subList(0, 1), settings);
    assertThat(index.contains(ArticleId.of(longest))).isTrue();
    RelatedIndex all = RelatedIndex.of(articles, settings);
    assertThat(all.related(ArticleId.of("s"), 10)).extracting(r -> r.id().value())
        .containsExactly(long1, longest);
    RelatedIndex changed = RelatedIndex.of(articles.subList(2, 6), settings)
        .withChanges(List.of(articles.get(0), articles.get(1), article(long2, T0, "t")),
            List.of());
    assertThat(changed.related(ArticleId.of("s"), 10)).extracting(r -> r.id().value())
        .containsExactly(long1, long2, longest);
    assertThat(changed.contains(ArticleId.of("a".repeat(100)))).isFalse();
    assertThat(changed.contains(ArticleId.of(long2))).isTrue();
  }
}
