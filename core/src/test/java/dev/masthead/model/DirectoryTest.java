package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class DirectoryTest {
  private static final Person AKIRA = Person.builder()
      .id(PersonId.of("akira-imamura"))
      .name(PersonName.of("Akira", "Imamura"))
      .honorificPrefix("H.E.")
      .build();
  private static final Person OLIVER = Person.builder()
      .id(PersonId.of("oliver-lepori"))
      .name(PersonName.of("Oliver", "Lepori"))
      .build();
  private static final Organisation EIB = Organisation.builder()
      .id(OrganisationId.of("eib"))
      .name("European Investment Bank")
      .acronym("EIB")
      .kind(OrganisationKind.FINANCIAL_INSTITUTION)
      .build();
  private static final Organisation JBA = Organisation.builder()
      .id(OrganisationId.of("jba"))
      .name("Japanese Business Alliance")
      .kind(OrganisationKind.BUSINESS_ASSOCIATION)
      .build();

  private static final Place EUROPE = place("europe", "Europe", PlaceKind.CONTINENT);
  private static final Place WESTERN_BALKANS =
      place("western-balkans", "Western Balkans", PlaceKind.REGION, "europe");
  private static final Place SERBIA = place("serbia", "Serbia", PlaceKind.COUNTRY,
      "western-balkans", "europe");
  private static final Place MONTENEGRO =
      place("montenegro", "Montenegro", PlaceKind.COUNTRY, "western-balkans");
  private static final Place BELGRADE = place("belgrade", "Belgrade", PlaceKind.CITY, "serbia");
  private static final Place METROPOL =
      place("hotel-metropol", "Hotel Metropol", PlaceKind.VENUE, "belgrade");
  private static final Place JAPAN = place("japan", "Japan", PlaceKind.COUNTRY);

  private static final EventId SUMMIT_ID = EventId.of("wb2030");
  private static final Event SUMMIT = event("wb2030", "Western Balkans 2030", EventKind.SUMMIT);
  private static final Event FIRESIDE_CHAT =
      event("wb2030.fireside-chat", "Fireside chat", EventKind.FIRESIDE_CHAT).withParent(SUMMIT_ID);
  private static final Event PANEL =
      event("wb2030.panel", "Panel: investment", EventKind.PANEL).withParent(SUMMIT_ID);
  private static final Event LAUNCH = event("launch-2025", "Report launch", EventKind.LAUNCH);

  private static Place place(String id, String name, PlaceKind kind, String... containedIn) {
    Place.Builder builder = Place.builder().id(PlaceId.of(id)).name(name).kind(kind);
    for (String outer : containedIn) {
      builder.addContainedIn(PlaceId.of(outer));
    }
    return builder.build();
  }

  private static Event event(String id, String name, EventKind kind) {
    return Event.builder().id(EventId.of(id)).name(name).kind(kind).build();
  }

  private static Directory full() {
    return Directory.builder()
        .addPeople(AKIRA, OLIVER)
        .addOrganisations(EIB, JBA)
        .addPlaces(METROPOL, EUROPE, SERBIA, JAPAN, BELGRADE, WESTERN_BALKANS, MONTENEGRO)
        .addEvents(SUMMIT, FIRESIDE_CHAT, LAUNCH, PANEL)
        .build();
  }

  @Test
  void buildsEmptyDirectory() {
    Directory directory = Directory.builder().build();

    assertThat(directory.people()).isEmpty();
    assertThat(directory.organisations()).isEmpty();
    assertThat(directory.places()).isEmpty();
    assertThat(directory.events()).isEmpty();
    assertThat(directory.person(AKIRA.id())).isEmpty();
    assertThat(directory.placesWithin(EUROPE.id())).isEmpty();
    assertThat(directory.partsOf(SUMMIT_ID)).isEmpty();
  }

  @Test
  void buildsFullyPopulatedDirectoryAndReadsEveryAttributeBack() {
    Directory directory = full();

    assertThat(directory.people()).containsExactly(AKIRA, OLIVER);
    assertThat(directory.organisations()).containsExactly(EIB, JBA);
    assertThat(directory.places())
        .containsExactly(METROPOL, EUROPE, SERBIA, JAPAN, BELGRADE, WESTERN_BALKANS, MONTENEGRO);
    assertThat(directory.events()).containsExactly(SUMMIT, FIRESIDE_CHAT, LAUNCH, PANEL);
  }

  @Test
  void looksUpEntitiesById() {
    Directory directory = full();

    assertThat(directory.person(PersonId.of("oliver-lepori"))).contains(OLIVER);
    assertThat(directory.organisation(OrganisationId.of("eib"))).contains(EIB);
    assertThat(directory.place(PlaceId.of("serbia"))).contains(SERBIA);
    assertThat(directory.event(EventId.of("wb2030.panel"))).contains(PANEL);
  }

  @Test
  void looksUpUnknownIdsAsEmpty() {
    Directory directory = full();

    assertThat(directory.person(PersonId.of("nobody"))).isEmpty();
    assertThat(directory.organisation(OrganisationId.of("nobody"))).isEmpty();
    assertThat(directory.place(PlaceId.of("atlantis"))).isEmpty();
    assertThat(directory.event(EventId.of("never"))).isEmpty();
  }

  @Test
  void distinguishesIdsOfDifferentEntityTypesWithTheSameValue() {
    Directory directory = Directory.builder()
        .addPlace(place("jba", "JBA Square", PlaceKind.VENUE))
        .build();

    assertThat(directory.organisation(OrganisationId.of("jba"))).isEmpty();
    assertThat(directory.place(PlaceId.of("jba"))).isPresent();
  }

  @Test
  void namesPlacesAndOrganisations() {
    Directory directory = full();

    assertThat(directory.placeName(PlaceId.of("serbia"))).isEqualTo("Serbia");
    assertThat(directory.organisationName(OrganisationId.of("eib")))
        .isEqualTo("European Investment Bank");
  }

  @Test
  void namesUnknownPlacesAndOrganisationsByTheirIds() {
    Directory directory = full();

    assertThat(directory.placeName(PlaceId.of("kosovo"))).isEqualTo("kosovo");
    assertThat(directory.organisationName(OrganisationId.of("undp"))).isEqualTo("undp");
  }

  @Test
  void findsPlacesWithinARegionTransitivelyInDirectoryOrder() {
    Directory directory = full();

    assertThat(directory.placesWithin(WESTERN_BALKANS.id()))
        .containsExactly(METROPOL, SERBIA, BELGRADE, MONTENEGRO);
    assertThat(directory.placesWithin(EUROPE.id()))
        .containsExactly(METROPOL, SERBIA, BELGRADE, WESTERN_BALKANS, MONTENEGRO);
    assertThat(directory.placesWithin(SERBIA.id())).containsExactly(METROPOL, BELGRADE);
  }

  @Test
  void findsNothingWithinALeafOrAnUnknownPlace() {
    Directory directory = full();

    assertThat(directory.placesWithin(METROPOL.id())).isEmpty();
    assertThat(directory.placesWithin(JAPAN.id())).isEmpty();
    assertThat(directory.placesWithin(PlaceId.of("atlantis"))).isEmpty();
  }

  @Test
  void findsPlacesWithinARegionTheDirectoryDoesNotHold() {
    Directory directory = Directory.builder().addPlaces(SERBIA, BELGRADE).build();

    assertThat(directory.placesWithin(WESTERN_BALKANS.id())).containsExactly(SERBIA, BELGRADE);
  }

  @Test
  void findsPlacesWithinDespiteACycle() {
    Place a = place("a", "A", PlaceKind.REGION, "c");
    Place b = place("b", "B", PlaceKind.REGION, "a");
    Place c = place("c", "C", PlaceKind.REGION, "b");
    Place d = place("d", "D", PlaceKind.CITY, "b");
    Directory directory = Directory.builder().addPlaces(a, b, c, d).build();

    assertThat(directory.placesWithin(a.id())).containsExactly(b, c, d);
    assertThat(directory.placesWithin(d.id())).isEmpty();
  }

  @Test
  void listsThePartsOfAnEventInOrder() {
    Directory directory = full();

    assertThat(directory.partsOf(SUMMIT_ID)).containsExactly(FIRESIDE_CHAT, PANEL);
    assertThat(directory.partsOf(LAUNCH.id())).isEmpty();
    assertThat(directory.partsOf(EventId.of("never"))).isEmpty();
  }

  @Test
  void rejectsRepeatedPersonId() {
    Person impostor = OLIVER.withId(AKIRA.id());

    assertOnlyViolation("Directory",
        () -> Directory.builder().addPeople(AKIRA, OLIVER, impostor).build(), "people[2]",
        "must not repeat a person id", "akira-imamura");
  }

  @Test
  void rejectsRepeatedOrganisationId() {
    assertOnlyViolation("Directory", () -> Directory.builder().addOrganisations(EIB, EIB).build(),
        "organisations[1]", "must not repeat an organisation id", "eib");
  }

  @Test
  void rejectsRepeatedPlaceId() {
    assertOnlyViolation("Directory",
        () -> Directory.builder().addPlaces(SERBIA, BELGRADE, SERBIA.withName("Srbija")).build(),
        "places[2]", "must not repeat a place id", "serbia");
  }

  @Test
  void rejectsRepeatedEventId() {
    assertOnlyViolation("Directory",
        () -> Directory.builder().addEvents(SUMMIT, PANEL, PANEL).build(), "events[2]",
        "must not repeat an event id", "wb2030.panel");
  }

  @Test
  void reportsNullElementsAtTheirIndex() {
    ContentValidationException e = rejected("Directory", () -> Directory.builder()
        .addPeople(AKIRA, null)
        .addOrganisation(null)
        .addPlaces(EUROPE, SERBIA, null)
        .addEvent(null)
        .build());

    assertThat(e.violations()).extracting(v -> v.path().toString())
        .containsExactly("people[1]", "organisations[0]", "places[2]", "events[0]");
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.rule()).isEqualTo("must not be null");
      assertThat(v.value()).isEmpty();
    });
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException e = rejected("Directory", () -> Directory.builder()
        .addPeople(AKIRA, AKIRA)
        .addOrganisations(JBA, JBA)
        .addPlaces(SERBIA, SERBIA)
        .addEvents(LAUNCH, LAUNCH)
        .build());

    assertThat(e.violations()).extracting(v -> v.path().toString(), Violation::pointer).containsExactly(
        tuple("people[1]", "/people/1"),
        tuple("organisations[1]", "/organisations/1"),
        tuple("places[1]", "/places/1"),
        tuple("events[1]", "/events/1"));
    assertThat(e).hasMessageStartingWith("Invalid Directory (4 problems)");
  }

  @Test
  void holdsMoreEntitiesThanTheListLimitOfOtherTypes() {
    List<Place> places = new ArrayList<>();
    for (int i = 0; i <= ContentLimits.ITEMS; i++) {
      places.add(place("p" + i, "Place " + i, PlaceKind.CITY));
    }

    assertThat(Directory.builder().places(places).build().places()).hasSize(1001);
  }

  @Test
  void equalDirectoriesHaveEqualHashCodes() {
    Directory a = full();
    Directory b = full();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.withPeople(AKIRA));
    assertThat(a).isNotEqualTo(a.withPlaces(EUROPE, SERBIA));
    assertThat(a.person(AKIRA.id())).isEqualTo(b.person(AKIRA.id()));
  }

  @Test
  void withPeopleChangesOnlyThePeopleAndTheirLookups() {
    Directory directory = full();
    Directory onlyAkira = directory.withPeople(AKIRA);

    assertThat(onlyAkira.people()).containsExactly(AKIRA);
    assertThat(onlyAkira.person(OLIVER.id())).isEmpty();
    assertThat(onlyAkira.organisations()).isEqualTo(directory.organisations());
    assertThat(onlyAkira.places()).isEqualTo(directory.places());
    assertThat(onlyAkira.events()).isEqualTo(directory.events());
    assertThat(directory.person(OLIVER.id())).contains(OLIVER);
  }

  @Test
  void withPlacesChangesWhatRegionsContain() {
    Directory directory = full();
    Directory withoutSerbia = directory.withPlaces(WESTERN_BALKANS, BELGRADE, MONTENEGRO);

    assertThat(withoutSerbia.placesWithin(WESTERN_BALKANS.id())).containsExactly(MONTENEGRO);
    assertThat(withoutSerbia.placeName(SERBIA.id())).isEqualTo("serbia");
  }

  @Test
  void withRepeatedPlaceIdIsRejected() {
    assertOnlyViolation("Directory", () -> full().withPlaces(SERBIA, SERBIA), "places[1]",
        "must not repeat a place id", "serbia");
  }

  @Test
  void withNullEventIsRejected() {
    assertOnlyViolation("Directory", () -> full().withEvents(SUMMIT, null),
        "events[1]", "must not be null", null);
  }
}
