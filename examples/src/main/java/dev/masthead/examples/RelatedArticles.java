package dev.masthead.examples;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.fixtures.SyntheticCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.related.Explanation;
import dev.masthead.related.RelatedArticle;
import dev.masthead.related.RelatedIndex;
import dev.masthead.related.RelatednessSettings;
import dev.masthead.related.TagContribution;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Recipe: the seed article's related articles, explained. A {@link RelatedIndex} over the seed
 * corpus, four earlier articles that share some of its tags, and an archive of 2,000 synthetic
 * articles; the five most related, each with its score and, tag by tag, where the score comes
 * from.
 */
public final class RelatedArticles {
  /** One shared tag: id, kind, df, idf, weight (kind weight × idf), contribution. */
  private static final String ROW = "   %-26s %-12s %4d %6.3f %7.3f %13.6f%n";

  private RelatedArticles() {}

  /**
   * Prints the seed article's five most related articles, each with its explanation.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Article seed = SeedCorpus.article();
    List<ArticleSummary> articles = new ArrayList<>();
    articles.add(seed.summary());
    articles.addAll(SeedCorpus.relatedTeasers());
    articles.add(earlier(seed, "serbia-japan-declaration", "2025-09-12T10:00:00Z",
        "Serbia and Japan Sign a Declaration to Deepen Cooperation",
        "japan", "serbia", "akira-imamura", "diplomacy"));
    articles.add(earlier(seed, "japanese-business-alliance-belgrade", "2025-04-08T10:00:00Z",
        "The Japanese Business Alliance Opens Its Doors in Belgrade",
        "japanese-business-alliance", "oliver-lepori", "japan", "serbia", "investment"));
    articles.add(earlier(seed, "western-balkans-2030-programme", "2025-10-30T10:00:00Z",
        "Western Balkans 2030: The Conference Programme",
        "western-balkans-2030", "eib", "unops", "western-balkans"));
    articles.add(earlier(seed, "eib-unops-serbia-2019", "2019-03-14T10:00:00Z",
        "EIB and UNOPS Sign for Serbian Municipal Infrastructure",
        "eib", "unops", "serbia", "investment"));

    // The archive they sit in: its commonest place and topic stand for Serbia and investment,
    // as in a magazine about the region, so that those two tags count for little.
    Map<TagId, Tag> common = Map.of(TagId.of("place-1"), tag(seed, "serbia"),
        TagId.of("topic-1"), tag(seed, "investment"));
    for (ArticleSummary a : SyntheticCorpus.builder().articles(2_000).seed(20251225).build()
        .summaries()) {
      articles.add(a.withTags(a.tags().stream().map(t -> common.getOrDefault(t.id(), t))
          .toList()));
    }

    RelatedIndex index = RelatedIndex.of(articles, RelatednessSettings.defaults());
    List<RelatedArticle> related = index.related(seed.id(), 5);

    // A related article is an id, a score and a time: the headline comes from your own store.
    Map<ArticleId, String> headlines = articles.stream()
        .collect(Collectors.toMap(ArticleSummary::id, ArticleSummary::headline));
    System.out.println("Related to " + seed.id() + " (" + seed.tags().size() + " tags), among "
        + index.size() + " articles:");
    int rank = 1;
    for (RelatedArticle r : related) {
      Explanation e = r.explanation();
      System.out.println();
      System.out.printf(Locale.ROOT, "%d. %s  score %.6f%n   %s, %s%n", rank++, r.id(),
          r.score(), headlines.get(r.id()), LocalDate.ofInstant(r.published(), ZoneOffset.UTC));
      System.out.printf(Locale.ROOT, "   %-26s %-12s %4s %6s %7s %13s%n", "tag", "kind", "df",
          "idf", "weight", "contribution");
      for (TagContribution c : e.contributions()) {
        System.out.printf(Locale.ROOT, ROW, c.tag(), c.kind(), c.documentFrequency(), c.idf(),
            c.weight(), c.contribution());
      }
      System.out.printf(Locale.ROOT, "   S %.3f  W(a) %.3f  W(b) %.3f  %s factor %.6f%n",
          e.sharedWeight(), e.sourceWeight(), e.candidateWeight(), e.normalisation(),
          e.normalisationFactor());
      System.out.printf(Locale.ROOT, "   %.1f days apart  decay %.6f  score %.6f%n",
          e.age().toSeconds() / 86_400.0, e.decay(), e.score());
    }
  }

  /** An article published before the seed article, tagged with some of its tags. */
  private static ArticleSummary earlier(Article seed, String id, String published,
      String headline, String... tags) {
    return ArticleSummary.builder().id(ArticleId.of(id)).slug(id).headline(headline)
        .published(Instant.parse(published))
        .tags(Stream.of(tags).map(t -> tag(seed, t)).toList())
        .build();
  }

  /** The seed article's tag of this id. */
  private static Tag tag(Article seed, String id) {
    return seed.tags().stream().filter(t -> t.id().value().equals(id)).findFirst().orElseThrow();
  }
}
