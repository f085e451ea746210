package dev.masthead.related;

import dev.masthead.model.ArticleId;
import dev.masthead.related.RelatedIndex.Source;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The top-k search of one query over one snapshot. It keeps, per thread and reused, a bitset of
 * the documents already met and batch buffers, so that a query allocates little: its tags' small
 * hash table and bounds.
 *
 * <p>The source's weighted tags are read heaviest (rarest) first. A document first met in list i
 * carries none of the tags before i, so it shares at most what its signature shows of tags i and
 * after; that bound, with its exact total weight and its decay, rules most documents out before
 * their tags are read. After each list the search stops if even a document carrying every tag
 * not yet read could not reach the k-th best score. Candidates are handled in batches, so that
 * their memory reads overlap. Every bound is inflated against rounding and compared strictly: ties
 * are always scored and broken as a full scan would break them (score, the newer, the smaller id).
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
  private final int[] batch = new int[BATCH];
  private final long[] batchInfo = new long[BATCH];
  private final long[] batchSecond = new long[BATCH];
  private final int[] batchFrom = new int[BATCH];
  private final int[] batchTo = new int[BATCH];

  private Searcher() {}

  static List<RelatedArticle> search(RelatedIndex index, Source source, RelatedQuery query) {
    return SCRATCH.get().run(index, source, query);
  }

  /** The searcher of this thread, to read what its last search did. */
  static Searcher current() {
    return SCRATCH.get();
  }

  private List<RelatedArticle> run(RelatedIndex index, Source source, RelatedQuery query) {
    int n = index.documents();
    int words = (n + 63) >>> 6;
    if (seen.length < words) {
      seen = new long[words];
    } else {
      Arrays.fill(seen, 0, words, 0L);
    }
    RelatednessSettings settings = index.settings();

    // The source's weighted tags that the snapshot holds, heaviest first.
    int m = 0;
    Integer[] order = new Integer[source.tags().length];
    for (int i = 0; i < source.tags().length; i++) {
      if (source.tags()[i] >= 0 && source.weights()[i] > 0) {
        order[m++] = i;
      }
    }
    Arrays.sort(order, 0, m, (x, y) -> {
      int c = Double.compare(source.weights()[y], source.weights()[x]);
      return c != 0 ? c : Integer.compare(source.tags()[x], source.tags()[y]);
    });
    int[] tags = new int[m];
    double[] w = new double[m];
    long[] tagBits = index.tagBits();
    for (int i = 0; i < m; i++) {
      tags[i] = source.tags()[order[i]];
      w[i] = source.weights()[order[i]];
    }
    // The query's tags in a small open-addressing table (weight by tag number), for scoring.
    int bits = 32 - Integer.numberOfLeadingZeros(Math.max(8, 4 * m) - 1);
    int slots = 1 << bits;
    int shift = 32 - bits;
    int slotMask = slots - 1;
    int[] keys = new int[slots];
    double[] values = new double[slots];
    Arrays.fill(keys, -1);
    for (int i = 0; i < m; i++) {
      int slot = (tags[i] * 0x9E3779B9) >>> shift;
      while (keys[slot] != -1) {
        slot = (slot + 1) & slotMask;
      }
      keys[slot] = tags[i];
      values[slot] = w[i];
    }

    // From each list on: the weight still to read, the signature bits of its tags, and per bit
    // the weight of its tags.
    double[] suffix = new double[m + 1];
    long[] suffixMask = new long[m + 1];
    double[][] suffixBitWeight = new double[m + 1][];
    suffixBitWeight[m] = new double[64];
    for (int i = m - 1; i >= 0; i--) {
      suffix[i] = suffix[i + 1] + w[i];
      suffixMask[i] = suffixMask[i + 1] | tagBits[tags[i]];
      suffixBitWeight[i] = suffixBitWeight[i + 1].clone();
      suffixBitWeight[i][Long.numberOfTrailingZeros(tagBits[tags[i]])] += w[i];
    }

    // Documents never to score: the source and the excluded ones.
    long[] seenLocal = seen;
    if (source.doc() >= 0) {
      mark(seenLocal, source.doc());
    }
    for (ArticleId id : query.excluded()) {
      int d = index.find(id);
      if (d >= 0) {
        mark(seenLocal, d);
      }
    }

    // The window, in epoch seconds.
    long from = query.publishedFrom().map(Instant::getEpochSecond).orElse(Long.MIN_VALUE);
    long to = query.publishedTo().map(Instant::getEpochSecond).orElse(Long.MAX_VALUE);
    if (query.now().isPresent()) {
      to = Math.min(to, query.now().get().getEpochSecond());
    }
    boolean windowed = from != Long.MIN_VALUE || to != Long.MAX_VALUE;

    TopK top = new TopK(query.limit());
    double minScore = settings.minScore();
    int minShared = settings.minSharedTags();
    double sourceWeight = source.total();
    int[] postingStarts = index.postingStarts();
    int[] postings = index.postings();
    int[] docStarts = index.docStarts();
    int[] docTags = index.docTags();
    long[] hot = index.hot();
    // The raw sum (NONE) needs no W(b): skip its lookups.
    boolean needWeight = settings.normalisation() != Normalisation.NONE;
    double[] weights = index.weights();
    long coarseUnit = index.coarseUnit();
    long sourceOffset = source.second() - index.timeBase();
    boolean decaying = settings.halfLife().isPresent();
    int[] batchDocs = batch;
    long[] info = batchInfo;
    long[] batchSecond = this.batchSecond;
    int[] batchFrom = this.batchFrom;
    int[] batchTo = this.batchTo;

    long lists = 0;
    long read = 0;
    long scored = 0;
    long skipped = 0;
    try {
      for (int i = 0; i < m; i++) {
        if (index.bound(suffix[i], sourceWeight) < top.threshold(minScore)) {
          break; // no document not yet met can reach the k-th score
        }
        int tag = tags[i];
        long mask = suffixMask[i];
        double[] bitWeight = suffixBitWeight[i];
        lists++;
        int p = postingStarts[tag];
        int end = postingStarts[tag + 1];
        read += end - p;
        while (p < end) {
          // Gather a batch of documents not met before.
          int size = 0;
          while (p < end && size < BATCH) {
            int d = postings[p++];
            long bit = 1L << d;
            int word = d >>> 6;
            if ((seenLocal[word] & bit) == 0) {
              seenLocal[word] |= bit;
              batchDocs[size++] = d;
            }
          }
          // Their hot longs: signature, coarse time, weight floor. Independent loads, overlapped.
          for (int b = 0; b < size; b++) {
            info[b] = hot[batchDocs[b]];
          }
          int survivors = 0;
          for (int b = 0; b < size; b++) {
            int d = batchDocs[b];
            long h = info[b];
            if (windowed) {
              long second = index.seconds(d);
              if (second < from || second > to) {
                continue;
              }
            }
            double threshold = top.threshold(minScore);
            if (threshold > 0) {
              long common = h & mask;
              double possible = 0;
              while (common != 0) {
                possible += bitWeight[Long.numberOfTrailingZeros(common)];
                common &= common - 1;
              }
              double bound = index.bound(possible, sourceWeight,
                  RelatedIndex.weightOf(h & 0xFF));
              if (bound < threshold) {
                skipped++;
                continue;
              }
              if (decaying) {
                // The decay can be no more than at the nearest time the coarse one allows.
                long coarse = (h >>> 8) & 0xFFF;
                long lo = coarse * coarseUnit;
                long nearest = sourceOffset < lo ? lo - sourceOffset
                    : sourceOffset >= lo + coarseUnit ? sourceOffset - (lo + coarseUnit - 1) : 0;
                if (bound * index.decayOfAge(nearest) < threshold) {
                  skipped++;
                  continue;
                }
              }
            }
            batchDocs[survivors++] = d;
          }
          // Where the survivors' tags are, and when they were published: independent loads.
          for (int b = 0; b < survivors; b++) {
            int d = batchDocs[b];
            batchFrom[b] = docStarts[d];
            batchTo[b] = docStarts[d + 1];
            batchSecond[b] = index.seconds(d);
          }
          // Touch each survivor's tags first: independent loads that overlap, so that scoring
          // below finds them in the cache instead of waiting for one after another.
          int touched = 0;
          for (int b = 0; b < survivors; b++) {
            touched += docTags[batchFrom[b]];
          }
          sink += touched;
          // Score them exactly from the forward index, summing in tag order: each tag looked up
          // in the query's small hash table, which stays in the L1 cache.
          scored += survivors;
          for (int b = 0; b < survivors; b++) {
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
      }
    } finally {
      listsRead = lists;
      postingsRead = read;
      documentsScored = scored;
      documentsSkipped = skipped;
    }
    return top.results(index, source);
  }

  private static void mark(long[] bits, int d) {
    bits[d >>> 6] |= 1L << d;
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
