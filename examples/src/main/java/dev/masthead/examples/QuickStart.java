package dev.masthead.examples;

import dev.masthead.jackson.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.Paragraph;
import dev.masthead.model.PlaceId;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import java.time.Instant;

/** Recipe: the README's quick start. Build an article, write it as JSON, read it back. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Runs the quick start.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Article article = Article.builder()
        .id(ArticleId.of("japans-long-term-vision"))
        .slug("japans-long-term-vision-for-the-western-balkans")
        .headline("Japan’s Long-Term Vision for the Western Balkans")
        .published(Instant.parse("2025-12-25T08:00:00Z"))
        .language("en")
        .addBody(Paragraph.of("A fireside chat on Japan’s part in the region."))
        .addTag(Tag.of(TagId.of("serbia"), PlaceId.of("serbia"), "Serbia"))
        .build();

    MastheadJson json = MastheadJson.defaults();
    String text = json.write(article);
    System.out.println(text);

    Article again = json.read(text, Article.class);
    System.out.println(again.equals(article));
  }
}
