package dev.masthead.interop.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.Contributor;
import dev.masthead.model.ContributorRole;
import dev.masthead.model.Directory;
import dev.masthead.model.Event;
import dev.masthead.model.EventId;
import dev.masthead.model.EventKind;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Organisation;
import dev.masthead.model.OrganisationId;
import dev.masthead.model.OrganisationKind;
import dev.masthead.model.Paragraph;
import dev.masthead.model.PersonId;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Where the writer puts each attribute of an article (docs/interop.md, "Export"). */
final class NinjsProjectionTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final URI PHOTO = URI.create("https://example.com/photo.jpg");

  private static final Article ARTICLE = Article.builder()
      .id(ArticleId.of("summit"))
      .slug("summit")
      .headline("Summit")
      .published(Instant.parse("2025-11-20T08:00:00Z"))
      .language("en")
      .section("Business")
      .addBody(Paragraph.of("Text."), ImageBlock.of(Image.of(PHOTO, "A photo")),
          ImageBlock.of(Image.of(PHOTO, "The same photo again")))
      .addByline(Contributor.builder().person(PersonId.of("ana")).build(),
          Contributor.builder().name("Bo").role(ContributorRole.PHOTOGRAPHER).build(),
          Contributor.builder().name("Cy").build())
      .addTags(Tag.of(TagId.of("acme"), OrganisationId.of("acme"), "ACME"),
          Tag.of(TagId.of("summit-2025"), EventId.of("summit-2025"), "Summit 2025"),
          Tag.of(TagId.of("expo-2026"), EventId.of("expo-2026"), "Expo 2026"),
          Tag.of(TagId.of("ship"), TagKind.of("object"), "The ship"),
          Tag.of(TagId.of("mood"), TagKind.of("sentiment"), "Hopeful"))
      .addEvents(EventId.of("summit-2025"))
      .addRelated(ArticleId.of("earlier"))
      .build();

  private static final Directory DIRECTORY = Directory.builder()
      .addOrganisations(Organisation.builder().id(OrganisationId.of("acme")).name("Acme Ltd")
          .kind(OrganisationKind.of("company")).website(URI.create("https://acme.example.com/"))
          .build())
      .addEvents(Event.builder().id(EventId.of("summit-2025")).name("The 2025 Summit")
          .kind(EventKind.CONFERENCE).build())
      .build();

  private static JsonNode item() {
    String item = NinjsWriter.defaults().write(ARTICLE, DIRECTORY);
    assertThat(StockSchema.errors(item)).isEmpty();
    return MAPPER.readTree(item);
  }

  @Test
  void writesTheBylineAsByAndThePeopleAmongIt() {
    JsonNode item = item();
    assertThat(item.get("by").stringValue()).isEqualTo("ana, Bo and Cy");
    assertThat(item.get("people").get(0).toString()).isEqualTo(
        "{\"name\":\"ana\",\"rel\":\"author\",\"uri\":\"urn:masthead:person:ana\","
            + "\"literal\":\"ana\"}");
    assertThat(item.get("people")).hasSize(1);
  }

  @Test
  void writesEachTagKindInItsArray() {
    JsonNode item = item();
    assertThat(item.get("organisations").get(0).toString()).isEqualTo(
        "{\"name\":\"ACME\",\"rel\":\"mentions\",\"uri\":\"urn:masthead:organisation:acme\","
            + "\"literal\":\"acme\",\"contactInfo\":[{\"type\":\"web\","
            + "\"value\":\"https://acme.example.com/\"}]}");
    assertThat(item.get("objects").get(0).get("name").stringValue()).isEqualTo("The ship");
    assertThat(item.get("subjects").toString()).isEqualTo(
        "[{\"name\":\"Business\",\"rel\":\"section\"},"
            + "{\"name\":\"Hopeful\",\"rel\":\"sentiment\",\"literal\":\"mood\"}]");
  }

  @Test
  void writesACoveredEventOnceWithItsDirectoryName() {
    JsonNode events = item().get("events");
    assertThat(events).hasSize(2);
    assertThat(events.get(0).toString()).isEqualTo("{\"id\":\"summit-2025\","
        + "\"name\":\"The 2025 Summit\",\"rel\":\"about\",\"uri\":\"urn:masthead:event:summit-2025\"}");
    assertThat(events.get(1).get("rel").stringValue()).isEqualTo("mentions");
    assertThat(events.get(1).get("id").stringValue()).isEqualTo("expo-2026");
  }

  @Test
  void writesOnePictureAssociationPerImageAndTheRelatedArticles() {
    JsonNode item = item();
    assertThat(item.get("type").stringValue()).isEqualTo("composite");
    JsonNode associations = item.get("associations");
    assertThat(associations).hasSize(2);
    assertThat(associations.get(0).get("name").stringValue()).isEqualTo("image-1");
    assertThat(associations.get(0).get("uri").stringValue()).isEqualTo(PHOTO.toString());
    assertThat(associations.get(1).toString()).isEqualTo("{\"name\":\"related-1\","
        + "\"rel\":\"related\",\"uri\":\"urn:masthead:article:earlier\",\"type\":\"text\","
        + "\"representationType\":\"partial\"}");
  }

  @Test
  void writesThePublishedInstantAsBothDatesWhenNeverUpdated() {
    JsonNode item = item();
    assertThat(item.get("firstCreated").stringValue()).isEqualTo("2025-11-20T08:00:00Z");
    assertThat(item.get("versionCreated").stringValue()).isEqualTo("2025-11-20T08:00:00Z");
    JsonNode updated = MAPPER.readTree(NinjsWriter.defaults().write(
        ARTICLE.withUpdated(Instant.parse("2025-11-21T09:30:00.5Z")), DIRECTORY));
    assertThat(updated.get("versionCreated").stringValue()).isEqualTo("2025-11-21T09:30:00.500Z");
  }

  @Test
  void writesTextWithoutPictures() {
    JsonNode item = MAPPER.readTree(NinjsWriter.defaults().write(
        ARTICLE.withBody(Paragraph.of("Only text.")).withRelated()));
    assertThat(item.get("type").stringValue()).isEqualTo("text");
    assertThat(item.has("associations")).isFalse();
  }
}
