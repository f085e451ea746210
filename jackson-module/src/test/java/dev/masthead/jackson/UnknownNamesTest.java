package dev.masthead.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.Event;
import dev.masthead.model.RawJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A property a reader does not know is kept under its own name, however close it is to a name
 * it knows. jackson-core 3.0.0 and 3.0.1 take a name one byte longer than a known name of 12 or
 * 16 bytes for the known one ({@code "canonicalUrls"} for {@code "canonicalUrl"}), which would
 * make an extension a repeated property; this test runs on the floor Jackson too.
 */
final class UnknownNamesTest {
  private static final MastheadJson JSON = MastheadJson.defaults();
  private static final JsonMapper TREES = JsonMapper.builder().build();
  private static final JsonMapper USERS = JsonMapper.builder().addModule(new MastheadModule())
      .build();

  @Test
  void everyKnownNameWithOneMoreCharacterIsAnExtensionOfItsOwn() {
    ObjectNode document = (ObjectNode) TREES.readTree(JSON.write(SeedCorpus.article()));
    List<String> longer = new ArrayList<>();
    for (String name : List.copyOf(document.propertyNames())) {
      for (String more : List.of("s", "X", "_", "0")) {
        longer.add(name + more);
        document.put(name + more, longer.size());
      }
    }
    assertThat(longer).contains("canonicalUrls");
    byte[] json = TREES.writeValueAsBytes(document);

    // From bytes: jackson-core's byte parser is the one whose matcher took such names.
    for (Article article : List.of(JSON.read(json, Article.class),
        USERS.readValue(json, Article.class),
        JSON.read(new String(json, java.nio.charset.StandardCharsets.UTF_8), Article.class))) {
      assertThat(article.extensions()).containsOnlyKeys(longer);
      assertThat(article.extensions().get("canonicalUrls")).isEqualTo(
          RawJson.of(String.valueOf(longer.indexOf("canonicalUrls") + 1)));
      assertThat(article.withExtensions(java.util.Map.of())).isEqualTo(SeedCorpus.article());
    }
  }

  @Test
  void aNestedObjectKeepsANameOneByteLongerThanATwelveByteName() {
    ObjectNode document = (ObjectNode) TREES.readTree(JSON.write(SeedCorpus.conference()));
    ObjectNode organisation = (ObjectNode) document.get("organisations").get(0);
    organisation.putArray("organisations").addObject().put("organisation", "eib");

    Event event = JSON.read(TREES.writeValueAsBytes(document), Event.class);

    assertThat(event.organisations().get(0).extensions())
        .containsOnlyKeys("organisations")
        .containsValue(RawJson.of("[{\"organisation\":\"eib\"}]"));
    assertThat(event.organisations().get(0).organisation())
        .isEqualTo(SeedCorpus.conference().organisations().get(0).organisation());
  }
}
