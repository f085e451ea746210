package dev.masthead.related;

import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes snapshots: numbers the tags and documents of a first snapshot ({@link #build}) or merges
 * changes into an old one ({@link #withChanges}), then packs them ({@link #pack}) into the
 * primitive arrays a {@link RelatedIndex} holds, weighing every tag with the new set's
 * {@link Scoring}.
 */
final class SnapshotBuilder {
  private SnapshotBuilder() {}

  /** {@return the first snapshot of these articles} */
  static RelatedIndex build(RelatednessSettings settings, Collection<ArticleSummary> articles) {
    List<ArticleSummary> sorted = sortedById(articles);
    // The tag dictionary, in one pass: each tag numbered when first seen (its kind the one it is
    // first seen with), then renumbered in tag id order.
    Map<TagId, Integer> seen = new HashMap<>();
    List<TagId> seenIds = new ArrayList<>();
    List<TagKind> seenKinds = new ArrayList<>();
    long total = tagCount(sorted);
    if (total > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many tags for one snapshot: " + total);
    }
    int[] firstSeen = new int[(int) total];
    int at = 0;
    for (ArticleSummary a : sorted) {
      for (Tag tag : a.tags()) {
        Integer number = seen.get(tag.id());
        if (number == null) {
          number = seenIds.size();
          seen.put(tag.id(), number);
          seenIds.add(tag.id());
          seenKinds.add(tag.kind());
        }
        firstSeen[at++] = number;
      }
    }
    Integer[] order = new Integer[seenIds.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, Comparator.comparing(i -> seenIds.get(i).value()));
    TagId[] ids = new TagId[order.length];
    TagKind[] tagKinds = new TagKind[order.length];
    int[] renumbered = new int[order.length];
    for (int rank = 0; rank < order.length; rank++) {
      ids[rank] = seenIds.get(order[rank]);
      tagKinds[rank] = seenKinds.get(order[rank]);
      renumbered[order[rank]] = rank;
    }
    Docs docs = new Docs(sorted.size(), total);
    at = 0;
    for (ArticleSummary a : sorted) {
      int[] tags = new int[a.tags().size()];
      for (int i = 0; i < tags.length; i++) {
        tags[i] = renumbered[firstSeen[at++]];
      }
      Arrays.sort(tags);
      docs.add(a.id().value(), a.published().getEpochSecond(), tags);
    }
    return pack(settings, 1, docs.trim(), ids, tagKinds);
  }

  /** {@return a new snapshot: {@code old} with these articles added or replaced and removed} */
  static RelatedIndex withChanges(RelatedIndex old, Collection<ArticleSummary> added,
      Collection<ArticleId> removed) {
    List<ArticleSummary> sortedAdded = sortedById(added);
    TagId[] tagIds = old.tagIds();
    TagKind[] tagKinds = old.tagKinds();
    int n = old.documents();
    int[] docStarts = old.docStarts();
    // The old documents that go: removed, or replaced by an added one of the same id.
    boolean[] gone = new boolean[n];
    for (ArticleId id : removed) {
      int d = old.find(id);
      if (d >= 0) {
        gone[d] = true;
      }
    }
    for (ArticleSummary a : sortedAdded) {
      int d = old.find(a.id());
      if (d >= 0) {
        gone[d] = true;
      }
    }

    // The new tag dictionary: the old one merged with the added articles' new tags.
    Map<TagId, TagKind> newTags = new HashMap<>();
    for (ArticleSummary a : sortedAdded) {
      for (Tag tag : a.tags()) {
        if (old.findTag(tag.id()) < 0) {
          newTags.putIfAbsent(tag.id(), tag.kind());
        }
      }
    }
    List<TagId> extra = new ArrayList<>(newTags.keySet());
    extra.sort(Comparator.comparing(TagId::value));
    int total = tagIds.length + extra.size();
    TagId[] mergedIds = new TagId[total];
    TagKind[] mergedKinds = new TagKind[total];
    int[] oldToNew = new int[tagIds.length];
    int i = 0;
    int j = 0;
    for (int k = 0; k < total; k++) {
      if (j >= extra.size()
          || i < tagIds.length && tagIds[i].value().compareTo(extra.get(j).value()) < 0) {
        oldToNew[i] = k;
        mergedIds[k] = tagIds[i];
        mergedKinds[k] = tagKinds[i];
        i++;
      } else {
        mergedIds[k] = extra.get(j);
        mergedKinds[k] = newTags.get(extra.get(j));
        j++;
      }
    }
    Map<TagId, Integer> newIndex = new HashMap<>();
    for (TagId id : extra) {
      newIndex.put(id, Arrays.binarySearch(mergedIds, id,
          Comparator.comparing(TagId::value)));
    }

    // Kept old documents and added ones, merged in id order.
    Docs docs = new Docs(n + sortedAdded.size(), docStarts[n] + tagCount(sortedAdded));
    int a = 0;
    for (int d = 0; d <= n; d++) {
      while (a < sortedAdded.size()
          && (d == n || old.compare(d, sortedAdded.get(a).id().value()) > 0)) {
        ArticleSummary added1 = sortedAdded.get(a++);
        docs.add(added1.id().value(), added1.published().getEpochSecond(),
            tagIndexes(added1, mergedIds, newIndex));
      }
      if (d < n && !gone[d]) {
        docs.addKept(old, d, oldToNew);
      }
    }
    return pack(old.settings(), old.statistics().version() + 1, docs.trim(), mergedIds,
        mergedKinds);
  }

  /**
   * {@return the snapshot of these documents}: times, weights (with the {@link Scoring} of this
   * many documents), postings (lightest first, each with its document's hot long) and the packed
   * forward index
   */
  static RelatedIndex pack(RelatednessSettings settings, long version, Docs docs, TagId[] tagIds,
      TagKind[] tagKinds) {
    Packed p = new Packed();
    p.settings = settings;
    p.version = version;
    int n = docs.count;
    Scoring scoring = Scoring.of(settings, n);
    p.scoring = scoring;
    p.n = n;
    p.idBytes = docs.idBytes;
    p.idStarts = docs.idStarts;
    int[] docStarts = docs.tagStarts;
    p.docStarts = docStarts;
    int[] forward = docs.tags;
    p.tagIds = tagIds;
    p.tagKinds = tagKinds;

    // Times: seconds after the earliest, in an int when they fit one, else epoch seconds.
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (int d = 0; d < n; d++) {
      min = Math.min(min, docs.seconds[d]);
      max = Math.max(max, docs.seconds[d]);
    }
    long timeBase = n == 0 ? 0 : min;
    p.timeBase = timeBase;
    boolean wide = n > 0 && max - min > Integer.MAX_VALUE;

    // Document frequencies, and where each tag's postings start.
    int t = tagIds.length;
    int[] df = new int[t];
    for (int tag : forward) {
      df[tag]++;
    }
    int[] postingStarts = new int[t + 1];
    for (int i = 0; i < t; i++) {
      postingStarts[i + 1] = postingStarts[i] + df[i];
    }
    p.postingStarts = postingStarts;
    // Weights, fixed for the snapshot: kind weight × idf, 0 for near-universal tags.
    double[] weights = new double[t];
    long[] tagBits = new long[t];
    for (int i = 0; i < t; i++) {
      weights[i] = scoring.weight(tagKinds[i], df[i]);
      tagBits[i] = RelatedIndex.tagBits(tagIds[i]);
    }
    p.weights = weights;
    int[] times = wide ? new int[0] : new int[n];
    p.times = times;
    p.wideTimes = wide ? docs.seconds : new long[0];
    long span = n == 0 ? 0 : max - min;
    // Above span / COARSE_TIMES, so that the latest document's coarse time, span / coarseUnit, is
    // below COARSE_TIMES: clamped into the bucket before its own, its decay bound would be taken
    // from a time it was not published at.
    long coarseUnit = span / RelatedIndex.COARSE_TIMES + 1;
    p.coarseUnit = coarseUnit;
    long[] hot = new long[n];
    for (int d = 0; d < n; d++) {
      long signature = 0;
      double total = 0;
      for (int q = docStarts[d]; q < docStarts[d + 1]; q++) {
        signature |= tagBits[forward[q]];
        total += weights[forward[q]];
      }
      long offset = docs.seconds[d] - timeBase;
      if (!wide) {
        times[d] = (int) offset;
      }
      long coarse = Math.min(RelatedIndex.COARSE_TIMES - 1, offset / coarseUnit);
      hot[d] = RelatedIndex.hot(signature, coarse, RelatedIndex.weightFloor(total));
    }
    layPostings(p, n, hot, docStarts, forward, postingStarts, df);
    // The tags some article carries: withChanges keeps the tags of removed articles in the
    // dictionary (df 0), which the statistics, those of the new set, must not count.
    int carried = 0;
    for (int i = 0; i < t; i++) {
      carried += df[i] > 0 ? 1 : 0;
    }
    p.tagWidth = PackedInts.width(Math.max(0, t - 1));
    p.docTags = PackedInts.pack(forward, forward.length, p.tagWidth);
    p.statistics = IndexStatistics.builder().articles(n).tags(carried).postings(forward.length)
        .version(version).build();
    return new RelatedIndex(p);
  }

  /**
   * Lays out the postings: in every list by weight band (the lightest first), then by coarse time,
   * then by number, each beside its document's hot long; and, for lists of {@link
   * RelatedIndex#BANDED_LIST} postings or more, where each band starts.
   */
  private static void layPostings(Packed p, int n, long[] hot, int[] docStarts, int[] forward,
      int[] postingStarts, int[] df) {
    int t = df.length;
    // A counting sort of the documents by band and coarse time, then of their tags by list.
    int[] byKey = new int[RelatedIndex.BANDS * (int) RelatedIndex.COARSE_TIMES + 1];
    for (int d = 0; d < n; d++) {
      byKey[RelatedIndex.postingOrder(hot[d]) + 1]++;
    }
    for (int k = 0; k + 1 < byKey.length; k++) {
      byKey[k + 1] += byKey[k];
    }
    int[] lightFirst = new int[n];
    for (int d = 0; d < n; d++) {
      lightFirst[byKey[RelatedIndex.postingOrder(hot[d])]++] = d;
    }
    int[] postings = new int[forward.length];
    long[] postingHot = new long[forward.length];
    int[] fill = Arrays.copyOf(postingStarts, t);
    for (int d : lightFirst) {
      for (int q = docStarts[d]; q < docStarts[d + 1]; q++) {
        int at = fill[forward[q]]++;
        postings[at] = d;
        postingHot[at] = hot[d];
      }
    }
    p.postings = postings;
    p.postingHot = postingHot;
    // Where each weight band starts, in the lists long enough to be read band by band.
    int[] bandSlot = new int[t];
    int longLists = 0;
    for (int i = 0; i < t; i++) {
      bandSlot[i] = df[i] >= RelatedIndex.BANDED_LIST ? longLists++ : -1;
    }
    int stride = RelatedIndex.BANDS + 1;
    int[] bandStarts = new int[longLists * stride];
    for (int i = 0; i < t; i++) {
      if (bandSlot[i] >= 0) {
        int base = bandSlot[i] * stride;
        int q = postingStarts[i];
        for (int band = 0; band <= RelatedIndex.BANDS; band++) {
          while (q < postingStarts[i + 1] && RelatedIndex.band(postingHot[q]) < band) {
            q++;
          }
          bandStarts[base + band] = q;
        }
      }
    }
    p.bandSlot = bandSlot;
    p.bandStarts = bandStarts;
  }

  /** A snapshot's arrays as packed, handed to {@link RelatedIndex}'s constructor. */
  static final class Packed {
    RelatednessSettings settings;
    Scoring scoring;
    long version;
    int n;
    byte[] idBytes;
    int[] idStarts;
    long timeBase;
    int[] times;
    long[] wideTimes;
    long coarseUnit;
    int[] docStarts;
    long[] docTags;
    int tagWidth;
    TagId[] tagIds;
    TagKind[] tagKinds;
    int[] postingStarts;
    int[] postings;
    long[] postingHot;
    int[] bandSlot;
    int[] bandStarts;
    double[] weights;
    IndexStatistics statistics;

    private Packed() {}
  }

  private static List<ArticleSummary> sortedById(Collection<ArticleSummary> articles) {
    List<ArticleSummary> sorted = new ArrayList<>(articles);
    sorted.sort(Comparator.comparing(a -> a.id().value()));
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).id().equals(sorted.get(i - 1).id())) {
        throw new IllegalArgumentException("article " + sorted.get(i).id() + " is given twice");
      }
    }
    return sorted;
  }

  private static long tagCount(List<ArticleSummary> articles) {
    long count = 0;
    for (ArticleSummary a : articles) {
      count += a.tags().size();
    }
    return count;
  }

  private static int[] tagIndexes(ArticleSummary article, TagId[] dictionary,
      Map<TagId, Integer> extra) {
    int[] tags = new int[article.tags().size()];
    for (int i = 0; i < tags.length; i++) {
      TagId id = article.tags().get(i).id();
      Integer index = extra.get(id);
      tags[i] = index != null ? index
          : Arrays.binarySearch(dictionary, id, Comparator.comparing(TagId::value));
    }
    Arrays.sort(tags);
    return tags;
  }

  /** Documents being gathered for a snapshot, in id order. */
  static final class Docs {
    int count;
    byte[] idBytes;
    int[] idStarts;
    long[] seconds;
    int[] tagStarts;
    int[] tags;
    private int idLength;
    private int tagLength;

    Docs(int capacity, long tagCapacity) {
      if (tagCapacity > Integer.MAX_VALUE - 8) {
        throw new IllegalArgumentException("too many tags for one snapshot: " + tagCapacity);
      }
      idBytes = new byte[Math.max(16, capacity * 16)];
      idStarts = new int[capacity + 1];
      seconds = new long[capacity];
      tagStarts = new int[capacity + 1];
      tags = new int[(int) tagCapacity];
    }

    void add(String id, long second, int[] sortedTags) {
      byte[] bytes = id.getBytes(StandardCharsets.ISO_8859_1); // ids are ASCII by their form
      if (idLength + bytes.length > idBytes.length) {
        idBytes = Arrays.copyOf(idBytes, Math.max(idBytes.length * 2, idLength + bytes.length));
      }
      System.arraycopy(bytes, 0, idBytes, idLength, bytes.length);
      idLength += bytes.length;
      seconds[count] = second;
      System.arraycopy(sortedTags, 0, tags, tagLength, sortedTags.length);
      tagLength += sortedTags.length;
      count++;
      idStarts[count] = idLength;
      tagStarts[count] = tagLength;
    }

    /**
     * Adds an old snapshot's document as it was, its id's bytes copied and its tags renumbered
     * ({@code oldToNew} keeps their order), without making a string or an array of it.
     */
    void addKept(RelatedIndex old, int d, int[] oldToNew) {
      int from = old.idStarts()[d];
      int length = old.idStarts()[d + 1] - from;
      if (idLength + length > idBytes.length) {
        idBytes = Arrays.copyOf(idBytes, Math.max(idBytes.length * 2, idLength + length));
      }
      System.arraycopy(old.idBytes(), from, idBytes, idLength, length);
      idLength += length;
      seconds[count] = old.seconds(d);
      int[] oldStarts = old.docStarts();
      for (int p = oldStarts[d]; p < oldStarts[d + 1]; p++) {
        tags[tagLength++] = oldToNew[old.docTag(p)];
      }
      count++;
      idStarts[count] = idLength;
      tagStarts[count] = tagLength;
    }

    Docs trim() {
      idBytes = Arrays.copyOf(idBytes, idLength);
      idStarts = Arrays.copyOf(idStarts, count + 1);
      seconds = Arrays.copyOf(seconds, count);
      tagStarts = Arrays.copyOf(tagStarts, count + 1);
      tags = Arrays.copyOf(tags, tagLength);
      return this;
    }
  }
}
