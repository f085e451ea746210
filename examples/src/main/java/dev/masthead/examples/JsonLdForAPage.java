package dev.masthead.examples;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.interop.jsonld.JsonLd;

/**
 * Recipe: the schema.org JSON-LD of an article page, for search engines. One {@code @graph}
 * holds the article, its page and site, the publisher, the images and every person,
 * organisation, place and event it covers or tags, each with a stable {@code @id}; the script
 * element escapes what could end it early.
 */
public final class JsonLdForAPage {
  private JsonLdForAPage() {}

  /**
   * Prints the seed article's graph, indented, in its script element.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    JsonLd jsonLd = JsonLd.builder().indent(true).build();
    String element = jsonLd.script(SeedCorpus.article(), SeedCorpus.directory(),
        SeedCorpus.publication(), SeedCorpus.relatedTeasers());
    System.out.println(element);
  }
}
