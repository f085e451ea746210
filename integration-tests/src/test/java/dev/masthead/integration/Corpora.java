package dev.masthead.integration;

import dev.masthead.fixtures.Generators;
import dev.masthead.fixtures.SyntheticCorpus;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import dev.masthead.related.Normalisation;
import dev.masthead.related.Reference;
import dev.masthead.related.RelatedQuery;
import dev.masthead.related.RelatednessSettings;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generated corpora of many shapes for relatedness tests, deterministic by seed: the fixtures'
 * {@link SyntheticCorpus} (Zipf exponent 0.8 to 1.5, 200 to 3,000 articles) reshaped so that
 * exact score ties, equal and extreme dates, open tag kinds and untagged articles all occur.
 */
final class Corpora {
  /** The first and last instants the model takes. */
  static final Instant FIRST_INSTANT = Instant.parse("0001-01-01T00:00:00Z");

  static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** An open tag kind, weighed by {@link RelatednessSettings#defaultKindWeight()} unless set. */
  static final TagKind SERIES = TagKind.of("series");

  /** The shapes a corpus is given. */
  enum Shape {
    /** The synthetic corpus as generated: dates spread over eleven years. */
    PLAIN,
    /** With copies of articles: the same tags, some the same date, some another. */
    DUPLICATES,
    /** Dates at midnight within two months: many equal dates, with copies. */
    SAME_DAY,
    /** Every article published at the same second, with copies: ties everywhere. */
    ONE_INSTANT,
    /**
     * Dates at midnight, the earliest and the latest exactly 4,096 days apart (a span the index's
     * 4,096 coarse times divide exactly), copies and single-tag parts published at the latest.
     */
    ALIGNED_SPAN,
    /** Some articles in the years 1 and 9999, some a nanosecond before the epoch. */
    WIDE_DATES,
    /** A tiny vocabulary of 6 to 40 tags, 0 to 6 per article: dense, near-universal tags. */
    SMALL_VOCABULARY,
    /** A third of the topics given the open kind "series", with copies. */
    OPEN_KINDS
  }

  /** A generated corpus and how it was made, for failure messages. */
  record Corpus(long seed, Shape shape, double zipf, List<ArticleSummary> articles,
      List<List<ArticleId>> copies, List<Tag> vocabulary) {
    int size() {
      return articles.size();
    }

    @Override
    public String toString() {
      return String.format(Locale.ROOT, "seed %d: %s, %d articles, zipf %.3f", seed, shape,
          articles.size(), zipf);
    }
  }

  private Corpora() {}

  /** {@return the corpus of this seed: its shape, size and Zipf exponent drawn from the seed} */
  static Corpus generate(long seed) {
    SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
    Shape shape = Shape.values()[(int) Math.floorMod(seed, (long) Shape.values().length)];
    int size = (int) Math.round(200 * Math.pow(15, random.nextDouble()));
    double zipf = 0.8 + 0.7 * random.nextDouble();
    return generate(seed, shape, size, zipf, random);
  }

  static Corpus generate(long seed, Shape shape, int size, double zipf, SplittableRandom random) {
    List<ArticleSummary> articles;
    if (shape == Shape.SMALL_VOCABULARY) {
      articles = smallVocabulary(size, random);
    } else {
      int hubs = random.nextInt(0, 4);
      int clusters = random.nextInt(0, (size / 2 - hubs) / 50 + 1);
      SyntheticCorpus corpus = SyntheticCorpus.builder().articles(size).seed(seed)
          .zipfExponent(zipf).hubs(hubs).clusters(clusters).build();
      articles = new ArrayList<>(corpus.summaries());
    }
    List<List<ArticleId>> copies = new ArrayList<>();
    switch (shape) {
      case PLAIN, SMALL_VOCABULARY -> { }
      case DUPLICATES -> copy(articles, copies, random, false);
      case SAME_DAY -> {
        Instant start = Instant.parse("2024-03-01T00:00:00Z");
        redate(articles, i -> start.plus(Duration.ofDays(random.nextInt(60))));
        copy(articles, copies, random, false);
      }
      case ONE_INSTANT -> {
        Instant only = Instant.parse("2025-06-30T12:00:00Z");
        redate(articles, i -> only);
        copy(articles, copies, random, false);
      }
      case ALIGNED_SPAN -> {
        Instant start = Instant.parse("2012-01-01T00:00:00Z");
        Instant latest = start.plus(Duration.ofDays(4096));
        redate(articles, i -> i == 0 ? start : i == 1 ? latest
            : start.plus(Duration.ofDays(random.nextInt(4097))));
        for (int i = 2; i < articles.size(); i += 50) {
          articles.set(i, articles.get(i).withPublished(latest));
        }
        copy(articles, copies, random, true);
        latestCopies(articles, copies, random, latest);
      }
      case WIDE_DATES -> {
        List<Instant> edges = List.of(FIRST_INSTANT, LAST_INSTANT,
            Instant.parse("1969-12-31T23:59:59.000000001Z"), Instant.EPOCH);
        redate(articles, i -> random.nextInt(20) == 0 ? edges.get(random.nextInt(edges.size()))
            : articles.get(i).published());
        copy(articles, copies, random, false);
      }
      case OPEN_KINDS -> {
        Map<TagId, Tag> rekinded = new HashMap<>();
        for (int i = 0; i < articles.size(); i++) {
          List<Tag> tags = new ArrayList<>();
          for (Tag tag : articles.get(i).tags()) {
            boolean series = tag.kind().equals(TagKind.TOPIC) && tag.id().value().hashCode() % 3 == 0;
            tags.add(series ? rekinded.computeIfAbsent(tag.id(),
                id -> Tag.of(id, SERIES, tag.label())) : tag);
          }
          articles.set(i, articles.get(i).withTags(tags));
        }
        copy(articles, copies, random, false);
      }
    }
    // Sub-second publication times on some articles: the index keeps whole seconds.
    for (int i = 0; i < articles.size(); i++) {
      ArticleSummary a = articles.get(i);
      if (a.published().getNano() == 0 && random.nextInt(8) == 0) {
        articles.set(i, a.withPublished(a.published().plusNanos(random.nextInt(1, 1_000_000_000))));
      }
    }
    Map<TagId, Tag> vocabulary = new LinkedHashMap<>();
    for (ArticleSummary a : articles) {
      for (Tag tag : a.tags()) {
        vocabulary.putIfAbsent(tag.id(), tag);
      }
    }
    return new Corpus(seed, shape, zipf, List.copyOf(articles), List.copyOf(copies),
        List.copyOf(vocabulary.values()));
  }

  private interface DateOf {
    Instant of(int index);
  }

  private static void redate(List<ArticleSummary> articles, DateOf date) {
    for (int i = 0; i < articles.size(); i++) {
      articles.set(i, articles.get(i).withPublished(date.of(i)));
    }
  }

  /**
   * Adds copies of one article in 30: the same tags, under ids that sort before ("copy-") and
   * after ("twin-") the original's, published at the same second or another. With {@code parts},
   * also articles carrying a single tag of the original each, at its date.
   */
  private static void copy(List<ArticleSummary> articles, List<List<ArticleId>> groups,
      SplittableRandom random, boolean parts) {
    int originals = articles.size();
    for (int g = 0; g < originals / 30; g++) {
      ArticleSummary original = articles.get(random.nextInt(originals));
      List<ArticleId> group = new ArrayList<>();
      group.add(original.id());
      int copies = random.nextInt(1, 4);
      for (int c = 0; c < copies; c++) {
        String prefix = random.nextBoolean() ? "copy-" : "twin-";
        ArticleId id = ArticleId.of(prefix + g + "-" + c);
        Instant published = switch (random.nextInt(3)) {
          case 0, 1 -> original.published();
          default -> original.published().plusSeconds(random.nextLong(-86_400 * 400L, 86_400));
        };
        if (published.isAfter(LAST_INSTANT) || published.isBefore(FIRST_INSTANT)) {
          published = original.published();
        }
        articles.add(original.withId(id).withSlug(id.value()).withPublished(published));
        group.add(id);
      }
      if (parts) {
        for (int t = 0; t < original.tags().size(); t++) {
          ArticleId id = ArticleId.of((random.nextBoolean() ? "part-" : "zpart-") + g + "-" + t);
          articles.add(original.withId(id).withSlug(id.value())
              .withTags(List.of(original.tags().get(t))));
          group.add(id);
        }
      }
      groups.add(group);
    }
  }

  /**
   * Adds copies and single-tag parts of the articles published at the latest second, at that
   * second: ties that only the id breaks, among the articles with the latest coarse time.
   */
  private static void latestCopies(List<ArticleSummary> articles,
      List<List<ArticleId>> groups, SplittableRandom random, Instant latest) {
    for (int i = 2; i < Math.min(articles.size(), 400); i += 50) {
      ArticleSummary original = articles.get(i);
      List<ArticleId> group = new ArrayList<>();
      group.add(original.id());
      for (int c = random.nextInt(1, 3); c > 0; c--) {
        ArticleId id = ArticleId.of((random.nextBoolean() ? "copy-latest-" : "twin-latest-") + i
            + "-" + c);
        articles.add(original.withId(id).withSlug(id.value()));
        group.add(id);
      }
      for (int t = 0; t < original.tags().size(); t++) {
        ArticleId id = ArticleId.of((random.nextBoolean() ? "part-latest-" : "zpart-latest-") + i
            + "-" + t);
        articles.add(original.withId(id).withSlug(id.value()).withPublished(latest)
            .withTags(List.of(original.tags().get(t))));
        group.add(id);
      }
      groups.add(group);
    }
  }

  /** A corpus over a tiny vocabulary: some articles untagged, some tags in most articles. */
  private static List<ArticleSummary> smallVocabulary(int size, SplittableRandom random) {
    int v = random.nextInt(6, 41);
    List<TagKind> kinds = List.of(TagKind.TOPIC, TagKind.PLACE, TagKind.PERSON,
        TagKind.ORGANISATION, TagKind.EVENT, SERIES);
    List<Tag> vocabulary = new ArrayList<>();
    for (int t = 0; t < v; t++) {
      vocabulary.add(Tag.of(TagId.of("small-" + t), kinds.get(random.nextInt(kinds.size())),
          "Small " + t));
    }
    Instant start = Instant.parse("2023-01-01T00:00:00Z");
    List<ArticleSummary> articles = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      int count = random.nextInt(0, 7);
      Map<TagId, Tag> tags = new LinkedHashMap<>();
      for (int c = 0; c < count; c++) {
        double u = random.nextDouble();
        Tag tag = vocabulary.get((int) (u * u * v)); // the first tags far more often
        tags.putIfAbsent(tag.id(), tag);
      }
      ArticleId id = ArticleId.of("small-article-" + i);
      articles.add(ArticleSummary.builder().id(id).slug(id.value()).headline("Small " + i)
          .published(start.plus(Duration.ofDays(random.nextInt(730))))
          .tags(tags.values()).build());
    }
    return articles;
  }

  // ---------------------------------------------------------------- settings

  /**
   * {@return the settings a seed's corpus is checked under: every normalisation, with decay and
   * without, around a base drawn from the seed (the defaults, MoreLikeThis-like, or random)}
   */
  static List<RelatednessSettings> settings(SplittableRandom random) {
    RelatednessSettings base;
    Duration halfLife;
    switch (random.nextInt(3)) {
      case 0 -> {
        base = RelatednessSettings.defaults();
        halfLife = Duration.ofDays(365);
      }
      case 1 -> {
        base = RelatednessSettings.likeMoreLikeThis();
        halfLife = Duration.ofDays(30);
      }
      default -> {
        base = randomSettings(random);
        halfLife = List.of(Duration.ofSeconds(90), Duration.ofHours(7), Duration.ofDays(1),
            Duration.ofDays(30), Duration.ofDays(365), Duration.ofDays(3650),
            Duration.ofMillis(1500)).get(random.nextInt(7));
      }
    }
    List<RelatednessSettings> all = new ArrayList<>();
    for (Normalisation normalisation : Normalisation.values()) {
      RelatednessSettings s = base.withNormalisation(normalisation);
      if (s.minScore() > 0 && normalisation == Normalisation.NONE) {
        s = s.withMinScore(s.minScore() * 10); // raw sums run to tens, not to 1
      }
      all.add(s.withHalfLife(Optional.empty()));
      all.add(s.withHalfLife(halfLife));
    }
    return all;
  }

  private static RelatednessSettings randomSettings(SplittableRandom random) {
    double[] choices = {0, 0.25, 0.5, 1, 1.5, 2, 3};
    Map<TagKind, Double> kindWeights = new HashMap<>();
    for (TagKind kind : List.of(TagKind.TOPIC, TagKind.PLACE, TagKind.PERSON,
        TagKind.ORGANISATION, TagKind.EVENT, SERIES)) {
      if (random.nextInt(3) > 0) {
        kindWeights.put(kind, choices[random.nextInt(choices.length)]);
      }
    }
    return RelatednessSettings.builder()
        .kindWeights(kindWeights)
        .defaultKindWeight(choices[random.nextInt(1, choices.length)])
        .minDocumentFrequency(random.nextInt(1, 6))
        .maxDocumentRatio(new double[] {0.02, 0.1, 0.3, 0.5, 1.0}[random.nextInt(5)])
        .decayFloor(new double[] {0, 0.25, 0.5, 0.9, 1}[random.nextInt(5)])
        .minSharedTags(random.nextInt(4) == 0 ? random.nextInt(2, 4) : 1)
        .minScore(random.nextInt(4) == 0 ? 0.3 * random.nextDouble() : 0)
        .build();
  }

  // ---------------------------------------------------------------- queries

  /**
   * {@return queries over the corpus, without a limit of their own choosing: by id (random
   * articles, copies, the latest) and by article (generated summaries with known and unknown
   * tags, a copy of an indexed article's tags under a new id, an indexed id with other tags)}
   */
  static List<RelatedQuery> queries(Corpus corpus, SplittableRandom random) {
    List<ArticleSummary> articles = corpus.articles();
    List<RelatedQuery> queries = new ArrayList<>();
    for (int q = 0; q < 6; q++) {
      queries.add(byId(articles.get(random.nextInt(articles.size())).id()));
    }
    if (!corpus.copies().isEmpty()) {
      List<ArticleId> group = corpus.copies().get(random.nextInt(corpus.copies().size()));
      queries.add(byId(group.get(random.nextInt(group.size()))));
    }
    ArticleSummary latest = articles.get(0);
    for (ArticleSummary a : articles) {
      if (a.published().getEpochSecond() > latest.published().getEpochSecond()
          || a.published().getEpochSecond() == latest.published().getEpochSecond()
          && a.tags().size() > latest.tags().size()) {
        latest = a;
      }
    }
    queries.add(byId(latest.id()));

    Generators generators = Generators.defaults();
    List<Tag> vocabulary = corpus.vocabulary();
    // A generated summary: known tags, unknown ones, any date (at times beyond the corpus's).
    List<Tag> tags = new ArrayList<>();
    int known = random.nextInt(1, 9);
    for (int t = 0; t < known; t++) {
      Tag tag = vocabulary.get(random.nextInt(vocabulary.size()));
      if (tags.stream().noneMatch(x -> x.id().equals(tag.id()))) {
        tags.add(tag);
      }
    }
    for (int t = random.nextInt(3); t > 0; t--) {
      tags.add(Tag.of(TagId.of("unknown-" + t), TagKind.TOPIC, "Unknown " + t));
    }
    Instant published = random.nextBoolean() ? latest.published().plusSeconds(random.nextLong(
        -86_400L * 4000, 86_400L * 30)) : generators.articleSummary(random).published();
    queries.add(byArticle(generators.articleSummary(random).withTags(tags)
        .withPublished(published.isAfter(LAST_INSTANT) ? LAST_INSTANT : published)));
    // An indexed article's tags under a new id; the same tags, every kind made an event.
    ArticleSummary some = articles.get(random.nextInt(articles.size()));
    queries.add(byArticle(some.withId(ArticleId.of("probe-" + random.nextInt(1000)))));
    if (random.nextBoolean()) {
      List<Tag> events = new ArrayList<>();
      for (Tag tag : some.tags()) {
        events.add(Tag.of(tag.id(), TagKind.EVENT, tag.label()));
      }
      queries.add(byArticle(some.withId(ArticleId.of("kinds-" + random.nextInt(1000)))
          .withTags(events)));
    }
    // An indexed id, with another article's tags: it is still never its own relative.
    ArticleSummary other = articles.get(random.nextInt(articles.size()));
    queries.add(byArticle(some.withTags(other.tags())));
    return queries;
  }

  private static RelatedQuery byId(ArticleId id) {
    return RelatedQuery.builder().source(id).limit(50).build();
  }

  private static RelatedQuery byArticle(ArticleSummary article) {
    return RelatedQuery.builder().article(article).limit(50).build();
  }

  /**
   * {@return the query with filters drawn from its reference ranking: excluded ids (some among
   * the best, one not indexed), a publication window and a now, at times with a fraction of a
   * second}
   */
  static RelatedQuery filtered(RelatedQuery query, List<Reference.Hit> ranking,
      SplittableRandom random) {
    RelatedQuery q = query;
    if (random.nextBoolean() && !ranking.isEmpty()) {
      List<ArticleId> excluded = new ArrayList<>();
      excluded.add(ArticleId.of("not-indexed"));
      for (int e = random.nextInt(1, 4); e > 0; e--) {
        excluded.add(ranking.get(random.nextInt(Math.min(5, ranking.size()))).id());
      }
      q = q.withExcluded(excluded);
    }
    if (ranking.size() >= 2) {
      Instant a = ranking.get(random.nextInt(ranking.size())).published();
      Instant b = ranking.get(random.nextInt(ranking.size())).published();
      Instant from = a.isBefore(b) ? a : b;
      Instant to = a.isBefore(b) ? b : a;
      switch (random.nextInt(5)) {
        case 0 -> q = q.withPublishedFrom(from);
        case 1 -> q = q.withPublishedTo(to);
        case 2 -> q = q.withPublishedFrom(from).withPublishedTo(to);
        case 3 -> q = q.withNow(random.nextBoolean() ? to : to.minusNanos(1));
        default -> {
          Instant early = fraction(from, random);
          Instant late = fraction(to, random);
          q = late.isBefore(early) ? q.withPublishedFrom(early)
              : q.withPublishedFrom(early).withPublishedTo(late);
          q = q.withNow(to.plus(1, ChronoUnit.DAYS));
        }
      }
    }
    return q;
  }

  /** {@return the instant moved by a fraction of a second, either way, within the model} */
  private static Instant fraction(Instant t, SplittableRandom random) {
    Instant moved = t.plusNanos(random.nextLong(-999_999_999, 1_000_000_000));
    return moved.isBefore(FIRST_INSTANT) ? FIRST_INSTANT
        : moved.isAfter(LAST_INSTANT) ? LAST_INSTANT : moved;
  }
}
