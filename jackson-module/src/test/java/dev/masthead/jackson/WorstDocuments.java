package dev.masthead.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Articles within every default read limit that are as costly to read as we can make them: many
 * problems, dense problems, many unknown properties, deep extensions, long names, late block
 * types, long strings full of escapes, lists and objects far over the model's maximums. Each is
 * about a given size, and comes with a valid article of the same size to compare with. Used by
 * {@link WorstDocumentsTest} (the caps on problems and messages) and by the benchmarks (the cost
 * per byte, next to the valid article's).
 */
public final class WorstDocuments {
  /** The article every document starts with: its required properties. */
  private static final String HEAD = "{\"id\":\"worst\",\"slug\":\"worst\",\"headline\":\"Worst\","
      + "\"published\":\"2025-12-25T08:00:00Z\",\"language\":\"en\"";

  private WorstDocuments() {}

  /**
   * One document.
   *
   * @param name what it is
   * @param json its bytes
   * @param problems how many problems reading it finds, 0 for a valid document
   */
  public record Document(String name, byte[] json, int problems) {
    @Override
    public String toString() {
      return name + " (" + json.length + " bytes)";
    }
  }

  /**
   * {@return every worst document, each about {@code size} bytes}
   *
   * @param size the size to aim at, in bytes (a few hundred kilobytes to a few megabytes)
   */
  public static List<Document> all(int size) {
    List<Document> all = new ArrayList<>();
    all.add(imageBlocksNamingInvalidPeople(size));
    all.add(wrongTypeElements(size));
    all.add(emptyObjects(size));
    all.add(repeatedProperties(size));
    all.add(unknownProperties(size));
    all.add(deepExtensions(size));
    all.add(longNames(size));
    all.add(typeLast(size));
    all.add(escapedStrings(size));
    all.add(listFarOverItsMaximum(size));
    all.add(objectFarOverItsExtensions(size));
    return all;
  }

  /**
   * {@return a valid article of about {@code size} bytes: paragraphs with marks and links,
   * headings and quotes, as MastheadJson writes it}
   *
   * @param size the size to aim at, in bytes
   */
  public static Document valid(int size) {
    Article seed = SeedCorpus.article();
    List<Block> twice = new ArrayList<>(seed.body());
    twice.addAll(seed.body());
    int once = MastheadJson.defaults().writeBytes(seed).length;
    int perRound = MastheadJson.defaults().writeBytes(seed.withBody(twice)).length - once;
    int rounds = Math.min(10_000 / seed.body().size(), Math.max(1, (size - once) / perRound + 1));
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < rounds; i++) {
      blocks.addAll(seed.body());
    }
    byte[] json = MastheadJson.defaults().writeBytes(seed.withBody(blocks));
    return new Document("valid article", json, 0);
  }

  /**
   * The issue's own: image blocks, each naming 1,000 people by ids that are not ids: a problem
   * every ten bytes, each with a pointer.
   */
  static Document imageBlocksNamingInvalidPeople(int size) {
    String block = "{\"type\":\"image\",\"image\":{\"url\":\"https://connectingregion.com/p.jpg\","
        + "\"altText\":\"\",\"depicted\":[" + repeat(1000, i -> "\"Bad Id\"") + "]}}";
    int blocks = Math.max(1, size / block.length());
    return new Document("image blocks naming 1,000 invalid people each",
        article(",\"body\":[" + repeat(blocks, i -> block) + "]"), blocks * 1000);
  }

  /** Paragraphs of 1,000 numbers where spans belong: a problem every two bytes. */
  static Document wrongTypeElements(int size) {
    String block = "{\"type\":\"paragraph\",\"content\":[" + repeat(1000, i -> "0") + "]}";
    int blocks = Math.max(1, size / block.length());
    return new Document("paragraphs of 1,000 numbers each",
        article(",\"body\":[" + repeat(blocks, i -> block) + "]"), blocks * 1000);
  }

  /**
   * Empty objects where tags and spans belong: a tag lacks three properties, a span its text;
   * three bytes each.
   */
  static Document emptyObjects(int size) {
    String tags = ",\"tags\":[" + repeat(1000, i -> "{}") + "]";
    String block = "{\"type\":\"paragraph\",\"content\":[" + repeat(1000, i -> "{}") + "]}";
    int blocks = Math.max(1, (size - tags.length()) / block.length());
    return new Document("empty tags and spans",
        article(tags + ",\"body\":[" + repeat(blocks, i -> block) + "]"),
        3 * 1000 + blocks * 1000);
  }

  /** Tags repeating one unknown property: every repeat a problem. */
  static Document repeatedProperties(int size) {
    int repeats = Math.max(1, (size / 1000 - 60) / 6);
    String tag = "{\"id\":\"t\",\"kind\":\"topic\",\"label\":\"T\"," + repeat(repeats, i -> "\"x\":1")
        + "}";
    return new Document("tags repeating a property", article(",\"tags\":["
        + repeat(1000, i -> tag.replace("\"id\":\"t\"", "\"id\":\"t" + i + "\"")) + "]"),
        1000 * (repeats - 1));
  }

  /**
   * Valid: tags with 256 unknown properties each, the most an object keeps; as many tags as the
   * model's total of values allows (about 520 values a tag).
   */
  static Document unknownProperties(int size) {
    String extensions = repeat(256, i -> "\"acme:property-" + i + "\":" + i);
    int tags = Math.min(75, Math.max(1, size / (extensions.length() + 60)));
    return new Document("tags with 256 unknown properties each", article(",\"tags\":["
        + repeat(tags, i -> "{\"id\":\"t" + i + "\",\"kind\":\"topic\",\"label\":\"T\","
            + extensions + "}") + "]"), 0);
  }

  /**
   * Valid: extensions nested as deep as raw JSON may be, 32 levels; as many tags as the model's
   * total of values allows (about 2,300 values a tag).
   */
  static Document deepExtensions(int size) {
    String deep = "[".repeat(29) + "{\"a\":[1,\"" + "x".repeat(600)
        + "\",true,null,{\"b\":2}]}" + "]".repeat(29);
    String extensions = repeat(32, i -> "\"acme:d" + i + "\":" + deep);
    int tags = Math.min(18, Math.max(1, size / (extensions.length() + 60)));
    return new Document("tags with 32 extensions nested 32 deep", article(",\"tags\":["
        + repeat(tags, i -> "{\"id\":\"t" + i + "\",\"kind\":\"topic\",\"label\":\"T\","
            + extensions + "}") + "]"), 0);
  }

  /** Valid: extension names of 256 bytes, 128 of them a tag. */
  static Document longNames(int size) {
    String extensions = repeat(128, i -> "\"" + String.format(Locale.ROOT, "%03d", i) + "n".repeat(253)
        + "\":1");
    int tags = Math.min(1000, Math.max(1, size / (extensions.length() + 60)));
    return new Document("tags with 128 names of 256 bytes each", article(",\"tags\":["
        + repeat(tags, i -> "{\"id\":\"t" + i + "\",\"kind\":\"topic\",\"label\":\"T\","
            + extensions + "}") + "]"), 0);
  }

  /**
   * Valid: the valid article of the same size with every block's type last, so that each block
   * is buffered and read again: what that costs, on the same content.
   */
  static Document typeLast(int size) {
    JsonMapper mapper = JsonMapper.shared();
    ObjectNode article = (ObjectNode) mapper.readTree(valid(size).json());
    for (JsonNode block : article.get("body")) {
      ObjectNode object = (ObjectNode) block;
      object.set("type", object.remove("type"));
    }
    return new Document("blocks with their type last", mapper.writeValueAsBytes(article), 0);
  }

  /** Valid: extension strings of escapes only, six bytes a character. */
  static Document escapedStrings(int size) {
    int characters = Math.max(1, Math.min(1_000_000 / 6 - 2, size / 6 / 8));
    String escaped = "\"" + "\\u0001".repeat(characters) + "\"";
    return new Document("extension strings of escapes",
        article("," + repeat(8, i -> "\"acme:s" + i + "\":" + escaped)), 0);
  }

  /** A list far over its maximum of 1,000 ids: one problem, the rest only checked. */
  static Document listFarOverItsMaximum(int size) {
    int ids = Math.max(1001, size / 8);
    return new Document("related list of " + ids + " ids",
        article(",\"related\":[" + repeat(ids, i -> "\"a" + i + "\"") + "]"), 1);
  }

  /** An object far over its 256 extensions: one problem, the rest only checked. */
  static Document objectFarOverItsExtensions(int size) {
    int names = Math.max(257, size / 14);
    return new Document("article with " + names + " unknown properties",
        article("," + repeat(names, i -> "\"acme:" + i + "\":" + i)), 1);
  }

  private static byte[] article(String rest) {
    return (HEAD + rest + "}").getBytes(UTF_8);
  }

  private static String repeat(int times, IntFunction<String> element) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < times; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(element.apply(i));
    }
    return out.toString();
  }
}
