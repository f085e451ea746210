package dev.masthead.related;

import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import java.nio.charset.StandardCharsets;
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
import java.util.Optional;
import java.util.Set;

/**
 * An immutable, thread-safe snapshot of articles, indexed by their tags: exact top-k related
 * articles, the score of any pair, and the explanation of every score.
 *
 * <pre>{@code
 * RelatedIndex index = RelatedIndex.of(summaries, RelatednessSettings.defaults());
 * List<RelatedArticle> related = index.related(RelatedQuery.of(articleId, 10));
 * related.get(0).explanation().contributions();
 * }</pre>
 *
 * <p>The snapshot is held in primitive arrays: articles in id order with their publication second,
 * one 64-bit word each (a 44-bit tag signature, a coarse time and a lower bound of its weight) and
 * their tags (a bit-packed forward index), and per tag, in tag id order, the articles that carry
 * it (postings), the lightest articles first. A query reads the
 * postings of the source's tags rarest first and stops when no article it has not seen could beat
 * the k-th best score (max-score pruning); every candidate is scored exactly from the forward
 * index, after its word shows it could still make the top k. Results are exact: the same as
 * scoring every article (see {@code docs/relatedness.md}).
 *
 * <p>Queries never block and never change the snapshot; {@link #withChanges} makes a new snapshot
 * from this one, without reading the old articles' tags again.
 */
public final class RelatedIndex {
  private final RelatednessSettings settings;
  private final long version;

  // Articles, in id order: document number = rank of the id.
  private final int n;
  private final byte[] idBytes;
  private final int[] idStarts;
  private final long timeBase;
  /**
   * Per document, its time in seconds after {@link #timeBase}, when every document's fits an int
   * (a span of up to 68 years); else empty, and {@link #wideTimes} holds them.
   */
  private final int[] times;
  /** Per document, its time in epoch seconds, when {@link #times} cannot hold it; else empty. */
  private final long[] wideTimes;

  /**
   * Per document, what the search reads of every candidate, in one long so that a million of
   * them (8 MB) stay in the cache: a 44-bit tag signature, a 12-bit coarse time (units of {@link
   * #coarseUnit} seconds after the base) and an 8-bit lower bound of its total weight W(b).
   */
  private final long[] hot;

  private final long coarseUnit;
  private final int[] docStarts;
  /** Per document from {@link #docStarts}, its tag numbers ascending, packed: see PackedInts. */
  private final long[] docTags;
  private final int tagWidth;

  // Tags, in tag id order: tag number = rank of the tag id.
  private final TagId[] tagIds;
  private final TagKind[] tagKinds;
  private final int[] postingStarts;
  private final int[] postings;
  private final double[] weights;

  private final IndexStatistics statistics;

  /** The settings the search reads for every candidate, out of their Optional and enum. */
  private final double halfLifeSeconds;
  private final double decayFloor;

  /** Signature bits: the top 44 of the hot long. */
  static final long SIGNATURE_MASK = -1L << 20;

  /** Coarse times: 12 bits. */
  static final long COARSE_TIMES = 1 << 12;

  private RelatedIndex(RelatednessSettings settings, long version, Docs docs, TagId[] tagIds,
      TagKind[] tagKinds) {
    this.settings = settings;
    this.version = version;
    this.halfLifeSeconds = settings.halfLife().map(h -> h.getSeconds() + h.getNano() / 1e9)
        .orElse(0.0);
    this.decayFloor = settings.decayFloor();
    this.n = docs.count;
    this.idBytes = docs.idBytes;
    this.idStarts = docs.idStarts;
    this.docStarts = docs.tagStarts;
    int[] forward = docs.tags;
    this.tagIds = tagIds;
    this.tagKinds = tagKinds;

    // Times: seconds after the earliest, in an int when they fit one, else epoch seconds.
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int d = 0; d < n; d++) {
      min = Math.min(min, docs.seconds[d]);
      max = Math.max(max, docs.seconds[d]);
    }
    this.timeBase = n == 0 ? 0 : min;
    boolean wide = n > 0 && max - min > Integer.MAX_VALUE;

    // Document frequencies, and where each tag's postings start.
    int t = tagIds.length;
    int[] df = new int[t];
    for (int tag : forward) {
      df[tag]++;
    }
    postingStarts = new int[t + 1];
    for (int i = 0; i < t; i++) {
      postingStarts[i + 1] = postingStarts[i] + df[i];
    }
    // Weights, fixed for the snapshot: kind weight × idf, 0 for near-universal tags.
    weights = new double[t];
    long[] tagBits = new long[t];
    for (int i = 0; i < t; i++) {
      weights[i] = weight(tagKinds[i], df[i]);
      tagBits[i] = tagBit(i);
    }
    this.times = wide ? new int[0] : new int[n];
    this.wideTimes = wide ? docs.seconds : new long[0];
    long span = n == 0 ? 0 : max - min;
    // Above span / COARSE_TIMES, so that the latest document's coarse time, span / coarseUnit, is
    // below COARSE_TIMES: clamped into the bucket before its own, its decay bound would be taken
    // from a time it was not published at.
    this.coarseUnit = span / COARSE_TIMES + 1;
    hot = new long[n];
    for (int d = 0; d < n; d++) {
      long signature = 0;
      double total = 0;
      for (int p = docStarts[d]; p < docStarts[d + 1]; p++) {
        signature |= tagBits[forward[p]];
        total += weights[forward[p]];
      }
      long offset = docs.seconds[d] - timeBase;
      if (!wide) {
        times[d] = (int) offset;
      }
      long coarse = Math.min(COARSE_TIMES - 1, offset / coarseUnit);
      hot[d] = (signature & SIGNATURE_MASK) | (coarse << 8) | weightFloor(total);
    }
    // Postings, lightest documents first in every list (by weight floor code, then number): a
    // counting sort of the documents by code, then of their tags by list.
    int[] byCode = new int[257];
    for (int d = 0; d < n; d++) {
      byCode[(int) (hot[d] & 0xFF) + 1]++;
    }
    for (int c = 0; c < 256; c++) {
      byCode[c + 1] += byCode[c];
    }
    int[] lightFirst = new int[n];
    for (int d = 0; d < n; d++) {
      lightFirst[byCode[(int) (hot[d] & 0xFF)]++] = d;
    }
    postings = new int[forward.length];
    int[] fill = Arrays.copyOf(postingStarts, t);
    for (int d : lightFirst) {
      for (int p = docStarts[d]; p < docStarts[d + 1]; p++) {
        postings[fill[forward[p]]++] = d;
      }
    }
    // The tags some article carries: withChanges keeps the tags of removed articles in the
    // dictionary (df 0), which the statistics, those of the new set, must not count.
    int carried = 0;
    for (int i = 0; i < t; i++) {
      carried += df[i] > 0 ? 1 : 0;
    }
    this.tagWidth = PackedInts.width(Math.max(0, t - 1));
    this.docTags = PackedInts.pack(forward, forward.length, tagWidth);
    statistics = IndexStatistics.builder().articles(n).tags(carried).postings(forward.length)
        .version(version).build();
  }

  /**
   * {@return a snapshot of these articles}
   *
   * @param articles the articles, each id once
   * @param settings how to score
   * @throws IllegalArgumentException if an id is repeated
   */
  public static RelatedIndex of(Collection<ArticleSummary> articles,
      RelatednessSettings settings) {
    return builder(settings).addAll(articles).build();
  }

  /**
   * {@return a builder of a snapshot}
   *
   * @param settings how to score
   */
  public static Builder builder(RelatednessSettings settings) {
    return new Builder(settings);
  }

  /** {@return the settings the snapshot scores with} */
  public RelatednessSettings settings() {
    return settings;
  }

  /** {@return the statistics the snapshot's scores depend on} */
  public IndexStatistics statistics() {
    return statistics;
  }

  /** {@return how many articles the snapshot holds} */
  public int size() {
    return n;
  }

  /**
   * {@return whether the snapshot holds the article}
   *
   * @param id the article's id
   */
  public boolean contains(ArticleId id) {
    return find(id) >= 0;
  }

  /**
   * {@return the articles most related to the query's source, best first: by score, then the
   * newer, then by id}
   *
   * @param query the source, how many, and what to leave out
   * @throws IllegalArgumentException if the source id is not in the snapshot
   */
  public List<RelatedArticle> related(RelatedQuery query) {
    return Searcher.search(this, source(query), query);
  }

  /**
   * {@return what the search for {@code query} does: its results, how many posting lists it read,
   * how many postings it read or skipped unread, and how many documents it scored exactly or
   * skipped by their bound}, for benchmarks and tuning
   *
   * @param query the query
   */
  public SearchProfile profile(RelatedQuery query) {
    List<RelatedArticle> results = related(query);
    Searcher searcher = Searcher.current();
    return new SearchProfile(results, searcher.listsRead, searcher.postingsRead,
        searcher.postingsSkipped, searcher.documentsScored, searcher.documentsSkipped);
  }

  /**
   * {@return the {@code limit} articles most related to an indexed article}
   *
   * @param source an article in the snapshot
   * @param limit how many at most
   */
  public List<RelatedArticle> related(ArticleId source, int limit) {
    return related(RelatedQuery.of(source, limit));
  }

  /**
   * {@return the score of {@code candidate} against {@code source}, both in the snapshot}: 0
   * when they share no weighted tag; the gates (minimum shared tags, minimum score) are not applied
   *
   * @param source an article in the snapshot
   * @param candidate an article in the snapshot
   */
  public double score(ArticleId source, ArticleId candidate) {
    return explain(source, candidate).score();
  }

  /**
   * {@return the explanation of {@code candidate}'s score against {@code source}}
   *
   * @param source an article in the snapshot
   * @param candidate an article in the snapshot
   */
  public Explanation explain(ArticleId source, ArticleId candidate) {
    return explain(sourceOf(source), documentOf(candidate));
  }

  /**
   * {@return the explanation of any candidate's score against any source, in or out of the
   * snapshot}, with the snapshot's statistics: a tag the snapshot does not hold counts as one
   * carried by no article
   *
   * @param source the source article
   * @param candidate the candidate article
   */
  public Explanation explain(ArticleSummary source, ArticleSummary candidate) {
    Source a = external(source);
    Source b = external(candidate);
    return explain(a, b, candidate.id());
  }

  /**
   * {@return a new snapshot: this one with {@code added} articles added (replacing any with the
   * same id) and {@code removed} ones removed}. Statistics and weights are those of the new set;
   * the old articles' tags are not read again, so this costs less than building anew. The result
   * equals a snapshot built from the new set, with one exception: a tag whose articles disagree
   * on its kind. A build takes the kind of the first article, in id order, that carries the tag;
   * this keeps the kind the tag already has here (a tag new to the snapshot takes the kind of
   * the first added article, in id order, that carries it)
   *
   * @param added articles to add or replace
   * @param removed ids of articles to remove; ids not in the snapshot are ignored
   */
  public RelatedIndex withChanges(Collection<ArticleSummary> added,
      Collection<ArticleId> removed) {
    Set<String> gone = new HashSet<>();
    removed.forEach(id -> gone.add(id.value()));
    added.forEach(a -> gone.add(a.id().value()));
    List<ArticleSummary> sortedAdded = sortedById(added);

    // The new tag dictionary: the old one merged with the added articles' new tags.
    Map<TagId, TagKind> newTags = new HashMap<>();
    for (ArticleSummary a : sortedAdded) {
      for (Tag tag : a.tags()) {
        if (findTag(tag.id()) < 0) {
          newTags.putIfAbsent(tag.id(), tag.kind());
        }
      }
    }
    List<TagId> extra = new ArrayList<>(newTags.keySet());
    extra.sort(Comparator.comparing(TagId::value));
    int total = tagIds.length + extra.size();
    TagId[] mergedIds = new TagId[total];
    TagKind[] mergedKinds = new TagKind[total];
    int[] oldToNew = new int[tagIds.length];
    int i = 0;
    int j = 0;
    for (int k = 0; k < total; k++) {
      if (j >= extra.size()
          || i < tagIds.length && tagIds[i].value().compareTo(extra.get(j).value()) < 0) {
        oldToNew[i] = k;
        mergedIds[k] = tagIds[i];
        mergedKinds[k] = tagKinds[i];
        i++;
      } else {
        mergedIds[k] = extra.get(j);
        mergedKinds[k] = newTags.get(extra.get(j));
        j++;
      }
    }
    Map<TagId, Integer> newIndex = new HashMap<>();
    for (TagId id : extra) {
      newIndex.put(id, Arrays.binarySearch(mergedIds, id,
          Comparator.comparing(TagId::value)));
    }

    // Kept old documents and added ones, merged in id order.
    Docs docs = new Docs(n + sortedAdded.size(), docStarts[n] + tagCount(sortedAdded));
    int a = 0;
    for (int d = 0; d <= n; d++) {
      String oldId = d < n ? idString(d) : null;
      while (a < sortedAdded.size()
          && (oldId == null || sortedAdded.get(a).id().value().compareTo(oldId) < 0)) {
        ArticleSummary added1 = sortedAdded.get(a++);
        docs.add(added1.id().value(), added1.published().getEpochSecond(),
            tagIndexes(added1, mergedIds, newIndex));
      }
      if (oldId != null && !gone.contains(oldId)) {
        int[] tags = new int[docStarts[d + 1] - docStarts[d]];
        for (int p = docStarts[d]; p < docStarts[d + 1]; p++) {
          tags[p - docStarts[d]] = oldToNew[docTag(p)];
        }
        docs.add(oldId, seconds(d), tags);
      }
    }
    return new RelatedIndex(settings, version + 1, docs.trim(), mergedIds, mergedKinds);
  }

  // ---------------------------------------------------------------- scoring (one function)

  /** BM25 idf of a tag with this document frequency, raised to the floor. */
  double idf(int df) {
    double d = Math.max(df, settings.minDocumentFrequency());
    return Math.log(1 + (n - d + 0.5) / (d + 0.5));
  }

  /** A tag's weight: kind weight × idf, or 0 when the tag is too common to count. */
  double weight(TagKind kind, int df) {
    if (n > 0 && df > settings.maxDocumentRatio() * n) {
      return 0;
    }
    return settings.kindWeight(kind) * idf(df);
  }

  /** S normalised by W(a) and W(b). */
  double normalise(double shared, double sourceWeight, double candidateWeight) {
    return switch (settings.normalisation()) {
      case OCHIAI -> shared == 0 ? 0 : shared / Math.sqrt(sourceWeight * candidateWeight);
      case JACCARD -> shared == 0 ? 0 : shared / (sourceWeight + candidateWeight - shared);
      case NONE -> shared;
    };
  }

  /**
   * An upper bound of the normalised score of a candidate of total weight at least {@code
   * candidateWeight} (0 when unknown: it is at least what it shares) that shares at most {@code
   * shared} weight with the source, inflated so that it is never below the exact value, whatever
   * the rounding.
   */
  double bound(double shared, double sourceWeight, double candidateWeight) {
    double b = switch (settings.normalisation()) {
      case OCHIAI -> sourceWeight == 0 ? 0
          : shared / Math.sqrt(sourceWeight * Math.max(candidateWeight, shared));
      case JACCARD -> sourceWeight == 0 ? 0
          : shared / (sourceWeight + Math.max(candidateWeight, shared) - shared);
      case NONE -> shared;
    };
    return b * (1 + 1e-9) + Double.MIN_VALUE;
  }

  /** The decay for two publication times, in epoch seconds. */
  double decay(long sourceSecond, long candidateSecond) {
    return decayOfAge(Math.abs(candidateSecond - sourceSecond));
  }

  /** The decay for two publications {@code age} seconds apart. */
  double decayOfAge(long age) {
    if (halfLifeSeconds <= 0) {
      return 1;
    }
    return decayFloor + (1 - decayFloor) * fading(age);
  }

  /** {@code 2^(−age / halfLife)}: what is left, above the floor, after {@code age} seconds. */
  double fading(long age) {
    return halfLifeSeconds <= 0 ? 1 : Math.pow(2, -(double) age / halfLifeSeconds);
  }

  // ---------------------------------------------------------------- sources and explanations

  /**
   * A source or candidate as scoring sees it: its tags in tag id order, each with its number in
   * the snapshot (or −1 when the snapshot does not hold it) and its weight.
   */
  record Source(int doc, long second, TagId[] ids, TagKind[] kinds, int[] tags, double[] weights,
      double total) {}

  Source source(RelatedQuery query) {
    if (query.source().isPresent()) {
      return sourceOf(query.source().get());
    }
    return external(query.article().orElseThrow());
  }

  private Source sourceOf(ArticleId id) {
    return documentSource(documentOf(id));
  }

  private int documentOf(ArticleId id) {
    int doc = find(id);
    if (doc < 0) {
      throw new IllegalArgumentException("the snapshot holds no article " + id);
    }
    return doc;
  }

  Source documentSource(int doc) {
    int from = docStarts[doc];
    int count = docStarts[doc + 1] - from;
    TagId[] ids = new TagId[count];
    TagKind[] kinds = new TagKind[count];
    int[] tags = new int[count];
    double[] w = new double[count];
    double total = 0;
    for (int i = 0; i < count; i++) {
      tags[i] = docTag(from + i);
      ids[i] = tagIds[tags[i]];
      kinds[i] = tagKinds[tags[i]];
      w[i] = weights[tags[i]];
      total += w[i];
    }
    return new Source(doc, seconds(doc), ids, kinds, tags, w, total);
  }

  /**
   * Any article as scoring sees it, with the snapshot's statistics: a tag the snapshot holds
   * weighs what it weighs there, any other as a tag no article carries. An article the snapshot
   * holds (by id) is still scored from the tags and time given here, and never returned as its
   * own relative.
   */
  private Source external(ArticleSummary article) {
    List<Tag> sorted = new ArrayList<>(article.tags());
    sorted.sort(Comparator.comparing(t -> t.id().value()));
    int count = sorted.size();
    TagId[] ids = new TagId[count];
    TagKind[] kinds = new TagKind[count];
    int[] tags = new int[count];
    double[] w = new double[count];
    double total = 0;
    for (int i = 0; i < count; i++) {
      Tag tag = sorted.get(i);
      ids[i] = tag.id();
      tags[i] = findTag(tag.id());
      kinds[i] = tags[i] >= 0 ? tagKinds[tags[i]] : tag.kind();
      w[i] = tags[i] >= 0 ? weights[tags[i]] : weight(tag.kind(), 0);
      total += w[i];
    }
    return new Source(find(article.id()), article.published().getEpochSecond(), ids, kinds,
        tags, w, total);
  }

  private Explanation explain(Source a, int doc) {
    return explain(a, documentSource(doc), id(doc));
  }

  private Explanation explain(Source a, Source b, ArticleId candidate) {
    // S and W(b) summed in tag id order: the same order, so the same double, as the search.
    double s = 0;
    int i = 0;
    for (int j = 0; j < b.ids().length; j++) {
      while (i < a.ids().length && a.ids()[i].value().compareTo(b.ids()[j].value()) < 0) {
        i++;
      }
      if (i < a.ids().length && a.ids()[i].equals(b.ids()[j]) && a.weights()[i] > 0) {
        s += a.weights()[i];
      }
    }
    double factor = s == 0 ? 0 : normalise(s, a.total(), b.total()) / s;
    double decay = decay(a.second(), b.second());
    double score = normalise(s, a.total(), b.total()) * decay;
    List<TagContribution> contributions = new ArrayList<>();
    i = 0;
    for (int j = 0; j < b.ids().length; j++) {
      while (i < a.ids().length && a.ids()[i].value().compareTo(b.ids()[j].value()) < 0) {
        i++;
      }
      if (i < a.ids().length && a.ids()[i].equals(b.ids()[j]) && a.weights()[i] > 0) {
        int t = a.tags()[i];
        int df = t >= 0 ? postingStarts[t + 1] - postingStarts[t] : 0;
        TagKind kind = a.kinds()[i];
        contributions.add(TagContribution.builder()
            .tag(a.ids()[i])
            .kind(kind)
            .documentFrequency(df)
            .idf(idf(df))
            .kindWeight(settings.kindWeight(kind))
            .weight(a.weights()[i])
            .contribution(a.weights()[i] * factor * decay)
            .build());
      }
    }
    return Explanation.builder()
        .source(a.doc() >= 0 ? Optional.of(id(a.doc())) : Optional.empty())
        .candidate(candidate)
        .score(score)
        .contributions(contributions)
        .sharedWeight(s)
        .sourceWeight(a.total())
        .candidateWeight(b.total())
        .normalisation(settings.normalisation())
        .normalisationFactor(factor)
        .age(Duration.ofSeconds(Math.abs(b.second() - a.second())))
        .halfLife(settings.halfLife())
        .decayFloor(settings.decayFloor())
        .decay(decay)
        .statistics(statistics)
        .build();
  }

  // ---------------------------------------------------------------- the search's view

  int documents() {
    return n;
  }

  int[] postingStarts() {
    return postingStarts;
  }

  int[] postings() {
    return postings;
  }

  int[] docStarts() {
    return docStarts;
  }

  long[] docTags() {
    return docTags;
  }

  int tagWidth() {
    return tagWidth;
  }

  /** {@return the tag number at position {@code p} of the forward index} */
  int docTag(int p) {
    return PackedInts.get(docTags, tagWidth, p);
  }

  double[] weights() {
    return weights;
  }

  long[] hot() {
    return hot;
  }

  long coarseUnit() {
    return coarseUnit;
  }

  double decayFloor() {
    return decayFloor;
  }

  /** {@return the signature bit of tag number {@code tag}} */
  long tagBit(int tag) {
    return 1L << bit(tagIds[tag]);
  }

  /** Publication time of document {@code d}, in epoch seconds. */
  long seconds(int d) {
    return wideTimes.length == 0 ? timeBase + times[d] : wideTimes[d];
  }

  long timeBase() {
    return timeBase;
  }

  ArticleId id(int d) {
    return ArticleId.of(idString(d));
  }

  private String idString(int d) {
    return new String(idBytes, idStarts[d], idStarts[d + 1] - idStarts[d],
        StandardCharsets.ISO_8859_1);
  }

  /** Document number of an id by binary search over the ids' bytes, or −1. */
  int find(ArticleId id) {
    String value = id.value();
    int lo = 0;
    int hi = n - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compare(mid, value);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    return -1;
  }

  private int compare(int d, String value) {
    int from = idStarts[d];
    int length = idStarts[d + 1] - from;
    int common = Math.min(length, value.length());
    for (int i = 0; i < common; i++) {
      int c = (idBytes[from + i] & 0xFF) - value.charAt(i);
      if (c != 0) {
        return c;
      }
    }
    return length - value.length();
  }

  /** Tag number of a tag id by binary search, or −1. */
  int findTag(TagId id) {
    int found = Arrays.binarySearch(tagIds, id, Comparator.comparing(TagId::value));
    return found >= 0 ? found : -1;
  }

  Explanation explainDocument(Source source, int doc) {
    return explain(source, doc);
  }

  // ---------------------------------------------------------------- building

  private static int bit(TagId id) {
    // A stable hash of the id, so that signatures do not depend on the tag numbering; one of the
    // 44 signature bits, 20 to 63.
    int h = id.value().hashCode() * 0x9E3779B9;
    return 20 + (int) (((h >>> 8) & 0xFFFFFFL) * 44 >>> 24);
  }

  /** An 8-bit code of a lower bound of a total weight: 16 steps an octave, from 2^-8 to 2^8. */
  static long weightFloor(double total) {
    if (!(total > 0)) {
      return 0;
    }
    double code = Math.floor(16 * (Math.log(total) / Math.log(2))) + 128;
    return (long) Math.max(0, Math.min(255, code)) & 0xFF;
  }

  /** The lower bound of a total weight each 8-bit code stands for: a table, not a pow a call. */
  private static final double[] WEIGHT_FLOORS = new double[256];

  static {
    for (int code = 1; code < 256; code++) {
      // One step lower than the code's value, against rounding in log and pow.
      WEIGHT_FLOORS[code] = Math.pow(2, (code - 129) / 16.0);
    }
  }

  /** The lower bound of a total weight its 8-bit code stands for. */
  static double weightOf(long code) {
    return WEIGHT_FLOORS[(int) code];
  }

  private static List<ArticleSummary> sortedById(Collection<ArticleSummary> articles) {
    List<ArticleSummary> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(a -> a.id().value()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("article " + sorted.get(i).id() + " is given twice");
      }
    }
    return sorted;
  }

  private static long tagCount(List<ArticleSummary> articles) {
    long count = 0;
    for (ArticleSummary a : articles) {
      count += a.tags().size();
    }
    return count;
  }

  private static int[] tagIndexes(ArticleSummary article, TagId[] dictionary,
      Map<TagId, Integer> extra) {
    int[] tags = new int[article.tags().size()];
    for (int i = 0; i < tags.length; i++) {
      TagId id = article.tags().get(i).id();
      Integer index = extra.get(id);
      tags[i] = index != null ? index
          : Arrays.binarySearch(dictionary, id, Comparator.comparing(TagId::value));
    }
    Arrays.sort(tags);
    return tags;
  }

  /** Documents being gathered for a snapshot, in id order. */
  static final class Docs {
    int count;
    byte[] idBytes;
    int[] idStarts;
    long[] seconds;
    int[] tagStarts;
    int[] tags;
    private int idLength;
    private int tagLength;

    Docs(int capacity, long tagCapacity) {
      if (tagCapacity > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("too many tags for one snapshot: " + tagCapacity);
      }
      idBytes = new byte[Math.max(16, capacity * 16)];
      idStarts = new int[capacity + 1];
      seconds = new long[capacity];
      tagStarts = new int[capacity + 1];
      tags = new int[(int) tagCapacity];
    }

    void add(String id, long second, int[] sortedTags) {
      byte[] bytes = id.getBytes(StandardCharsets.ISO_8859_1); // ids are ASCII by their form
      if (idLength + bytes.length > idBytes.length) {
        idBytes = Arrays.copyOf(idBytes, Math.max(idBytes.length * 2, idLength + bytes.length));
      }
      System.arraycopy(bytes, 0, idBytes, idLength, bytes.length);
      idLength += bytes.length;
      seconds[count] = second;
      System.arraycopy(sortedTags, 0, tags, tagLength, sortedTags.length);
      tagLength += sortedTags.length;
      count++;
      idStarts[count] = idLength;
      tagStarts[count] = tagLength;
    }

    Docs trim() {
      idBytes = Arrays.copyOf(idBytes, idLength);
      idStarts = Arrays.copyOf(idStarts, count + 1);
      seconds = Arrays.copyOf(seconds, count);
      tagStarts = Arrays.copyOf(tagStarts, count + 1);
      tags = Arrays.copyOf(tags, tagLength);
      return this;
    }
  }

  /** Gathers articles for a first snapshot. */
  public static final class Builder {
    private final RelatednessSettings settings;
    private final List<ArticleSummary> articles = new ArrayList<>();

    private Builder(RelatednessSettings settings) {
      this.settings = settings;
    }

    /**
     * {@return this builder, with an article added}
     *
     * @param article the article's summary
     */
    public Builder add(ArticleSummary article) {
      articles.add(article);
      return this;
    }

    /**
     * {@return this builder, with an article added}
     *
     * @param article the article
     */
    public Builder add(Article article) {
      return add(article.summary());
    }

    /**
     * {@return this builder, with articles added}
     *
     * @param all the articles' summaries
     */
    public Builder addAll(Collection<ArticleSummary> all) {
      articles.addAll(all);
      return this;
    }

    /**
     * {@return the snapshot}
     *
     * @throws IllegalArgumentException if an id is given twice
     */
    public RelatedIndex build() {
      List<ArticleSummary> sorted = sortedById(articles);
      // The tag dictionary, in one pass: each tag numbered when first seen (its kind the one it is
      // first seen with), then renumbered in tag id order.
      Map<TagId, Integer> seen = new HashMap<>();
      List<TagId> seenIds = new ArrayList<>();
      List<TagKind> seenKinds = new ArrayList<>();
      long total = tagCount(sorted);
      if (total > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("too many tags for one snapshot: " + total);
      }
      int[] firstSeen = new int[(int) total];
      int at = 0;
      for (ArticleSummary a : sorted) {
        for (Tag tag : a.tags()) {
          Integer number = seen.get(tag.id());
          if (number == null) {
            number = seenIds.size();
            seen.put(tag.id(), number);
            seenIds.add(tag.id());
            seenKinds.add(tag.kind());
          }
          firstSeen[at++] = number;
        }
      }
      Integer[] order = new Integer[seenIds.size()];
      for (int i = 0; i < order.length; i++) {
        order[i] = i;
      }
      Arrays.sort(order, Comparator.comparing(i -> seenIds.get(i).value()));
      TagId[] ids = new TagId[order.length];
      TagKind[] tagKinds = new TagKind[order.length];
      int[] renumbered = new int[order.length];
      for (int rank = 0; rank < order.length; rank++) {
        ids[rank] = seenIds.get(order[rank]);
        tagKinds[rank] = seenKinds.get(order[rank]);
        renumbered[order[rank]] = rank;
      }
      Docs docs = new Docs(sorted.size(), total);
      at = 0;
      for (ArticleSummary a : sorted) {
        int[] tags = new int[a.tags().size()];
        for (int i = 0; i < tags.length; i++) {
          tags[i] = renumbered[firstSeen[at++]];
        }
        Arrays.sort(tags);
        docs.add(a.id().value(), a.published().getEpochSecond(), tags);
      }
      return new RelatedIndex(settings, 1, docs.trim(), ids, tagKinds);
    }
  }
}
