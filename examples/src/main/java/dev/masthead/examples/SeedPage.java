package dev.masthead.examples;

import dev.masthead.model.AlternateName;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.CallToAction;
import dev.masthead.model.CallToActionKind;
import dev.masthead.model.Directory;
import dev.masthead.model.Event;
import dev.masthead.model.EventId;
import dev.masthead.model.EventKind;
import dev.masthead.model.EventOrganisation;
import dev.masthead.model.EventTime;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.LinkBlock;
import dev.masthead.model.LinkKind;
import dev.masthead.model.Mark;
import dev.masthead.model.Organisation;
import dev.masthead.model.OrganisationId;
import dev.masthead.model.OrganisationKind;
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
import dev.masthead.model.Span;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import java.net.URI;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

/**
 * The seed page, built by hand with the model's public API: "Japan's Long-Term Vision for the
 * Western Balkans" from The Region (25 December 2025), with everything around it, the
 * conference and its fireside chat, the Tokyo visit and the declaration signed there, both
 * speakers, the organisations, the places, the five related teasers and the publication.
 *
 * <p>Facts come from the page. The body paragraphs are written in this project's own words; the
 * quotations are the speakers' words as the page reports them. What the page does not say is
 * marked where it is filled in: URLs under the publication's domain (known from its e-mail
 * address) are illustrative, times of day and the teasers' dates are assumed.
 */
public final class SeedPage {
  private SeedPage() {}

  /** The publication's site; its domain is the one of the tips address on the page. */
  private static final String SITE = "https://connectingregion.com";

  // People
  /** The Ambassador of Japan to Serbia. */
  public static final PersonId AKIRA_IMAMURA = PersonId.of("akira-imamura");

  /** The Executive Director of the Japanese Business Alliance. */
  public static final PersonId OLIVER_LEPORI = PersonId.of("oliver-lepori");

  // Organisations
  /** The magazine, which organised the conference. */
  public static final OrganisationId THE_REGION = OrganisationId.of("the-region");

  /** The European Investment Bank, a supporter. */
  public static final OrganisationId EIB = OrganisationId.of("eib");

  /** UNOPS, a supporter. */
  public static final OrganisationId UNOPS = OrganisationId.of("unops");

  /** The Japanese Business Alliance, the session's partner. */
  public static final OrganisationId JAPANESE_BUSINESS_ALLIANCE =
      OrganisationId.of("japanese-business-alliance");

  /** The Embassy of Japan in Serbia, where the ambassador's post is. */
  public static final OrganisationId EMBASSY_OF_JAPAN_IN_SERBIA =
      OrganisationId.of("embassy-of-japan-in-serbia");

  /** The Government of Japan. */
  public static final OrganisationId GOVERNMENT_OF_JAPAN = OrganisationId.of("government-of-japan");

  /** The Government of Serbia. */
  public static final OrganisationId GOVERNMENT_OF_SERBIA =
      OrganisationId.of("government-of-serbia");

  // Places
  /** The Western Balkans, a region. */
  public static final PlaceId WESTERN_BALKANS = PlaceId.of("western-balkans");

  /** The Adria region the publication covers ("Connecting the Adria Region Decision Makers"). */
  public static final PlaceId ADRIA = PlaceId.of("adria");

  /** Serbia. */
  public static final PlaceId SERBIA = PlaceId.of("serbia");

  /** North Macedonia. */
  public static final PlaceId NORTH_MACEDONIA = PlaceId.of("north-macedonia");

  /** Croatia. */
  public static final PlaceId CROATIA = PlaceId.of("croatia");

  /** Slovenia. */
  public static final PlaceId SLOVENIA = PlaceId.of("slovenia");

  /** Japan. */
  public static final PlaceId JAPAN = PlaceId.of("japan");

  /** Tokyo. */
  public static final PlaceId TOKYO = PlaceId.of("tokyo");

  /** Portugal. */
  public static final PlaceId PORTUGAL = PlaceId.of("portugal");

  /** Lisbon, where Web Summit was held. */
  public static final PlaceId LISBON = PlaceId.of("lisbon");

  // Events
  /** The conference "Western Balkans 2030". */
  public static final EventId CONFERENCE = EventId.of("western-balkans-2030");

  /** The fireside chat inside the conference. */
  public static final EventId FIRESIDE_CHAT =
      EventId.of("western-balkans-2030.fireside-chat-japan");

  /** The Serbian delegation's visit to Tokyo, September 2025. */
  public static final EventId TOKYO_VISIT = EventId.of("serbian-delegation-tokyo-2025-09");

  /** The signing of the bilateral declaration during the visit. */
  public static final EventId DECLARATION_SIGNING =
      EventId.of("serbia-japan-declaration-2025");

  // Articles
  /** The article on the page. */
  public static final ArticleId ARTICLE = ArticleId.of("japans-long-term-vision-western-balkans");

  /** The five related teasers at the foot of the page, in page order. */
  public static final List<ArticleId> TEASERS = List.of(
      ArticleId.of("north-macedonia-high-tech-investments"),
      ArticleId.of("the-year-tech-became-the-system"),
      ArticleId.of("online-tool-learning-slovenian"),
      ArticleId.of("croatia-defence-modernisation-plan"),
      ArticleId.of("serbian-startups-web-summit-lisbon"));

  // Tags
  private static final Tag TAG_JAPAN = Tag.of(TagId.of("japan"), JAPAN, "Japan");
  private static final Tag TAG_SERBIA = Tag.of(TagId.of("serbia"), SERBIA, "Serbia");
  private static final Tag TAG_WESTERN_BALKANS =
      Tag.of(TagId.of("western-balkans"), WESTERN_BALKANS, "Western Balkans");
  private static final Tag TAG_NORTH_MACEDONIA =
      Tag.of(TagId.of("north-macedonia"), NORTH_MACEDONIA, "North Macedonia");
  private static final Tag TAG_CROATIA = Tag.of(TagId.of("croatia"), CROATIA, "Croatia");
  private static final Tag TAG_SLOVENIA = Tag.of(TagId.of("slovenia"), SLOVENIA, "Slovenia");
  private static final Tag TAG_LISBON = Tag.of(TagId.of("lisbon"), LISBON, "Lisbon");
  private static final Tag TAG_IMAMURA =
      Tag.of(TagId.of("akira-imamura"), AKIRA_IMAMURA, "Akira Imamura");
  private static final Tag TAG_LEPORI =
      Tag.of(TagId.of("oliver-lepori"), OLIVER_LEPORI, "Oliver Lepori");
  private static final Tag TAG_JBA = Tag.of(
      TagId.of("japanese-business-alliance"), JAPANESE_BUSINESS_ALLIANCE,
      "Japanese Business Alliance");
  private static final Tag TAG_EIB = Tag.of(TagId.of("eib"), EIB, "EIB");
  private static final Tag TAG_UNOPS = Tag.of(TagId.of("unops"), UNOPS, "UNOPS");
  private static final Tag TAG_CONFERENCE =
      Tag.of(TagId.of("western-balkans-2030"), CONFERENCE, "Western Balkans 2030");
  private static final Tag TAG_INVESTMENT = topic("investment", "Investment");
  private static final Tag TAG_DIPLOMACY = topic("diplomacy", "Diplomacy");
  private static final Tag TAG_TECHNOLOGY = topic("technology", "Technology");

  private static Tag topic(String id, String label) {
    return Tag.of(TagId.of(id), TagKind.TOPIC, label);
  }

  private static URI site(String path) {
    return URI.create(SITE + path);
  }

  /** {@return The Region, the publication} */
  public static Publication publication() {
    return Publication.builder()
        .name("The Region")
        .tagline("Connecting the Adria Region Decision Makers")
        .description("The Region is more than a publication - it's where the region's elite"
            + " converge for insights and opportunities")
        .url(site("/"))
        .tipsEmail("info@connectingregion.com")
        .publisher(THE_REGION)
        .timeZone(ZoneId.of("Europe/Belgrade"))
        .build();
  }

  /** {@return H.E. Akira Imamura, Ambassador of Japan to Serbia} */
  public static Person akiraImamura() {
    return Person.builder()
        .id(AKIRA_IMAMURA)
        .name(PersonName.of("Akira", "Imamura"))
        .honorificPrefix("H.E.")
        .addPosition(ambassadorOfJapanToSerbia())
        .addAlternateName(AlternateName.of("Акира Имамура", "sr-Cyrl"))
        .build();
  }

  /** {@return Oliver Lepori, Executive Director of the Japanese Business Alliance} */
  public static Person oliverLepori() {
    return Person.builder()
        .id(OLIVER_LEPORI)
        .name(PersonName.of("Oliver", "Lepori"))
        .addPosition(executiveDirectorOfTheAlliance())
        .addAlternateName(AlternateName.of("Оливер Лепори", "sr-Cyrl"))
        .build();
  }

  private static Position ambassadorOfJapanToSerbia() {
    return Position.builder()
        .title("Ambassador of Japan")
        .organisation(EMBASSY_OF_JAPAN_IN_SERBIA)
        .jurisdiction(SERBIA)
        .build();
  }

  private static Position executiveDirectorOfTheAlliance() {
    return Position.builder()
        .title("Executive Director")
        .organisation(JAPANESE_BUSINESS_ALLIANCE)
        .build();
  }

  /** {@return both speakers} */
  public static List<Person> people() {
    return List.of(akiraImamura(), oliverLepori());
  }

  /** {@return every organisation on the page, and the governments behind the declaration} */
  public static List<Organisation> organisations() {
    return List.of(
        Organisation.builder()
            .id(THE_REGION).name("The Region").kind(OrganisationKind.MEDIA)
            .website(site("/")).build(),
        Organisation.builder()
            .id(EIB).name("European Investment Bank").acronym("EIB")
            .kind(OrganisationKind.FINANCIAL_INSTITUTION).build(),
        Organisation.builder()
            .id(UNOPS).name("United Nations Office for Project Services").acronym("UNOPS")
            .kind(OrganisationKind.INTERGOVERNMENTAL).build(),
        Organisation.builder()
            .id(JAPANESE_BUSINESS_ALLIANCE).name("Japanese Business Alliance")
            .kind(OrganisationKind.BUSINESS_ASSOCIATION).build(),
        Organisation.builder()
            .id(EMBASSY_OF_JAPAN_IN_SERBIA).name("Embassy of Japan in Serbia")
            .kind(OrganisationKind.EMBASSY).country(JAPAN).parent(GOVERNMENT_OF_JAPAN).build(),
        Organisation.builder()
            .id(GOVERNMENT_OF_JAPAN).name("Government of Japan")
            .kind(OrganisationKind.GOVERNMENT).country(JAPAN).build(),
        Organisation.builder()
            .id(GOVERNMENT_OF_SERBIA).name("Government of Serbia")
            .kind(OrganisationKind.GOVERNMENT).country(SERBIA).build());
  }

  /** {@return the places: the regions, the countries, Tokyo and Lisbon} */
  public static List<Place> places() {
    return List.of(
        Place.builder().id(WESTERN_BALKANS).name("Western Balkans").kind(PlaceKind.REGION).build(),
        Place.builder().id(ADRIA).name("Adria region").kind(PlaceKind.REGION).build(),
        country(SERBIA, "Serbia", "RS", WESTERN_BALKANS, ADRIA),
        country(NORTH_MACEDONIA, "North Macedonia", "MK", WESTERN_BALKANS, ADRIA),
        country(CROATIA, "Croatia", "HR", ADRIA),
        country(SLOVENIA, "Slovenia", "SI", ADRIA),
        country(JAPAN, "Japan", "JP"),
        country(PORTUGAL, "Portugal", "PT"),
        Place.builder().id(TOKYO).name("Tokyo").kind(PlaceKind.CITY).addContainedIn(JAPAN)
            .build(),
        Place.builder().id(LISBON).name("Lisbon").kind(PlaceKind.CITY).addContainedIn(PORTUGAL)
            .build());
  }

  private static Place country(PlaceId id, String name, String code, PlaceId... regions) {
    return Place.builder()
        .id(id).name(name).kind(PlaceKind.COUNTRY).countryCode(code).addContainedIn(regions)
        .build();
  }

  /** {@return the conference "Western Balkans 2030 – Connecting Today's Efforts to ..."} */
  public static Event conference() {
    return Event.builder()
        .id(CONFERENCE)
        .name("Western Balkans 2030")
        .subtitle("Connecting Today’s Efforts to Tomorrow’s Europe")
        .kind(EventKind.CONFERENCE)
        .addOrganisation(EventOrganisation.of(THE_REGION, OrganisationRole.ORGANISER))
        .addOrganisation(EventOrganisation.of(EIB, OrganisationRole.SUPPORTER))
        .addOrganisation(EventOrganisation.of(UNOPS, OrganisationRole.SUPPORTER))
        .addOrganisation(
            EventOrganisation.of(JAPANESE_BUSINESS_ALLIANCE, OrganisationRole.PARTNER))
        .gallery(site("/gallery/western-balkans-2030/"))
        .addTag(TAG_WESTERN_BALKANS)
        .build();
  }

  /** {@return the fireside chat "Japan's Innovative Approach to the Western Balkans"} */
  public static Event firesideChat() {
    return Event.builder()
        .id(FIRESIDE_CHAT)
        .name("Japan’s Innovative Approach to the Western Balkans")
        .kind(EventKind.FIRESIDE_CHAT)
        .parent(CONFERENCE)
        .addParticipant(Participant.builder()
            .person(AKIRA_IMAMURA).role(ParticipantRole.CO_LEAD)
            .position(ambassadorOfJapanToSerbia()).build())
        .addParticipant(Participant.builder()
            .person(OLIVER_LEPORI).role(ParticipantRole.CO_LEAD)
            .position(executiveDirectorOfTheAlliance()).build())
        .addOrganisation(EventOrganisation.of(THE_REGION, OrganisationRole.ORGANISER))
        .addOrganisation(
            EventOrganisation.of(JAPANESE_BUSINESS_ALLIANCE, OrganisationRole.PARTNER))
        .addTags(TAG_JAPAN, TAG_WESTERN_BALKANS)
        .build();
  }

  /** {@return the Serbian delegation's visit to Tokyo, "last September"} */
  public static Event tokyoVisit() {
    return Event.builder()
        .id(TOKYO_VISIT)
        .name("Serbian delegation's visit to Tokyo")
        .kind(EventKind.VISIT)
        .start(EventTime.of(YearMonth.of(2025, 9)))
        .place(TOKYO)
        .addOrganisation(EventOrganisation.of(GOVERNMENT_OF_SERBIA, OrganisationRole.PARTICIPANT))
        .addOrganisation(EventOrganisation.of(GOVERNMENT_OF_JAPAN, OrganisationRole.HOST))
        .addTags(TAG_JAPAN, TAG_SERBIA, TAG_DIPLOMACY)
        .build();
  }

  /** {@return the signing, during the visit, of the declaration on bilateral cooperation} */
  public static Event declarationSigning() {
    return Event.builder()
        .id(DECLARATION_SIGNING)
        .name("Signing of a declaration reinforcing Serbia–Japan bilateral cooperation")
        .kind(EventKind.SIGNING)
        .start(EventTime.of(YearMonth.of(2025, 9)))
        .place(TOKYO)
        .parent(TOKYO_VISIT)
        .addOrganisation(EventOrganisation.of(GOVERNMENT_OF_SERBIA, OrganisationRole.SIGNATORY))
        .addOrganisation(EventOrganisation.of(GOVERNMENT_OF_JAPAN, OrganisationRole.SIGNATORY))
        .description("The two governments signed a declaration reinforcing bilateral"
            + " cooperation; it is expected to enter into force the following year.")
        .addTags(TAG_JAPAN, TAG_SERBIA, TAG_DIPLOMACY)
        .build();
  }

  /** {@return the conference, its session, the visit and the signing} */
  public static List<Event> events() {
    return List.of(conference(), firesideChat(), tokyoVisit(), declarationSigning());
  }

  /** {@return every entity on the page, for display helpers} */
  public static Directory directory() {
    return Directory.builder()
        .people(people())
        .organisations(organisations())
        .places(places())
        .events(events())
        .build();
  }

  /** {@return the article} */
  public static Article article() {
    return Article.builder()
        .id(ARTICLE)
        .slug("japans-long-term-vision-for-the-western-balkans")
        .headline("Japan’s Long-Term Vision for the Western Balkans")
        .standfirst("Ambassador Akira Imamura and Oliver Lepori of the Japanese Business Alliance"
            + " set out Japan’s long-term commitment to stability, skills and sustainable"
            + " investment in Serbia and the wider region, at a conference supported by the EIB"
            + " and UNOPS.")
        // The page gives the date only; 09:00 in Belgrade is assumed.
        .published(Instant.parse("2025-12-25T08:00:00Z"))
        .language("en")
        .canonicalUrl(site("/japans-long-term-vision-for-the-western-balkans/"))
        .leadImage(imamuraPhoto())
        .addBody(Paragraph.of(
            Span.of("The fireside chat "),
            Span.of("Japan’s Innovative Approach to the Western Balkans", Mark.EMPHASIS),
            Span.of(" was one of the conversations at the Western Balkans 2030 conference,"
                + " and it turned to the larger part Japan means to play in the region.")))
        .addBody(Paragraph.of("The Region magazine organised the conference with the support of"
            + " the European Investment Bank and UNOPS. The session itself was held with the"
            + " Japanese Business Alliance: its Executive Director, Oliver Lepori, led the"
            + " conversation together with H.E. Akira Imamura, Japan’s Ambassador to Serbia."))
        .addBody(ImageBlock.of(imamuraPhoto()))
        .addBody(Paragraph.of("For the ambassador, Serbia sits at the centre of stability in"
            + " the region, and that stability matters to Tokyo as much as to Brussels. Japan,"
            + " he explained, is engaging for geopolitical and economic reasons that reach far"
            + " beyond any quick commercial return."))
        .addBody(Quote.of("European stability is in Japan’s national interest.", AKIRA_IMAMURA))
        .addBody(Paragraph.of("He recalled the Serbian delegation’s visit to Tokyo in September,"
            + " when the two governments signed a declaration to deepen their cooperation. Once"
            + " it takes effect next year, he expects Japanese investors to take notice."))
        .addBody(Quote.of("This is not just about exports — it is about bringing value, skills,"
            + " and long-term opportunities for the Serbian people.", AKIRA_IMAMURA))
        .addBody(ImageBlock.of(leporiPhoto()))
        .addBody(Paragraph.of("Oliver Lepori spoke for the Japanese companies already at work in"
            + " the region. Transparency, reliability and partnerships built to last are, in"
            + " his account, what Japanese investment runs on."))
        .addBody(Quote.builder()
            .text("Japan sees the Western Balkans as a region where innovation, stability, and"
                + " responsible business can go hand in hand. Our goal is to help attract"
                + " investors who think in decades, not quarters.")
            .speaker(OLIVER_LEPORI)
            .build())
        .addBody(Paragraph.of(
            Span.of("The Alliance is introducing Serbian firms to Japanese partners, and interest"
                + " is growing in "),
            Span.of("technology, manufacturing, sustainability and advanced industry",
                Mark.STRONG),
            Span.of(".")))
        .addBody(Paragraph.of("The conversation left Japan looking like a patient partner:"
            + " committed to stability, growth, innovation and people in the region, themes"
            + " that ran through the whole conference."))
        .addBody(LinkBlock.builder()
            .text("Photos from the Western Balkans 2030 conference are available here.")
            .url(site("/gallery/western-balkans-2030/"))
            .kind(LinkKind.GALLERY)
            .event(CONFERENCE)
            .build())
        .addBody(CallToAction.builder()
            .kind(CallToActionKind.NEWS_TIP)
            .text("Have a news tip or story to share? Email us at info@connectingregion.com")
            .email("info@connectingregion.com")
            .build())
        .addTags(TAG_JAPAN, TAG_SERBIA, TAG_WESTERN_BALKANS, TAG_IMAMURA, TAG_LEPORI, TAG_JBA,
            TAG_EIB, TAG_UNOPS, TAG_CONFERENCE, TAG_INVESTMENT, TAG_DIPLOMACY)
        .related(TEASERS)
        .addEvents(CONFERENCE, FIRESIDE_CHAT, TOKYO_VISIT)
        .build();
  }

  private static Image imamuraPhoto() {
    return Image.builder()
        .url(site("/images/akira-imamura.jpg"))
        .altText("Akira Imamura")
        .caption("Akira Imamura, Ambassador of Japan to Serbia")
        .addDepicted(AKIRA_IMAMURA)
        .build();
  }

  private static Image leporiPhoto() {
    return Image.builder()
        .url(site("/images/oliver-lepori.jpg"))
        .altText("Oliver Lepori")
        .caption("Oliver Lepori, Executive Director of the Japanese Business Alliance")
        .addDepicted(OLIVER_LEPORI)
        .build();
  }

  /**
   * {@return the five related teasers, in page order}. Headlines and excerpts are the page's;
   * the dates are not on the page and are assumed; tags are drawn from each headline and excerpt.
   */
  public static List<ArticleSummary> relatedTeasers() {
    return List.of(
        teaser(TEASERS.get(0), "North Macedonia to Welcome Two Major High-Tech Foreign Investments",
            "North Macedonian Prime Minister Hristijan Mickoski announced two major foreign"
                + " high-tech investments, one from Turkey and one from Germany,...",
            "2025-12-23T10:00:00Z",
            TAG_NORTH_MACEDONIA, TAG_INVESTMENT, TAG_TECHNOLOGY,
            Tag.of(TagId.of("hristijan-mickoski"), TagKind.PERSON, "Hristijan Mickoski"),
            Tag.of(TagId.of("turkey"), TagKind.PLACE, "Turkey"),
            Tag.of(TagId.of("germany"), TagKind.PLACE, "Germany")),
        teaser(TEASERS.get(1), "The Year Tech Became the System",
            "AI stopped being a clever add-on and became the backbone—of power grids,"
                + " regulation, capital, and national strategy. For years, artificial...",
            "2025-12-22T10:00:00Z",
            TAG_TECHNOLOGY, topic("artificial-intelligence", "Artificial intelligence"),
            topic("energy", "Energy"), topic("regulation", "Regulation")),
        teaser(TEASERS.get(2), "New Online Tool Makes Learning Slovenian More Accessible",
            "The textbook, Naslon, is available in seven languages and focuses on practical"
                + " language skills needed in everyday and official...",
            "2025-12-21T10:00:00Z",
            TAG_SLOVENIA, topic("education", "Education"), topic("languages", "Languages")),
        teaser(TEASERS.get(3), "Croatia Unveils €2.18 Billion Defence Modernisation Plan",
            "Croatia has approved a €2.18 billion military modernisation package, marking one of"
                + " the country’s most significant defence investments to...",
            "2025-12-20T10:00:00Z",
            TAG_CROATIA, topic("defence", "Defence"), TAG_INVESTMENT),
        teaser(TEASERS.get(4), "Serbian Startups Shine At Web Summit in Lisbon",
            "Four Serbian startups — MyFlow, Njuppa, Codekido, and FinoApp — showcased their"
                + " innovations at the “Showcase” program of the...",
            "2025-11-20T10:00:00Z",
            TAG_SERBIA, TAG_LISBON, topic("startups", "Startups"), TAG_TECHNOLOGY,
            Tag.of(TagId.of("web-summit"), TagKind.EVENT, "Web Summit")));
  }

  private static ArticleSummary teaser(
      ArticleId id, String headline, String excerpt, String published, Tag... tags) {
    return ArticleSummary.builder()
        .id(id)
        .slug(id.value())
        .headline(headline)
        .excerpt(excerpt)
        .published(Instant.parse(published))
        .canonicalUrl(site("/" + id.value() + "/"))
        .addTags(tags)
        .build();
  }
}
