package dev.masthead.interop.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.Generators;
import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.Contributor;
import dev.masthead.model.ContributorRole;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.PersonId;
import java.net.URI;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Google's Article structured data (no required properties; recommended: author, author.name,
 * author.url, dateModified, datePublished, headline, image; and the publisher's logo) is there
 * whenever the model has what it needs, and never invented when it has not. The table in {@code docs/interop.md} says
 * which the seed meets.
 */
final class GoogleArticleTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Generators EDGE_CASES = Generators.builder().edgeCases(0.2).build();

  @Test
  void seedMeetsHeadlineImageAndDatesAndInventsNoAuthorOrLogo() {
    Map<String, JsonNode> nodes = nodes(JsonLd.defaults().write(SeedCorpus.article(),
        SeedCorpus.directory(), SeedCorpus.publication(), SeedCorpus.relatedTeasers()));
    JsonNode article = nodes.get(
        "https://connectingregion.com/japans-long-term-vision-for-the-western-balkans/#article");
    assertThat(article.get("headline").asString())
        .isEqualTo("Japan’s Long-Term Vision for the Western Balkans");
    assertThat(article.get("image")).hasSize(2);
    article.get("image").forEach(image ->
        assertThat(nodes.get(image.get("@id").asString()).get("url").asString())
            .startsWith("https://connectingregion.com/images/").endsWith(".jpg"));
    assertThat(article.get("datePublished").asString()).isEqualTo("2025-12-25T09:00:00+01:00");
    assertThat(article.get("dateModified").asString()).isEqualTo("2025-12-25T09:00:00+01:00");
    // Not met: the seed page shows no byline and no logo, so the seed has neither.
    assertThat(article.has("author")).isFalse();
    JsonNode publisher = nodes.get(article.get("publisher").get("@id").asString());
    assertThat(publisher.get("name").asString()).isEqualTo("The Region");
    assertThat(publisher.has("logo")).isFalse();
  }

  @Test
  void recommendedPropertiesArePresentWheneverTheModelHasThem() {
    int withAuthor = 0;
    int withAuthorUrl = 0;
    int withImage = 0;
    int withLogo = 0;
    for (long seed = 0; seed < 300; seed++) {
      World world = seed % 2 == 0
          ? World.linked(EDGE_CASES, new SplittableRandom(seed))
          : World.unlinked(EDGE_CASES, new SplittableRandom(seed));
      String what = "seed " + seed + (seed % 2 == 0 ? " (World.linked)" : " (World.unlinked)");
      Article a = world.article();
      Map<String, JsonNode> nodes = nodes(JsonLd.defaults().write(a, world.directory(),
          world.publication(), world.related()));
      JsonNode article = nodes.values().iterator().next();
      assertThat(article.get("headline").asString()).as(what).isEqualTo(a.headline());
      assertThat(article.has("datePublished")).as(what).isTrue();
      assertThat(article.has("dateModified")).as(what).isTrue();

      boolean hasImage = a.leadImage().isPresent()
          || a.body().stream().anyMatch(b -> b instanceof ImageBlock);
      assertThat(article.has("image")).as(what).isEqualTo(hasImage);
      if (hasImage) {
        withImage++;
        article.get("image").forEach(image -> assertThat(
            nodes.get(image.get("@id").asString()).get("url").asString()).as(what).isNotBlank());
      }

      boolean hasAuthor = a.byline().stream()
          .filter(c -> c.role().equals(ContributorRole.AUTHOR))
          .anyMatch(c -> c.name().isPresent() || c.person()
              .flatMap(p -> world.directory().person(p)).isPresent());
      assertThat(article.has("author")).as(what).isEqualTo(hasAuthor);
      if (hasAuthor) {
        withAuthor++;
        for (JsonNode author : article.get("author")) {
          JsonNode node = author.has("@type") ? author : nodes.get(author.get("@id").asString());
          assertThat(node.get("name").asString()).as(what).isNotBlank();
          // author.url: a person's profile page whenever the directory has it, else none.
          if (node.get("@type").asString().equals("Person") && node.has("@id")) {
            String id = node.get("@id").asString();
            Optional<URI> url = world.directory().person(
                PersonId.of(id.substring(id.lastIndexOf('/') + 1))).flatMap(p -> p.url());
            assertThat(node.has("url")).as(what).isEqualTo(url.isPresent());
            if (url.isPresent()) {
              withAuthorUrl++;
              assertThat(node.get("url").asString()).as(what)
                  .isEqualTo(url.orElseThrow().toString());
            }
          }
        }
        // A person's name is their display name: no honorific, no job title (Google asks so).
        for (Contributor c : a.byline()) {
          c.person().flatMap(p -> world.directory().person(p)).ifPresent(person ->
              nodes.values().stream()
                  .filter(n -> n.get("@id").asString().endsWith(
                      "#/schema/person/" + person.id().value()))
                  .forEach(n -> assertThat(n.get("name").asString()).as(what)
                      .isEqualTo(person.displayName())));
        }
      }
      assertThat(article.has("publisher")).as(what)
          .isEqualTo(world.publication().publisher().isPresent());
      if (article.has("publisher")) {
        JsonNode publisher = nodes.get(article.get("publisher").get("@id").asString());
        assertThat(publisher.get("name").asString()).as(what).isNotBlank();
        // publisher.logo: whenever the publication has one.
        Optional<Image> logo = world.publication().logo();
        assertThat(publisher.has("logo")).as(what).isEqualTo(logo.isPresent());
        if (logo.isPresent()) {
          withLogo++;
          JsonNode image = nodes.get(publisher.get("logo").get("@id").asString());
          assertThat(image.get("@type").asString()).as(what).isEqualTo("ImageObject");
          assertThat(image.get("url").asString()).as(what)
              .isEqualTo(logo.orElseThrow().url().toString());
        }
      }
    }
    assertThat(withAuthor).isGreaterThan(50);
    assertThat(withAuthorUrl).isGreaterThan(20);
    assertThat(withImage).isGreaterThan(50);
    assertThat(withLogo).isGreaterThan(50);
  }

  @Test
  void authorNameIsTheDisplayNameWithoutHonorifics() {
    Article article = SeedCorpus.article().withByline(
        Contributor.of(SeedCorpus.AKIRA_IMAMURA));
    Map<String, JsonNode> nodes = nodes(JsonLd.defaults().write(article, SeedCorpus.directory(),
        SeedCorpus.publication()));
    JsonNode author = nodes.values().iterator().next().get("author").get(0);
    JsonNode person = nodes.get(author.get("@id").asString());
    assertThat(person.get("@type").asString()).isEqualTo("Person");
    assertThat(person.get("name").asString()).isEqualTo("Akira Imamura");
    assertThat(person.get("honorificPrefix").asString()).isEqualTo("H.E.");
  }

  /** {@return the graph's top-level nodes by {@code @id}, in graph order} */
  static Map<String, JsonNode> nodes(String json) {
    Map<String, JsonNode> nodes = new java.util.LinkedHashMap<>();
    MAPPER.readTree(json).get("@graph").forEach(n -> nodes.put(n.get("@id").asString(), n));
    return nodes;
  }
}
