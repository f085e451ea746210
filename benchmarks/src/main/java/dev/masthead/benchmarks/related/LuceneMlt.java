package dev.masthead.benchmarks.related;

import dev.masthead.fixtures.SyntheticCorpus;
import dev.masthead.model.Tag;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queries.mlt.MoreLikeThis;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.MMapDirectory;

/**
 * Lucene's MoreLikeThis over the same synthetic corpus, configured properly for tags: the peer the
 * relatedness benchmarks compare with.
 *
 * <p>One document per article: its id as a stored (and indexed) string field, and a {@code tags}
 * field holding one untokenised term per tag (the tag id), indexed with frequencies and term
 * vectors, norms omitted. The index is written once with one writer thread, force-merged to one
 * segment (Lucene's best case for search) and read through an {@link MMapDirectory} in a
 * temporary directory under {@code java.io.tmpdir} (the directory Lucene recommends; the files
 * stay in the page cache on this machine), deleted on {@link #close()}. Its fsyncs are turned
 * off: Masthead's index is built in memory with no durability either, and on the benchmark
 * machine's disk the syncs of commit and force-merge made the build time vary from 6 to 17 s at
 * 100,000 articles.
 *
 * <p>MoreLikeThis: the {@code tags} field only, min term freq 1, min doc freq 1, max doc freq
 * unbounded, max query terms = the largest tag count in the corpus (so every tag of the source is
 * a query term), boost off (each term query scores by its BM25 idf alone: with norms omitted and
 * every freq 1 the BM25 tf part is the same constant for every term), no stop words, no word
 * length limits, an analyzer that keeps the value whole. The query is made from the source's doc
 * id ({@link MoreLikeThis#like(int)}, which reads its term vector), searched for k + 1 hits with
 * {@link IndexSearcher}'s defaults (BM25, top-k dynamic pruning); the source itself, which always
 * matches, is dropped (if it is not among the k + 1, because of exact ties sorted by doc id, the
 * first k are kept). A MUST_NOT clause on the source's id term would cost the same.
 *
 * <p>The query cache is off (it caches only non-scoring clauses anyway). Hits are mapped to
 * corpus indexes through an array made once, not by reading the stored id of every hit.
 */
final class LuceneMlt implements Closeable {
  static final String ID = "id";
  static final String TAGS = "tags";

  private final Path path;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final MoreLikeThis moreLikeThis;
  private final int[] corpusIndexOfDoc;
  private final int[] docOfCorpusIndex;

  /** Seconds to write, force-merge and open the index. */
  final double buildSeconds;

  /** Bytes of the index files. */
  final long indexBytes;

  /** The max query terms MoreLikeThis is given: the largest tag count in the corpus. */
  final int maxQueryTerms;

  /**
   * Writes the corpus to a new index and opens it.
   *
   * @param corpus the corpus
   * @param maxTags the largest number of tags an article of the corpus has
   */
  LuceneMlt(SyntheticCorpus corpus, int maxTags) {
    try {
      path = Files.createTempDirectory("masthead-related-lucene-");
      long start = System.nanoTime();
      directory = new UnsyncedDirectory(new MMapDirectory(path));
      FieldType tagType = new FieldType();
      tagType.setTokenized(false);
      tagType.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
      tagType.setStoreTermVectors(true);
      tagType.setOmitNorms(true);
      tagType.setStored(false);
      tagType.freeze();
      IndexWriterConfig config = new IndexWriterConfig(new WholeValueAnalyzer())
          .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
          .setRAMBufferSizeMB(256);
      List<Tag> tags = corpus.tags();
      try (IndexWriter writer = new IndexWriter(directory, config)) {
        for (int i = 0; i < corpus.size(); i++) {
          Document document = new Document();
          document.add(new StringField(ID, corpus.articleId(i).value(), Field.Store.YES));
          for (int tag : corpus.tagIndexes(i)) {
            document.add(new Field(TAGS, tags.get(tag).id().value(), tagType));
          }
          writer.addDocument(document);
        }
        writer.forceMerge(1);
        writer.commit();
      }
      reader = DirectoryReader.open(directory);
      searcher = new IndexSearcher(reader);
      searcher.setQueryCache(null);
      buildSeconds = (System.nanoTime() - start) / 1e9;

      moreLikeThis = new MoreLikeThis(reader);
      moreLikeThis.setFieldNames(new String[] {TAGS});
      moreLikeThis.setAnalyzer(new WholeValueAnalyzer());
      moreLikeThis.setMinTermFreq(1);
      moreLikeThis.setMinDocFreq(1);
      moreLikeThis.setMaxDocFreq(Integer.MAX_VALUE);
      moreLikeThis.setMaxQueryTerms(maxTags);
      moreLikeThis.setBoost(false);
      moreLikeThis.setStopWords(null);
      moreLikeThis.setMinWordLen(0);
      moreLikeThis.setMaxWordLen(0);
      maxQueryTerms = maxTags;

      // Doc ids to corpus indexes and back, from the stored ids ("synthetic-<index>").
      corpusIndexOfDoc = new int[reader.maxDoc()];
      docOfCorpusIndex = new int[corpus.size()];
      StoredFields stored = reader.storedFields();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        String id = stored.document(doc).get(ID);
        int index = Integer.parseInt(id.substring(id.indexOf('-') + 1));
        if (!corpus.articleId(index).value().equals(id)) {
          throw new IllegalStateException("unexpected id " + id);
        }
        corpusIndexOfDoc[doc] = index;
        docOfCorpusIndex[index] = doc;
      }
      try (Stream<Path> files = Files.list(path)) {
        indexBytes = files.mapToLong(f -> f.toFile().length()).sum();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the MoreLikeThis query of an article}
   *
   * @param source the article's corpus index
   */
  Query query(int source) throws IOException {
    return moreLikeThis.like(docOfCorpusIndex[source]);
  }

  /**
   * {@return the top k hits of MoreLikeThis for an article, the article itself left out}
   *
   * @param source the article's corpus index
   * @param k how many
   */
  ScoreDoc[] related(int source, int k) {
    try {
      int self = docOfCorpusIndex[source];
      TopDocs top = searcher.search(moreLikeThis.like(self), k + 1);
      ScoreDoc[] hits = top.scoreDocs;
      ScoreDoc[] result = new ScoreDoc[Math.min(k, hits.length)];
      int size = 0;
      for (ScoreDoc hit : hits) {
        if (hit.doc != self && size < result.length) {
          result[size++] = hit;
        }
      }
      return size == result.length ? result : Arrays.copyOf(result, size);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the top k articles MoreLikeThis finds for an article, the article itself left out, as
   * corpus indexes}
   *
   * @param source the article's corpus index
   * @param k how many
   */
  int[] relatedIndexes(int source, int k) {
    ScoreDoc[] hits = related(source, k);
    int[] result = new int[hits.length];
    for (int i = 0; i < hits.length; i++) {
      result[i] = corpusIndexOfDoc[hits[i].doc];
    }
    return result;
  }

  /**
   * {@return the score Lucene gives an article for a source's MoreLikeThis query}
   *
   * @param source the source's corpus index
   * @param candidate the candidate's corpus index
   */
  float score(int source, int candidate) {
    try {
      return searcher.explain(query(source), docOfCorpusIndex[candidate]).getValue().floatValue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the corpus index of a Lucene doc id}
   *
   * @param doc the doc id
   */
  int corpusIndex(int doc) {
    return corpusIndexOfDoc[doc];
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
      try (Stream<Path> files = Files.walk(path)) {
        for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(f);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A directory whose syncs do nothing: the build is timed without durability, as Masthead's. */
  static final class UnsyncedDirectory extends FilterDirectory {
    UnsyncedDirectory(Directory in) {
      super(in);
    }

    @Override
    public void sync(java.util.Collection<String> names) {
      // Not durable on purpose; see the class comment.
    }

    @Override
    public void syncMetaData() {
      // Not durable on purpose.
    }
  }

  /** An analyzer that keeps the whole value as one term, as the tags were indexed. */
  static final class WholeValueAnalyzer extends Analyzer {
    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
      return new TokenStreamComponents(new WholeValueTokenizer());
    }
  }

  /** Emits its whole input as one token. */
  static final class WholeValueTokenizer extends Tokenizer {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private boolean done;
    private int length;

    @Override
    public boolean incrementToken() throws IOException {
      if (done) {
        return false;
      }
      clearAttributes();
      done = true;
      char[] buffer = new char[256];
      StringBuilder value = new StringBuilder();
      Reader in = input;
      for (int read; (read = in.read(buffer)) > 0; ) {
        value.append(buffer, 0, read);
      }
      length = value.length();
      term.setEmpty().append(value);
      offset.setOffset(correctOffset(0), correctOffset(length));
      return length > 0;
    }

    @Override
    public void end() throws IOException {
      super.end();
      offset.setOffset(correctOffset(length), correctOffset(length));
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      done = false;
      length = 0;
    }
  }
}
