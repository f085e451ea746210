package dev.masthead.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.TagId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Lists long enough to be read band by band ({@link RelatedIndex#BANDED_LIST} postings or more)
 * within the decay's window give the brute-force {@link Reference}'s top k exactly, ids, order and
 * scores. The corpora of {@link RelatedIndexAgainstReferenceTest} are too small to have such
 * lists; these have a few tags carried by about two in five of their articles, over a decade of
 * dates, and each is searched under every normalisation with decays from a week to a year and
 * floors from 0 to 0.9, and once without decay. Generated from a seed, given in every failure.
 */
final class BandedListsTest {
  private static final Instant FROM = Instant.parse("2015-01-01T00:00:00Z");
  private static final long SPAN = Duration.ofDays(3653).getSeconds();

  static Stream<Long> seeds() {
    return Stream.of(1L, 2L, 3L, 4L);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void bandByBandWithinTheDecaysWindowIsExact(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    int n = 3_000 + random.nextInt(1_000);
    List<ArticleSummary> articles = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Set<String> tags = new LinkedHashSet<>();
      for (int c = 0; c < 3; c++) { // common tags, about two articles in five each
        if (random.nextInt(5) < 2) {
          tags.add("common-" + c);
        }
      }
      for (int r = random.nextInt(1, 6); r > 0; r--) { // rarer ones, skewed
        tags.add("tag-" + (int) Math.pow(400, random.nextDouble()));
      }
      Instant published = FROM.plusSeconds(random.nextLong(SPAN));
      articles.add(Articles.article("a-" + i, published, tags.toArray(String[]::new)));
    }
    List<RelatednessSettings> all = new ArrayList<>();
    for (Normalisation normalisation : Normalisation.values()) {
      RelatednessSettings base = RelatednessSettings.defaults().withNormalisation(normalisation);
      all.add(base);
      all.add(base.withHalfLife(Duration.ofDays(7)).withDecayFloor(0));
      all.add(base.withHalfLife(Duration.ofDays(30)).withDecayFloor(0.9));
      all.add(base.withHalfLife(Optional.empty()));
    }
    Reference base = new Reference(articles, RelatednessSettings.defaults());
    long banded = 0;
    long skipped = 0;
    for (RelatednessSettings settings : all) {
      RelatedIndex index = RelatedIndex.of(articles, settings);
      Reference reference = base.withSettings(settings);
      for (int q = 0; q < 40; q++) {
        ArticleId source = articles.get(random.nextInt(n)).id();
        int k = new int[] {1, 10, 50}[random.nextInt(3)];
        RelatedQuery query = RelatedQuery.of(source, k);
        SearchProfile profile = index.profile(query);
        assertThat(Articles.hits(profile.results()))
            .as("seed %d, %d articles; %s; %s", seed, n, settings, query)
            .isEqualTo(reference.rank(query, k));
        skipped += profile.postingsSkipped();
      }
      for (int c = 0; c < 3; c++) {
        int tag = index.findTag(TagId.of("common-" + c));
        banded += index.bandsAt(tag) >= 0 ? 1 : 0;
      }
    }
    // The common tags' lists are banded, and the searches skipped postings.
    assertThat(banded).as("seed %d: banded lists", seed).isEqualTo(3L * all.size());
    assertThat(skipped).as("seed %d: postings skipped", seed).isPositive();
  }
}
