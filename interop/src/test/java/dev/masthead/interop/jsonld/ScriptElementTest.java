package dev.masthead.interop.jsonld;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.fixtures.Generators;
import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.Directory;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Organisation;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text from the model never ends the {@code <script>} element early nor opens an HTML comment
 * in it, and the element's content is still the same JSON document.
 */
final class ScriptElementTest {
  private static final String START = "<script type=\"application/ld+json\">";
  private static final String END = "</script>";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Generators EDGE_CASES = Generators.builder().edgeCases(0.2).build();

  /**
   * Text that would break a naive element, each as one line of model text; the standfirst, which
   * may hold line breaks, adds U+2028 and U+2029.
   */
  private static final List<String> HOSTILE = List.of(
      "</script><script>alert(1)</script>", "</SCRIPT >", "</sCrIpT", "<!-- open a comment",
      "--> close one", "<![CDATA[ x ]]>", "Tom & Jerry &amp; &lt;b&gt;", "quote \" backslash \\ and \\u003c as text", "a<b>c</b>");

  @Test
  void escapesAngleBracketsAmpersandsAndLineSeparators() {
    String element = JsonLd.scriptElement(
        "{\"a\":\"</script><!--&\u2028\u2029\",\"<\":[\"x>\"]}");
    assertThat(element).isEqualTo(START
        + "{\"a\":\"\\u003c/script\\u003e\\u003c!--\\u0026\\u2028\\u2029\","
        + "\"\\u003c\":[\"x\\u003e\"]}" + END);
  }

  @Test
  void rejectsNull() {
    assertThatThrownBy(() -> JsonLd.scriptElement(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void seedElementHoldsTheSameDocument() {
    String json = JsonLd.defaults().write(SeedCorpus.article(), SeedCorpus.directory(),
        SeedCorpus.publication(), SeedCorpus.relatedTeasers());
    String element = JsonLd.defaults().script(SeedCorpus.article(), SeedCorpus.directory(),
        SeedCorpus.publication(), SeedCorpus.relatedTeasers());
    assertSafe(element, json, "seed");
  }

  @Test
  void hostileTextInEveryKindOfFieldNeverBreaksTheElement() {
    for (long seed = 0; seed < 300; seed++) {
      World world = World.linked(EDGE_CASES, new SplittableRandom(seed));
      String hostile = HOSTILE.get((int) (seed % HOSTILE.size()));
      Article article = hostile(world.article(), hostile);
      Directory directory = hostile(world.directory(), hostile);
      String json = JsonLd.defaults().write(article, directory, world.publication()
          .withName(hostile).withTagline(hostile), world.related());
      String element = JsonLd.scriptElement(json);
      assertSafe(element, json, "seed " + seed + " (World.linked, edgeCases(0.2))");
      JsonNode graph = MAPPER.readTree(element.substring(START.length(),
          element.length() - END.length()));
      assertThat(graph.get("@graph").get(0).get("headline").asString())
          .as("seed %d", seed).isEqualTo(hostile);
    }
  }

  private static Article hostile(Article article, String text) {
    List<Tag> tags = new ArrayList<>(article.tags());
    tags.removeIf(t -> t.id().value().equals("hostile"));
    tags.add(Tag.of(TagId.of("hostile"), TagKind.TOPIC, text));
    return Article.builder().from(article)
        .headline(text)
        .standfirst(text + "\u2028line and\u2029paragraph separators")
        .section(text)
        .tags(tags)
        .addBody(ImageBlock.of(Image.builder()
            .url(java.net.URI.create("https://example.com/hostile.jpg"))
            .altText(text).caption(text).credit(text).build()))
        .build();
  }

  private static Directory hostile(Directory directory, String text) {
    List<Organisation> organisations = directory.organisations().stream()
        .map(o -> o.withName(text)).toList();
    return Directory.builder().from(directory).organisations(organisations).build();
  }

  private static void assertSafe(String element, String json, String what) {
    assertThat(element).as(what).startsWith(START).endsWith(END);
    String content = element.substring(START.length(), element.length() - END.length());
    assertThat(content).as(what).doesNotContain("<", ">", "&", "\u2028", "\u2029");
    assertThat(MAPPER.readTree(content)).as(what).isEqualTo(MAPPER.readTree(json));
  }
}
