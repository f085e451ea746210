package dev.masthead.related;

import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Small hand-made articles for the edge cases the generators do not make. Public for the
 * integration tests, which use core's test jar.
 */
public final class Articles {
  private Articles() {}

  /** {@return an article with topic tags of these ids} */
  public static ArticleSummary article(String id, String published, String... tags) {
    return article(id, Instant.parse(published), tags);
  }

  /** {@return an article with topic tags of these ids} */
  public static ArticleSummary article(String id, Instant published, String... tags) {
    ArticleSummary.Builder b = ArticleSummary.builder().id(ArticleId.of(id)).slug(id)
        .headline("Article " + id).published(published);
    for (String tag : tags) {
      b.addTags(Tag.of(TagId.of(tag), TagKind.TOPIC, "Tag " + tag));
    }
    return b.build();
  }

  /** {@return an article with these tags, of any kinds} */
  public static ArticleSummary tagged(String id, Instant published, Tag... tags) {
    return ArticleSummary.builder().id(ArticleId.of(id)).slug(id).headline("Article " + id)
        .published(published).addTags(tags).build();
  }

  /** {@return a tag of this id and kind} */
  public static Tag tag(String id, TagKind kind) {
    return Tag.of(TagId.of(id), kind, "Tag " + id);
  }

  /** {@return what the reference compares of each related article: id, score, time} */
  public static List<Reference.Hit> hits(List<RelatedArticle> related) {
    List<Reference.Hit> hits = new ArrayList<>(related.size());
    for (RelatedArticle r : related) {
      hits.add(new Reference.Hit(r.id(), r.score(), r.published()));
    }
    return hits;
  }
}
