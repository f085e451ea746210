package dev.masthead.examples;

import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ContentValidationException;
import dev.masthead.model.Paragraph;
import dev.masthead.model.PlaceId;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import java.time.Instant;

/** Recipe: the README's quick start. Build an article, read its teaser, break an invariant. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Article article = Article.builder()
        .id(ArticleId.of("japans-long-term-vision-western-balkans"))
        .slug("japans-long-term-vision-for-the-western-balkans")
        .headline("Japan’s Long-Term Vision for the Western Balkans")
        .published(Instant.parse("2025-12-25T08:00:00Z"))
        .language("en")
        .addBody(Paragraph.of("The fireside chat was one of the conversations at the Western"
            + " Balkans 2030 conference, and it turned to the larger part that Japan means to"
            + " play in Serbia and in the region."))
        .addTag(Tag.of(TagId.of("serbia"), PlaceId.of("serbia"), "Serbia"))
        .build();

    System.out.println(article.summary().excerpt().orElseThrow());
    System.out.println(article.tags().get(0).kind());
    try {
      article.withHeadline("   ");
    } catch (ContentValidationException e) {
      System.out.println(e.getMessage());
    }
  }
}
