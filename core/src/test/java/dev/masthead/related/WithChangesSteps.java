package dev.masthead.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Changes a snapshot step by step with {@link RelatedIndex#withChanges} (articles added, removed,
 * replaced by changed versions, an article new to the corpus, an id never indexed; then
 * everything removed, everything put back, and once more at random) and checks after each step
 * that it answers as a snapshot built from the resulting set: the same statistics bar the
 * version, which counts the steps, the same articles, and the same related lists (by id and by
 * article), explanations and scores. Used on core's random corpora and on the fixtures'.
 *
 * <p>Every tag should keep one kind in the corpus and in the changes: withChanges keeps the kind
 * a tag had in the old snapshot, where a rebuild takes the kind on the first article, in id
 * order, that carries it, so the two differ when one tag id comes with different kinds.
 */
public final class WithChangesSteps {
  /** How the corpus at hand changes an article and makes an article to query by. */
  public interface Changes {
    /** {@return the article with other tags and another date, under its own id} */
    ArticleSummary changed(ArticleSummary article, SplittableRandom random);

    /** {@return an article to query by, indexed or not} */
    ArticleSummary probe(int n, SplittableRandom random);
  }

  private WithChangesSteps() {}

  /**
   * Runs the steps over a corpus, starting from about two thirds of it.
   *
   * @param all the corpus
   * @param settings how to score
   * @param random the source of every choice
   * @param changes how to change and probe articles of this corpus
   * @param context what to name in a failure
   */
  public static void assertEveryStepAnswersAsARebuild(List<ArticleSummary> all,
      RelatednessSettings settings, SplittableRandom random, Changes changes, String context) {
    Map<ArticleId, ArticleSummary> current = new LinkedHashMap<>();
    for (ArticleSummary a : all) {
      if (random.nextInt(3) > 0) {
        current.put(a.id(), a);
      }
    }
    RelatedIndex index = RelatedIndex.of(current.values(), settings);
    for (int step = 1; step <= 5; step++) {
      List<ArticleSummary> added = new ArrayList<>();
      List<ArticleId> removed = new ArrayList<>();
      if (step == 3) {
        removed.addAll(current.keySet()); // everything
      } else if (step == 4) {
        added.addAll(all); // everything back, some replacing what is there
      } else {
        for (ArticleSummary a : all) {
          int r = random.nextInt(8);
          if (r == 0) {
            added.add(a);
          } else if (r == 1) {
            removed.add(a.id());
          } else if (r == 2) {
            added.add(changes.changed(a, random));
          }
        }
        added.add(changes.probe(step, random).withId(ArticleId.of("zz-new-" + step)));
        removed.add(ArticleId.of("never-indexed"));
      }
      index = index.withChanges(added, removed);
      removed.forEach(current::remove);
      added.forEach(a -> current.put(a.id(), a));
      RelatedIndex rebuilt = RelatedIndex.of(current.values(), settings);
      String what = context + "; " + settings + "; step " + step;
      IndexStatistics statistics = IndexStatistics.builder().from(rebuilt.statistics())
          .version(1 + step).build();
      assertThat(index.statistics()).as(what).isEqualTo(statistics);
      assertThat(index.size()).as(what).isEqualTo(current.size());
      for (ArticleSummary a : all) {
        assertThat(index.contains(a.id())).as(what).isEqualTo(current.containsKey(a.id()));
      }
      List<ArticleSummary> now = new ArrayList<>(current.values());
      for (int q = 0; q < 8 && !now.isEmpty(); q++) {
        ArticleSummary source = now.get(random.nextInt(now.size()));
        RelatedQuery byId = RelatedQuery.of(source.id(), 20);
        assertThat(Articles.hits(index.related(byId))).as("%s; %s", what, byId)
            .isEqualTo(Articles.hits(rebuilt.related(byId)));
        RelatedQuery byArticle = RelatedQuery.builder()
            .article(changes.probe(q, random)).limit(20).build();
        assertThat(Articles.hits(index.related(byArticle))).as("%s; %s", what, byArticle)
            .isEqualTo(Articles.hits(rebuilt.related(byArticle)));
        ArticleId candidate = now.get(random.nextInt(now.size())).id();
        assertThat(index.explain(source.id(), candidate)).as(what).isEqualTo(Explanation
            .builder().from(rebuilt.explain(source.id(), candidate)).statistics(statistics)
            .build());
        assertThat(index.score(source.id(), candidate)).as(what)
            .isEqualTo(rebuilt.score(source.id(), candidate));
      }
    }
  }
}
