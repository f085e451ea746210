package dev.masthead.related;

import dev.masthead.model.ArticleId;
import dev.masthead.related.RelatedIndex.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The top-k search of one query over one snapshot, with per-thread scratch space (a bitset of the
 * documents already met and batch buffers) reused from query to query.
 *
 * <p>The source's weighted tags are read heaviest (rarest) first, in two phases.
 *
 * <ol>
 *   <li>Until k documents are found, list by list, term at a time: a document first met in list i
 *       carries none of the tags before i, so it shares at most what its signature shows of tags
 *       i and after; that bound, with its weight floor and coarse time (one cached long), rules
 *       most documents out before their tags are read. Candidates go in batches, so that their
 *       memory reads overlap.
 *   <li>Then the remaining lists, document at a time in id order (max-score): the lighter lists
 *       that together cannot lift a document to the k-th score are only probed, by galloping
 *       search, for documents found in the heavier ones. A document's shared weight is then known
 *       exactly from the lists themselves, read in order rather than at random.
 * </ol>
 *
 * <p>After each list, and before each document, the search stops or skips if even the best case
 * cannot reach the k-th score. Every candidate left is scored exactly from the forward index, by
 * the same arithmetic as {@link RelatedIndex#explain}. Bounds are inflated against rounding and
 * compared strictly, so ties are always scored and broken as a full scan would break them:
 * score, then the newer, then the smaller id.
 */
final class Searcher {
  /** Per-thread scratch space, grown to the largest snapshot seen. */
  private static final ThreadLocal<Searcher> SCRATCH = ThreadLocal.withInitial(Searcher::new);

  private static final int BATCH = 64;

  /** What the last search on this thread did: lists, postings and documents. */
  long listsRead;
  long postingsRead;
  long documentsScored;
  long documentsSkipped;

  /** Keeps the touching loads from being optimised away. */
  private int sink;

  private long[] seen = new long[0];
  private final int[] batchDocs = new int[BATCH];
  private final long[] batchHot = new long[BATCH];
  private final long[] batchSecond = new long[BATCH];
  private final int[] batchFrom = new int[BATCH];
  private final int[] batchTo = new int[BATCH];
  private int batchSize;

  // The query at hand.
  private RelatedIndex index;
  private Source source;
  private TopK top;
  private int m;
  private int[] tags;
  private double[] w;
  private double[] suffix;
  private int[] keys;
  private double[] values;
  private int shift;
  private int slotMask;
  private double sourceWeight;
  private double minScore;
  private int minShared;
  private boolean decaying;
  private boolean needWeight;
  private long from;
  private long to;
  private boolean windowed;
  private long sourceOffset;

  private Searcher() {}

  static List<RelatedArticle> search(RelatedIndex index, Source source, RelatedQuery query) {
    Searcher searcher = SCRATCH.get();
    try {
      return searcher.run(index, source, query);
    } finally {
      searcher.index = null;
      searcher.source = null;
      searcher.top = null;
    }
  }

  /** The searcher of this thread, to read what its last search did. */
  static Searcher current() {
    return SCRATCH.get();
  }

  private List<RelatedArticle> run(RelatedIndex index, Source source, RelatedQuery query) {
    this.index = index;
    this.source = source;
    int n = index.documents();
    int words = (n + 63) >>> 6;
    if (seen.length < words) {
      seen = new long[words];
    } else {
      Arrays.fill(seen, 0, words, 0L);
    }
    RelatednessSettings settings = index.settings();
    listsRead = 0;
    postingsRead = 0;
    documentsScored = 0;
    documentsSkipped = 0;
    batchSize = 0;

    // The source's weighted tags that the snapshot holds, heaviest first.
    Integer[] order = new Integer[source.tags().length];
    m = 0;
    for (int i = 0; i < source.tags().length; i++) {
      if (source.tags()[i] >= 0 && source.weights()[i] > 0) {
        order[m++] = i;
      }
    }
    Arrays.sort(order, 0, m, (x, y) -> {
      int c = Double.compare(source.weights()[y], source.weights()[x]);
      return c != 0 ? c : Integer.compare(source.tags()[x], source.tags()[y]);
    });
    tags = new int[m];
    w = new double[m];
    for (int i = 0; i < m; i++) {
      tags[i] = source.tags()[order[i]];
      w[i] = source.weights()[order[i]];
    }
    suffix = new double[m + 1];
    for (int i = m - 1; i >= 0; i--) {
      suffix[i] = suffix[i + 1] + w[i];
    }

    // The query's tags in a small open-addressing table (weight by tag number), for scoring.
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(8, 4 * m) - 1);
    shift = 32 - bits;
    slotMask = (1 << bits) - 1;
    keys = new int[1 << bits];
    values = new double[1 << bits];
    Arrays.fill(keys, -1);
    for (int i = 0; i < m; i++) {
      int slot = (tags[i] * 0x9E3779B9) >>> shift;
      while (keys[slot] != -1) {
        slot = (slot + 1) & slotMask;
      }
      keys[slot] = tags[i];
      values[slot] = w[i];
    }

    // Documents never to score: the source and the excluded ones.
    if (source.doc() >= 0) {
      mark(source.doc());
    }
    for (ArticleId id : query.excluded()) {
      int d = index.find(id);
      if (d >= 0) {
        mark(d);
      }
    }
    // Publication times are whole seconds: a publishedFrom with a fraction of a second admits
    // only the seconds after it.
    from = query.publishedFrom().map(t -> t.getEpochSecond() + (t.getNano() > 0 ? 1 : 0))
        .orElse(Long.MIN_VALUE);
    to = query.publishedTo().map(Instant::getEpochSecond).orElse(Long.MAX_VALUE);
    if (query.now().isPresent()) {
      to = Math.min(to, query.now().get().getEpochSecond());
    }
    windowed = from != Long.MIN_VALUE || to != Long.MAX_VALUE;

    top = new TopK(query.limit());
    minScore = settings.minScore();
    minShared = settings.minSharedTags();
    sourceWeight = source.total();
    decaying = settings.halfLife().isPresent();
    needWeight = settings.normalisation() != Normalisation.NONE;
    sourceOffset = source.second() - index.timeBase();

    for (int i = 0; i < m; i++) {
      if (index.bound(suffix[i], sourceWeight) < top.threshold(minScore)) {
        break; // no document not yet met can reach the k-th score
      }
      if (top.full()) {
        documentAtATime(i);
        break;
      }
      termAtATime(i);
    }
    flush();
    return top.results(index, source);
  }

  // ---------------------------------------------------------------- phase 1: term at a time

  private void termAtATime(int i) {
    int[] postingStarts = index.postingStarts();
    int[] postings = index.postings();
    long[] hot = index.hot();
    long[] seenLocal = seen;
    int tag = tags[i];
    // The signature bits of tags i and after, and per bit their weight.
    long mask = 0;
    double[] bitWeight = new double[64];
    long[] tagBits = index.tagBits();
    for (int j = i; j < m; j++) {
      mask |= tagBits[tags[j]];
      bitWeight[Long.numberOfTrailingZeros(tagBits[tags[j]])] += w[j];
    }
    listsRead++;
    int p = postingStarts[tag];
    int end = postingStarts[tag + 1];
    postingsRead += end - p;
    int[] docs = new int[BATCH];
    long[] hots = new long[BATCH];
    while (p < end) {
      int size = 0;
      while (p < end && size < BATCH) {
        int d = postings[p++];
        long bit = 1L << d;
        int word = d >>> 6;
        if ((seenLocal[word] & bit) == 0) {
          seenLocal[word] |= bit;
          docs[size++] = d;
        }
      }
      // Their hot longs: independent loads, overlapped.
      for (int b = 0; b < size; b++) {
        hots[b] = hot[docs[b]];
      }
      for (int b = 0; b < size; b++) {
        long h = hots[b];
        long common = h & mask;
        double possible = 0;
        while (common != 0) {
          possible += bitWeight[Long.numberOfTrailingZeros(common)];
          common &= common - 1;
        }
        consider(docs[b], h, possible);
      }
    }
    flush(); // so that the next list starts from the k-th score as it now stands
  }

  // ---------------------------------------------------------------- phase 2: document at a time

  private void documentAtATime(int first) {
    int[] postingStarts = index.postingStarts();
    int[] postings = index.postings();
    long[] hot = index.hot();
    int[] cursor = new int[m];
    int[] end = new int[m];
    for (int j = first; j < m; j++) {
      cursor[j] = postingStarts[tags[j]];
      end[j] = postingStarts[tags[j] + 1];
    }
    listsRead += m - first;
    // Lists first..essential-1 are read in full; essential..m-1 only probed.
    int essential = essentialEnd(first);
    int checked = 0;
    while (true) {
      // The smallest document in the essential lists.
      int d = Integer.MAX_VALUE;
      for (int j = first; j < essential; j++) {
        if (cursor[j] < end[j] && postings[cursor[j]] < d) {
          d = postings[cursor[j]];
        }
      }
      if (d == Integer.MAX_VALUE) {
        break;
      }
      double shared = 0;
      for (int j = first; j < essential; j++) {
        if (cursor[j] < end[j] && postings[cursor[j]] == d) {
          shared += w[j];
          cursor[j]++;
          postingsRead++;
        }
      }
      if ((seen[d >>> 6] & (1L << d)) != 0) {
        continue; // scored already, or never to be
      }
      double threshold = top.threshold(minScore);
      if (index.bound(shared + suffix[essential], sourceWeight) < threshold) {
        documentsSkipped++;
        continue;
      }
      // Probe the lighter lists, heaviest first, while the document can still make it.
      boolean out = false;
      for (int j = essential; j < m; j++) {
        int c = advance(postings, cursor[j], end[j], d);
        postingsRead += c - cursor[j];
        cursor[j] = c;
        if (c < end[j] && postings[c] == d) {
          shared += w[j];
        } else if (index.bound(shared + suffix[j + 1], sourceWeight) < threshold) {
          out = true;
          break;
        }
      }
      if (out) {
        documentsSkipped++;
        continue;
      }
      seen[d >>> 6] |= 1L << d;
      // The shared weight is exact here: the document carries no tag before list first.
      consider(d, hot[d], shared);
      // As the k-th score rises, lists may turn from essential to probed.
      if (++checked % 256 == 0) {
        essential = Math.max(first + 1, Math.min(essential, essentialEnd(first)));
      }
    }
  }

  /**
   * The first list, after {@code first}, from which on all lists together cannot lift a
   * document to the k-th score: {@code m} when every list is needed.
   */
  private int essentialEnd(int first) {
    double threshold = top.threshold(minScore);
    int e = m;
    while (e > first + 1 && index.bound(suffix[e - 1], sourceWeight) < threshold) {
      e--;
    }
    return e;
  }

  /** The first position from {@code at} on whose document is at least {@code d}: galloping. */
  private static int advance(int[] postings, int at, int end, int d) {
    if (at >= end || postings[at] >= d) {
      return at;
    }
    int step = 1;
    int lo = at;
    int hi = at + 1;
    while (hi < end && postings[hi] < d) {
      lo = hi;
      step <<= 1;
      hi = at + step;
    }
    hi = Math.min(hi, end);
    // postings[lo] < d, and postings[hi] >= d or hi == end
    while (lo + 1 < hi) {
      int mid = (lo + hi) >>> 1;
      if (postings[mid] < d) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return hi;
  }

  // ---------------------------------------------------------------- candidates

  /**
   * A document that may make the top k: {@code possible} is at least the weight it shares.
   * It is ruled out by its weight floor and the decay its coarse time allows, or queued to be
   * scored exactly.
   */
  private void consider(int d, long hot, double possible) {
    if (windowed) {
      long second = index.seconds(d);
      if (second < from || second > to) {
        return;
      }
    }
    double threshold = top.threshold(minScore);
    if (threshold > 0) {
      double bound = index.bound(possible, sourceWeight, RelatedIndex.weightOf(hot & 0xFF));
      if (bound < threshold) {
        documentsSkipped++;
        return;
      }
      if (decaying) {
        // The decay can be no more than at the nearest time the coarse one allows.
        long coarseUnit = index.coarseUnit();
        long lo = ((hot >>> 8) & 0xFFF) * coarseUnit;
        long nearest = sourceOffset < lo ? lo - sourceOffset
            : sourceOffset >= lo + coarseUnit ? sourceOffset - (lo + coarseUnit - 1) : 0;
        if (bound * index.decayOfAge(nearest) < threshold) {
          documentsSkipped++;
          return;
        }
      }
    }
    batchDocs[batchSize++] = d;
    if (batchSize == BATCH) {
      flush();
    }
  }

  /** Scores the queued documents exactly from the forward index, summing in tag order. */
  private void flush() {
    int size = batchSize;
    batchSize = 0;
    if (size == 0) {
      return;
    }
    int[] docStarts = index.docStarts();
    int[] docTags = index.docTags();
    double[] weights = index.weights();
    // Where their tags are, and when they were published: independent loads.
    for (int b = 0; b < size; b++) {
      int d = batchDocs[b];
      batchFrom[b] = docStarts[d];
      batchTo[b] = docStarts[d + 1];
      batchSecond[b] = index.seconds(d);
    }
    // Touch each one's tags first: independent loads that overlap, so that scoring below finds
    // them in the cache instead of waiting for one after another.
    int touched = 0;
    for (int b = 0; b < size; b++) {
      if (batchFrom[b] < batchTo[b]) {
        touched += docTags[batchFrom[b]];
      }
    }
    sink += touched;
    documentsScored += size;
    for (int b = 0; b < size; b++) {
      double shared = 0;
      double candidateWeight = 0;
      int sharedCount = 0;
      for (int q = batchFrom[b], qEnd = batchTo[b]; q < qEnd; q++) {
        int t = docTags[q];
        if (needWeight) {
          candidateWeight += weights[t];
        }
        int slot = (t * 0x9E3779B9) >>> shift;
        int key;
        while ((key = keys[slot]) != t && key != -1) {
          slot = (slot + 1) & slotMask;
        }
        if (key == t) {
          shared += values[slot];
          sharedCount++;
        }
      }
      if (sharedCount < minShared || shared <= 0) {
        continue;
      }
      double decay = decaying ? index.decay(source.second(), batchSecond[b]) : 1;
      double score = index.normalise(shared, sourceWeight, candidateWeight) * decay;
      if (score >= minScore) {
        top.offer(score, batchSecond[b], batchDocs[b]);
      }
    }
  }

  private void mark(int d) {
    seen[d >>> 6] |= 1L << d;
  }

  /** The best k so far, best first: by score, then the newer, then the smaller id. */
  private static final class TopK {
    private final double[] scores;
    private final long[] seconds;
    private final int[] docs;
    private int size;

    TopK(int k) {
      scores = new double[k];
      seconds = new long[k];
      docs = new int[k];
    }

    boolean full() {
      return size == scores.length;
    }

    /** The score a document must reach to be kept: the k-th best once there are k. */
    double threshold(double minScore) {
      return size < scores.length ? minScore : scores[size - 1];
    }

    void offer(double score, long second, int doc) {
      int k = scores.length;
      if (size == k && !better(score, second, doc, size - 1)) {
        return;
      }
      int at = size == k ? k - 1 : size++;
      while (at > 0 && better(score, second, doc, at - 1)) {
        scores[at] = scores[at - 1];
        seconds[at] = seconds[at - 1];
        docs[at] = docs[at - 1];
        at--;
      }
      scores[at] = score;
      seconds[at] = second;
      docs[at] = doc;
    }

    private boolean better(double score, long second, int doc, int than) {
      if (score != scores[than]) {
        return score > scores[than];
      }
      if (second != seconds[than]) {
        return second > seconds[than];
      }
      return doc < docs[than];
    }

    List<RelatedArticle> results(RelatedIndex index, Source source) {
      List<RelatedArticle> results = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        int doc = docs[i];
        results.add(new RelatedArticle(index.id(doc), scores[i],
            Instant.ofEpochSecond(seconds[i]), () -> index.explainDocument(source, doc)));
      }
      return List.copyOf(results);
    }
  }
}
