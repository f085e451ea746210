package dev.masthead.interop.jsonld;

import static dev.masthead.interop.jsonld.GoogleArticleTest.nodes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.fixtures.Generators;
import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.AlternativeHeadline;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.AttendanceMode;
import dev.masthead.model.Contributor;
import dev.masthead.model.ContributorRole;
import dev.masthead.model.Directory;
import dev.masthead.model.Event;
import dev.masthead.model.EventId;
import dev.masthead.model.EventKind;
import dev.masthead.model.EventOrganisation;
import dev.masthead.model.EventStatus;
import dev.masthead.model.Genre;
import dev.masthead.model.Heading;
import dev.masthead.model.HeadlineRole;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.OrganisationId;
import dev.masthead.model.OrganisationRole;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Participant;
import dev.masthead.model.ParticipantRole;
import dev.masthead.model.Person;
import dev.masthead.model.PersonId;
import dev.masthead.model.PersonName;
import dev.masthead.model.Place;
import dev.masthead.model.PlaceId;
import dev.masthead.model.PlaceKind;
import dev.masthead.model.Position;
import dev.masthead.model.Publication;
import dev.masthead.model.Quote;
import dev.masthead.model.Rights;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The rules of {@code docs/interop.md}, one at a time, on small variations of the seed. */
final class MappingRulesTest {
  private static final String SITE = "https://connectingregion.com/";
  private static final String ENTITY = SITE + "#/schema/";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static Article minimal() {
    return Article.builder()
        .id(ArticleId.of("a-1"))
        .slug("a-1")
        .headline("Headline")
        .published(Instant.parse("2025-06-01T10:00:00Z"))
        .language("en")
        .build();
  }

  private static Map<String, JsonNode> graph(Article article, Directory directory) {
    return nodes(JsonLd.defaults().write(article, directory, SeedCorpus.publication()));
  }

  private static List<String> ids(JsonNode values) {
    List<String> ids = new ArrayList<>();
    values.forEach(v -> ids.add(v.get("@id").asString()));
    return ids;
  }

  @Test
  void articleWithoutCanonicalUrlHasNoPageAndItsIdsUnderTheSite() {
    Article article = minimal().withLeadImage(Image.of(URI.create("https://x.example/a.jpg"), "A"));
    Map<String, JsonNode> nodes = graph(article, Directory.builder().build());
    assertThat(nodes.keySet()).containsExactly(ENTITY + "article/a-1", SITE + "#website",
        ENTITY + "organisation/the-region", ENTITY + "article/a-1/primaryimage");
    JsonNode node = nodes.get(ENTITY + "article/a-1");
    assertThat(node.has("mainEntityOfPage")).isFalse();
    assertThat(node.has("url")).isFalse();
    assertThat(node.get("wordCount").asInt()).isZero();
  }

  @Test
  void siteUrlWithoutPathGetsOneAndFragmentsAreDropped() {
    Publication publication = SeedCorpus.publication()
        .withUrl(URI.create("https://example.org"));
    Article article = minimal().withCanonicalUrl(URI.create("https://example.org/a/#top"));
    Map<String, JsonNode> nodes = nodes(JsonLd.defaults().write(article,
        Directory.builder().build(), publication));
    assertThat(nodes).containsKeys("https://example.org/a/#article", "https://example.org/a/",
        "https://example.org/#website", "https://example.org/#/schema/organisation/the-region");
    assertThat(nodes.get("https://example.org/#website").get("url").asString())
        .isEqualTo("https://example.org/");
    assertThat(nodes.get("https://example.org/a/").get("url").asString())
        .isEqualTo("https://example.org/a/#top");
  }

  @Test
  void entityOutsideTheDirectoryIsNamedByItsTagOrLeftOut() {
    Article article = minimal()
        .withTags(Tag.of(TagId.of("nobody"), PersonId.of("nobody"), "No Body"))
        .withEvents(EventId.of("unknown-event"))
        .withByline(Contributor.of(PersonId.of("ghost")));
    Map<String, JsonNode> nodes = graph(article, Directory.builder().build());
    JsonNode person = nodes.get(ENTITY + "person/nobody");
    assertThat(person.properties()).hasSize(3);
    assertThat(person.get("@type").asString()).isEqualTo("Person");
    assertThat(person.get("name").asString()).isEqualTo("No Body");
    JsonNode node = nodes.get(ENTITY + "article/a-1");
    assertThat(node.has("about")).as("an event with no node and no name").isFalse();
    assertThat(node.has("author")).as("a person with no node and no name").isFalse();
    assertThat(nodes).doesNotContainKeys(ENTITY + "event/unknown-event", ENTITY + "person/ghost");
  }

  @Test
  void organisationRolesMapToPropertiesUnknownOnesAreLeftOutAndFunderIsKept() {
    OrganisationId eib = SeedCorpus.EIB;
    Event event = SeedCorpus.conference().withOrganisations(
        EventOrganisation.of(eib, OrganisationRole.of("funder")),
        EventOrganisation.of(SeedCorpus.UNOPS, OrganisationRole.of("acme:caterer")),
        EventOrganisation.of(SeedCorpus.THE_REGION, OrganisationRole.HOST),
        EventOrganisation.of(SeedCorpus.THE_REGION, OrganisationRole.ORGANISER));
    Directory directory = Directory.builder().from(SeedCorpus.directory())
        .events(List.of(event)).build();
    Map<String, JsonNode> nodes = graph(minimal().withEvents(event.id()), directory);
    JsonNode conference = nodes.get(ENTITY + "event/western-balkans-2030");
    assertThat(ids(conference.get("funder"))).containsExactly(ENTITY + "organisation/eib");
    assertThat(ids(conference.get("organizer")))
        .containsExactly(ENTITY + "organisation/the-region");
    assertThat(conference.has("sponsor")).isFalse();
    assertThat(nodes).doesNotContainKey(ENTITY + "organisation/unops");
  }

  @Test
  void participantsAreRolesThatKeepTheRoleName() {
    Event event = SeedCorpus.firesideChat().withParticipants(
        Participant.of(SeedCorpus.AKIRA_IMAMURA, ParticipantRole.SPEAKER),
        Participant.of(SeedCorpus.OLIVER_LEPORI, ParticipantRole.DELEGATE),
        Participant.of(SeedCorpus.OLIVER_LEPORI, ParticipantRole.of("acme:note-taker")));
    Directory directory = Directory.builder().from(SeedCorpus.directory())
        .events(List.of(event)).build();
    JsonNode chat = graph(minimal().withEvents(event.id()), directory)
        .get(ENTITY + "event/western-balkans-2030.fireside-chat-japan");
    assertThat(chat.get("performer")).hasSize(1);
    assertThat(chat.get("performer").get(0).get("roleName").asString()).isEqualTo("speaker");
    assertThat(chat.get("performer").get(0).get("performer").get("@id").asString())
        .isEqualTo(ENTITY + "person/akira-imamura");
    assertThat(chat.get("attendee")).hasSize(1);
    assertThat(chat.get("attendee").get(0).get("roleName").asString()).isEqualTo("delegate");
    assertThat(chat.get("kind")).isNull();
  }

  @Test
  void eventKindsPickTheirTypes() {
    Event summit = SeedCorpus.tokyoVisit().withKind(EventKind.SUMMIT);
    Event fair = SeedCorpus.declarationSigning().withKind(EventKind.EXHIBITION);
    Directory directory = Directory.builder().from(SeedCorpus.directory())
        .events(List.of(summit, fair)).build();
    Map<String, JsonNode> nodes = graph(minimal().withEvents(summit.id()), directory);
    assertThat(nodes.get(ENTITY + "event/" + summit.id().value()).get("@type").asString())
        .isEqualTo("BusinessEvent");
    assertThat(nodes.get(ENTITY + "event/" + fair.id().value()).get("@type").asString())
        .as("reached as the visit's part").isEqualTo("ExhibitionEvent");
  }

  @Test
  void venueIsAPlaceInTheEventsPlace() {
    Event event = SeedCorpus.tokyoVisit().withVenue("Kantei");
    Directory directory = Directory.builder().from(SeedCorpus.directory())
        .events(List.of(event)).build();
    JsonNode location = graph(minimal().withEvents(event.id()), directory)
        .get(ENTITY + "event/" + event.id().value()).get("location");
    assertThat(location.get("@type").asString()).isEqualTo("Place");
    assertThat(location.get("name").asString()).isEqualTo("Kantei");
    assertThat(location.get("containedInPlace").get(0).get("@id").asString())
        .isEqualTo(ENTITY + "place/tokyo");
  }

  @Test
  void bylineRolesMapToAuthorEditorTranslatorAndContributorRoles() {
    Article article = minimal().withByline(
        Contributor.builder().name("The Region").build(),
        Contributor.builder().person(SeedCorpus.OLIVER_LEPORI).role(ContributorRole.EDITOR)
            .build(),
        Contributor.builder().name("The Region").role(ContributorRole.EDITOR).build(),
        Contributor.builder().name("Ana Novak").role(ContributorRole.PHOTOGRAPHER).build(),
        Contributor.builder().name("Marko Babić").role(ContributorRole.TRANSLATOR).build());
    JsonNode node = graph(article, SeedCorpus.directory()).get(ENTITY + "article/a-1");
    assertThat(ids(node.get("author"))).as("the publication's name is its publisher")
        .containsExactly(ENTITY + "organisation/the-region");
    assertThat(ids(node.get("editor"))).containsExactly(ENTITY + "person/oliver-lepori");
    assertThat(node.get("translator").get(0).get("name").asString()).isEqualTo("Marko Babić");
    JsonNode contributors = node.get("contributor");
    assertThat(contributors).hasSize(2);
    assertThat(contributors.get(0).get("roleName").asString())
        .as("an organisation cannot be a schema.org editor").isEqualTo("editor");
    assertThat(contributors.get(0).get("contributor").get("@id").asString())
        .isEqualTo(ENTITY + "organisation/the-region");
    assertThat(contributors.get(1).get("roleName").asString()).isEqualTo("photographer");
    assertThat(contributors.get(1).get("contributor").get("@type").asString())
        .isEqualTo("Person");
  }

  @Test
  void imagesAreOnePerUrlWithIdsFromWhoTheyShow() {
    Image shown = Image.builder().url(URI.create("https://x.example/1.jpg")).altText("")
        .addDepicted(SeedCorpus.AKIRA_IMAMURA).credit("Photo: EIB").width(1200).height(675)
        .build();
    Image again = shown.withUrl(URI.create("https://x.example/2.jpg"));
    Image nobody = Image.of(URI.create("https://x.example/3.jpg"), "A view");
    Article article = minimal().withCanonicalUrl(URI.create(SITE + "a/"))
        .withBody(ImageBlock.of(shown), ImageBlock.of(again), ImageBlock.of(nobody),
            ImageBlock.of(shown.withCaption("the same URL again")));
    Map<String, JsonNode> nodes = graph(article, SeedCorpus.directory());
    assertThat(ids(nodes.get(SITE + "a/#article").get("image"))).containsExactly(
        SITE + "a/#image-akira-imamura", SITE + "a/#image-akira-imamura-2", SITE + "a/#image-3");
    JsonNode first = nodes.get(SITE + "a/#image-akira-imamura");
    assertThat(first.has("caption")).isFalse();
    assertThat(first.has("description")).as("blank alt text").isFalse();
    assertThat(first.get("creditText").asString()).isEqualTo("Photo: EIB");
    assertThat(first.get("width").asInt()).isEqualTo(1200);
    assertThat(first.get("height").asInt()).isEqualTo(675);
    assertThat(nodes.get(SITE + "a/").has("primaryImageOfPage")).isFalse();
  }

  @Test
  void wordCountCountsParagraphsHeadingsAndQuotesOnly() {
    Article article = minimal().withBody(
        Paragraph.of("One two — three, 4 ..."),
        Heading.of("Five six"),
        Quote.of("Seven", SeedCorpus.AKIRA_IMAMURA),
        ImageBlock.of(Image.builder().url(URI.create("https://x.example/1.jpg"))
            .altText("not counted").caption("not counted either").build()));
    assertThat(graph(article, Directory.builder().build()).get(ENTITY + "article/a-1")
        .get("wordCount").asInt()).isEqualTo(7);
    assertThat(Words.count(" \u00a0a\u2028b\tc\n—  ")).isEqualTo(3);
  }

  @Test
  void datedPositionsAreEmployeeRolesAndJobTitlesNameTheJurisdiction() {
    Person person = Person.builder().id(PersonId.of("p")).name(PersonName.of("Ana", "Novak"))
        .addPosition(Position.builder().title("Ambassador of Croatia")
            .organisation(SeedCorpus.GOVERNMENT_OF_SERBIA).jurisdiction(SeedCorpus.JAPAN)
            .start(LocalDate.of(2020, 1, 6)).end(LocalDate.of(2024, 3, 1)).build())
        .addPosition(Position.builder().title("Adviser").build())
        .build();
    Directory directory = Directory.builder().from(SeedCorpus.directory())
        .addPeople(person).build();
    JsonNode node = graph(minimal().withByline(Contributor.of(person.id())), directory)
        .get(ENTITY + "person/p");
    assertThat(node.get("jobTitle").get(0).asString()).isEqualTo("Ambassador of Croatia to Japan");
    assertThat(node.get("jobTitle").get(1).asString()).isEqualTo("Adviser");
    assertThat(node.get("worksFor")).hasSize(1);
    JsonNode role = node.get("worksFor").get(0);
    assertThat(role.get("@type").asString()).isEqualTo("EmployeeRole");
    assertThat(role.get("startDate").asString()).isEqualTo("2020-01-06");
    assertThat(role.get("endDate").asString()).isEqualTo("2024-03-01");
    assertThat(role.get("worksFor").get("@id").asString())
        .isEqualTo(ENTITY + "organisation/government-of-serbia");
  }

  @Test
  void cyclesOfParentsAndContainingPlacesEndWithEachNodeOnce() {
    Event a = SeedCorpus.tokyoVisit().withParent(SeedCorpus.DECLARATION_SIGNING);
    Event b = SeedCorpus.declarationSigning();
    Place north = Place.builder().id(PlaceId.of("north")).name("North").kind(PlaceKind.REGION)
        .addContainedIn(PlaceId.of("south")).build();
    Place south = Place.builder().id(PlaceId.of("south")).name("South").kind(PlaceKind.REGION)
        .addContainedIn(PlaceId.of("north")).build();
    Directory directory = Directory.builder().from(SeedCorpus.directory())
        .events(List.of(a, b)).addPlaces(north, south).build();
    Article article = minimal().withEvents(a.id())
        .withTags(Tag.of(TagId.of("north"), north.id(), "North"));
    Map<String, JsonNode> nodes = graph(article, directory);
    assertThat(nodes).containsKeys(ENTITY + "event/" + a.id().value(),
        ENTITY + "event/" + b.id().value(), ENTITY + "place/north", ENTITY + "place/south");
    assertThat(nodes.get(ENTITY + "event/" + a.id().value()).get("superEvent").get("@id")
        .asString()).isEqualTo(ENTITY + "event/" + b.id().value());
  }

  @Test
  void publisherMissingFromTheDirectoryIsNamedAfterThePublication() {
    Map<String, JsonNode> nodes = graph(minimal(), Directory.builder().build());
    JsonNode publisher = nodes.get(ENTITY + "organisation/the-region");
    assertThat(publisher.get("@type").asString()).isEqualTo("NewsMediaOrganization");
    assertThat(publisher.get("name").asString()).isEqualTo("The Region");
    assertThat(publisher.get("slogan").asString())
        .isEqualTo("Connecting the Adria Region Decision Makers");
    Map<String, JsonNode> none = nodes(JsonLd.defaults().write(minimal(),
        Directory.builder().build(), SeedCorpus.publication().withPublisher(
            Optional.empty())));
    assertThat(none.get(ENTITY + "article/a-1").has("publisher")).isFalse();
    assertThat(none.get(SITE + "#website").has("publisher")).isFalse();
  }

  @Test
  void eachPropertyHasOneShapeInEveryGraph() {
    Map<String, java.util.Set<Boolean>> arrays = new java.util.TreeMap<>();
    Generators generators = Generators.builder().edgeCases(0.2).build();
    for (long seed = 0; seed < 200; seed++) {
      World world = seed % 2 == 0
          ? World.linked(generators, new java.util.SplittableRandom(seed))
          : World.unlinked(generators, new java.util.SplittableRandom(seed));
      shapes(MAPPER.readTree(JsonLd.defaults().write(world.article(), world.directory(),
          world.publication(), world.related())).get("@graph"), null, arrays);
    }
    assertThat(arrays).hasSizeGreaterThan(50)
        .allSatisfy((property, shapes) -> assertThat(shapes).as(property).hasSize(1));
  }

  /** Records, for each property, whether it was an array; a Role's repeated property aside. */
  private static void shapes(JsonNode node, String via, Map<String, java.util.Set<Boolean>> out) {
    if (node.isArray()) {
      node.forEach(n -> shapes(n, via, out));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    boolean role = node.path("@type").asString("").endsWith("Role");
    for (var entry : node.properties()) {
      String name = entry.getKey();
      if (!name.startsWith("@") && !(role && name.equals(via))) {
        out.computeIfAbsent(name, k -> new java.util.TreeSet<>())
            .add(entry.getValue().isArray());
      }
      shapes(entry.getValue(), name, out);
    }
  }

  @Test
  void rightsAreLicenseNoticeAndAHolderThatIsThePublisherABylineNameOrAnOrganization() {
    Rights house = Rights.builder().copyrightHolder("The Region")
        .copyrightNotice("© 2025 The Region. All rights reserved.")
        .licence(URI.create("https://connectingregion.com/terms/")).build();
    Image byAkira = Image.of(URI.create("https://x.example/1.jpg"), "A")
        .withRights(Rights.builder().copyrightHolder("Akira Imamura").build());
    Image byAna = Image.of(URI.create("https://x.example/2.jpg"), "B")
        .withRights(Rights.builder().copyrightHolder("Ana Novak").build());
    Image byMarko = Image.of(URI.create("https://x.example/4.jpg"), "D")
        .withRights(Rights.builder().copyrightHolder("Marko Babić").build());
    Image agency = Image.of(URI.create("https://x.example/3.jpg"), "C")
        .withRights(Rights.builder().copyrightHolder("Reuters")
            .licence(URI.create("https://creativecommons.org/licenses/by/4.0/")).build());
    Article article = minimal().withRights(house)
        .withByline(Contributor.builder().person(SeedCorpus.AKIRA_IMAMURA)
                .role(ContributorRole.PHOTOGRAPHER).build(),
            Contributor.builder().name("Ana Novak").role(ContributorRole.PHOTOGRAPHER).build(),
            Contributor.builder().person(PersonId.of("ghost")).name("Marko Babić")
                .role(ContributorRole.PHOTOGRAPHER).build())
        .withBody(ImageBlock.of(byAkira), ImageBlock.of(byAna), ImageBlock.of(agency),
            ImageBlock.of(byMarko));
    Map<String, JsonNode> nodes = graph(article, SeedCorpus.directory());
    JsonNode node = nodes.get(ENTITY + "article/a-1");
    assertThat(node.get("license").asString()).isEqualTo("https://connectingregion.com/terms/");
    assertThat(node.get("copyrightNotice").asString())
        .isEqualTo("© 2025 The Region. All rights reserved.");
    assertThat(node.get("copyrightHolder").get("@id").asString())
        .as("the publication's name is its publisher")
        .isEqualTo(ENTITY + "organisation/the-region");
    List<String> images = ids(node.get("image"));
    assertThat(nodes.get(images.get(0)).get("copyrightHolder").get("@id").asString())
        .as("a byline person's display name is their node")
        .isEqualTo(ENTITY + "person/akira-imamura");
    JsonNode ana = nodes.get(images.get(1)).get("copyrightHolder");
    assertThat(ana.get("@type").asString()).as("a byline name alone").isEqualTo("Person");
    assertThat(ana.get("name").asString()).isEqualTo("Ana Novak");
    JsonNode reuters = nodes.get(images.get(2));
    assertThat(reuters.get("copyrightHolder").get("@type").asString())
        .as("a name nowhere else").isEqualTo("Organization");
    assertThat(reuters.get("copyrightHolder").get("name").asString()).isEqualTo("Reuters");
    assertThat(reuters.get("license").asString())
        .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    assertThat(reuters.has("copyrightNotice")).isFalse();
    JsonNode marko = nodes.get(images.get(3)).get("copyrightHolder");
    assertThat(marko.get("@type").asString())
        .as("a byline person the directory lacks, by the name given").isEqualTo("Person");
    assertThat(marko.get("name").asString()).isEqualTo("Marko Babić");
  }

  @Test
  void genresPickTheArticleTypeSponsoredFirstAndAreAllKeptInGenre() {
    Map<List<Genre>, String> types = new java.util.LinkedHashMap<>();
    types.put(List.of(), "NewsArticle");
    types.put(List.of(Genre.NEWS), "ReportageNewsArticle");
    types.put(List.of(Genre.REPORT), "ReportageNewsArticle");
    types.put(List.of(Genre.ANALYSIS), "AnalysisNewsArticle");
    types.put(List.of(Genre.OPINION), "OpinionNewsArticle");
    types.put(List.of(Genre.REVIEW), "NewsArticle");
    types.put(List.of(Genre.INTERVIEW), "NewsArticle");
    types.put(List.of(Genre.FACT_CHECK), "NewsArticle");
    types.put(List.of(Genre.of("acme:listicle")), "NewsArticle");
    types.put(List.of(Genre.INTERVIEW, Genre.OPINION, Genre.ANALYSIS), "OpinionNewsArticle");
    types.put(List.of(Genre.ANALYSIS, Genre.SPONSORED), "AdvertiserContentArticle");
    types.forEach((genres, type) -> {
      JsonNode node = graph(minimal().withGenres(genres), Directory.builder().build())
          .get(ENTITY + "article/a-1");
      assertThat(node.get("@type").asString()).as(genres.toString()).isEqualTo(type);
      List<String> terms = new ArrayList<>();
      node.path("genre").forEach(g -> terms.add(g.asString()));
      assertThat(terms).as(genres.toString())
          .isEqualTo(genres.stream().map(Genre::value).toList());
    });
  }

  @Test
  void alternativeHeadlinesAreTheirTextsOnceEachAndTheRevisionIsTheVersion() {
    Article article = minimal().withRevision(3).withAlternativeHeadlines(
        AlternativeHeadline.of("Japan and the Western Balkans", HeadlineRole.SEO),
        AlternativeHeadline.of("Japan and the Western Balkans", HeadlineRole.SOCIAL),
        AlternativeHeadline.of("Japan's vision"));
    JsonNode node = graph(article, Directory.builder().build()).get(ENTITY + "article/a-1");
    assertThat(node.get("alternativeHeadline")).hasSize(2);
    assertThat(node.get("alternativeHeadline").get(0).asString())
        .isEqualTo("Japan and the Western Balkans");
    assertThat(node.get("alternativeHeadline").get(1).asString()).isEqualTo("Japan's vision");
    assertThat(node.get("version").isNumber()).isTrue();
    assertThat(node.get("version").asInt()).isEqualTo(3);
    JsonNode none = graph(minimal(), Directory.builder().build()).get(ENTITY + "article/a-1");
    assertThat(none.has("alternativeHeadline")).isFalse();
    assertThat(none.has("version")).isFalse();
  }

  @Test
  void personsProfilePageIsTheirUrl() {
    Person akira = SeedCorpus.akiraImamura()
        .withUrl(URI.create("https://connectingregion.com/author/akira-imamura/"));
    Directory directory = Directory.builder().from(SeedCorpus.directory())
        .people(List.of(akira, SeedCorpus.oliverLepori())).build();
    Map<String, JsonNode> nodes = graph(minimal().withByline(
        Contributor.of(akira.id()), Contributor.of(SeedCorpus.OLIVER_LEPORI)), directory);
    assertThat(nodes.get(ENTITY + "person/akira-imamura").get("url").asString())
        .isEqualTo("https://connectingregion.com/author/akira-imamura/");
    assertThat(nodes.get(ENTITY + "person/oliver-lepori").has("url")).isFalse();
  }

  @Test
  void publicationsLogoIsAnImageObjectWithOneIdForTheSiteOnThePublisher() {
    Image logo = Image.builder().url(URI.create("https://connectingregion.com/logo.png"))
        .altText("The Region").width(600).height(60).build();
    Publication publication = SeedCorpus.publication().withLogo(logo);
    Map<String, JsonNode> nodes = nodes(JsonLd.defaults().write(minimal(),
        SeedCorpus.directory(), publication));
    String id = SITE + "#/schema/logo/image/";
    JsonNode publisher = nodes.get(ENTITY + "organisation/the-region");
    assertThat(publisher.get("logo").get("@id").asString()).isEqualTo(id);
    JsonNode image = nodes.get(id);
    assertThat(image.get("@type").asString()).isEqualTo("ImageObject");
    assertThat(image.get("url").asString()).isEqualTo("https://connectingregion.com/logo.png");
    assertThat(image.get("width").asInt()).isEqualTo(600);
    List<String> order = new ArrayList<>(nodes.keySet());
    assertThat(order.indexOf(id)).as("right after the publisher")
        .isEqualTo(order.indexOf(ENTITY + "organisation/the-region") + 1);
    Map<String, JsonNode> unpublished = nodes(JsonLd.defaults().write(minimal(),
        SeedCorpus.directory(), publication.withPublisher(Optional.empty())));
    assertThat(unpublished).as("a WebSite cannot hold a logo").doesNotContainKey(id);
  }

  @Test
  void eventStatusAndAttendanceModeAreSchemaOrgMembersAndUnknownTermsAreLeftOut() {
    Map<EventStatus, String> statuses = Map.of(
        EventStatus.SCHEDULED, "EventScheduled", EventStatus.CANCELLED, "EventCancelled",
        EventStatus.POSTPONED, "EventPostponed", EventStatus.RESCHEDULED, "EventRescheduled",
        EventStatus.MOVED_ONLINE, "EventMovedOnline");
    Map<AttendanceMode, String> modes = Map.of(
        AttendanceMode.OFFLINE, "OfflineEventAttendanceMode",
        AttendanceMode.ONLINE, "OnlineEventAttendanceMode",
        AttendanceMode.MIXED, "MixedEventAttendanceMode");
    assertThat(statuses.keySet()).isEqualTo(EventStatus.knownValues());
    assertThat(modes.keySet()).isEqualTo(AttendanceMode.knownValues());
    for (EventStatus status : EventStatus.knownValues()) {
      for (AttendanceMode mode : AttendanceMode.knownValues()) {
        JsonNode event = eventWith(SeedCorpus.tokyoVisit().withStatus(status)
            .withAttendanceMode(mode));
        assertThat(event.get("eventStatus").get("@id").asString())
            .isEqualTo("https://schema.org/" + statuses.get(status));
        assertThat(event.get("eventAttendanceMode").get("@id").asString())
            .isEqualTo("https://schema.org/" + modes.get(mode));
      }
    }
    JsonNode unknown = eventWith(SeedCorpus.tokyoVisit().withStatus(EventStatus.of("delayed"))
        .withAttendanceMode(AttendanceMode.of("acme:hybrid")));
    assertThat(unknown.has("eventStatus")).isFalse();
    assertThat(unknown.has("eventAttendanceMode")).isFalse();
  }

  private static JsonNode eventWith(Event event) {
    Directory directory = Directory.builder().from(SeedCorpus.directory())
        .events(List.of(event)).build();
    return graph(minimal().withEvents(event.id()), directory)
        .get(ENTITY + "event/" + event.id().value());
  }

  @Test
  void tagConceptsAreSameAsOfTheirEntityAndDefinedTermsInAboutForTopics() {
    Tag japan = Tag.of(TagId.of("japan"), SeedCorpus.JAPAN, "Japan")
        .withConcept(URI.create("https://www.wikidata.org/entity/Q17"));
    Tag nobody = Tag.of(TagId.of("nobody"), PersonId.of("nobody"), "No Body")
        .withConcept(URI.create("https://www.wikidata.org/entity/Q1"));
    Tag investment = Tag.of(TagId.of("investment"), TagKind.TOPIC, "Investment")
        .withConcept(URI.create("http://cv.iptc.org/newscodes/mediatopic/20000344"));
    Tag again = Tag.of(TagId.of("investing"), TagKind.TOPIC, "Investing")
        .withConcept(URI.create("http://cv.iptc.org/newscodes/mediatopic/20000344"));
    Tag plain = Tag.of(TagId.of("diplomacy"), TagKind.TOPIC, "Diplomacy");
    Event visit = SeedCorpus.tokyoVisit().withTags(Tag.of(TagId.of("tokyo"), SeedCorpus.TOKYO,
        "Tokyo").withConcept(URI.create("https://www.wikidata.org/entity/Q1490")));
    Directory directory = Directory.builder().from(SeedCorpus.directory())
        .events(List.of(visit)).build();
    Article article = minimal().withEvents(visit.id())
        .withTags(japan, nobody, investment, again, plain);
    Map<String, JsonNode> nodes = graph(article, directory);
    assertThat(nodes.get(ENTITY + "place/japan").get("sameAs").get(0).asString())
        .isEqualTo("https://www.wikidata.org/entity/Q17");
    assertThat(nodes.get(ENTITY + "person/nobody").get("sameAs").get(0).asString())
        .as("an entity the directory lacks, named by its tag")
        .isEqualTo("https://www.wikidata.org/entity/Q1");
    assertThat(nodes.get(ENTITY + "place/tokyo").get("sameAs").get(0).asString())
        .as("an event's tag").isEqualTo("https://www.wikidata.org/entity/Q1490");
    JsonNode about = nodes.get(ENTITY + "article/a-1").get("about");
    assertThat(about).hasSize(2);
    assertThat(about.get(0).get("@id").asString())
        .isEqualTo(ENTITY + "event/" + visit.id().value());
    JsonNode term = about.get(1);
    assertThat(term.get("@type").asString()).isEqualTo("DefinedTerm");
    assertThat(term.get("name").asString()).as("the first tag of the concept")
        .isEqualTo("Investment");
    assertThat(term.get("sameAs").get(0).asString())
        .isEqualTo("http://cv.iptc.org/newscodes/mediatopic/20000344");
    assertThat(nodes.get(ENTITY + "article/a-1").get("keywords")).hasSize(5);
  }

  @Test
  void builderRejectsASiteUrlThatIsNotHttp() {
    assertThatThrownBy(() -> JsonLd.builder().siteUrl(URI.create("ftp://example.org/")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ftp://example.org/");
    assertThatThrownBy(() -> JsonLd.builder().siteUrl(URI.create("/relative")))
        .isInstanceOf(IllegalArgumentException.class);
    JsonLd jsonLd = JsonLd.builder().siteUrl(URI.create("https://example.org/")).indent(true)
        .build();
    assertThat(jsonLd.siteUrl()).contains(URI.create("https://example.org/"));
    assertThat(jsonLd.indent()).isTrue();
    assertThat(JsonLd.defaults().timeZone()).isEmpty();
  }
}
