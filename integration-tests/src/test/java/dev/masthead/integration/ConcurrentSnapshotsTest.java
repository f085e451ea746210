package dev.masthead.integration;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.SyntheticCorpus;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.related.RelatedArticle;
import dev.masthead.related.RelatedIndex;
import dev.masthead.related.RelatedQuery;
import dev.masthead.related.RelatednessSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;

/**
 * Readers query snapshots while a writer keeps making new ones with {@link
 * RelatedIndex#withChanges}: no reader waits, none fails, and every answer is the one its
 * snapshot gives alone, after the run. Bounded in time (about two seconds) and in count.
 */
@Isolated // alone, so that the threads here are the only ones racing
final class ConcurrentSnapshotsTest {
  private static final int ARTICLES = 12_000;
  private static final int FIRST = 10_000;
  private static final int BATCH = 100;
  private static final int READERS = 3;
  private static final int MAX_ANSWERS = 30_000;
  private static final long MILLIS = 2_000;

  /** One answer a reader got, with the snapshot it asked. */
  private record Answer(RelatedIndex snapshot, RelatedQuery query, List<RelatedArticle> related) {}

  @Test
  void everyAnswerIsTheAnswerOfTheSnapshotItWasAskedOf() throws InterruptedException {
    List<ArticleSummary> all = new ArrayList<>(
        SyntheticCorpus.builder().articles(ARTICLES).seed(77).build().summaries());
    RelatednessSettings settings = RelatednessSettings.defaults();
    AtomicReference<RelatedIndex> current =
        new AtomicReference<>(RelatedIndex.of(all.subList(0, FIRST), settings));
    ConcurrentLinkedQueue<Answer> answers = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
    AtomicInteger answered = new AtomicInteger();
    AtomicInteger snapshots = new AtomicInteger(1);
    long deadline = System.nanoTime() + MILLIS * 1_000_000;
    CountDownLatch start = new CountDownLatch(1);

    // The writer: a window of FIRST articles sliding through the corpus, BATCH at a time.
    Thread writer = new Thread(() -> {
      try {
        start.await();
        int from = 0;
        while (System.nanoTime() < deadline && answered.get() < MAX_ANSWERS) {
          int to = from + FIRST;
          List<ArticleSummary> added = new ArrayList<>();
          List<ArticleId> removed = new ArrayList<>();
          for (int i = 0; i < BATCH; i++) {
            added.add(all.get((to + i) % ARTICLES));
            removed.add(all.get((from + i) % ARTICLES).id());
          }
          current.set(current.get().withChanges(added, removed));
          snapshots.incrementAndGet();
          from = (from + BATCH) % ARTICLES;
        }
      } catch (Throwable e) {
        errors.add(e);
      }
    }, "writer");
    List<Thread> readers = new ArrayList<>();
    for (int r = 0; r < READERS; r++) {
      SplittableRandom random = new SplittableRandom(r);
      readers.add(new Thread(() -> {
        try {
          start.await();
          while (System.nanoTime() < deadline && answered.incrementAndGet() <= MAX_ANSWERS) {
            RelatedIndex snapshot = current.get();
            // Any article of the corpus; those the snapshot does not hold are passed over.
            ArticleId source = all.get(random.nextInt(ARTICLES)).id();
            if (!snapshot.contains(source)) {
              continue;
            }
            RelatedQuery query = RelatedQuery.of(source, 10);
            answers.add(new Answer(snapshot, query, snapshot.related(query)));
          }
        } catch (Throwable e) {
          errors.add(e);
        }
      }, "reader-" + r));
    }
    writer.start();
    readers.forEach(Thread::start);
    start.countDown();
    writer.join();
    for (Thread reader : readers) {
      reader.join();
    }

    assertThat(errors).isEmpty();
    assertThat(snapshots.get()).as("snapshots made").isGreaterThan(1);
    assertThat(answers).hasSizeGreaterThan(100);
    long distinctSnapshots = answers.stream().map(Answer::snapshot).distinct().count();
    for (Answer answer : answers) {
      assertThat(answer.related()).as("%s", answer.query())
          .isEqualTo(answer.snapshot().related(answer.query()));
    }
    System.out.println(String.format(Locale.ROOT,
        "related-concurrency: %d answers by %d readers over %d snapshots (%d made), 0 errors",
        answers.size(), READERS, distinctSnapshots, snapshots.get()));
  }
}
