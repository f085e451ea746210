package dev.masthead.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Article;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Block;
import dev.masthead.model.CallToAction;
import dev.masthead.model.CallToActionKind;
import dev.masthead.model.Directory;
import dev.masthead.model.Event;
import dev.masthead.model.EventKind;
import dev.masthead.model.EventTime;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.LinkBlock;
import dev.masthead.model.LinkKind;
import dev.masthead.model.Organisation;
import dev.masthead.model.OrganisationRole;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Participant;
import dev.masthead.model.ParticipantRole;
import dev.masthead.model.Person;
import dev.masthead.model.Place;
import dev.masthead.model.PlaceKind;
import dev.masthead.model.Publication;
import dev.masthead.model.Quote;
import dev.masthead.model.Tag;
import dev.masthead.model.TagKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The seed page (../shared/seed/western-balkans-article.txt), fact by fact: every fact on it can
 * be read back through the public API of the model built in {@link SeedPage}.
 */
final class SeedPageTest {
  private final Article article = SeedPage.article();
  private final Directory directory = SeedPage.directory();

  private <T extends Block> List<T> blocks(Class<T> type) {
    return article.body().stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void articleDateIsThursdayTwentyFifthOfDecember2025InThePublicationsZone() {
    ZoneId zone = SeedPage.publication().timeZone().orElseThrow();
    LocalDate day = article.published().atZone(zone).toLocalDate();
    assertThat(day).isEqualTo(LocalDate.of(2025, 12, 25));
    assertThat(day.getDayOfWeek()).hasToString("THURSDAY");
  }

  @Test
  void articleHasHeadlineStandfirstLanguageAndUrl() {
    assertThat(article.headline()).isEqualTo("Japan’s Long-Term Vision for the Western Balkans");
    assertThat(article.standfirst()).get().asString()
        .contains("Akira Imamura", "Oliver Lepori", "EIB", "UNOPS", "stability", "skills",
            "investment", "Serbia");
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.canonicalUrl()).get().hasToString(
        "https://connectingregion.com/japans-long-term-vision-for-the-western-balkans/");
  }

  @Test
  void bodyHasBothAttributedQuotesOfTheAmbassadorAndTheDirector() {
    List<Quote> quotes = blocks(Quote.class);
    assertThat(quotes).anySatisfy(q -> {
      assertThat(q.text()).startsWith("European stability is in Japan’s national interest");
      assertThat(q.speaker()).contains(SeedPage.AKIRA_IMAMURA);
    });
    assertThat(quotes).anySatisfy(q -> {
      assertThat(q.text()).contains("investors who think in decades, not quarters");
      assertThat(q.speaker()).contains(SeedPage.OLIVER_LEPORI);
    });
    assertThat(quotes).allSatisfy(q -> assertThat(q.speaker()).isPresent());
  }

  @Test
  void bodyHasBothCaptionedPhotosShowingTheirPeople() {
    List<ImageBlock> images = blocks(ImageBlock.class);
    assertThat(images).hasSize(2);
    assertThat(images.get(0).image().caption())
        .contains("Akira Imamura, Ambassador of Japan to Serbia");
    assertThat(images.get(0).image().depicted()).containsExactly(SeedPage.AKIRA_IMAMURA);
    assertThat(images.get(1).image().caption())
        .contains("Oliver Lepori, Executive Director of the Japanese Business Alliance");
    assertThat(images.get(1).image().depicted()).containsExactly(SeedPage.OLIVER_LEPORI);
  }

  @Test
  void bodyHasTheGalleryLinkForTheConference() {
    LinkBlock gallery = blocks(LinkBlock.class).get(0);
    assertThat(gallery.text())
        .isEqualTo("Photos from the Western Balkans 2030 conference are available here.");
    assertThat(gallery.kind()).isEqualTo(LinkKind.GALLERY);
    assertThat(gallery.event()).contains(SeedPage.CONFERENCE);
    assertThat(SeedPage.conference().gallery()).contains(gallery.url());
  }

  @Test
  void bodyEndsWithTheNewsTipCallToAction() {
    Block last = article.body().get(article.body().size() - 1);
    assertThat(last).isInstanceOf(CallToAction.class);
    CallToAction tips = (CallToAction) last;
    assertThat(tips.kind()).isEqualTo(CallToActionKind.NEWS_TIP);
    assertThat(tips.text()).startsWith("Have a news tip or story to share?");
    assertThat(tips.email()).contains("info@connectingregion.com");
    assertThat(tips.url()).isEmpty();
  }

  @Test
  void bodyParagraphsCarryTheArticlesFacts() {
    String text = String.join("\n", blocks(Paragraph.class).stream()
        .map(Paragraph::plainText).toList());
    assertThat(text).contains("Japan’s Innovative Approach to the Western Balkans",
        "Western Balkans 2030", "European Investment Bank", "UNOPS",
        "Japanese Business Alliance", "Tokyo", "September", "declaration",
        "technology, manufacturing, sustainability and advanced industry");
  }

  @Test
  void conferenceHasItsNameThemeOrganiserSupportersAndPartner() {
    Event conference = directory.event(SeedPage.CONFERENCE).orElseThrow();
    assertThat(conference.name() + " – " + conference.subtitle().orElseThrow())
        .isEqualTo("Western Balkans 2030 – Connecting Today’s Efforts to Tomorrow’s Europe");
    assertThat(conference.kind()).isEqualTo(EventKind.CONFERENCE);
    assertThat(conference.organisationsIn(OrganisationRole.ORGANISER))
        .containsExactly(SeedPage.THE_REGION);
    assertThat(conference.organisationsIn(OrganisationRole.SUPPORTER))
        .containsExactly(SeedPage.EIB, SeedPage.UNOPS);
    assertThat(conference.organisationsIn(OrganisationRole.PARTNER))
        .containsExactly(SeedPage.JAPANESE_BUSINESS_ALLIANCE);
  }

  @Test
  void firesideChatIsASessionOfTheConferenceCoLedByBothSpeakers() {
    Event chat = directory.event(SeedPage.FIRESIDE_CHAT).orElseThrow();
    assertThat(chat.name()).isEqualTo("Japan’s Innovative Approach to the Western Balkans");
    assertThat(chat.kind()).isEqualTo(EventKind.FIRESIDE_CHAT);
    assertThat(chat.parent()).contains(SeedPage.CONFERENCE);
    assertThat(directory.partsOf(SeedPage.CONFERENCE)).containsExactly(chat);
    assertThat(chat.participantsIn(ParticipantRole.CO_LEAD)).extracting(Participant::person)
        .containsExactly(SeedPage.AKIRA_IMAMURA, SeedPage.OLIVER_LEPORI);
    assertThat(chat.participants()).extracting(p -> p.describe(directory)).containsExactly(
        "H.E. Akira Imamura, Ambassador of Japan to Serbia",
        "Oliver Lepori, Executive Director, Japanese Business Alliance");
    assertThat(chat.organisationsIn(OrganisationRole.PARTNER))
        .containsExactly(SeedPage.JAPANESE_BUSINESS_ALLIANCE);
  }

  @Test
  void ambassadorHasHonorificPositionAndJurisdiction() {
    Person imamura = directory.person(SeedPage.AKIRA_IMAMURA).orElseThrow();
    assertThat(imamura.formalName()).isEqualTo("H.E. Akira Imamura");
    assertThat(imamura.positions()).singleElement().satisfies(p -> {
      assertThat(p.title()).isEqualTo("Ambassador of Japan");
      assertThat(p.jurisdiction()).contains(SeedPage.SERBIA);
      assertThat(p.organisation()).contains(SeedPage.EMBASSY_OF_JAPAN_IN_SERBIA);
      assertThat(p.label(directory)).isEqualTo("Ambassador of Japan to Serbia");
    });
    assertThat(imamura.describe(imamura.positions().get(0), directory))
        .isEqualTo("H.E. Akira Imamura, Ambassador of Japan to Serbia");
  }

  @Test
  void directorHasHisPositionInTheAlliance() {
    Person lepori = directory.person(SeedPage.OLIVER_LEPORI).orElseThrow();
    assertThat(lepori.formalName()).isEqualTo("Oliver Lepori");
    assertThat(lepori.describe(lepori.positions().get(0), directory))
        .isEqualTo("Oliver Lepori, Executive Director, Japanese Business Alliance");
  }

  @Test
  void organisationsHaveTheirNamesAcronymsAndKinds() {
    assertThat(directory.organisations()).extracting(Organisation::shortName).contains(
        "The Region", "EIB", "UNOPS", "Japanese Business Alliance",
        "Embassy of Japan in Serbia", "Government of Japan", "Government of Serbia");
    assertThat(directory.organisation(SeedPage.EIB).orElseThrow().displayName())
        .isEqualTo("European Investment Bank (EIB)");
    assertThat(directory.organisation(SeedPage.EMBASSY_OF_JAPAN_IN_SERBIA).orElseThrow()
        .parent()).contains(SeedPage.GOVERNMENT_OF_JAPAN);
  }

  @Test
  void tokyoVisitLastSeptemberWithTheSignedDeclaration() {
    Event visit = directory.event(SeedPage.TOKYO_VISIT).orElseThrow();
    assertThat(visit.kind()).isEqualTo(EventKind.VISIT);
    assertThat(visit.start()).contains(EventTime.of(YearMonth.of(2025, 9)));
    assertThat(visit.place()).contains(SeedPage.TOKYO);
    assertThat(visit.organisationsIn(OrganisationRole.PARTICIPANT))
        .containsExactly(SeedPage.GOVERNMENT_OF_SERBIA);
    Event signing = directory.event(SeedPage.DECLARATION_SIGNING).orElseThrow();
    assertThat(signing.kind()).isEqualTo(EventKind.SIGNING);
    assertThat(signing.parent()).contains(SeedPage.TOKYO_VISIT);
    assertThat(signing.organisationsIn(OrganisationRole.SIGNATORY))
        .containsExactly(SeedPage.GOVERNMENT_OF_SERBIA, SeedPage.GOVERNMENT_OF_JAPAN);
    assertThat(signing.description()).get().asString()
        .contains("declaration reinforcing bilateral cooperation", "enter into force");
    assertThat(article.events()).contains(SeedPage.CONFERENCE, SeedPage.FIRESIDE_CHAT,
        SeedPage.TOKYO_VISIT);
  }

  @Test
  void westernBalkansRegionContainsSerbiaAndNorthMacedonia() {
    assertThat(directory.placesWithin(SeedPage.WESTERN_BALKANS)).extracting(Place::id)
        .containsExactly(SeedPage.SERBIA, SeedPage.NORTH_MACEDONIA);
    assertThat(directory.placesWithin(SeedPage.ADRIA)).extracting(Place::name)
        .containsExactly("Serbia", "North Macedonia", "Croatia", "Slovenia");
    assertThat(directory.place(SeedPage.WESTERN_BALKANS).orElseThrow().kind())
        .isEqualTo(PlaceKind.REGION);
    assertThat(directory.places()).extracting(Place::name).contains(
        "Serbia", "Japan", "Western Balkans", "North Macedonia", "Croatia", "Slovenia",
        "Tokyo", "Lisbon");
    assertThat(directory.places()).filteredOn(p -> p.kind().equals(PlaceKind.COUNTRY))
        .extracting(p -> p.countryCode().orElseThrow())
        .containsExactly("RS", "MK", "HR", "SI", "JP", "PT");
    assertThat(directory.placesWithin(SeedPage.JAPAN)).extracting(Place::id)
        .containsExactly(SeedPage.TOKYO);
  }

  @Test
  void articleTagsNameThePlacesPeopleOrganisationsAndConference() {
    assertThat(article.tags()).filteredOn(t -> t.kind().equals(TagKind.PERSON))
        .extracting(t -> t.entity().orElseThrow())
        .containsExactly(SeedPage.AKIRA_IMAMURA, SeedPage.OLIVER_LEPORI);
    assertThat(article.tags()).filteredOn(t -> t.kind().equals(TagKind.ORGANISATION))
        .extracting(t -> t.entity().orElseThrow())
        .containsExactly(SeedPage.JAPANESE_BUSINESS_ALLIANCE, SeedPage.EIB, SeedPage.UNOPS);
    assertThat(article.tags()).filteredOn(t -> t.kind().equals(TagKind.EVENT))
        .extracting(Tag::label).containsExactly("Western Balkans 2030");
    assertThat(article.tags()).extracting(Tag::label)
        .contains("Japan", "Serbia", "Western Balkans");
  }

  @Test
  void fiveRelatedTeasersInPageOrder() {
    List<ArticleSummary> teasers = SeedPage.relatedTeasers();
    assertThat(article.related()).isEqualTo(SeedPage.TEASERS);
    assertThat(teasers).extracting(ArticleSummary::id).isEqualTo(article.related());
    assertThat(teasers).extracting(ArticleSummary::headline).containsExactly(
        "North Macedonia to Welcome Two Major High-Tech Foreign Investments",
        "The Year Tech Became the System",
        "New Online Tool Makes Learning Slovenian More Accessible",
        "Croatia Unveils €2.18 Billion Defence Modernisation Plan",
        "Serbian Startups Shine At Web Summit in Lisbon");
    assertThat(teasers).allSatisfy(t -> {
      assertThat(t.excerpt()).get().asString().endsWith("...");
      assertThat(t.tags()).isNotEmpty();
      assertThat(t.published()).isBefore(article.published());
    });
    assertThat(teasers.get(4).excerpt()).get().asString()
        .contains("MyFlow", "Njuppa", "Codekido", "FinoApp");
  }

  @Test
  void publicationHasItsNameTaglineSiteAndTipsAddress() {
    Publication publication = SeedPage.publication();
    assertThat(publication.name()).isEqualTo("The Region");
    assertThat(publication.tagline()).contains("Connecting the Adria Region Decision Makers");
    assertThat(publication.description()).get().asString()
        .startsWith("The Region is more than a publication");
    assertThat(publication.url()).hasToString("https://connectingregion.com/");
    assertThat(publication.tipsEmail()).contains("info@connectingregion.com");
    assertThat(publication.publisher()).contains(SeedPage.THE_REGION);
  }

  @Test
  void summaryOfTheArticleIsItsTeaser() {
    ArticleSummary summary = article.summary();
    assertThat(summary.id()).isEqualTo(article.id());
    assertThat(summary.headline()).isEqualTo(article.headline());
    assertThat(summary.excerpt()).get().asString().startsWith("Ambassador Akira Imamura")
        .endsWith("…");
    assertThat(summary.image()).isEqualTo(article.leadImage());
    assertThat(summary.tags()).isEqualTo(article.tags());
  }
}
