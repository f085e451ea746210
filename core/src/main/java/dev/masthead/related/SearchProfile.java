package dev.masthead.related;

import java.util.List;

/**
 * What one search did: its results, the posting lists and postings it read or skipped unread, and
 * the documents it scored exactly or skipped because their bound could not reach the k-th score.
 *
 * @param results the related articles, best first
 * @param listsRead posting lists read, one per source tag read
 * @param postingsRead postings in those lists that were read
 * @param postingsSkipped postings in those lists skipped unread: each list holds its lightest
 *     documents first, and those from the first too heavy to reach the k-th score on are skipped
 * @param documentsScored documents scored exactly from the forward index
 * @param documentsSkipped documents skipped on their signature, weight and decay bound, once per
 *     posting read (a document met in several lists is counted in each that rules it out), or
 *     after they were bounded, when the k-th score rose above their bound before their turn
 */
public record SearchProfile(List<RelatedArticle> results, long listsRead, long postingsRead,
    long postingsSkipped, long documentsScored, long documentsSkipped) {
  /**
   * A profile; the list is copied.
   *
   * @param results the related articles, best first
   * @param listsRead posting lists read
   * @param postingsRead postings read
   * @param postingsSkipped postings skipped unread
   * @param documentsScored documents scored exactly
   * @param documentsSkipped documents skipped on their bound
   */
  public SearchProfile {
    results = List.copyOf(results);
  }
}
