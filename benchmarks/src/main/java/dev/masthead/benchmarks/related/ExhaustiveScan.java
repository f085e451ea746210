package dev.masthead.benchmarks.related;

import dev.masthead.fixtures.SyntheticCorpus;
import dev.masthead.model.Tag;
import dev.masthead.related.Normalisation;
import dev.masthead.related.RelatednessSettings;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The exhaustive-scan baseline: a plain loop that scores every article of the corpus against the
 * source, with the formula of {@link RelatednessSettings} written out here again from its
 * documentation (it is a baseline, not library code), and keeps the best k in a bounded heap. No
 * postings, no pruning: what a developer would write first.
 *
 * <p>Per tag: kind weight × BM25 idf {@code ln(1 + (N − df + 0.5)/(df + 0.5))} with df raised to
 * the floor, 0 for tags in more than the maximum share of articles; S = Σ over shared tags;
 * normalised ({@code OCHIAI}: S/√(W(a)·W(b)); {@code JACCARD}; {@code NONE}: S); times the decay
 * {@code floor + (1 − floor)·2^(−|Δt|/halfLife)}. An article that shares no weighted tag is not
 * related. Order: score, then the newer, then the smaller id. Sums are taken in the order of the
 * tags' ids, the order the library documents, so that the doubles come out the same bit for bit.
 *
 * <p>The one shortcut it takes is exact: when the heap is full, an article whose normalised score
 * (before the decay, which is at most 1) is already below the k-th score is not decayed. It still
 * scores every article.
 *
 * <p>Not thread-safe: it owns its per-query table of the source's tag weights.
 */
final class ExhaustiveScan {
  private final int n;
  private final int[] docStarts;
  private final int[] docTags;
  private final double[] weights;
  private final double[] totals;
  private final long[] seconds;
  private final int[] idRank;

  private final Normalisation normalisation;
  private final boolean decaying;
  private final double halfLifeSeconds;
  private final double decayFloor;

  /** Per tag number, the source's weight of it during a query; 0 for tags it does not carry. */
  private final double[] sourceWeights;

  /** What the last query did: articles scored (every one) and articles sharing a weighted tag. */
  long lastScored;

  long lastMatched;

  /**
   * Indexes the corpus for exhaustive scans under these settings.
   *
   * @param corpus the corpus
   * @param settings the settings; min shared tags must be 1 and min score 0 (the defaults)
   */
  ExhaustiveScan(SyntheticCorpus corpus, RelatednessSettings settings) {
    if (settings.minSharedTags() != 1 || settings.minScore() != 0) {
      throw new IllegalArgumentException("the baseline scans with minSharedTags 1, minScore 0");
    }
    this.n = corpus.size();
    this.normalisation = settings.normalisation();
    this.decaying = settings.halfLife().isPresent();
    this.halfLifeSeconds = settings.halfLife().map(h -> h.getSeconds() + h.getNano() / 1e9)
        .orElse(0.0);
    this.decayFloor = settings.decayFloor();

    // Tag numbers in the order of the tag ids, the order the library sums in.
    List<Tag> tags = corpus.tags();
    Integer[] byId = new Integer[tags.size()];
    for (int i = 0; i < byId.length; i++) {
      byId[i] = i;
    }
    Arrays.sort(byId, Comparator.comparing(i -> tags.get(i).id().value()));
    int[] number = new int[tags.size()];
    for (int r = 0; r < byId.length; r++) {
      number[byId[r]] = r;
    }
    int t = tags.size();

    // Forward index: per article its tag numbers, ascending.
    docStarts = new int[n + 1];
    int[][] perDoc = new int[n][];
    for (int d = 0; d < n; d++) {
      int[] own = corpus.tagIndexes(d);
      for (int i = 0; i < own.length; i++) {
        own[i] = number[own[i]];
      }
      Arrays.sort(own);
      perDoc[d] = own;
      docStarts[d + 1] = docStarts[d] + own.length;
    }
    docTags = new int[docStarts[n]];
    int[] df = new int[t];
    for (int d = 0; d < n; d++) {
      System.arraycopy(perDoc[d], 0, docTags, docStarts[d], perDoc[d].length);
      for (int tag : perDoc[d]) {
        df[tag]++;
      }
      perDoc[d] = null;
    }

    // Weights: kind weight × idf (df floored), 0 above the maximum share.
    weights = new double[t];
    for (int r = 0; r < t; r++) {
      Tag tag = tags.get(byId[r]);
      if (df[r] > settings.maxDocumentRatio() * n) {
        weights[r] = 0;
      } else {
        double d = Math.max(df[r], settings.minDocumentFrequency());
        weights[r] = settings.kindWeight(tag.kind()) * Math.log(1 + (n - d + 0.5) / (d + 0.5));
      }
    }
    // W per article, summed in tag order.
    totals = new double[n];
    seconds = new long[n];
    for (int d = 0; d < n; d++) {
      double total = 0;
      for (int p = docStarts[d]; p < docStarts[d + 1]; p++) {
        total += weights[docTags[p]];
      }
      totals[d] = total;
      seconds[d] = corpus.published(d).getEpochSecond();
    }
    // Rank of each article's id, for the last tie-break (ids compare as strings).
    Integer[] ids = new Integer[n];
    for (int d = 0; d < n; d++) {
      ids[d] = d;
    }
    Arrays.sort(ids, Comparator.comparing(d -> corpus.articleId(d).value()));
    idRank = new int[n];
    for (int r = 0; r < n; r++) {
      idRank[ids[r]] = r;
    }
    sourceWeights = new double[t];
  }

  /**
   * {@return the top {@code k} articles related to {@code source}, best first, as corpus
   * indexes}; their scores are written to {@code scores} when it is not null
   *
   * @param source the source article's corpus index
   * @param k how many
   * @param scores where to write the scores, or null
   */
  int[] top(int source, int k, double[] scores) {
    double[] table = sourceWeights;
    for (int q = docStarts[source]; q < docStarts[source + 1]; q++) {
      table[docTags[q]] = weights[docTags[q]];
    }
    double sourceWeight = totals[source];
    long sourceSecond = seconds[source];

    // A bounded min-heap of the best k: the root is the worst kept.
    double[] heapScore = new double[k];
    int[] heapDoc = new int[k];
    int size = 0;
    long matched = 0;
    for (int d = 0; d < n; d++) {
      if (d == source) {
        continue;
      }
      // S: the candidate's tags in tag order, each weighing what the source gives it.
      double shared = 0;
      for (int p = docStarts[d]; p < docStarts[d + 1]; p++) {
        shared += table[docTags[p]];
      }
      if (shared == 0) {
        continue; // no weighted tag in common: not related
      }
      matched++;
      double score = switch (normalisation) {
        case OCHIAI -> shared / Math.sqrt(sourceWeight * totals[d]);
        case JACCARD -> shared / (sourceWeight + totals[d] - shared);
        case NONE -> shared;
      };
      if (size == k && score < heapScore[0]) {
        continue; // the decay is at most 1: it cannot make the top k
      }
      if (decaying) {
        long age = Math.abs(seconds[d] - sourceSecond);
        score *= decayFloor + (1 - decayFloor) * Math.pow(2, -(double) age / halfLifeSeconds);
      }
      if (size < k) {
        heapScore[size] = score;
        heapDoc[size] = d;
        siftUp(heapScore, heapDoc, size++);
      } else if (better(score, d, heapScore[0], heapDoc[0])) {
        heapScore[0] = score;
        heapDoc[0] = d;
        siftDown(heapScore, heapDoc, size);
      }
    }
    for (int q = docStarts[source]; q < docStarts[source + 1]; q++) {
      table[docTags[q]] = 0;
    }
    lastScored = n;
    lastMatched = matched;

    // Best first.
    int[] result = new int[size];
    for (int i = size - 1; i >= 0; i--) {
      result[i] = heapDoc[0];
      if (scores != null) {
        scores[i] = heapScore[0];
      }
      heapScore[0] = heapScore[i];
      heapDoc[0] = heapDoc[i];
      siftDown(heapScore, heapDoc, i);
    }
    return result;
  }

  /** Whether (score, doc) ranks before (otherScore, other): score, the newer, the smaller id. */
  private boolean better(double score, int doc, double otherScore, int other) {
    if (score != otherScore) {
      return score > otherScore;
    }
    if (seconds[doc] != seconds[other]) {
      return seconds[doc] > seconds[other];
    }
    return idRank[doc] < idRank[other];
  }

  private void siftUp(double[] score, int[] doc, int at) {
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (!better(score[parent], doc[parent], score[at], doc[at])) {
        return;
      }
      swap(score, doc, parent, at);
      at = parent;
    }
  }

  private void siftDown(double[] score, int[] doc, int size) {
    int at = 0;
    while (true) {
      int left = 2 * at + 1;
      if (left >= size) {
        return;
      }
      int worst = left;
      int right = left + 1;
      if (right < size && better(score[left], doc[left], score[right], doc[right])) {
        worst = right;
      }
      if (!better(score[at], doc[at], score[worst], doc[worst])) {
        return;
      }
      swap(score, doc, at, worst);
      at = worst;
    }
  }

  private static void swap(double[] score, int[] doc, int i, int j) {
    double s = score[i];
    score[i] = score[j];
    score[j] = s;
    int d = doc[i];
    doc[i] = doc[j];
    doc[j] = d;
  }
}
