package dev.masthead.related;

import dev.masthead.model.ArticleId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The candidates of one search and their exact scoring: the documents met (a bitset, cleared word
 * by word after the search), the candidates of the list at hand in a heap by bound, the batches
 * in which they are scored exactly from the forward index, and the best k so far, whose k-th
 * score the search prunes by. One per thread, with {@link Searcher}'s scratch space.
 */
final class Candidates {
  /** Above any decay, whatever its rounding. */
  private static final double DECAY_CEILING = Normalisation.inflate(1);

  /** Candidates scored together, so that their memory reads overlap. */
  private static final int BATCH = 64;

  /** Documents scored exactly, and candidates left unscored below the k-th score. */
  private long documentsScored;
  private long documentsSkipped;

  /** Keeps the touching loads from being optimised away. */
  private int sink;

  /** The documents met, one bit each; clear between searches. */
  private long[] seen = new long[0];
  /** The words of {@link #seen} with a bit set, to clear after the search. */
  private int[] marked = new int[1024];
  private int markedCount;
  private final int[] batchDocs = new int[BATCH];
  private final long[] batchSecond = new long[BATCH];
  /** The batch's tags, unpacked one document after another, and their weights. */
  private int[] batchTags = new int[BATCH * 16];
  private double[] batchTagWeights = new double[BATCH * 16];
  private final int[] batchFrom = new int[BATCH];
  private final int[] batchTo = new int[BATCH];
  private int batchSize;
  /** Candidates of the list at hand: bound (as float bits) above document number. */
  private long[] candidates = new long[1024];
  private int candidateCount;

  // The search at hand.
  private RelatedIndex index;
  private Scoring scoring;
  private Source source;
  private TopK top;
  /** The source's tags in a small open-addressing table (weight by tag number). */
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

  /**
   * Starts a search: the source's {@code m} weighted tags (numbers and weights), the k wanted, and
   * the documents never to score (the source and the excluded ones) and the window.
   */
  void start(RelatedIndex index, Source source, RelatedQuery query, int[] tags, double[] w,
      int m) {
    this.index = index;
    this.scoring = index.scoring();
    this.source = source;
    int words = (index.documents() + 63) >>> 6;
    if (seen.length < words) {
      seen = new long[words];
    }
    documentsScored = 0;
    documentsSkipped = 0;
    batchSize = 0;
    candidateCount = 0;
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
    RelatednessSettings settings = index.settings();
    minScore = settings.minScore();
    minShared = settings.minSharedTags();
    sourceWeight = source.total();
    decaying = scoring.decaying();
    needWeight = scoring.readsCandidateWeight();
  }

  /** {@return the score a document must reach to be kept: the k-th best once there are k} */
  double threshold() {
    return top.threshold(minScore);
  }

  /** {@return the best k, best first} */
  List<RelatedArticle> results() {
    return top.results(index, source);
  }

  /** {@return the documents scored exactly in this search} */
  long scored() {
    return documentsScored;
  }

  /** {@return the candidates this search left unscored, their bound below the k-th score} */
  long skipped() {
    return documentsSkipped;
  }

  /** Ends the search: clears the documents met and lets go of the snapshot. */
  void finish() {
    clearSeen();
    index = null;
    scoring = null;
    source = null;
    top = null;
  }

  /**
   * A document whose bound may reach the k-th score: a candidate unless it has been met before
   * (a document met again has been scored, or ruled out by a bound at least as high, since a
   * list's bound covers every tag after it) or lies outside the query's window.
   */
  void consider(int d, double bound) {
    long bit = 1L << d;
    int word = d >>> 6;
    if ((seen[word] & bit) != 0) {
      return;
    }
    mark(d);
    if (windowed) {
      long second = index.seconds(d);
      if (second < from || second > to) {
        return;
      }
    }
    if (candidateCount == candidates.length) {
      candidates = Arrays.copyOf(candidates, candidates.length * 2);
    }
    // The bound, rounded up to a float, above the document number: in order of bound, as longs.
    long bits = Float.floatToRawIntBits(Math.nextUp((float) bound));
    candidates[candidateCount++] = bits << 32 | d;
  }

  /**
   * Scores the candidates of a list exactly, highest bound first, so that the k-th score rises
   * early and the rest fall below it unscored.
   */
  void scoreAll() {
    long[] heap = candidates;
    int size = candidateCount;
    candidateCount = 0;
    // A max-heap of the candidates by bound (then number): only those taken off it are ordered.
    for (int at = (size >>> 1) - 1; at >= 0; at--) {
      siftDown(heap, at, size);
    }
    while (size > 0) {
      long best = heap[0];
      float bound = Float.intBitsToFloat((int) (best >>> 32));
      if (bound < threshold()) {
        documentsSkipped += size;
        break;
      }
      heap[0] = heap[--size];
      siftDown(heap, 0, size);
      batchDocs[batchSize++] = (int) best;
      if (batchSize == BATCH) {
        flush();
      }
    }
    flush(); // so that the next list starts from the k-th score as it now stands
  }

  /** Restores the max-heap order of {@code heap[0, size)} below {@code at}. */
  private static void siftDown(long[] heap, int at, int size) {
    long value = heap[at];
    int i = at;
    for (int child = 2 * i + 1; child < size; child = 2 * i + 1) {
      if (child + 1 < size && heap[child + 1] > heap[child]) {
        child++;
      }
      if (heap[child] <= value) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = value;
  }

  /** Scores the queued documents exactly from the forward index, summing in tag order. */
  private void flush() {
    int size = batchSize;
    batchSize = 0;
    if (size == 0) {
      return;
    }
    int[] docStarts = index.docStarts();
    long[] docTags = index.docTags();
    int width = index.tagWidth();
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
        touched += (int) docTags[(int) ((long) batchFrom[b] * width >>> 6)];
      }
    }
    sink += touched;
    documentsScored += size;
    // Their tags, unpacked into one run; then the tags' weights, loaded in one flat loop whose
    // loads overlap, as no branch on what is loaded stands between them.
    int total = 0;
    for (int b = 0; b < size; b++) {
      int count = batchTo[b] - batchFrom[b];
      if (batchTags.length < total + count) {
        batchTags = Arrays.copyOf(batchTags, 2 * (total + count));
        batchTagWeights = new double[batchTags.length];
      }
      for (int q = batchFrom[b], qEnd = batchTo[b]; q < qEnd; q++) {
        batchTags[total++] = PackedInts.get(docTags, width, q);
      }
    }
    int[] unpacked = batchTags;
    double[] tagWeights = batchTagWeights;
    if (needWeight) {
      for (int i = 0; i < total; i++) {
        tagWeights[i] = weights[unpacked[i]];
      }
    }
    // W(b) and what they share with the source, by its tags' table, both in tag order.
    for (int b = 0, at = 0; b < size; b++) {
      double candidateWeight = 0;
      double shared = 0;
      int sharedCount = 0;
      for (int end = at + batchTo[b] - batchFrom[b]; at < end; at++) {
        int t = unpacked[at];
        candidateWeight += tagWeights[at];
        int slot = (t * 0x9E3779B9) >>> shift;
        int key = keys[slot];
        while (key != t && key != -1) { // a collision: rare in a table four times the tags
          slot = (slot + 1) & slotMask;
          key = keys[slot];
        }
        // Added without a branch on whether the tag is shared, which no predictor guesses.
        long hit = key == t ? -1L : 0L;
        shared += Double.longBitsToDouble(Double.doubleToRawLongBits(values[slot]) & hit);
        sharedCount += (int) (hit & 1);
      }
      if (sharedCount < minShared || shared <= 0) {
        continue;
      }
      double normalised = scoring.normalise(shared, sourceWeight, candidateWeight);
      if (normalised * DECAY_CEILING < threshold()) {
        continue; // below the k-th score before any decay: its decay need not be computed
      }
      double decay = decaying ? scoring.decay(source.second(), batchSecond[b]) : 1;
      double score = normalised * decay;
      if (score >= minScore) {
        top.offer(score, batchSecond[b], batchDocs[b]);
      }
    }
  }

  /** Marks a document met, remembering its word so that the next search clears only those. */
  private void mark(int d) {
    int word = d >>> 6;
    if (seen[word] == 0) {
      if (markedCount == marked.length) {
        marked = Arrays.copyOf(marked, marked.length * 2);
      }
      marked[markedCount++] = word;
    }
    seen[word] |= 1L << d;
  }

  /** Clears the words of the documents met, for the next search. */
  private void clearSeen() {
    for (int i = 0; i < markedCount; i++) {
      seen[marked[i]] = 0;
    }
    markedCount = 0;
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
            Instant.ofEpochSecond(seconds[i]), () -> Explanations.explain(index, source, doc)));
      }
      return List.copyOf(results);
    }
  }
}
