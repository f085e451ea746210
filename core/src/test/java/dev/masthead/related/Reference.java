package dev.masthead.related;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Relatedness by brute force, written from the formula (DESIGN.md "Relatedness", issue 5
 * "Scoring") and from nothing in {@code RelatedIndex}: every article scored, no postings, no
 * bounds, no pruning.
 *
 * <ul>
 *   <li>A tag's document frequency df is the number of articles carrying it; df' = max(df,
 *       minDocumentFrequency); its idf is {@code ln(1 + (N − df' + 0.5)/(df' + 0.5))}; its weight
 *       is kindWeight(kind) × idf, or 0 when df > maxDocumentRatio·N. A tag's kind is the one it
 *       has on the first article, in id order, that carries it; a tag no article carries weighs
 *       as one with df 0 and the kind it is given.
 *   <li>W(x) is the sum of x's tags' weights, in tag id order; S the sum of the shared tags'
 *       weights over the candidate's tags in tag id order. A shared tag of weight 0 (too common,
 *       or of a kind weighing 0) is ignored: it does not count towards minSharedTags either.
 *   <li>OCHIAI S/√(W(a)W(b)), JACCARD S/(W(a)+W(b)−S), NONE S; times the decay {@code floor +
 *       (1 − floor)·2^(−|Δt|/halfLife)}, Δt in whole seconds (epoch seconds, rounded down), or 1
 *       without a half-life.
 *   <li>Gates: at least minSharedTags shared tags, S > 0, score ≥ minScore. Never the source (by
 *       id) nor an excluded id; only articles published (to the second) within
 *       [publishedFrom, publishedTo] and not after now.
 *   <li>Order: score descending, then the newer, then the id ascending.
 * </ul>
 *
 * <p>Sums are taken in the order the formula documents (tag id order), so that the scores are the
 * same doubles as the index's, not merely close.
 *
 * <p>Core's tests compare the index with it on small corpora; the integration tests (core's test
 * jar) on the fixtures' generated ones.
 */
public final class Reference {
  /** A ranked article: what {@code RelatedIndex.related} returns of it. */
  public record Hit(ArticleId id, double score, Instant published) {
    @Override
    public String toString() {
      return id + " " + score + " " + published;
    }
  }

  /** One shared tag of a scored pair, as the formula sees it. */
  public record Shared(TagId tag, TagKind kind, int documentFrequency, double idf,
      double kindWeight, double weight) {}

  /** A candidate scored against a source, with every input of the score. */
  public record Scored(ArticleId candidate, long second, List<Shared> shared, double sharedWeight,
      double sourceWeight, double candidateWeight, double normalised, long age, double decay,
      double score) {
    /** {@return what the formula multiplied every shared weight by: normalised S over S} */
    public double factor() {
      return sharedWeight == 0 ? 0 : normalised / sharedWeight;
    }
  }

  /** An article as the formula sees it: tags in tag id order with their kinds and weights. */
  private record Side(ArticleId id, long second, String[] tags, TagKind[] kinds, double[] weights,
      double total) {}

  /** What does not depend on the settings: the articles in id order and their tags. */
  private record Corpus(int n, Map<String, Integer> numbers, String[] dictionary,
      TagKind[] kinds, int[] df, ArticleSummary[] articles, int[][] docTags,
      Map<ArticleId, Integer> byId, long postings) {}

  private final RelatednessSettings settings;
  private final Corpus corpus;
  private final int n;
  private final Map<String, Integer> numbers;
  private final String[] dictionary;
  private final TagKind[] kinds;
  private final int[] df;
  private final double[] weights;
  private final Side[] docs;
  private final int[][] docTags;
  private final Map<ArticleId, Integer> byId;

  public Reference(Collection<ArticleSummary> articles, RelatednessSettings settings) {
    this(corpus(articles), settings);
  }

  private Reference(Corpus corpus, RelatednessSettings settings) {
    this.settings = settings;
    this.corpus = corpus;
    this.n = corpus.n();
    this.numbers = corpus.numbers();
    this.dictionary = corpus.dictionary();
    this.kinds = corpus.kinds();
    this.df = corpus.df();
    this.docTags = corpus.docTags();
    this.byId = corpus.byId();
    weights = new double[dictionary.length];
    for (int t = 0; t < dictionary.length; t++) {
      weights[t] = weight(df[t], kinds[t]);
    }
    docs = new Side[n];
    for (int d = 0; d < n; d++) {
      docs[d] = side(corpus.articles()[d]);
    }
  }

  /** {@return the reference over the same articles under other settings} */
  public Reference withSettings(RelatednessSettings other) {
    return new Reference(corpus, other);
  }

  private static Corpus corpus(Collection<ArticleSummary> articles) {
    List<ArticleSummary> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(a -> a.id().value()));
    TreeMap<String, TagKind> firstKinds = new TreeMap<>();
    Map<String, Integer> counts = new HashMap<>();
    long pairs = 0;
    for (ArticleSummary a : sorted) {
      for (Tag tag : a.tags()) {
        firstKinds.putIfAbsent(tag.id().value(), tag.kind());
        counts.merge(tag.id().value(), 1, Integer::sum);
        pairs++;
      }
    }
    String[] dictionary = firstKinds.keySet().toArray(new String[0]);
    TagKind[] kinds = new TagKind[dictionary.length];
    int[] df = new int[dictionary.length];
    Map<String, Integer> numbers = new HashMap<>();
    for (int t = 0; t < dictionary.length; t++) {
      numbers.put(dictionary[t], t);
      kinds[t] = firstKinds.get(dictionary[t]);
      df[t] = counts.get(dictionary[t]);
    }
    int n = sorted.size();
    int[][] docTags = new int[n][];
    Map<ArticleId, Integer> byId = new HashMap<>();
    for (int d = 0; d < n; d++) {
      ArticleSummary a = sorted.get(d);
      byId.put(a.id(), d);
      int[] tags = new int[a.tags().size()];
      for (int i = 0; i < tags.length; i++) {
        tags[i] = numbers.get(a.tags().get(i).id().value());
      }
      Arrays.sort(tags); // tag numbers ascending: tag id order, as the dictionary is sorted
      docTags[d] = tags;
    }
    return new Corpus(n, numbers, dictionary, kinds, df, sorted.toArray(new ArticleSummary[0]),
        docTags, byId, pairs);
  }

  public int articles() {
    return n;
  }

  public int tags() {
    return dictionary.length;
  }

  public long postings() {
    return corpus.postings();
  }

  /** {@return how many articles carry the tag: 0 for a tag none carries} */
  public int documentFrequency(TagId tag) {
    Integer t = numbers.get(tag.value());
    return t == null ? 0 : df[t];
  }

  /** {@return ln(1 + (N − df' + 0.5)/(df' + 0.5)), df' = max(df, minDocumentFrequency)} */
  public double idf(int documentFrequency) {
    double d = Math.max(documentFrequency, settings.minDocumentFrequency());
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  }

  public double kindWeight(TagKind kind) {
    return settings.kindWeights().getOrDefault(kind, settings.defaultKindWeight());
  }

  private double weight(int documentFrequency, TagKind kind) {
    if (documentFrequency > settings.maxDocumentRatio() * n) {
      return 0;
    }
    return kindWeight(kind) * idf(documentFrequency);
  }

  /** {@return the tag's kind: the first article's (in id order) that carries it, or its own} */
  public TagKind kindOf(Tag tag) {
    Integer t = numbers.get(tag.id().value());
    return t == null ? tag.kind() : kinds[t];
  }

  /** {@return floor + (1 − floor)·2^(−age/halfLife), or 1 without a half-life} */
  public double decay(long age) {
    if (settings.halfLife().isEmpty()) {
      return 1;
    }
    Duration h = settings.halfLife().get();
    double halfLife = h.getSeconds() + h.getNano() / 1e9;
    double floor = settings.decayFloor();
    return floor + (1 - floor) * Math.pow(2, -(double) age / halfLife);
  }

  private double normalise(double s, double wa, double wb) {
    return switch (settings.normalisation()) {
      case OCHIAI -> s / Math.sqrt(wa * wb);
      case JACCARD -> s / (wa + wb - s);
      case NONE -> s;
    };
  }

  private Side side(ArticleSummary article) {
    List<Tag> tags = new ArrayList<>(article.tags());
    tags.sort(Comparator.comparing(t -> t.id().value()));
    String[] ids = new String[tags.size()];
    TagKind[] tagKinds = new TagKind[tags.size()];
    double[] w = new double[tags.size()];
    double total = 0;
    for (int i = 0; i < ids.length; i++) {
      Tag tag = tags.get(i);
      ids[i] = tag.id().value();
      Integer t = numbers.get(ids[i]);
      tagKinds[i] = t == null ? tag.kind() : kinds[t];
      w[i] = t == null ? weight(0, tag.kind()) : weights[t];
      total += w[i];
    }
    return new Side(article.id(), article.published().getEpochSecond(), ids, tagKinds, w, total);
  }

  private Side source(RelatedQuery query) {
    if (query.source().isPresent()) {
      Integer d = byId.get(query.source().get());
      if (d == null) {
        throw new IllegalArgumentException("no article " + query.source().get());
      }
      return docs[d];
    }
    return side(query.article().orElseThrow());
  }

  /** Receives each article a query may return, in id order. */
  private interface Candidates {
    void accept(int doc, double score, long second);
  }

  /** Scores every article against the query's source; passes on those the query may return. */
  private void score(RelatedQuery query, Candidates candidates) {
    Side a = source(query);
    // The source's weighted tags, by tag number: the only ones a candidate can share.
    double[] sourceWeights = new double[dictionary.length];
    for (int i = 0; i < a.tags().length; i++) {
      Integer t = numbers.get(a.tags()[i]);
      if (t != null && a.weights()[i] > 0) {
        sourceWeights[t] = a.weights()[i];
      }
    }
    Set<ArticleId> excluded = new HashSet<>(query.excluded());
    excluded.add(a.id());
    for (int d = 0; d < n; d++) {
      Side b = docs[d];
      if (excluded.contains(b.id())) {
        continue;
      }
      Instant published = Instant.ofEpochSecond(b.second());
      if (query.publishedFrom().isPresent() && published.isBefore(query.publishedFrom().get())
          || query.publishedTo().isPresent() && published.isAfter(query.publishedTo().get())
          || query.now().isPresent() && published.isAfter(query.now().get())) {
        continue;
      }
      double s = 0;
      int count = 0;
      for (int t : docTags[d]) { // the candidate's tags in tag id order
        if (sourceWeights[t] > 0) {
          s += sourceWeights[t];
          count++;
        }
      }
      if (count < settings.minSharedTags() || !(s > 0)) {
        continue;
      }
      double score = normalise(s, a.total(), b.total())
          * decay(Math.abs(b.second() - a.second()));
      if (score >= settings.minScore()) {
        candidates.accept(d, score, b.second());
      }
    }
  }

  /**
   * {@return every article the query may return, sorted by {@link #ORDER}}: the plain
   * definition, which {@link #rank} computes faster
   */
  public List<Hit> rankAll(RelatedQuery query) {
    List<Hit> hits = new ArrayList<>();
    score(query, (d, score, second) ->
        hits.add(new Hit(docs[d].id(), score, Instant.ofEpochSecond(second))));
    hits.sort(ORDER);
    return hits;
  }

  /**
   * {@return the first {@code limit} of {@link #rankAll}}, kept in a bounded list while scoring
   * rather than sorted at the end
   *
   * @param query the query; its own limit is ignored
   * @param limit how many at most
   */
  public List<Hit> rank(RelatedQuery query, int limit) {
    double[] scores = new double[limit];
    long[] seconds = new long[limit];
    int[] best = new int[limit];
    int[] size = {0};
    score(query, (d, score, second) -> {
      // After every one at least as good: a higher score, or the same and a later second, or
      // both the same and an earlier document, which is a smaller id (documents are in id order
      // and come in that order).
      int at = size[0];
      while (at > 0 && (score > scores[at - 1]
          || score == scores[at - 1] && second > seconds[at - 1])) {
        at--;
      }
      if (at < limit) {
        int end = Math.min(size[0], limit - 1);
        System.arraycopy(scores, at, scores, at + 1, end - at);
        System.arraycopy(seconds, at, seconds, at + 1, end - at);
        System.arraycopy(best, at, best, at + 1, end - at);
        scores[at] = score;
        seconds[at] = second;
        best[at] = d;
        size[0] = Math.min(size[0] + 1, limit);
      }
    });
    List<Hit> hits = new ArrayList<>(size[0]);
    for (int i = 0; i < size[0]; i++) {
      hits.add(new Hit(docs[best[i]].id(), scores[i], Instant.ofEpochSecond(seconds[i])));
    }
    return hits;
  }

  /** Score descending, then the newer, then the id ascending. */
  public static final Comparator<Hit> ORDER = Comparator.comparingDouble(Hit::score).reversed()
      .thenComparing(Comparator.comparing(Hit::published).reversed())
      .thenComparing(h -> h.id().value());

  /** {@return the ungated score of one indexed article against another} */
  public Scored score(ArticleId source, ArticleId candidate) {
    return score(docs[byId.get(source)], docs[byId.get(candidate)]);
  }

  /** {@return the ungated score of any article against any other, with this corpus's df} */
  public Scored score(ArticleSummary source, ArticleSummary candidate) {
    return score(side(source), side(candidate));
  }

  private Scored score(Side a, Side b) {
    List<Shared> shared = new ArrayList<>();
    double s = 0;
    int i = 0;
    for (int j = 0; j < b.tags().length; j++) {
      while (i < a.tags().length && a.tags()[i].compareTo(b.tags()[j]) < 0) {
        i++;
      }
      if (i < a.tags().length && a.tags()[i].equals(b.tags()[j]) && a.weights()[i] > 0) {
        s += a.weights()[i];
        TagKind kind = a.kinds()[i];
        int documentFrequency = documentFrequency(TagId.of(a.tags()[i]));
        shared.add(new Shared(TagId.of(a.tags()[i]), kind, documentFrequency,
            idf(documentFrequency), kindWeight(kind), a.weights()[i]));
      }
    }
    long age = Math.abs(b.second() - a.second());
    double normalised = s > 0 ? normalise(s, a.total(), b.total()) : 0;
    double decay = decay(age);
    return new Scored(b.id(), b.second(), shared, s, a.total(), b.total(), normalised, age,
        decay, normalised * decay);
  }

  /**
   * Asserts that an explanation is the reference's, field by field and tag by tag, and that its
   * contributions, in tag id order, add up to its score (1e-9 relative).
   *
   * @param e the explanation the index gave
   * @param expected what the reference computes for the same pair
   * @param settings the settings both scored with
   * @param context what to name in a failure
   */
  public static void assertExplains(Explanation e, Scored expected, RelatednessSettings settings,
      String context) {
    String what = context + "; " + e.candidate();
    assertThat(e.candidate()).as(what).isEqualTo(expected.candidate());
    assertThat(e.score()).as(what).isEqualTo(expected.score());
    assertThat(e.sharedWeight()).as(what).isEqualTo(expected.sharedWeight());
    assertThat(e.sourceWeight()).as(what).isEqualTo(expected.sourceWeight());
    assertThat(e.candidateWeight()).as(what).isEqualTo(expected.candidateWeight());
    assertThat(e.normalisation()).as(what).isEqualTo(settings.normalisation());
    assertThat(e.normalisationFactor()).as(what).isEqualTo(expected.factor());
    assertThat(e.age()).as(what).isEqualTo(Duration.ofSeconds(expected.age()));
    assertThat(e.halfLife()).as(what).isEqualTo(settings.halfLife());
    assertThat(e.decayFloor()).as(what).isEqualTo(settings.decayFloor());
    assertThat(e.decay()).as(what).isEqualTo(expected.decay());

    List<TagContribution> contributions = e.contributions();
    assertThat(contributions).as(what).hasSameSizeAs(expected.shared());
    double sum = 0;
    for (int i = 0; i < contributions.size(); i++) {
      TagContribution c = contributions.get(i);
      Shared s = expected.shared().get(i);
      assertThat(c.tag()).as(what).isEqualTo(s.tag());
      assertThat(c.kind()).as(what).isEqualTo(s.kind());
      assertThat(c.documentFrequency()).as(what).isEqualTo(s.documentFrequency());
      assertThat(c.idf()).as(what).isEqualTo(s.idf());
      assertThat(c.kindWeight()).as(what).isEqualTo(s.kindWeight());
      assertThat(c.weight()).as(what).isEqualTo(s.weight()).isPositive();
      assertThat(c.contribution()).as(what)
          .isCloseTo(s.weight() * expected.factor() * expected.decay(),
              within(1e-12 * Math.abs(s.weight() * expected.factor() * expected.decay())));
      sum += c.contribution();
    }
    if (contributions.size() > 1) {
      assertThat(contributions.get(0).tag().value()).as("tag id order")
          .isLessThan(contributions.get(1).tag().value());
    }
    // The contributions add up to the score.
    assertThat(sum).as(what).isCloseTo(e.score(), within(1e-9 * e.score()));
  }
}
