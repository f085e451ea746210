package dev.masthead.examples;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.interop.ninjs.NinjsReader;
import dev.masthead.interop.ninjs.NinjsWriter;
import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.Violation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Recipe: exchanging articles with wire agencies and CMSs as IPTC ninjs 3.1. An article goes
 * out as a ninjs item any ninjs reader understands, carrying the exact Masthead JSON in a
 * sidecar body, so it comes back identical; a partner's item without a sidecar comes in with
 * what ninjs and Masthead share, its other properties kept and written back; an item that
 * cannot be an article is refused with the pointer and the rule.
 */
public final class NinjsExchange {
  private NinjsExchange() {}

  /**
   * Writes the seed article as ninjs, reads it back, reads a partner's item and refuses one.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Article article = SeedCorpus.article();
    NinjsWriter writer = NinjsWriter.builder().publication(SeedCorpus.publication()).build();
    String item = writer.write(article, SeedCorpus.directory());
    JsonNode tree = JsonMapper.builder().build().readTree(item);
    System.out.println("uri " + tree.get("uri").asString());
    System.out.println("bodies " + tree.get("bodies").valueStream()
        .map(body -> body.get("role").asString() + " (" + body.get("contentType").asString() + ")")
        .toList());
    System.out.println("read back identical: " + NinjsReader.defaults().read(item).equals(article));

    String partnerItem = """
        {"uri": "urn:partner:story:4711", "type": "text", "language": "en",
         "versionCreated": "2025-12-24T17:30:00Z", "firstCreated": "2025-12-24T17:00:00Z",
         "headlines": [{"role": "main", "value": "Ports of the Adriatic invest in rail links"}],
         "urgency": 3,
         "subjects": [{"name": "Transport", "uri": "http://cv.iptc.org/newscodes/mediatopic/20000426"}]}
        """;
    Article foreign = NinjsReader.defaults().read(partnerItem);
    System.out.println("partner item: " + foreign.id() + ", \"" + foreign.headline() + "\", "
        + foreign.published() + ", tags " + foreign.tags().size()
        + ", kept for the way back: " + foreign.extensions().keySet());

    try {
      NinjsReader.defaults().read("{\"uri\": \"urn:partner:story:4712\", \"type\": \"text\"}");
    } catch (ContentReadException e) {
      for (Violation violation : e.violations()) {
        System.out.println("refused: " + violation.pointer() + " " + violation.rule());
      }
    }
  }
}
