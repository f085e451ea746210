package dev.masthead.related;

import java.util.Arrays;
import java.util.List;
import java.util.function.LongToIntFunction;

/**
 * The top-k search of one query over one snapshot: reads the posting lists and rules documents out
 * by their bounds; its {@link Candidates} score the rest exactly and keep the best k. The scratch
 * space (tables by weight code and by coarse time, and the candidates') is per thread, reused from
 * query to query.
 *
 * <p>The source's weighted tags are read heaviest (rarest) first, list by list. A document first
 * met in list i carries none of the tags before i, so it shares at most what its signature shows
 * of tags i and after; that bound, with its weight floor and coarse time, rules most documents out
 * before their tags are read. Each posting carries its document's hot long, so a list is read in
 * one sequential pass, with no read elsewhere for a document ruled out: first by the most it could
 * share times its weight floor's slope (a multiplication), then by what its signature shows (the
 * list's own tag and each later tag whose two bits it has), then by the normalisation's bound of
 * that. A document met again in a later list needs no check that it was met before unless it
 * passes: its bound there is at most its bound in the first list it was met in. When normalised,
 * the rest of a list is skipped, unread, from the first weight band too heavy to reach the k-th
 * score: lists hold their lightest bands first; and a long list is read band by band, each within
 * the times whose decay can still reach it ({@link #readBands}). Candidates are taken
 * off a heap, highest bound first, in batches, so that their memory reads overlap, and are scored
 * exactly from the forward index ({@link Candidates}), by the same {@link Scoring} as {@link
 * RelatedIndex#explain}.
 *
 * <p>Before each list the search stops if a document not yet met, sharing every tag still unread,
 * could not reach the k-th score. Bounds are inflated against rounding and compared strictly, so
 * ties are always scored and broken as a full scan would break them: score, then the newer, then
 * the smaller id.
 *
 * <p>What may be pruned is the normalisation's to say ({@link Normalisation}'s contract): its
 * bound and slope, never below its score, the bound never rising with the candidate's weight, and
 * whether it reads that weight at all. What one search did (lists, postings and documents read or
 * skipped) is returned with its results, in a {@link SearchProfile}.
 */
final class Searcher {
  /** Per-thread scratch space, grown to the largest snapshot seen. */
  private static final ThreadLocal<Searcher> SCRATCH = ThreadLocal.withInitial(Searcher::new);

  /** What the search at hand has done so far: lists, postings and documents ruled out. */
  private long listsRead;
  private long postingsRead;
  private long postingsSkipped;
  private long documentsSkipped;

  /** The search's candidates, their scoring and the best k. */
  private final Candidates candidates = new Candidates();
  /** Tag by tag, the signature bits of each unread tag after the list's own, and its weight. */
  private long[] activeMasks = new long[64];
  private long[] activeWeights = new long[64];
  /** Tag by tag, the list's own tag's weight. */
  private long ownFixed;
  private int activeCount;
  /**
   * Weights in fixed point: a power of two that puts the source's total weight below 2^52 / 128,
   * so that sums of its tags' weights, each rounded up, stay exact in a double; and its inverse.
   */
  private double scale;
  private double unscale;
  /** Per weight floor code, the normalisation's slope for this query's source; NaN until needed. */
  private final double[] slopes = new double[256];
  /** Per coarse time, the most its documents' decay can be; filled when first needed. */
  private final double[] decayBounds = new double[(int) RelatedIndex.COARSE_TIMES];
  private boolean decayBoundsReady;
  /** The coarse time whose decay bound is the greatest: the bounds fall away on either side. */
  private int decayPeak;

  // The query at hand.
  private RelatedIndex index;
  private Scoring scoring;
  private Source source;
  private int m;
  private int[] tags;
  private long[] tagBits;
  private double[] w;
  private double[] suffix;
  private double sourceWeight;
  private boolean decaying;
  private boolean needWeight;
  private long sourceOffset;

  private Searcher() {}

  /**
   * {@return the top k of {@code query}, with what the search did to find them}; the scratch space
   * is this thread's, the counts are this search's alone
   */
  static SearchProfile search(RelatedIndex index, Source source, RelatedQuery query) {
    Searcher searcher = SCRATCH.get();
    try {
      List<RelatedArticle> results = searcher.run(index, source, query);
      Candidates candidates = searcher.candidates;
      return new SearchProfile(results, searcher.listsRead, searcher.postingsRead,
          searcher.postingsSkipped, candidates.scored(),
          searcher.documentsSkipped + candidates.skipped());
    } finally {
      searcher.candidates.finish();
      searcher.index = null;
      searcher.scoring = null;
      searcher.source = null;
    }
  }

  private List<RelatedArticle> run(RelatedIndex index, Source source, RelatedQuery query) {
    this.index = index;
    this.scoring = index.scoring();
    this.source = source;
    listsRead = 0;
    postingsRead = 0;
    postingsSkipped = 0;
    documentsSkipped = 0;
    decayBoundsReady = false;
    Arrays.fill(slopes, Double.NaN);

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
    tagBits = new long[m];
    if (activeMasks.length < m) {
      activeMasks = new long[m];
      activeWeights = new long[m];
    }
    w = new double[m];
    for (int i = 0; i < m; i++) {
      tags[i] = source.tags()[order[i]];
      tagBits[i] = index.tagBits(tags[i]);
      w[i] = source.weights()[order[i]];
    }
    suffix = new double[m + 1];
    for (int i = m - 1; i >= 0; i--) {
      suffix[i] = suffix[i + 1] + w[i];
    }
    int exponent = Math.min(1000,
        52 - 7 - Math.getExponent(Math.max(suffix[0], Double.MIN_NORMAL)));
    scale = Math.scalb(1.0, exponent);
    unscale = Math.scalb(1.0, -exponent);

    candidates.start(index, source, query, tags, w, m);
    sourceWeight = source.total();
    decaying = scoring.decaying();
    needWeight = scoring.readsCandidateWeight();
    sourceOffset = source.second() - index.timeBase();

    for (int i = 0; i < m; i++) {
      if (scoring.bound(suffix[i], sourceWeight, 0) < candidates.threshold()) {
        break; // no document not yet met can reach the k-th score
      }
      read(i);
    }
    return candidates.results();
  }

  // ---------------------------------------------------------------- one list

  private void read(int i) {
    if (decaying && !decayBoundsReady) {
      fillDecayBounds();
    }
    listsRead++;
    int from = index.postingStarts()[tags[i]];
    int end = index.postingStarts()[tags[i] + 1];
    // The list holds its lightest documents first, by weight band: from the first band whose
    // lightest code is skipFrom or more on, none can reach the k-th score (256: any might).
    int skipFrom = skipFrom(suffix[i]);
    int bands = index.bandsAt(tags[i]);
    int lastBand = (skipFrom + (1 << RelatedIndex.BAND_SHIFT) - 1) >>> RelatedIndex.BAND_SHIFT;
    int cut = skipFrom == 256 ? end
        : bands >= 0 ? index.bandStarts()[bands + lastBand] : firstInBand(from, end, lastBand);
    postingsSkipped += end - cut;
    sumByTags(i);
    if (decaying && bands >= 0) {
      readBands(bands, cut, suffix[i]);
    } else {
      postingsRead += cut - from;
      scan(from, cut, suffix[i]);
    }
    candidates.scoreAll();
  }

  /**
   * Bounds the documents of postings [from, to), rules out all but a few, and makes those
   * candidates. A document may share at most {@code most} of the unread tags: that, times the
   * slope of its weight floor code and the decay its coarse time allows, rules most out by a
   * multiplication; what its signature shows it may share rules out most of the rest; the bound
   * of that share, the few left. Every step but the last reads only the list's own postings, in
   * order, and tables in the cache (slopes by code, decay bounds by coarse time).
   */
  private void scan(int from, int to, double most) {
    long[] hots = index.postingHot();
    int[] postings = index.postings();
    double[] decays = decayBounds;
    double[] codeSlopes = slopes;
    double threshold = candidates.threshold();
    long skipped = 0;
    for (int p = from; p < to; p++) {
      long h = hots[p];
      int code = RelatedIndex.code(h);
      double slope = codeSlopes[code];
      if (slope != slope) { // read from the table here: the hot path stays a load and a compare
        slope = slope(code);
      }
      double decay = decaying ? decays[RelatedIndex.coarse(h)] : 1;
      if (slope * most * decay < threshold) {
        skipped++;
        continue;
      }
      double possible = shared(h);
      if (possible * slope * decay < threshold) {
        skipped++;
        continue;
      }
      double bound = scoring.bound(possible, sourceWeight, RelatedIndex.weightOf(code)) * decay;
      if (bound < threshold) {
        skipped++;
      } else {
        candidates.consider(postings[p], bound);
      }
    }
    documentsSkipped += skipped;
  }

  /** {@return the normalisation's slope for weight floor code {@code code}, once a query} */
  private double slope(int code) {
    double slope = slopes[code];
    if (slope != slope) { // NaN: not yet computed for this query
      slope = scoring.slope(sourceWeight, RelatedIndex.weightOf(code));
      slopes[code] = slope;
    }
    return slope;
  }

  /**
   * At least the weight of the unread tags a document of signature {@code signature} may carry:
   * the list's own, which it carries, and each later tag whose two bits it has; a fixed number of
   * steps per list, so that no branch depends on the document.
   */
  private double shared(long signature) {
    long sum = ownFixed;
    for (int b = 0; b < activeCount; b++) {
      long missing = (signature & activeMasks[b]) ^ activeMasks[b]; // 0 when both bits are set
      sum += activeWeights[b] & ~((missing | -missing) >> 63);
    }
    return sum * unscale;
  }

  /**
   * A weight in fixed point, rounded up: sums of them, {@link #shared}'s, are integer additions
   * whose chain is one cycle a step, and never fall below the weights' sum.
   */
  private long fixed(double weight) {
    return (long) Math.ceil(weight * scale);
  }

  /**
   * Prepares {@link #shared} for list i: the list's own tag's weight, and per later tag its bits
   * and its weight.
   */
  private void sumByTags(int i) {
    ownFixed = fixed(w[i]);
    activeCount = 0;
    for (int j = i + 1; j < m; j++) {
      activeMasks[activeCount] = tagBits[j];
      activeWeights[activeCount++] = fixed(w[j]);
    }
  }

  /**
   * Reads postings [from, to) of a list band by band, each band only where the decay its coarse
   * times allow lets its lightest documents reach the k-th score: a band holds its documents by
   * coarse time, so the window is found by binary search and the rest of the band skipped
   * unread. The window is what the scan's first test would keep of the band: a band's lightest
   * code has its greatest slope, and the decay bound is greatest at the source's coarse time and
   * falls away from it on either side.
   */
  private void readBands(int bands, int to, double most) {
    int[] bandStarts = index.bandStarts();
    double threshold = candidates.threshold();
    for (int band = 0; band < RelatedIndex.BANDS && bandStarts[bands + band] < to; band++) {
      int start = bandStarts[bands + band];
      int bandEnd = Math.min(to, bandStarts[bands + band + 1]);
      if (start == bandEnd) {
        continue;
      }
      double limit = slope(band << RelatedIndex.BAND_SHIFT) * most;
      int lo = start;
      int hi = bandEnd;
      if (threshold > 0) {
        int peak = decayPeak;
        if (decayBounds[peak] * limit < threshold) {
          lo = bandEnd; // none in the band
        } else {
          int first = 0;
          int last = peak;
          while (first < last) { // the first coarse time, up to the peak, that may reach it
            int mid = (first + last) >>> 1;
            if (decayBounds[mid] * limit < threshold) {
              first = mid + 1;
            } else {
              last = mid;
            }
          }
          int after = peak + 1;
          int beyond = decayBounds.length;
          while (after < beyond) { // the first coarse time, after the peak, that cannot
            int mid = (after + beyond) >>> 1;
            if (decayBounds[mid] * limit < threshold) {
              beyond = mid;
            } else {
              after = mid + 1;
            }
          }
          lo = firstInTime(start, bandEnd, first);
          hi = firstInTime(lo, bandEnd, after);
        }
      }
      postingsRead += hi - lo;
      postingsSkipped += (lo - start) + (bandEnd - hi);
      if (lo < hi) {
        scan(lo, hi, most);
      }
    }
  }

  /** The first posting in [from, to) whose document's weight band is at least band. */
  private int firstInBand(int from, int to, int band) {
    return firstAtLeast(from, to, RelatedIndex::band, band);
  }

  /** The first posting in [from, to), of one band, whose coarse time is at least coarse. */
  private int firstInTime(int from, int to, int coarse) {
    return firstAtLeast(from, to, RelatedIndex::coarse, coarse);
  }

  /**
   * The first posting in [from, to) whose hot long's {@code field} is at least {@code value}, the
   * field ascending over the range: by binary search.
   */
  private int firstAtLeast(int from, int to, LongToIntFunction field, int value) {
    long[] hots = index.postingHot();
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (field.applyAsInt(hots[mid]) < value) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * The least weight floor code from which on a document sharing at most {@code shared} weight
   * cannot reach the k-th score: 256 when no code is high enough, or the score not normalised.
   */
  private int skipFrom(double shared) {
    double threshold = candidates.threshold();
    if (!needWeight || !(threshold > 0)
        || scoring.bound(shared, sourceWeight, RelatedIndex.weightOf(255)) >= threshold) {
      return 256;
    }
    // The bound never rises with the weight (the normalisation's contract), nor so with the
    // weight floor: the least code whose bound is below.
    int lo = 0;
    int hi = 255;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (scoring.bound(shared, sourceWeight, RelatedIndex.weightOf(mid)) < threshold) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /**
   * Per coarse time, the decay at the nearest second it allows to the source, inflated against
   * rounding: a geometric sequence either side of the source's, by one multiplication a step.
   */
  private void fillDecayBounds() {
    long unit = index.coarseUnit();
    int count = decayBounds.length;
    double floor = scoring.decayFloor();
    double ratio = scoring.fading(unit);
    // The source's own coarse time; it may lie outside the snapshot's span.
    long own = Math.floorDiv(sourceOffset, unit);
    // Later coarse times: the nearest second is the first of each, a unit further each step.
    long first = Math.max(0, own + 1);
    double part = first < count ? scoring.fading(first * unit - sourceOffset) : 0;
    for (long c = first; c < count; c++, part *= ratio) {
      decayBounds[(int) c] = Normalisation.inflate(floor + (1 - floor) * part);
    }
    // Earlier coarse times: the nearest second is the last of each.
    long last = Math.min(count - 1, own - 1);
    part = last >= 0 ? scoring.fading(sourceOffset - (last * unit + unit - 1)) : 0;
    for (long c = last; c >= 0; c--, part *= ratio) {
      decayBounds[(int) c] = Normalisation.inflate(floor + (1 - floor) * part);
    }
    if (own >= 0 && own < count) {
      decayBounds[(int) own] = Normalisation.inflate(1);
    }
    decayPeak = (int) Math.max(0, Math.min(count - 1, own));
    decayBoundsReady = true;
  }

}
