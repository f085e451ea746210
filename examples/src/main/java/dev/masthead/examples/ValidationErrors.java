package dev.masthead.examples;

import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ContentValidationException;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import dev.masthead.model.Violation;
import java.net.URI;
import java.time.Instant;

/**
 * Recipe: a value that breaks several invariants is never built; one {@link
 * ContentValidationException} lists every violation, each with its path, its rule and an excerpt
 * of the value.
 */
public final class ValidationErrors {
  private ValidationErrors() {}

  /**
   * Tries to build a broken article and prints what is wrong with it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Tag investment = Tag.of(TagId.of("investment"), TagKind.TOPIC, "Investment");
    try {
      Article.builder()
          .id(ArticleId.of("broken"))
          .slug("Not A Slug")
          .headline("   ")
          .published(Instant.parse("2025-12-25T08:00:00Z"))
          .updated(Instant.parse("2025-12-24T08:00:00Z"))
          .language("english")
          .canonicalUrl(URI.create("ftp://connectingregion.com/broken"))
          .addTags(investment, investment)
          .build();
    } catch (ContentValidationException e) {
      System.out.println(e.getMessage());
      System.out.println();
      System.out.println("As JSON Pointers (where each value sits in the JSON):");
      for (Violation violation : e.violations()) {
        System.out.println("  " + violation.pointer() + "  " + violation.rule());
      }
    }
  }
}
