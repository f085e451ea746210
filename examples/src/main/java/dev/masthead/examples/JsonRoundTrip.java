package dev.masthead.examples;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.ContentReadException;
import dev.masthead.jackson.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.Block;
import dev.masthead.model.Person;
import dev.masthead.model.UnknownBlock;

/**
 * Recipe: write the seed article as JSON, read it back; read a document from a newer version
 * with fields and a block type this version does not know, and write it back unchanged; read a
 * broken one and see every problem with its JSON Pointer.
 */
public final class JsonRoundTrip {
  private JsonRoundTrip() {}

  /**
   * Runs the recipe.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    MastheadJson json = MastheadJson.defaults();

    Article article = SeedCorpus.article();
    String text = json.write(article);
    System.out.println("The seed article is " + text.length() + " characters of JSON; read back"
        + " equal: " + json.read(text, Article.class).equals(article));

    String newer = """
        {"id":"akira-imamura","name":{"given":"Akira","family":"Imamura","order":"given-first",\
        "acme:kana":"アキラ"},"honorificPrefix":"H.E.","pronouns":"he/him"}""";
    Person person = json.read(newer, Person.class);
    System.out.println("A newer person document: " + person.formalName() + ", unknown fields kept: "
        + person.extensions().keySet() + " and " + person.name().extensions().keySet());
    System.out.println("  written back: " + json.write(person));
    System.out.println("  byte for byte the same: " + json.write(person).equals(newer));

    String withNewBlock = """
        {"id":"poll-article","slug":"poll-article","headline":"Which port next?",\
        "published":"2026-01-05T09:00:00Z","language":"en","body":[\
        {"type":"paragraph","content":[{"text":"Vote below."}]},\
        {"type":"poll","question":"Bar or Durrës?","options":["Bar","Durrës"]}]}""";
    Article withPoll = json.read(withNewBlock, Article.class);
    Block poll = withPoll.body().get(1);
    boolean sameTree = json.mapper().readTree(json.write(withPoll))
        .equals(json.mapper().readTree(withNewBlock));
    System.out.println("A block type this version does not know: " + poll.type() + ", kept as "
        + (poll instanceof UnknownBlock ? "UnknownBlock" : "?") + " "
        + poll.extensions().keySet() + "; written back as the same JSON tree: " + sameTree);

    String broken = """
        {"id":"Bad Id","slug":"ok","published":"yesterday","language":"en",\
        "body":[{"type":"paragraph","content":[]}],"tags":[{"id":"x","kind":"topic"}]}""";
    try {
      json.read(broken, Article.class);
    } catch (ContentReadException e) {
      System.out.println(e.getMessage());
    }
  }
}
