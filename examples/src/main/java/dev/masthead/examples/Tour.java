package dev.masthead.examples;

import java.util.List;
import java.util.function.Consumer;

/**
 * Runs every recipe in order, each under a heading: {@code ./mvnw -B -ntp -Ptour -pl examples
 * -am verify}.
 */
public final class Tour {
  private Tour() {}

  /** One recipe: its title and its entry point. */
  private record Recipe(String title, Class<?> type, Consumer<String[]> main) {}

  private static final List<Recipe> RECIPES = List.of(
      new Recipe("Quick start", QuickStart.class, QuickStart::main),
      new Recipe("The seed article, summarised", SeedArticleSummary.class,
          SeedArticleSummary::main),
      new Recipe("Validation: every violation, with its path", ValidationErrors.class,
          ValidationErrors::main),
      new Recipe("Open vocabularies and extensions", OpenVocabularies.class,
          OpenVocabularies::main),
      new Recipe("JSON: write, read, keep what a newer version added", JsonRoundTrip.class,
          JsonRoundTrip::main),
      new Recipe("Bad content as an RFC 9457 problem body", ProblemDetails.class,
          ProblemDetails::main),
      new Recipe("Related articles, explained tag by tag", RelatedArticles.class,
          RelatedArticles::main),
      new Recipe("schema.org JSON-LD for the article's page", JsonLdForAPage.class,
          JsonLdForAPage::main),
      new Recipe("IPTC ninjs 3.1 out and in", NinjsExchange.class, NinjsExchange::main));

  /**
   * Runs the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    int n = 1;
    for (Recipe recipe : RECIPES) {
      System.out.println();
      System.out.println("== " + n++ + ". " + recipe.title() + " (" + recipe.type().getSimpleName()
          + ") ==");
      System.out.println();
      recipe.main().accept(args);
    }
  }
}
