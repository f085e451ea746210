package dev.masthead.related;

import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

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
 * <p>The snapshot is held in primitive arrays: articles in id order with their publication second
 * and their tags (a bit-packed forward index), and per tag, in tag id order, the articles that
 * carry it (postings), by weight band, the lightest first, then by time, each posting beside its
 * article's 64-bit hot long (a 44-bit tag signature, a coarse time and a lower bound of its
 * weight). A query reads the postings of the source's tags rarest first, each list in one pass,
 * and stops when no article it has not seen could beat the k-th best score (max-score pruning);
 * every candidate is scored exactly from the forward index, after its hot long shows it could
 * still make the top k. Results are exact: the same as scoring every article (see {@code
 * docs/relatedness.md}).
 *
 * <p>Queries never block and never change the snapshot; {@link #withChanges} makes a new snapshot
 * from this one, without reading the old articles' tags again.
 */
public final class RelatedIndex {
  private final RelatednessSettings settings;
  private final Scoring scoring;

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
  /**
   * Per posting, beside {@link #postings}, what the search reads of every document it meets, so
   * that a list is read in one sequential pass: the document's hot long, a 44-bit tag signature,
   * a 12-bit coarse time (units of {@link #coarseUnit} seconds after the base) and an 8-bit lower
   * bound of its total weight W(b).
   */
  private final long[] postingHot;
  /**
   * Per tag, its slot in {@link #bandStarts} if its list holds at least {@link #BANDED_LIST}
   * postings, else −1.
   */
  private final int[] bandSlot;
  /** Per slot, where each of the list's weight bands starts, and its end: {@code BANDS + 1}. */
  private final int[] bandStarts;
  /** Per tag, its weight under {@link #scoring}: kind weight × idf, 0 for near-universal tags. */
  private final double[] weights;

  private final IndexStatistics statistics;

  /** Signature bits: the top 44 of the hot long. */
  static final long SIGNATURE_MASK = -1L << 20;

  /** Coarse times: 12 bits. */
  static final long COARSE_TIMES = 1 << 12;

  /** A snapshot of what {@link SnapshotBuilder#pack} packed. */
  RelatedIndex(SnapshotBuilder.Packed packed) {
    this.settings = packed.settings;
    this.scoring = packed.scoring;
    this.n = packed.n;
    this.idBytes = packed.idBytes;
    this.idStarts = packed.idStarts;
    this.timeBase = packed.timeBase;
    this.times = packed.times;
    this.wideTimes = packed.wideTimes;
    this.coarseUnit = packed.coarseUnit;
    this.docStarts = packed.docStarts;
    this.docTags = packed.docTags;
    this.tagWidth = packed.tagWidth;
    this.tagIds = packed.tagIds;
    this.tagKinds = packed.tagKinds;
    this.postingStarts = packed.postingStarts;
    this.postings = packed.postings;
    this.postingHot = packed.postingHot;
    this.bandSlot = packed.bandSlot;
    this.bandStarts = packed.bandStarts;
    this.weights = packed.weights;
    this.statistics = packed.statistics;
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

  /**
   * The snapshot's scoring: its settings over its number of articles, which gives every tag's
   * weight from its document frequency and every pair's score.
   */
  Scoring scoring() {
    return scoring;
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
    return profile(query).results();
  }

  /**
   * {@return what the search for {@code query} does: its results, how many posting lists it read,
   * how many postings it read or skipped unread, and how many documents it scored exactly or
   * skipped by their bound}, for benchmarks and tuning
   *
   * @param query the query
   */
  public SearchProfile profile(RelatedQuery query) {
    return Searcher.search(this, Source.of(this, query), query);
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
    return Explanations.explain(this, Source.of(this, documentOf(source)),
        documentOf(candidate));
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
    Source a = Source.external(this, source);
    Source b = Source.external(this, candidate);
    return Explanations.explain(this, a, b, candidate.id());
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
    return SnapshotBuilder.withChanges(this, added, removed);
  }

  // ---------------------------------------------------------------- the packed storage

  int documents() {
    return n;
  }

  /** {@return the document number of an indexed article} */
  int documentOf(ArticleId id) {
    int doc = find(id);
    if (doc < 0) {
      throw new IllegalArgumentException("the snapshot holds no article " + id);
    }
    return doc;
  }

  int[] postingStarts() {
    return postingStarts;
  }

  int[] postings() {
    return postings;
  }

  /** {@return how many documents carry tag number {@code tag}} */
  int documentFrequency(int tag) {
    return postingStarts[tag + 1] - postingStarts[tag];
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

  long[] postingHot() {
    return postingHot;
  }

  /**
   * {@return the offset in {@link #bandStarts()} of where tag number {@code tag}'s list's weight
   * bands start ({@code BANDS + 1} entries, the last the list's end), or −1 when the list is too
   * short to be read band by band}
   */
  int bandsAt(int tag) {
    int slot = bandSlot[tag];
    return slot < 0 ? -1 : slot * (BANDS + 1);
  }

  int[] bandStarts() {
    return bandStarts;
  }

  long coarseUnit() {
    return coarseUnit;
  }

  TagId[] tagIds() {
    return tagIds;
  }

  TagKind[] tagKinds() {
    return tagKinds;
  }

  TagId tagId(int tag) {
    return tagIds[tag];
  }

  TagKind tagKind(int tag) {
    return tagKinds[tag];
  }

  /** {@return the signature bits of tag number {@code tag}: see {@link #tagBits(TagId)}} */
  long tagBits(int tag) {
    return tagBits(tagIds[tag]);
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

  /** {@return the ids' bytes, document after document: see {@link #idStarts()}} */
  byte[] idBytes() {
    return idBytes;
  }

  /** {@return where each document's id starts in {@link #idBytes()}, and the end} */
  int[] idStarts() {
    return idStarts;
  }

  String idString(int d) {
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

  /** {@return the sign of document {@code d}'s id against {@code value}, as strings compare} */
  int compare(int d, String value) {
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

  // ---------------------------------------------------------------- the hot long's encodings

  /**
   * {@return the signature bits of a tag: two of the 44, 20 to 63, from a stable hash of its id}
   * (so that signatures do not depend on the tag numbering). A document's signature is the union
   * of its tags'; it may carry a tag only if it has both of the tag's bits. Two bits a tag, not
   * one, because a source's own tags then seldom look alike: with one, a pair of a source's ten
   * tags shares a bit more often than not, and every document of the one list then looks as if it
   * had the other tag too.
   */
  static long tagBits(TagId id) {
    long h = id.value().hashCode() * 0x9E3779B97F4A7C15L;
    int first = (int) (((h >>> 40) & 0xFFFFFFL) * SIGNATURE_BITS >>> 24);
    int second = (int) (((h >>> 8) & 0xFFFFFFL) * (SIGNATURE_BITS - 1) >>> 24);
    second += second >= first ? 1 : 0; // another bit than the first
    return 1L << (64 - SIGNATURE_BITS + first) | 1L << (64 - SIGNATURE_BITS + second);
  }

  /** The signature's bits: 20 to 63 of the hot long. */
  static final int SIGNATURE_BITS = 44;

  /** Weight floor codes a band: half an octave of weight. */
  static final int BAND_SHIFT = 3;

  /** Weight bands. */
  static final int BANDS = 256 >> BAND_SHIFT;

  /** Lists at least this long keep where their weight bands start, and are read band by band. */
  static final int BANDED_LIST = 1024;

  /**
   * {@return where a document's postings go in each list: by its weight band, then its coarse
   * time} (then, the sort being stable, by number)
   *
   * @param hot the document's hot long
   */
  static int postingOrder(long hot) {
    return band(hot) * (int) COARSE_TIMES + coarse(hot);
  }

  /** Where the coarse time sits in the hot long: 12 bits above the weight code's 8. */
  static final int COARSE_SHIFT = 8;

  /** {@return a hot long: the signature's bits, the coarse time and the weight code} */
  static long hot(long signature, long coarse, long code) {
    return (signature & SIGNATURE_MASK) | (coarse << COARSE_SHIFT) | code;
  }

  /** {@return the hot long's weight floor code, 0 to 255} */
  static int code(long hot) {
    return (int) (hot & 0xFF);
  }

  /** {@return the hot long's coarse time, 0 to {@code COARSE_TIMES − 1}} */
  static int coarse(long hot) {
    return (int) (hot >>> COARSE_SHIFT & (COARSE_TIMES - 1));
  }

  /** {@return the hot long's weight band: its code's top bits} */
  static int band(long hot) {
    return code(hot) >>> BAND_SHIFT;
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
      return SnapshotBuilder.build(settings, articles);
    }
  }
}
