package dev.masthead.related;

/**
 * How the sum of shared tags' weights, S, is scaled by the two articles' total weights W(a) and
 * W(b).
 *
 * <p>Each normalisation gives its {@link #score} and, for the search's pruning, an upper bound of
 * it (package-private). The index relies on this contract, and only on it: for a source of total
 * weight W(a), the bound of a candidate that shares at most S and weighs at least W(b)
 *
 * <ul>
 *   <li>is never below the score of any such candidate, whatever the rounding: the search drops a
 *       candidate, or the rest of a posting list, only when its bound is below the k-th score;
 *   <li>never rises with the candidate's weight W(b): posting lists hold their lightest articles
 *       first, so the search skips a list's rest from the first article too heavy to reach the
 *       k-th score;
 *   <li>never falls as S rises: a candidate's S is bounded from its tag signature, from above.
 * </ul>
 *
 * <p>A new normalisation is a new constant here, with its score, its bound and a test of both.
 */
public enum Normalisation {
  /** S / √(W(a)·W(b)), from 0 to 1: the cosine of weighted tag sets. The default. */
  OCHIAI {
    @Override
    public double score(double shared, double sourceWeight, double candidateWeight) {
      return shared == 0 ? 0 : shared / Math.sqrt(sourceWeight * candidateWeight);
    }

    @Override
    double bound(double shared, double sourceWeight, double candidateWeight) {
      // A candidate weighs at least what it shares; sharing nothing, it scores 0 (not 0 / 0).
      return inflate(sourceWeight == 0 || shared == 0 ? 0
          : shared / Math.sqrt(sourceWeight * Math.max(candidateWeight, shared)));
    }

    @Override
    double slope(double sourceWeight, double candidateWeight) {
      // S / √(W(a)·max(W(b), S)) ≤ S / √(W(a)·W(b)).
      double product = sourceWeight * candidateWeight;
      return product > 0 ? inflate(inflate(1 / Math.sqrt(product))) : Double.POSITIVE_INFINITY;
    }
  },
  /** S / (W(a) + W(b) − S), from 0 to 1: the weighted Jaccard index. */
  JACCARD {
    @Override
    public double score(double shared, double sourceWeight, double candidateWeight) {
      return shared == 0 ? 0 : shared / (sourceWeight + candidateWeight - shared);
    }

    @Override
    double bound(double shared, double sourceWeight, double candidateWeight) {
      // A candidate weighs at least what it shares.
      return inflate(sourceWeight == 0 ? 0
          : shared / (sourceWeight + Math.max(candidateWeight, shared) - shared));
    }

    @Override
    double slope(double sourceWeight, double candidateWeight) {
      // With S ≤ W(a): W(a) + max(W(b), S) − S is at least W(a) and at least W(b).
      double larger = Math.max(sourceWeight, candidateWeight);
      return larger > 0 ? inflate(inflate(1 / larger)) : Double.POSITIVE_INFINITY;
    }
  },
  /** S itself: ranks exactly like Lucene's MoreLikeThis over tags alone. */
  NONE {
    @Override
    public double score(double shared, double sourceWeight, double candidateWeight) {
      return shared;
    }

    @Override
    double bound(double shared, double sourceWeight, double candidateWeight) {
      return inflate(shared);
    }

    @Override
    double slope(double sourceWeight, double candidateWeight) {
      return inflate(inflate(1));
    }

    @Override
    boolean readsCandidateWeight() {
      return false;
    }
  };

  /**
   * {@return S normalised by the two total weights}: 0 when S is 0
   *
   * @param shared S, the sum of the shared tags' weights, summed in tag id order
   * @param sourceWeight W(a), the source's total weight
   * @param candidateWeight W(b), the candidate's total weight
   */
  public abstract double score(double shared, double sourceWeight, double candidateWeight);

  /**
   * An upper bound of the {@link #score} of any candidate that shares at most {@code shared} with
   * a source of total weight {@code sourceWeight} and weighs at least {@code candidateWeight} (0
   * when unknown: a candidate weighs at least what it shares). The pruning contract, which the
   * search reads instead of assuming: the bound is never below such a score, whatever the
   * rounding (inflate it: see {@link #inflate}); it never rises with {@code candidateWeight}; it
   * never falls as {@code shared} rises.
   */
  abstract double bound(double shared, double sourceWeight, double candidateWeight);

  /**
   * A slope above the scores: for a source of total weight {@code sourceWeight}, {@code S ×
   * slope} is never below the {@link #score} of a candidate that shares S, for any S from 0 to
   * the source's weight, and weighs at least {@code candidateWeight} (and at least S), whatever
   * the rounding; infinite when no finite slope holds; and, like the bound, never rising with
   * {@code candidateWeight}. The search rules most documents out by this product, a
   * multiplication, before it computes any {@link #bound}, and a whole weight band's postings by
   * the slope of its lightest weight.
   */
  abstract double slope(double sourceWeight, double candidateWeight);

  /**
   * Whether the score reads W(b): if not, the search neither sums a candidate's weight nor cuts
   * posting lists by it.
   */
  boolean readsCandidateWeight() {
    return true;
  }

  /** {@code value}, raised by more than 4096 roundings, and never below it: bounds use it. */
  static double inflate(double value) {
    return value * (1 + 1e-9) + Double.MIN_VALUE;
  }
}
