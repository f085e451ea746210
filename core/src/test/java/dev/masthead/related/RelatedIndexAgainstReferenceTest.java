package dev.masthead.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The index against the brute-force {@link Reference} on small corpora drawn from a seed
 * ({@link SplittableRandom}; core's tests cannot use the fixtures' generators, the integration
 * tests run the same comparison on those): 0 to 240 articles, skewed tag frequencies, copies
 * (exact ties), dates spread over years, within days, all at one instant or over the whole range
 * of years the model takes; every normalisation with decay and without, random kind weights,
 * document frequency floors and ratios, half-lives, floors, minimum shared tags and scores;
 * queries by id and by article (in the index or not, with unknown tags, dated outside the span),
 * with exclusions, windows, a "now" and limits from 1 to 10,000. Results are compared exactly:
 * ids, order and scores to the last bit, as the formula fixes the order of every sum. The seed and
 * the shape are in every failure message.
 */
final class RelatedIndexAgainstReferenceTest {
  private static final TagKind[] KINDS = {TagKind.TOPIC, TagKind.PERSON, TagKind.ORGANISATION,
      TagKind.PLACE, TagKind.EVENT, TagKind.of("series")};
  private static final double[] WEIGHTS = {0, 0.5, 1, 1.5, 2.25};

  /** How a corpus's articles are dated. */
  enum Dates {
    /** Over ten years, to the second, some with a fraction of a second. */
    SPREAD,
    /** At midnight within sixty days: many equal dates. */
    DAYS,
    /** All at one instant: ties everywhere. */
    ONE_INSTANT,
    /** From the year 1 to the year 9999: a span wider than an int of seconds. */
    WIDE
  }

  /** A generated corpus and how it was made, for failure messages. */
  record Corpus(long seed, Dates dates, List<ArticleSummary> articles, List<Tag> vocabulary) {
    @Override
    public String toString() {
      return String.format(Locale.ROOT, "seed %d: %s, %d articles, %d tags", seed, dates,
          articles.size(), vocabulary.size());
    }
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 24);
  }

  static Corpus corpus(long seed) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L);
    Dates dates = Dates.values()[(int) (seed % Dates.values().length)];
    int size = random.nextInt(6) == 0 ? random.nextInt(0, 6) : random.nextInt(6, 240);
    int tags = random.nextInt(1, 5 + size / 3);
    double skew = 1 + 2 * random.nextDouble();
    List<Tag> vocabulary = new ArrayList<>();
    for (int t = 0; t < tags; t++) {
      vocabulary.add(Tag.of(TagId.of("tag-" + t), KINDS[random.nextInt(KINDS.length)],
          "Tag " + t));
    }
    List<ArticleSummary> articles = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String id = Long.toString(random.nextLong(36L * 36 * 36), 36) + "-" + i;
      List<Tag> chosen;
      Instant published = date(dates, random);
      if (i > 0 && random.nextInt(6) == 0) {
        // A copy's tags: an exact tie with the original when also of its date.
        ArticleSummary original = articles.get(random.nextInt(articles.size()));
        chosen = original.tags();
        if (random.nextBoolean()) {
          published = original.published();
        }
      } else {
        Map<String, Tag> distinct = new LinkedHashMap<>();
        int count = random.nextInt(0, 9);
        for (int k = 0; k < count; k++) {
          Tag tag = vocabulary.get((int) (tags * Math.pow(random.nextDouble(), skew)));
          distinct.putIfAbsent(tag.id().value(), tag);
        }
        chosen = new ArrayList<>(distinct.values());
      }
      articles.add(ArticleSummary.builder().id(ArticleId.of(id)).slug("s" + i)
          .headline("Article " + i).published(published).tags(chosen).build());
    }
    return new Corpus(seed, dates, articles, vocabulary);
  }

  private static Instant date(Dates dates, SplittableRandom random) {
    return switch (dates) {
      case SPREAD -> Instant.parse("2015-01-01T00:00:00Z")
          .plusSeconds(random.nextLong(86_400L * 3_650))
          .plusNanos(random.nextInt(4) == 0 ? random.nextInt(1_000_000_000) : 0);
      case DAYS -> Instant.parse("2024-03-01T00:00:00Z")
          .plus(Duration.ofDays(random.nextInt(60)));
      case ONE_INSTANT -> Instant.parse("2025-06-30T12:00:00Z");
      case WIDE -> switch (random.nextInt(4)) {
        case 0 -> Instant.parse("0001-01-01T00:00:00Z");
        case 1 -> Instant.parse("9999-12-31T23:59:59.999999999Z");
        default -> Instant.parse("2000-01-01T00:00:00Z")
            .plusSeconds(random.nextLong(-86_400L * 365 * 1_000, 86_400L * 365 * 1_000));
      };
    };
  }

  /** {@return settings under every normalisation, with and without decay, otherwise random} */
  static List<RelatednessSettings> settings(SplittableRandom random) {
    List<RelatednessSettings> all = new ArrayList<>();
    for (Normalisation normalisation : Normalisation.values()) {
      for (boolean decay : new boolean[] {false, true}) {
        RelatednessSettings.Builder b = RelatednessSettings.builder().normalisation(normalisation);
        if (random.nextBoolean()) {
          Map<TagKind, Double> weights = new LinkedHashMap<>();
          for (TagKind kind : KINDS) {
            if (random.nextBoolean()) {
              weights.put(kind, WEIGHTS[random.nextInt(WEIGHTS.length)]);
            }
          }
          b.kindWeights(weights).defaultKindWeight(WEIGHTS[random.nextInt(WEIGHTS.length)]);
        }
        b.minDocumentFrequency(random.nextInt(1, 5));
        b.maxDocumentRatio(random.nextInt(3) == 0 ? 1 : 0.05 + 0.95 * random.nextDouble());
        if (decay) {
          long seconds = (long) Math.exp(random.nextDouble() * Math.log(86_400.0 * 3_650));
          b.halfLife(Duration.ofSeconds(Math.max(1, seconds), random.nextInt(1_000_000_000)));
          b.decayFloor(random.nextInt(4) == 0 ? 0 : random.nextDouble());
        } else {
          b.halfLife(Optional.empty());
        }
        if (random.nextInt(4) == 0) {
          b.minSharedTags(random.nextInt(2, 4));
        }
        if (random.nextInt(4) == 0) {
          b.minScore((normalisation == Normalisation.NONE ? 3 : 0.5) * random.nextDouble());
        }
        all.add(b.build());
      }
    }
    return all;
  }

  /** {@return queries by id and by article, some filtered, with limits from 1 to 10,000} */
  static List<RelatedQuery> queries(Corpus corpus, SplittableRandom random) {
    List<ArticleSummary> articles = corpus.articles();
    List<RelatedQuery> queries = new ArrayList<>();
    for (int q = 0; q < 8; q++) {
      RelatedQuery.Builder b = RelatedQuery.builder();
      if (articles.isEmpty() || random.nextInt(4) == 0) {
        b.article(probe(corpus, q, random));
      } else {
        b.source(articles.get(random.nextInt(articles.size())).id());
      }
      int r = random.nextInt(6);
      b.limit(r == 0 ? 1 : r == 1 ? 10_000 : random.nextInt(2, 30));
      if (random.nextInt(4) == 0) {
        b.addExcluded(ArticleId.of("never-indexed"));
        for (int i = random.nextInt(1, 6); i > 0 && !articles.isEmpty(); i--) {
          b.addExcluded(articles.get(random.nextInt(articles.size())).id());
        }
      }
      Instant from = date(corpus.dates(), random);
      Instant to = date(corpus.dates(), random);
      if (to.isBefore(from)) {
        Instant t = from;
        from = to;
        to = t;
      }
      if (random.nextInt(4) == 0) {
        b.publishedFrom(from);
      }
      if (random.nextInt(4) == 0) {
        b.publishedTo(to);
      }
      if (random.nextInt(5) == 0) {
        b.now(date(corpus.dates(), random));
      }
      queries.add(b.build());
    }
    return queries;
  }

  /**
   * {@return an article to query by: an indexed one changed (other tags, another date), or a new
   * one, with known tags (some given another kind) and tags the index does not hold}
   */
  private static ArticleSummary probe(Corpus corpus, int q, SplittableRandom random) {
    return probe(corpus, q, random, true);
  }

  /**
   * {@return an article to query by or to add}
   *
   * @param otherKinds whether some of its known tags may have another kind than the corpus's
   */
  private static ArticleSummary probe(Corpus corpus, int q, SplittableRandom random,
      boolean otherKinds) {
    List<ArticleSummary> articles = corpus.articles();
    String id = !articles.isEmpty() && random.nextBoolean()
        ? articles.get(random.nextInt(articles.size())).id().value() : "probe-" + q;
    Map<String, Tag> tags = new LinkedHashMap<>();
    for (int k = random.nextInt(0, 7); k > 0; k--) {
      Tag tag = corpus.vocabulary().get(random.nextInt(corpus.vocabulary().size()));
      if (otherKinds && random.nextInt(5) == 0) {
        tag = tag.withKind(KINDS[random.nextInt(KINDS.length)]);
      }
      tags.putIfAbsent(tag.id().value(), tag);
    }
    if (random.nextBoolean()) {
      TagKind kind = otherKinds ? KINDS[random.nextInt(KINDS.length)] : TagKind.EVENT;
      tags.put("unknown", Tag.of(TagId.of("unknown"), kind, "Unknown"));
    }
    Instant published = random.nextInt(4) == 0 ? Instant.parse("0001-01-01T00:00:00Z")
        : date(corpus.dates(), random);
    return ArticleSummary.builder().id(ArticleId.of(id)).slug("probe").headline("Probe")
        .published(published).tags(tags.values()).build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void topKEqualsTheBruteForceReferenceExactly(long seed) {
    Corpus corpus = corpus(seed);
    SplittableRandom random = new SplittableRandom(seed);
    List<RelatedQuery> queries = queries(corpus, random);
    Reference base = new Reference(corpus.articles(), RelatednessSettings.defaults());
    for (RelatednessSettings settings : settings(random)) {
      RelatedIndex index = RelatedIndex.of(corpus.articles(), settings);
      Reference reference = base.withSettings(settings);
      assertThat(index.size()).isEqualTo(reference.articles());
      assertThat(index.statistics()).isEqualTo(IndexStatistics.builder()
          .articles(reference.articles()).tags(reference.tags())
          .postings(reference.postings()).version(1).build());
      for (RelatedQuery query : queries) {
        List<Reference.Hit> expected = reference.rank(query, query.limit());
        SearchProfile profile = index.profile(query);
        assertThat(Articles.hits(profile.results())).as("%s; %s; %s", corpus, settings, query)
            .isEqualTo(expected);
        assertThat(index.related(query)).isEqualTo(profile.results());
        // What the search did adds up: every result scored, nothing counted twice.
        assertThat(profile.documentsScored()).isBetween((long) expected.size(),
            (long) index.size());
        assertThat(profile.postingsRead() + profile.postingsSkipped())
            .isLessThanOrEqualTo(index.statistics().postings());
        assertThat(profile.documentsScored() + profile.documentsSkipped())
            .isLessThanOrEqualTo(profile.postingsRead());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void explanationsCarryTheReferencesInputsAndAddUpToTheScore(long seed) {
    Corpus corpus = corpus(seed);
    SplittableRandom random = new SplittableRandom(-seed);
    List<ArticleSummary> articles = corpus.articles();
    if (articles.isEmpty()) {
      return;
    }
    for (RelatednessSettings settings : settings(random)) {
      RelatedIndex index = RelatedIndex.of(articles, settings);
      Reference reference = new Reference(articles, settings);
      for (int q = 0; q < 4; q++) {
        ArticleSummary a = articles.get(random.nextInt(articles.size()));
        ArticleSummary b = articles.get(random.nextInt(articles.size()));
        String what = corpus + "; " + settings + "; " + a.id() + ", " + b.id();
        Explanation e = index.explain(a.id(), b.id());
        Reference.assertExplains(e, reference.score(a.id(), b.id()), settings, what);
        assertThat(e.source()).contains(a.id());
        assertThat(e.statistics()).isEqualTo(index.statistics());
        assertThat(index.score(a.id(), b.id())).isEqualTo(e.score());
        ArticleSummary probe = probe(corpus, q, random);
        Reference.assertExplains(index.explain(probe, b), reference.score(probe, b), settings,
            what + "; " + probe);
        for (RelatedArticle related : index.related(a.id(), 3)) {
          assertThat(related.explanation()).isEqualTo(index.explain(a.id(), related.id()));
        }
      }
    }
  }

  /** Step by step changes answer as a rebuild: see {@link WithChangesSteps}. */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void withChangesAnswersAsARebuildOfTheResultingSet(long seed) {
    Corpus corpus = corpus(seed);
    SplittableRandom random = new SplittableRandom(seed + 1);
    RelatednessSettings settings = settings(random).get(random.nextInt(6));
    WithChangesSteps.assertEveryStepAnswersAsARebuild(corpus.articles(), settings, random,
        new WithChangesSteps.Changes() {
          @Override
          public ArticleSummary changed(ArticleSummary article, SplittableRandom r) {
            return RelatedIndexAgainstReferenceTest.changed(article, corpus, r);
          }

          @Override
          public ArticleSummary probe(int n, SplittableRandom r) {
            return RelatedIndexAgainstReferenceTest.probe(corpus, n, r, false);
          }
        }, corpus.toString());
  }

  /** {@return the article with some of its tags, some of another's, and another date} */
  private static ArticleSummary changed(ArticleSummary a, Corpus corpus,
      SplittableRandom random) {
    Map<String, Tag> tags = new LinkedHashMap<>();
    for (Tag tag : a.tags()) {
      if (random.nextBoolean()) {
        tags.put(tag.id().value(), tag);
      }
    }
    List<ArticleSummary> all = corpus.articles();
    for (Tag tag : all.get(random.nextInt(all.size())).tags()) {
      tags.putIfAbsent(tag.id().value(), tag);
    }
    return a.withTags(tags.values()).withPublished(date(corpus.dates(), random));
  }
}
