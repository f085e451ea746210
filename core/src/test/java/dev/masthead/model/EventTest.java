package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class EventTest {
  private static final EventId ID = EventId.of("wb2030.fireside-chat");
  private static final EventId SUMMIT = EventId.of("wb2030");
  private static final PersonId AKIRA = PersonId.of("akira-imamura");
  private static final PersonId OLIVER = PersonId.of("oliver-lepori");
  private static final OrganisationId JBA = OrganisationId.of("jba");
  private static final OrganisationId EIB = OrganisationId.of("eib");
  private static final OrganisationId EMBASSY = OrganisationId.of("embassy-of-japan-rs");
  private static final Tag SERBIA = Tag.of(TagId.of("serbia"), PlaceId.of("serbia"), "Serbia");
  private static final Tag SERBIA_RELABELLED =
      Tag.of(TagId.of("serbia"), TagKind.PLACE, "Srbija");
  private static final Tag TRADE = Tag.of(TagId.of("trade"), TagKind.TOPIC, "Trade");
  private static final RawJson ACME = RawJson.of("{\"crm\":\"e-17\"}");

  private static Event.Builder minimal() {
    return Event.builder().id(ID).name("Fireside chat").kind(EventKind.FIRESIDE_CHAT);
  }

  private static Event full() {
    return Event.builder()
        .id(ID)
        .name("Western Balkans 2030: fireside chat")
        .subtitle("Connecting Today's Efforts to Tomorrow's Europe")
        .kind(EventKind.FIRESIDE_CHAT)
        .start(EventTime.parse("2025-11-20T10:00+01:00"))
        .end(EventTime.parse("2025-11-20T11:30+01:00"))
        .place(PlaceId.of("belgrade"))
        .venue("Hotel Metropol, Belgrade")
        .parent(SUMMIT)
        .addParticipant(Participant.of(AKIRA, ParticipantRole.SPEAKER))
        .addParticipant(Participant.of(OLIVER, ParticipantRole.MODERATOR))
        .addParticipant(Participant.of(OLIVER, ParticipantRole.SPEAKER))
        .addOrganisation(EventOrganisation.of(JBA, OrganisationRole.ORGANISER))
        .addOrganisation(EventOrganisation.of(EIB, OrganisationRole.SUPPORTER))
        .addOrganisation(EventOrganisation.of(EMBASSY, OrganisationRole.SUPPORTER))
        .gallery(URI.create("https://example.com/gallery/wb2030"))
        .url(URI.create("https://example.com/events/wb2030"))
        .description("A conversation on trade.\nQuestions from the floor followed.")
        .addTag(SERBIA)
        .addTag(TRADE)
        .putExtension("acme:crm", ACME)
        .build();
  }

  @Test
  void buildsMinimalEventWithEmptyDefaults() {
    Event event = minimal().build();

    assertThat(event.id()).isEqualTo(ID);
    assertThat(event.name()).isEqualTo("Fireside chat");
    assertThat(event.kind()).isEqualTo(EventKind.FIRESIDE_CHAT);
    assertThat(event.subtitle()).isEmpty();
    assertThat(event.start()).isEmpty();
    assertThat(event.end()).isEmpty();
    assertThat(event.place()).isEmpty();
    assertThat(event.venue()).isEmpty();
    assertThat(event.parent()).isEmpty();
    assertThat(event.participants()).isEmpty();
    assertThat(event.organisations()).isEmpty();
    assertThat(event.gallery()).isEmpty();
    assertThat(event.url()).isEmpty();
    assertThat(event.description()).isEmpty();
    assertThat(event.tags()).isEmpty();
    assertThat(event.extensions()).isEmpty();
  }

  @Test
  void buildsFullyPopulatedEventAndReadsEveryAttributeBack() {
    Event event = full();

    assertThat(event.id()).isEqualTo(ID);
    assertThat(event.name()).isEqualTo("Western Balkans 2030: fireside chat");
    assertThat(event.subtitle()).contains("Connecting Today's Efforts to Tomorrow's Europe");
    assertThat(event.kind()).isEqualTo(EventKind.FIRESIDE_CHAT);
    assertThat(event.start()).contains(EventTime.parse("2025-11-20T10:00+01:00"));
    assertThat(event.end()).contains(EventTime.parse("2025-11-20T11:30+01:00"));
    assertThat(event.place()).contains(PlaceId.of("belgrade"));
    assertThat(event.venue()).contains("Hotel Metropol, Belgrade");
    assertThat(event.parent()).contains(SUMMIT);
    assertThat(event.participants()).containsExactly(
        Participant.of(AKIRA, ParticipantRole.SPEAKER),
        Participant.of(OLIVER, ParticipantRole.MODERATOR),
        Participant.of(OLIVER, ParticipantRole.SPEAKER));
    assertThat(event.organisations()).containsExactly(
        EventOrganisation.of(JBA, OrganisationRole.ORGANISER),
        EventOrganisation.of(EIB, OrganisationRole.SUPPORTER),
        EventOrganisation.of(EMBASSY, OrganisationRole.SUPPORTER));
    assertThat(event.gallery()).contains(URI.create("https://example.com/gallery/wb2030"));
    assertThat(event.url()).contains(URI.create("https://example.com/events/wb2030"));
    assertThat(event.description())
        .contains("A conversation on trade.\nQuestions from the floor followed.");
    assertThat(event.tags()).containsExactly(SERBIA, TRADE);
    assertThat(event.extensions()).containsExactly(Map.entry("acme:crm", ACME));
  }

  @Test
  void listsParticipantsAndOrganisationsByRoleInOrder() {
    Event event = full();

    assertThat(event.participantsIn(ParticipantRole.SPEAKER)).containsExactly(
        Participant.of(AKIRA, ParticipantRole.SPEAKER),
        Participant.of(OLIVER, ParticipantRole.SPEAKER));
    assertThat(event.participantsIn(ParticipantRole.HOST)).isEmpty();
    assertThat(event.organisationsIn(OrganisationRole.SUPPORTER)).containsExactly(EIB, EMBASSY);
    assertThat(event.organisationsIn(OrganisationRole.ORGANISER)).containsExactly(JBA);
    assertThat(event.organisationsIn(OrganisationRole.SPONSOR)).isEmpty();
  }

  @Test
  void reportsMissingRequiredAttributesAsRequired() {
    ContentValidationException e = rejected("Event", () -> Event.builder().build());

    assertThat(e.violations()).extracting(v -> v.path().toString()).containsExactly("id", "name", "kind");
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.rule()).isEqualTo("is required");
      assertThat(v.value()).isEmpty();
    });
  }

  @Test
  void reportsNullRequiredAttributesAsRequired() {
    ContentValidationException e =
        rejected("Event", () -> Event.builder().id(null).name(null).kind(null).build());

    assertThat(e.violations()).extracting(v -> v.path().toString(), Violation::rule).containsExactly(
        tuple("id", "is required"),
        tuple("name", "is required"),
        tuple("kind", "is required"));
  }

  @Test
  void reportsEveryViolationAtOnceInAttributeOrder() {
    Participant speaker = Participant.of(AKIRA, ParticipantRole.SPEAKER);
    ContentValidationException e = rejected("Event", () -> Event.builder()
        .id(ID)
        .name(" ")
        .subtitle("two\nlines")
        .start(EventTime.parse("2025-11-20"))
        .end(EventTime.parse("2025-11-19"))
        .venue("tab\there")
        .parent(ID)
        .addParticipant(speaker)
        .addParticipant(speaker)
        .addOrganisation(null)
        .gallery(URI.create("ftp://example.com/gallery"))
        .url(URI.create("/events/wb2030"))
        .description("\n")
        .addTag(SERBIA_RELABELLED)
        .addTag(SERBIA)
        .putExtension("kind", ACME)
        .build());

    assertThat(e.violations()).extracting(v -> v.path().toString()).containsExactly(
        "name", "subtitle", "kind", "end", "venue", "parent", "participants[1]",
        "organisations[0]", "gallery", "url", "description", "tags[1]", "extensions.kind");
    assertThat(e).hasMessageStartingWith("Invalid Event (13 problems)");
  }

  @Test
  void rejectsBlankName() {
    assertOnlyViolation("Event", () -> minimal().name(" \u00a0 ").build(),
        "name", "must not be blank", " \u00a0 ");
  }

  @Test
  void rejectsNameWithLineBreak() {
    assertOnlyViolation("Event", () -> minimal().name("Fireside\nchat").build(), "name",
        "must not contain control characters or line breaks", "Fireside\\nchat");
  }

  @Test
  void rejectsNameLongerThanALine() {
    String name = "x".repeat(ContentLimits.LINE + 1);

    assertOnlyViolation("Event", () -> minimal().name(name).build(), "name",
        "must be at most 300 characters long, is 301", "x".repeat(64) + "…");
  }

  @Test
  void rejectsBlankSubtitle() {
    assertOnlyViolation("Event", () -> minimal().subtitle("").build(),
        "subtitle", "must not be blank", "");
  }

  @Test
  void rejectsSubtitleWithLineBreak() {
    assertOnlyViolation("Event", () -> minimal().subtitle("a\nb").build(), "subtitle",
        "must not contain control characters or line breaks", "a\\nb");
  }

  @Test
  void rejectsEndBeforeStart() {
    assertOnlyViolation("Event",
        () -> minimal()
            .start(EventTime.parse("2025-11-20"))
            .end(EventTime.parse("2025-11-19"))
            .build(),
        "end", "must not be before start (2025-11-20)", "2025-11-19");
  }

  @Test
  void rejectsEndDateTimeBeforeStartDateTime() {
    assertOnlyViolation("Event",
        () -> minimal()
            .start(EventTime.parse("2025-11-20T10:00+01:00"))
            .end(EventTime.parse("2025-11-20T08:30Z"))
            .build(),
        "end", "must not be before start (2025-11-20T10:00:00+01:00)", "2025-11-20T08:30:00Z");
  }

  @Test
  void acceptsEndAtTheSharedPrecisionOfTheStart() {
    Event september = minimal()
        .start(EventTime.parse("2025-09"))
        .end(EventTime.parse("2025-09-02"))
        .build();
    Event sameDay = minimal()
        .start(EventTime.parse("2025-11-20T10:00+01:00"))
        .end(EventTime.parse("2025-11-20"))
        .build();
    Event instant = minimal()
        .start(EventTime.parse("2025-11-20T10:00+01:00"))
        .end(EventTime.parse("2025-11-20T09:00Z"))
        .build();

    assertThat(september.end()).contains(EventTime.parse("2025-09-02"));
    assertThat(sameDay.end()).contains(EventTime.parse("2025-11-20"));
    assertThat(instant.end()).contains(EventTime.parse("2025-11-20T09:00Z"));
  }

  @Test
  void acceptsEndWithoutStartAndStartWithoutEnd() {
    assertThat(minimal().end(EventTime.parse("2025")).build().start()).isEmpty();
    assertThat(minimal().start(EventTime.parse("2025")).build().end()).isEmpty();
  }

  @Test
  void rejectsBlankVenue() {
    assertOnlyViolation("Event", () -> minimal().venue("  ").build(),
        "venue", "must not be blank", "  ");
  }

  @Test
  void rejectsVenueLongerThanALine() {
    assertOnlyViolation("Event", () -> minimal().venue("v".repeat(301)).build(), "venue",
        "must be at most 300 characters long, is 301", "v".repeat(64) + "…");
  }

  @Test
  void rejectsParentThatIsTheEventItself() {
    assertOnlyViolation("Event", () -> minimal().parent(ID).build(), "parent",
        "must not be the event itself", ID.value());
  }

  @Test
  void rejectsPersonRepeatedInTheSameRole() {
    ContentValidationException e = rejected("Event", () -> minimal()
        .addParticipant(Participant.of(AKIRA, ParticipantRole.SPEAKER))
        .addParticipant(Participant.of(OLIVER, ParticipantRole.SPEAKER))
        .addParticipant(Participant.builder()
            .person(AKIRA)
            .role(ParticipantRole.SPEAKER)
            .position(Position.builder().title("Ambassador of Japan").build())
            .build())
        .build());

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).hasToString("participants[2]");
      assertThat(v.pointer()).isEqualTo("/participants/2");
      assertThat(v.rule()).isEqualTo("must not repeat a person in the same role");
      assertThat(v.value()).contains("[akira-imamura, speaker]");
    });
  }

  @Test
  void acceptsPersonInTwoRoles() {
    Event event = minimal()
        .addParticipant(Participant.of(OLIVER, ParticipantRole.MODERATOR))
        .addParticipant(Participant.of(OLIVER, ParticipantRole.SPEAKER))
        .build();

    assertThat(event.participants()).hasSize(2);
  }

  @Test
  void rejectsOrganisationRepeatedInTheSameRole() {
    assertOnlyViolation("Event",
        () -> minimal()
            .addOrganisation(EventOrganisation.of(EIB, OrganisationRole.SUPPORTER))
            .addOrganisation(EventOrganisation.of(EIB, OrganisationRole.SUPPORTER))
            .build(),
        "organisations[1]", "must not repeat an organisation in the same role", "[eib, supporter]");
  }

  @Test
  void acceptsOrganisationInTwoRoles() {
    Event event = minimal()
        .addOrganisation(EventOrganisation.of(JBA, OrganisationRole.ORGANISER))
        .addOrganisation(EventOrganisation.of(JBA, OrganisationRole.HOST))
        .build();

    assertThat(event.organisationsIn(OrganisationRole.HOST)).containsExactly(JBA);
  }

  @Test
  void reportsNullListElementsAtTheirIndex() {
    ContentValidationException e = rejected("Event", () -> minimal()
        .addParticipant(Participant.of(AKIRA, ParticipantRole.SPEAKER))
        .addParticipant(null)
        .addOrganisations(EventOrganisation.of(JBA, OrganisationRole.HOST), null, null)
        .addTag(null)
        .build());

    assertThat(e.violations()).extracting(v -> v.path().toString())
        .containsExactly("participants[1]", "organisations[1]", "organisations[2]", "tags[0]");
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.rule()).isEqualTo("must not be null");
      assertThat(v.value()).isEmpty();
    });
  }

  @Test
  void rejectsMoreParticipantsThanTheLimit() {
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i <= ContentLimits.ITEMS; i++) {
      participants.add(Participant.of(PersonId.of("p" + i), ParticipantRole.DELEGATE));
    }

    assertOnlyViolation("Event", () -> minimal().participants(participants).build(), "participants",
        "must have at most 1000 elements, has 1001", null);
  }

  @Test
  void rejectsMoreOrganisationsThanTheLimit() {
    List<EventOrganisation> organisations = new ArrayList<>();
    for (int i = 0; i <= ContentLimits.ITEMS; i++) {
      organisations.add(EventOrganisation.of(OrganisationId.of("o" + i), OrganisationRole.PARTNER));
    }

    assertOnlyViolation("Event", () -> minimal().organisations(organisations).build(),
        "organisations", "must have at most 1000 elements, has 1001", null);
  }

  @Test
  void rejectsMoreTagsThanTheLimit() {
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i <= ContentLimits.ITEMS; i++) {
      tags.add(Tag.of(TagId.of("t" + i), TagKind.TOPIC, "Topic " + i));
    }

    assertOnlyViolation("Event", () -> minimal().tags(tags).build(), "tags",
        "must have at most 1000 elements, has 1001", null);
  }

  @Test
  void rejectsGalleryThatIsNotHttp() {
    assertOnlyViolation("Event",
        () -> minimal().gallery(URI.create("ftp://example.com/gallery")).build(), "gallery",
        "must be an absolute http or https URL", "ftp://example.com/gallery");
  }

  @Test
  void rejectsRelativeUrl() {
    assertOnlyViolation("Event", () -> minimal().url(URI.create("/events/wb2030")).build(),
        "url", "must be an absolute http or https URL", "/events/wb2030");
  }

  @Test
  void rejectsUrlWithoutHost() {
    assertOnlyViolation("Event", () -> minimal().url(URI.create("https:///events/wb2030")).build(),
        "url", "must be a URL with a host name", "https:///events/wb2030");
  }

  @Test
  void rejectsBlankDescription() {
    assertOnlyViolation("Event", () -> minimal().description(" \n ").build(), "description",
        "must not be blank", " \\n ");
  }

  @Test
  void rejectsDescriptionWithControlCharacters() {
    assertOnlyViolation("Event", () -> minimal().description("bell\u0007").build(), "description",
        "must not contain control characters other than tab and line breaks", "bell\\u0007");
  }

  @Test
  void rejectsRepeatedTagId() {
    assertOnlyViolation("Event",
        () -> minimal().addTag(SERBIA).addTag(TRADE).addTag(SERBIA_RELABELLED).build(), "tags[2]",
        "must not repeat a tag id", "serbia");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "id", "name", "subtitle", "kind", "start", "end", "place", "venue", "parent",
      "participants", "organisations", "gallery", "url", "description", "tags"})
  void rejectsExtensionNamedAfterAProperty(String name) {
    assertOnlyViolation("Event", () -> minimal().putExtension(name, ACME).build(),
        "extensions." + name, "extension name must not be a property of Event", name);
  }

  @Test
  void equalEventsHaveEqualHashCodes() {
    Event a = full();
    Event b = full();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.withVenue("Sava Centar, Belgrade"));
    assertThat(a).isNotEqualTo(a.withExtensions(Map.of()));
    assertThat(minimal().build()).isNotEqualTo(minimal().kind(EventKind.PANEL).build());
  }

  @Test
  void withNameChangesOnlyTheName() {
    Event event = full();
    Event renamed = event.withName("Fireside chat with the Ambassador");

    assertThat(renamed.name()).isEqualTo("Fireside chat with the Ambassador");
    assertThat(renamed.id()).isEqualTo(event.id());
    assertThat(renamed.participants()).isEqualTo(event.participants());
    assertThat(renamed.extensions()).isEqualTo(event.extensions());
    assertThat(renamed.withName(event.name())).isEqualTo(event);
    assertThat(event.name()).isEqualTo("Western Balkans 2030: fireside chat");
  }

  @Test
  void withOptionalAttributesSetAndClear() {
    Event event = full();

    assertThat(event.withSubtitle(Optional.empty()).subtitle()).isEmpty();
    assertThat(event.withParent(EventId.of("other")).parent()).contains(EventId.of("other"));
    assertThat(event.withTags(List.of()).tags()).isEmpty();
  }

  @Test
  void withStartAfterTheEndIsRejected() {
    Event event = full();

    assertOnlyViolation("Event", () -> event.withStart(EventTime.parse("2025-11-21")), "end",
        "must not be before start (2025-11-21)", "2025-11-20T11:30:00+01:00");
  }

  @Test
  void withParentItselfIsRejected() {
    Event event = full();

    assertOnlyViolation("Event", () -> event.withParent(ID),
        "parent", "must not be the event itself", ID.value());
  }

  @Test
  void withNullIdIsReportedAsRequired() {
    assertOnlyViolation("Event", () -> full().withId(null), "id", "is required", null);
  }

  @Test
  void withRepeatedParticipantIsRejected() {
    Participant speaker = Participant.of(AKIRA, ParticipantRole.SPEAKER);

    assertOnlyViolation("Event", () -> full().withParticipants(speaker, speaker), "participants[1]",
        "must not repeat a person in the same role", "[akira-imamura, speaker]");
  }

  @Test
  void keepsStatusAndAttendanceMode() {
    Event event = minimal().status(EventStatus.MOVED_ONLINE)
        .attendanceMode(AttendanceMode.ONLINE).build();
    assertThat(event.status()).contains(EventStatus.MOVED_ONLINE);
    assertThat(event.attendanceMode()).contains(AttendanceMode.ONLINE);
    Event bare = minimal().build();
    assertThat(bare.status()).isEmpty();
    assertThat(bare.attendanceMode()).isEmpty();
  }

  @Test
  void keepsStatusAndAttendanceModeFromANewerVocabulary() {
    Event event = minimal().status(EventStatus.of("acme:sold-out"))
        .attendanceMode(AttendanceMode.of("hybrid-vr")).build();
    assertThat(event.status().orElseThrow().isKnown()).isFalse();
    assertThat(event.status().orElseThrow().value()).isEqualTo("acme:sold-out");
    assertThat(event.attendanceMode().orElseThrow().value()).isEqualTo("hybrid-vr");
  }
}
