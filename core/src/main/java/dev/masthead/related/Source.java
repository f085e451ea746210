package dev.masthead.related;

import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A source or candidate as scoring sees it: its document number (−1 when the snapshot does not
 * hold it), its publication second, its tags in tag id order, each with its number in the
 * snapshot (or −1 when the snapshot does not hold it) and its weight, and its total weight W
 * summed in that order.
 */
record Source(int doc, long second, TagId[] ids, TagKind[] kinds, int[] tags, double[] weights,
    double total) {

  /** {@return the source of a query: its indexed article, or the article it gives} */
  static Source of(RelatedIndex index, RelatedQuery query) {
    if (query.source().isPresent()) {
      return of(index, index.documentOf(query.source().get()));
    }
    return external(index, query.article().orElseThrow());
  }

  /** {@return document {@code doc} of the snapshot as scoring sees it} */
  static Source of(RelatedIndex index, int doc) {
    int from = index.docStarts()[doc];
    int count = index.docStarts()[doc + 1] - from;
    TagId[] ids = new TagId[count];
    TagKind[] kinds = new TagKind[count];
    int[] tags = new int[count];
    double[] w = new double[count];
    double total = 0;
    for (int i = 0; i < count; i++) {
      tags[i] = index.docTag(from + i);
      ids[i] = index.tagId(tags[i]);
      kinds[i] = index.tagKind(tags[i]);
      w[i] = index.weights()[tags[i]];
      total += w[i];
    }
    return new Source(doc, index.seconds(doc), ids, kinds, tags, w, total);
  }

  /**
   * Any article as scoring sees it, with the snapshot's statistics: a tag the snapshot holds
   * weighs what it weighs there, any other as a tag no article carries. An article the snapshot
   * holds (by id) is still scored from the tags and time given here, and never returned as its
   * own relative.
   */
  static Source external(RelatedIndex index, ArticleSummary article) {
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
      tags[i] = index.findTag(tag.id());
      kinds[i] = tags[i] >= 0 ? index.tagKind(tags[i]) : tag.kind();
      w[i] = tags[i] >= 0 ? index.weights()[tags[i]] : index.scoring().weight(tag.kind(), 0);
      total += w[i];
    }
    return new Source(index.find(article.id()), article.published().getEpochSecond(), ids, kinds,
        tags, w, total);
  }
}
