package dev.masthead.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.integration.Corpora.Corpus;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Tag;
import dev.masthead.related.Articles;
import dev.masthead.related.Reference;
import dev.masthead.related.RelatedArticle;
import dev.masthead.related.RelatedIndex;
import dev.masthead.related.RelatedQuery;
import dev.masthead.related.RelatednessSettings;
import dev.masthead.related.SearchProfile;
import dev.masthead.related.WithChangesSteps;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties that need no reference: the score is symmetric (the decay depends on |Δt| only), the
 * source is never its own relative, the order articles are given in changes nothing, and a
 * snapshot made by {@link RelatedIndex#withChanges} answers exactly as one built from scratch.
 */
final class InvariantsTest {
  static LongStream seeds() {
    return LongStream.rangeClosed(2001, 2030);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void scoreIsSymmetricAndTheSourceIsNeverItsOwnRelative(long seed) {
    Corpus corpus = Corpora.generate(seed);
    SplittableRandom random = new SplittableRandom(seed);
    List<ArticleSummary> articles = corpus.articles();
    for (RelatednessSettings settings : Corpora.settings(random)) {
      RelatedIndex index = RelatedIndex.of(articles, settings);
      for (int q = 0; q < 20; q++) {
        ArticleId a = articles.get(random.nextInt(articles.size())).id();
        ArticleId b = articles.get(random.nextInt(articles.size())).id();
        assertThat(index.score(a, b)).as("%s; %s; %s, %s", corpus, settings, a, b)
            .isEqualTo(index.score(b, a));
        assertThat(index.explain(a, b).sharedWeight())
            .isEqualTo(index.explain(b, a).sharedWeight());
        for (RelatedArticle related : index.related(a, 10)) {
          assertThat(index.score(related.id(), a)).as("%s; %s; %s, %s", corpus, settings, a,
              related.id()).isEqualTo(related.score());
        }
      }
      for (RelatedQuery query : Corpora.queries(corpus, random)) {
        ArticleId source = query.source().orElseGet(() -> query.article().orElseThrow().id());
        assertThat(index.related(query.withLimit(10_000))).as("%s; %s; %s", corpus, settings,
            query).extracting(RelatedArticle::id).doesNotContain(source)
            .doesNotHaveDuplicates();
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void insertionOrderChangesNothing(long seed) {
    Corpus corpus = Corpora.generate(seed);
    SplittableRandom random = new SplittableRandom(seed);
    RelatednessSettings settings = Corpora.settings(random).get(random.nextInt(6));
    List<ArticleSummary> shuffled = new ArrayList<>(corpus.articles());
    Collections.shuffle(shuffled, new Random(seed));
    RelatedIndex index = RelatedIndex.of(corpus.articles(), settings);
    RelatedIndex fromShuffled = RelatedIndex.of(shuffled, settings);
    RelatedIndex.Builder builder = RelatedIndex.builder(settings);
    for (int i = shuffled.size() - 1; i >= 0; i--) {
      builder.add(shuffled.get(i));
    }
    RelatedIndex oneByOne = builder.build();
    assertThat(fromShuffled.statistics()).isEqualTo(index.statistics());
    assertThat(oneByOne.statistics()).isEqualTo(index.statistics());
    for (RelatedQuery query : Corpora.queries(corpus, random)) {
      List<Reference.Hit> expected = Articles.hits(index.related(query));
      assertThat(Articles.hits(fromShuffled.related(query))).as("%s; %s; %s", corpus, settings,
          query).isEqualTo(expected);
      assertThat(Articles.hits(oneByOne.related(query))).as("%s; %s; %s", corpus, settings,
          query).isEqualTo(expected);
    }
  }

  /** Step by step changes answer as a rebuild: see {@link WithChangesSteps}. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void withChangesEqualsARebuildOfTheResultingSet(long seed) {
    Corpus corpus = Corpora.generate(seed);
    SplittableRandom random = new SplittableRandom(seed);
    RelatednessSettings settings = Corpora.settings(random).get(random.nextInt(6));
    List<ArticleSummary> all = corpus.articles();
    WithChangesSteps.assertEveryStepAnswersAsARebuild(all, settings, random,
        new WithChangesSteps.Changes() {
          @Override
          public ArticleSummary changed(ArticleSummary article, SplittableRandom r) {
            return InvariantsTest.changed(article, all, r);
          }

          @Override
          public ArticleSummary probe(int n, SplittableRandom r) {
            return all.get(r.nextInt(all.size()));
          }
        }, corpus.toString());
  }

  /** {@return the article with other tags (some of another article's) and another date} */
  private static ArticleSummary changed(ArticleSummary a, List<ArticleSummary> all,
      SplittableRandom random) {
    Map<String, Tag> tags = new LinkedHashMap<>();
    for (Tag tag : a.tags()) {
      if (random.nextBoolean()) {
        tags.put(tag.id().value(), tag);
      }
    }
    for (Tag tag : all.get(random.nextInt(all.size())).tags()) {
      tags.putIfAbsent(tag.id().value(), tag);
    }
    Instant published = a.published().plusSeconds(random.nextLong(-86_400L * 30, 86_400L * 30));
    boolean valid = !published.isBefore(Corpora.FIRST_INSTANT)
        && !published.isAfter(Corpora.LAST_INSTANT);
    return a.withTags(tags.values()).withPublished(valid ? published : a.published());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aProfileAnswersAsTheSearchAndCountsWhatItDid(long seed) {
    Corpus corpus = Corpora.generate(seed);
    SplittableRandom random = new SplittableRandom(seed);
    for (RelatednessSettings settings : Corpora.settings(random)) {
      RelatedIndex index = RelatedIndex.of(corpus.articles(), settings);
      for (RelatedQuery query : Corpora.queries(corpus, random)) {
        SearchProfile profile = index.profile(query);
        List<RelatedArticle> related = index.related(query);
        assertThat(profile.results()).as("%s; %s; %s", corpus, settings, query)
            .isEqualTo(related);
        assertThat(profile.listsRead()).isNotNegative();
        assertThat(profile.postingsRead() + profile.postingsSkipped())
            .isLessThanOrEqualTo(index.statistics().postings());
        // Every result was scored exactly; nothing is counted twice.
        assertThat(profile.documentsScored()).isGreaterThanOrEqualTo(related.size())
            .isLessThanOrEqualTo(index.size());
        assertThat(profile.documentsScored() + profile.documentsSkipped())
            .isLessThanOrEqualTo(profile.postingsRead());
      }
    }
  }
}
