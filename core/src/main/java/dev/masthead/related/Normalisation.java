package dev.masthead.related;

/**
 * How the sum of shared tags' weights, S, is scaled by the two articles' total weights W(a) and
 * W(b).
 */
public enum Normalisation {
  /** S / √(W(a)·W(b)), from 0 to 1: the cosine of weighted tag sets. The default. */
  OCHIAI,
  /** S / (W(a) + W(b) − S), from 0 to 1: the weighted Jaccard index. */
  JACCARD,
  /** S itself: ranks exactly like Lucene's MoreLikeThis over tags alone. */
  NONE
}
