package dev.masthead.model;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * One valid instance of every model value type with every attribute set (every list and map
 * non-empty), for tests that check all types alike.
 */
final class Samples {
  private Samples() {}

  static final Map<String, RawJson> EXTENSIONS = Map.of("acme:crmId", RawJson.of("\"crm-1\""));
  static final PersonId PERSON = PersonId.of("akira-imamura");
  static final OrganisationId ORGANISATION = OrganisationId.of("eib");
  static final PlaceId PLACE = PlaceId.of("serbia");
  static final EventId EVENT = EventId.of("western-balkans-2030");

  static Span span() {
    return Span.builder().text("here").addMark(Mark.STRONG)
        .link(URI.create("https://example.com/gallery")).extensions(EXTENSIONS).build();
  }

  static Paragraph paragraph() {
    return Paragraph.builder().addContent(Span.of("Photos are available "), span())
        .extensions(EXTENSIONS).build();
  }

  static Heading heading() {
    return Heading.builder().text("What Japan wants").level(3).extensions(EXTENSIONS).build();
  }

  static Quote quote() {
    return Quote.builder().text("European stability is in Japan’s national interest.")
        .speaker(PERSON).attribution("the ambassador").extensions(EXTENSIONS).build();
  }

  static Rights rights() {
    return Rights.builder().copyrightHolder("The Region")
        .copyrightNotice("© 2025 The Region.\nAll rights reserved.")
        .licence(URI.create("https://creativecommons.org/licenses/by-nd/4.0/"))
        .extensions(EXTENSIONS).build();
  }

  static AlternativeHeadline alternativeHeadline() {
    return AlternativeHeadline.builder().text("Japan’s vision for the Western Balkans")
        .role(HeadlineRole.SEO).extensions(EXTENSIONS).build();
  }

  static Image image() {
    return Image.builder().url(URI.create("https://example.com/a.jpg")).altText("Akira Imamura")
        .caption("Akira Imamura, Ambassador of Japan to Serbia").credit("Photo: The Region")
        .rights(rights()).width(1200).height(800).addDepicted(PERSON).extensions(EXTENSIONS).build();
  }

  static ImageBlock imageBlock() {
    return ImageBlock.builder().image(image()).extensions(EXTENSIONS).build();
  }

  static LinkBlock linkBlock() {
    return LinkBlock.builder().text("Photos are available here.")
        .url(URI.create("https://example.com/gallery")).kind(LinkKind.GALLERY).event(EVENT)
        .extensions(EXTENSIONS).build();
  }

  static CallToAction callToAction() {
    return CallToAction.builder().kind(CallToActionKind.NEWS_TIP)
        .text("Have a news tip? Email us").email("news@example.com").extensions(EXTENSIONS)
        .build();
  }

  static UnknownBlock unknownBlock() {
    return UnknownBlock.builder().type("poll")
        .putExtension("question", RawJson.of("\"Will it enter into force?\""))
        .putExtension("options", RawJson.of("[\"yes\",\"no\"]")).build();
  }

  static Tag tag() {
    return Tag.builder().id(TagId.of("serbia")).kind(TagKind.PLACE).label("Serbia")
        .entity(PLACE).concept(URI.create("https://www.wikidata.org/entity/Q403"))
        .extensions(EXTENSIONS).build();
  }

  static Contributor contributor() {
    return Contributor.builder().person(PERSON).name("Akira Imamura")
        .role(ContributorRole.CONTRIBUTOR).extensions(EXTENSIONS).build();
  }

  static Article article() {
    return Article.builder()
        .id(ArticleId.of("a-1")).slug("a-1").headline("Japan’s Long-Term Vision")
        .addAlternativeHeadline(alternativeHeadline())
        .standfirst("A focused dialogue.")
        .addBody(paragraph(), heading(), quote(), imageBlock(), linkBlock(), callToAction(),
            unknownBlock())
        .published(Instant.parse("2025-12-25T08:00:00Z"))
        .updated(Instant.parse("2025-12-26T08:00:00Z")).revision(2)
        .language("en").section("Diplomacy").addGenre(Genre.INTERVIEW).addTag(tag())
        .addByline(contributor()).leadImage(image())
        .canonicalUrl(URI.create("https://example.com/a-1")).rights(rights())
        .addRelated(ArticleId.of("a-2")).addEvent(EVENT).extensions(EXTENSIONS).build();
  }

  static ArticleSummary articleSummary() {
    return ArticleSummary.builder()
        .id(ArticleId.of("a-2")).slug("a-2").headline("The Year Tech Became the System")
        .excerpt("AI stopped being a clever add-on…")
        .published(Instant.parse("2025-12-22T08:00:00Z")).section("Tech").image(image())
        .addTag(tag()).canonicalUrl(URI.create("https://example.com/a-2"))
        .extensions(EXTENSIONS).build();
  }

  static Position position() {
    return Position.builder().title("Ambassador of Japan").organisation(ORGANISATION)
        .jurisdiction(PLACE).start(LocalDate.of(2023, 1, 1)).end(LocalDate.of(2027, 1, 1))
        .extensions(EXTENSIONS).build();
  }

  static Participant participant() {
    return Participant.builder().person(PERSON).role(ParticipantRole.CO_LEAD)
        .position(position()).extensions(EXTENSIONS).build();
  }

  static EventOrganisation eventOrganisation() {
    return EventOrganisation.builder().organisation(ORGANISATION)
        .role(OrganisationRole.SUPPORTER).extensions(EXTENSIONS).build();
  }

  static Event event() {
    return Event.builder()
        .id(EventId.of("fireside-chat")).name("Japan’s Innovative Approach")
        .subtitle("A fireside chat").kind(EventKind.FIRESIDE_CHAT)
        .status(EventStatus.SCHEDULED).attendanceMode(AttendanceMode.OFFLINE)
        .start(EventTime.of(OffsetDateTime.parse("2025-11-20T10:00+01:00")))
        .end(EventTime.of(OffsetDateTime.parse("2025-11-20T11:00+01:00")))
        .place(PLACE).venue("Main hall").parent(EVENT).addParticipant(participant())
        .addOrganisation(eventOrganisation()).gallery(URI.create("https://example.com/gallery"))
        .url(URI.create("https://example.com/event")).description("A conversation.")
        .addTag(tag()).extensions(EXTENSIONS).build();
  }

  static PersonName personName() {
    return PersonName.builder().given("Akira").family("Imamura").order(NameOrder.GIVEN_FIRST)
        .extensions(EXTENSIONS).build();
  }

  static AlternateName alternateName() {
    return AlternateName.builder().name("Акира Имамура").language("sr-Cyrl")
        .extensions(EXTENSIONS).build();
  }

  static Person person() {
    return Person.builder().id(PERSON).name(personName()).honorificPrefix("H.E.")
        .honorificSuffix("PhD").addPosition(position()).addAlternateName(alternateName())
        .url(URI.create("https://example.com/people/akira-imamura"))
        .addSameAs(URI.create("https://www.wikidata.org/wiki/Q1")).extensions(EXTENSIONS)
        .build();
  }

  static Organisation organisation() {
    return Organisation.builder().id(ORGANISATION).name("European Investment Bank")
        .acronym("EIB").kind(OrganisationKind.FINANCIAL_INSTITUTION).country(PLACE)
        .website(URI.create("https://www.eib.org")).parent(OrganisationId.of("eu"))
        .addAlternateName(AlternateName.of("Europäische Investitionsbank", "de"))
        .addSameAs(URI.create("https://www.wikidata.org/wiki/Q2")).extensions(EXTENSIONS)
        .build();
  }

  static Place place() {
    return Place.builder().id(PLACE).name("Serbia").kind(PlaceKind.COUNTRY).countryCode("RS")
        .addContainedIn(PlaceId.of("western-balkans"))
        .addAlternateName(AlternateName.of("Србија", "sr-Cyrl"))
        .addSameAs(URI.create("https://www.wikidata.org/wiki/Q403")).extensions(EXTENSIONS)
        .build();
  }

  static Publication publication() {
    return Publication.builder().name("The Region")
        .tagline("Connecting the Adria Region Decision Makers")
        .description("More than a publication.").url(URI.create("https://connectingregion.com"))
        .logo(Image.of(URI.create("https://connectingregion.com/logo.png"), "The Region"))
        .tipsEmail("info@connectingregion.com").publisher(OrganisationId.of("the-region"))
        .timeZone(ZoneId.of("Europe/Belgrade")).extensions(EXTENSIONS).build();
  }

  static Directory directory() {
    return Directory.builder().addPeople(person()).addOrganisation(organisation())
        .addPlace(place()).addEvent(event()).build();
  }

  /** {@return one sample of every value type} */
  static List<Object> all() {
    return List.of(span(), paragraph(), heading(), quote(), rights(), image(), imageBlock(),
        linkBlock(), callToAction(), unknownBlock(), tag(), contributor(),
        alternativeHeadline(), article(), articleSummary(),
        position(), participant(), eventOrganisation(), event(), personName(), alternateName(),
        person(), organisation(), place(), publication(), directory());
  }
}
