package dev.masthead.related;

import static dev.masthead.related.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/**
 * What the search does on small corpora whose answers and work can be followed by hand: it stops
 * before a list no unseen article could profit from, skips articles whose bound (shared tags,
 * weight, decay) cannot reach the k-th score, and skips, unread, the heavy end of a list; it
 * handles long lists, long date spans and a scratch space reused from query to query. The
 * profile's counts are asserted exactly: a change that keeps the answers but loses the pruning
 * shows there (docs/relatedness.md, "The index").
 */
final class SearchTest {
  private static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
  private static final ArticleId S = ArticleId.of("s");

  private static List<String> ids(List<RelatedArticle> related) {
    return related.stream().map(r -> r.id().value()).toList();
  }

  private static void fill(List<ArticleSummary> articles, int size, Instant published) {
    for (int i = articles.size(); i < size; i++) {
      articles.add(article("filler-" + i, published, "other"));
    }
  }

  @Test
  void stopsBeforeAListThatNoArticleNotYetMetCouldProfitFrom() {
    // Raw sums: r (df 2) weighs more than c (df 6), so once "hit" holds the top 1 with r, an
    // article met only in c's list could not beat it.
    List<ArticleSummary> articles = new ArrayList<>();
    articles.add(article("s", T0, "r", "c"));
    articles.add(article("hit", T0, "r"));
    for (int i = 1; i <= 5; i++) {
      articles.add(article("c" + i, T0.minusSeconds(i), "c"));
    }
    fill(articles, 20, T0);
    RelatedIndex index = RelatedIndex.of(articles, RelatednessSettings.likeMoreLikeThis());

    SearchProfile one = index.profile(RelatedQuery.of(S, 1));
    assertThat(ids(one.results())).containsExactly("hit");
    assertThat(one.listsRead()).isEqualTo(1);
    assertThat(one.postingsRead()).isEqualTo(2); // s itself and hit
    assertThat(one.postingsSkipped()).isZero();
    assertThat(one.documentsScored()).isEqualTo(1);
    assertThat(one.documentsSkipped()).isZero();

    // Three wanted: c's list is read too, and its five articles, tied, are all scored.
    SearchProfile three = index.profile(RelatedQuery.of(S, 3));
    assertThat(ids(three.results())).containsExactly("hit", "c1", "c2");
    assertThat(three.listsRead()).isEqualTo(2);
    assertThat(three.postingsRead()).isEqualTo(8);
    assertThat(three.documentsScored()).isEqualTo(6);
    assertThat(three.documentsSkipped()).isZero();
    assertThat(three.results()).isEqualTo(index.related(RelatedQuery.of(S, 3)));
  }

  @Test
  void skipsAnArticleWhoseSharedTagsCannotReachTheKthScore() {
    // Raw sums, c1 and c2 (df 4) each lighter than r (df 2), together heavier. After r's list
    // the top 1 is x (r); in c1's list, "one-*" carry c1 alone (their signature shows it) and
    // are skipped unscored; "both" carries c1 and c2 and takes the top; c2's list is not read.
    List<ArticleSummary> articles = new ArrayList<>();
    articles.add(article("s", T0, "r", "c1", "c2"));
    articles.add(article("x", T0, "r"));
    articles.add(article("both", T0, "c1", "c2"));
    articles.add(article("one-a", T0, "c1"));
    articles.add(article("one-b", T0, "c1"));
    articles.add(article("two-a", T0, "c2"));
    articles.add(article("two-b", T0, "c2"));
    fill(articles, 20, T0);
    RelatedIndex index = RelatedIndex.of(articles, RelatednessSettings.likeMoreLikeThis());

    SearchProfile profile = index.profile(RelatedQuery.of(S, 1));
    assertThat(ids(profile.results())).containsExactly("both");
    assertThat(profile.listsRead()).isEqualTo(2);
    assertThat(profile.postingsRead()).isEqualTo(6);
    assertThat(profile.postingsSkipped()).isZero();
    assertThat(profile.documentsScored()).isEqualTo(2);
    assertThat(profile.documentsSkipped()).isEqualTo(2);
    // Two wanted: x stays second, and the one-* and two-* tie below it are never needed.
    assertThat(ids(index.related(S, 2))).containsExactly("both", "x");
    assertThat(ids(index.related(S, 10))).containsExactly("both", "x", "one-a", "one-b",
        "two-a", "two-b");
  }

  @Test
  void skipsUnreadTheArticlesTooHeavyToReachTheMinimumScore() {
    // Ochiai: an article carrying t alone scores 1 against s; one carrying t and six rare tags
    // scores √(w(t) / W) < 0.5. Lists hold their lightest articles first, and the search reads
    // t's list only up to the first heavy one.
    List<ArticleSummary> articles = new ArrayList<>();
    articles.add(article("s", T0, "t"));
    for (int i = 1; i <= 3; i++) {
      articles.add(article("light-" + i, T0, "t"));
      String h = "heavy-" + i;
      articles.add(article(h, T0, "t", h + "-1", h + "-2", h + "-3", h + "-4", h + "-5",
          h + "-6"));
    }
    fill(articles, 16, T0);
    RelatednessSettings settings = RelatednessSettings.defaults().withHalfLife(Optional.empty())
        .withMinScore(0.5);
    RelatedIndex index = RelatedIndex.of(articles, settings);

    SearchProfile profile = index.profile(RelatedQuery.of(S, 10));
    assertThat(ids(profile.results())).containsExactly("light-1", "light-2", "light-3");
    assertThat(profile.results()).extracting(RelatedArticle::score).containsOnly(1.0);
    assertThat(profile.listsRead()).isEqualTo(1);
    assertThat(profile.postingsRead()).isEqualTo(4); // s and the light ones
    assertThat(profile.postingsSkipped()).isEqualTo(3); // the heavy ones
    assertThat(profile.documentsScored()).isEqualTo(3);
    assertThat(index.score(S, ArticleId.of("heavy-1"))).isBetween(0.0, 0.5);

    // Without a minimum nothing is skipped, and the heavy ones follow.
    RelatedIndex all = RelatedIndex.of(articles, settings.withMinScore(0));
    SearchProfile everything = all.profile(RelatedQuery.of(S, 10));
    assertThat(everything.postingsSkipped()).isZero();
    assertThat(everything.postingsRead()).isEqualTo(7);
    assertThat(ids(everything.results())).containsExactly("light-1", "light-2", "light-3",
        "heavy-1", "heavy-2", "heavy-3");
  }

  @Test
  void skipsCandidatesWhoseDecayCannotLetThemReachTheKthScore() {
    // Raw sums, a half-life of a day and no floor. "near", two days before s, shares r and t and
    // takes the top 1 from r's list with a quarter of their weight, less than t's alone, so t's
    // list is read; "old" and "late", a hundred days before and after s, share t, and their
    // decay bound, 2^-100, rules them out unscored.
    List<ArticleSummary> articles = new ArrayList<>();
    articles.add(article("s", T0, "r", "t"));
    articles.add(article("near", T0.minus(Duration.ofDays(2)), "r", "t"));
    articles.add(article("old", T0.minus(Duration.ofDays(100)), "t"));
    articles.add(article("late", T0.plus(Duration.ofDays(100)), "t"));
    fill(articles, 9, T0.minus(Duration.ofDays(50)));
    RelatednessSettings settings = RelatednessSettings.likeMoreLikeThis()
        .withHalfLife(Duration.ofDays(1)).withDecayFloor(0);
    RelatedIndex index = RelatedIndex.of(articles, settings);
    double shared = index.explain(S, ArticleId.of("near")).sharedWeight();
    double t = index.explain(S, ArticleId.of("old")).sharedWeight();

    SearchProfile profile = index.profile(RelatedQuery.of(S, 1));
    assertThat(ids(profile.results())).containsExactly("near");
    assertThat(profile.results().get(0).score()).isEqualTo(shared * 0.25).isLessThan(t);
    assertThat(profile.listsRead()).isEqualTo(2);
    assertThat(profile.postingsRead()).isEqualTo(6);
    assertThat(profile.documentsScored()).isEqualTo(1);
    // old and late, and near again in t's list, its bound there below its own score.
    assertThat(profile.documentsSkipped()).isEqualTo(3);
    // All wanted: all scored, the old and late ones by their true decay, the later first.
    List<RelatedArticle> three = index.related(S, 3);
    assertThat(ids(three)).containsExactly("near", "late", "old");
    assertThat(three.get(1).score()).isEqualTo(t * Math.pow(2, -100));
    assertThat(three.get(2).score()).isEqualTo(t * Math.pow(2, -100));
    // Without decay, near comes first by its weight alone, and nothing is skipped.
    RelatedIndex flat = RelatedIndex.of(articles, settings.withHalfLife(Optional.empty()));
    SearchProfile undecayed = flat.profile(RelatedQuery.of(S, 3));
    assertThat(undecayed.results()).extracting(RelatedArticle::score)
        .containsExactly(shared, t, t);
    assertThat(undecayed.documentsScored()).isEqualTo(3);
    assertThat(undecayed.documentsSkipped()).isZero();
  }

  @Test
  void findsCandidatesAtTheEdgesOfTheirCoarseTimesAtExactlyTheMinimumScore() {
    // The snapshot spans 4,096,000 seconds: coarse times of 1,001 seconds, [0, 1000],
    // [1001, 2001], ..., [4095091, 4096000] after the earliest. Candidates at the first and last
    // seconds of coarse times before, at and after a source's, each asked for with a minimum
    // score of exactly its own: the decay bound of its coarse time must not fall below its
    // decay.
    long[] offsets = {0, 1_000, 1_001, 2_001, 2_002, 4_095_091, 4_096_000};
    List<ArticleSummary> articles = new ArrayList<>();
    for (long offset : offsets) {
      articles.add(article("at-" + offset, T0.plusSeconds(offset), "t"));
    }
    RelatednessSettings settings = RelatednessSettings.defaults().withMaxDocumentRatio(1)
        .withHalfLife(Duration.ofHours(1));
    RelatedIndex index = RelatedIndex.of(articles, settings);
    // Sources after the span, at its end, in coarse times 1 and 0.
    for (long from : new long[] {4_100_500, 4_096_000, 1_500, 500}) {
      ArticleSummary source = article("source", T0.plusSeconds(from), "t");
      for (ArticleSummary candidate : articles) {
        double score = index.explain(source, candidate).score();
        RelatedIndex atScore = RelatedIndex.of(articles, settings.withMinScore(score));
        assertThat(atScore.related(RelatedQuery.builder().article(source).build()))
            .as("source at %d, %s at %s", from, candidate.id(), score)
            .extracting(RelatedArticle::id).contains(candidate.id());
      }
    }
  }

  @Test
  void readsListsLongerThanABatchAndThanTheCandidateBufferOnAFreshThread() throws Exception {
    // 1,500 articles share t, published a second apart: all tie on score, the newest first. On a
    // thread of its own, the search's scratch space starts small and grows.
    List<ArticleSummary> articles = new ArrayList<>();
    for (int i = 0; i < 1_500; i++) {
      articles.add(article(String.format("a%04d", i), T0.plusSeconds(i), "t"));
    }
    RelatedIndex index = RelatedIndex.of(articles, RelatednessSettings.likeMoreLikeThis());
    ExecutorService thread = Executors.newSingleThreadExecutor();
    SearchProfile profile;
    try {
      profile = thread.submit(() -> index.profile(RelatedQuery.of(ArticleId.of("a0700"), 10_000)))
          .get();
    } finally {
      thread.shutdown();
    }
    assertThat(profile.results()).hasSize(1_499);
    assertThat(profile.documentsScored()).isEqualTo(1_499);
    assertThat(profile.results()).extracting(RelatedArticle::published)
        .isSortedAccordingTo(Comparator.reverseOrder()).doesNotHaveDuplicates();
    assertThat(profile.results().get(0).id()).isEqualTo(ArticleId.of("a1499"));
    assertThat(profile.results().get(1_498).id()).isEqualTo(ArticleId.of("a0000"));
    assertThat(ids(profile.results())).doesNotContain("a0700");
    // The top 3 of the same, on this thread.
    assertThat(ids(index.related(ArticleId.of("a0000"), 3)))
        .containsExactly("a1499", "a1498", "a1497");
  }

  @Test
  void scoresAListsCandidatesHighestBoundFirstAndSkipsThoseBelowTheKthScore() {
    // Raw sums: u (df 101) weighs more than t (df 171). u's list holds 70 articles carrying t
    // and u and 30 carrying u but not t; once the top 64 are full of the former, the latter's
    // bound, u's weight, is below the 64th score, and they are skipped unscored. t's list is not
    // read.
    List<ArticleSummary> articles = new ArrayList<>();
    articles.add(article("s", T0, "t", "u"));
    for (int i = 0; i < 70; i++) {
      articles.add(article(String.format("both-%02d", i), T0.plusSeconds(i), "t", "u"));
    }
    for (int i = 0; i < 30; i++) {
      // Each with a tag of its own: heavier than the others, so later in u's list (lightest
      // first) than in the order of their bounds.
      articles.add(article(String.format("u-%02d", i), T0.plusSeconds(i), "u", "x-" + i));
    }
    for (int i = 0; i < 100; i++) {
      articles.add(article(String.format("t-%03d", i), T0, "t"));
    }
    RelatedIndex index = RelatedIndex.of(articles, RelatednessSettings.likeMoreLikeThis());
    SearchProfile profile = index.profile(RelatedQuery.of(S, 64));
    assertThat(profile.results()).hasSize(64);
    assertThat(profile.results().get(0).id()).isEqualTo(ArticleId.of("both-69"));
    assertThat(profile.results().get(63).id()).isEqualTo(ArticleId.of("both-06"));
    assertThat(profile.listsRead()).isEqualTo(1);
    assertThat(profile.postingsRead()).isEqualTo(101);
    assertThat(profile.documentsScored()).isEqualTo(70);
    assertThat(profile.documentsSkipped()).isEqualTo(30);
  }

  @Test
  void datesMoreThanSixtyEightYearsApartAreKeptToTheSecond() {
    // A span wider than an int of seconds.
    Instant old = Instant.parse("1900-01-01T00:00:00Z");
    Instant older = Instant.parse("0001-01-01T00:00:00Z");
    List<ArticleSummary> articles = new ArrayList<>();
    articles.add(article("s", T0, "t"));
    articles.add(article("new", T0.plusSeconds(86_400), "t"));
    articles.add(article("old", old, "t"));
    articles.add(article("older", older, "t"));
    fill(articles, 8, T0);
    RelatedIndex index = RelatedIndex.of(articles, RelatednessSettings.defaults());
    List<RelatedArticle> related = index.related(S, 10);
    assertThat(ids(related)).containsExactly("new", "old", "older");
    assertThat(related).extracting(RelatedArticle::published)
        .containsExactly(T0.plusSeconds(86_400), old, older);
    double year = Duration.ofDays(365).getSeconds();
    assertThat(related.get(0).score()).isEqualTo(0.5 + 0.5 * Math.pow(2, -86_400 / year));
    long age = Duration.between(old, T0).getSeconds();
    assertThat(related.get(1).score()).isEqualTo(0.5 + 0.5 * Math.pow(2, -age / year));
    assertThat(index.explain(S, ArticleId.of("older")).age())
        .isEqualTo(Duration.between(older, T0));
    // Windows and "now" over the wide span.
    RelatedQuery query = RelatedQuery.of(S, 10);
    assertThat(ids(index.related(query.withPublishedTo(Instant.parse("1950-01-01T00:00:00Z")))))
        .containsExactly("old", "older");
    assertThat(ids(index.related(query.withPublishedFrom(old)))).containsExactly("new", "old");
    assertThat(ids(index.related(query.withNow(T0)))).containsExactly("old", "older");
  }

  @Test
  void eachQueryStartsAfreshFromTheLastOnesScratchSpace() {
    // Queries on one thread share scratch space (the articles met, candidates, decay bounds):
    // a large snapshot's queries, then a small one's and the large one's in turn, each as if
    // first.
    List<ArticleSummary> large = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      large.add(article(String.format("l%03d", i), T0.plusSeconds(3_600L * i), "t" + i % 7,
          "u" + i % 5));
    }
    RelatednessSettings settings = RelatednessSettings.defaults()
        .withHalfLife(Duration.ofDays(2));
    RelatedIndex big = RelatedIndex.of(large, settings);
    Reference bigReference = new Reference(large, settings);
    RelatedIndex small = RelatedIndex.of(large.subList(0, 10), settings);
    Reference smallReference = new Reference(large.subList(0, 10), settings);
    for (int round = 0; round < 2; round++) {
      for (int i = 0; i < 200; i += 37) {
        RelatedQuery query = RelatedQuery.of(large.get(i).id(), 5);
        assertThat(Articles.hits(big.related(query))).as("round %d, %s", round, query)
            .isEqualTo(bigReference.rank(query, 5)).hasSize(5);
        if (round == 1) {
          RelatedQuery other = RelatedQuery.of(large.get(i % 10).id(), 5);
          assertThat(Articles.hits(small.related(other))).as("%s", other)
              .isEqualTo(smallReference.rank(other, 5));
        }
      }
    }
    // l003 (t3, u3) among l000 to l009: u3 on l008, nothing else shared.
    assertThat(ids(small.related(ArticleId.of("l003"), 5))).containsExactly("l008");
  }
}
