package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
    ContentValidationException e = rejected(() -> Event.builder().build());

    assertThat(e.violations()).extracting(Violation::path).containsExactly("id", "name", "kind");
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.rule()).isEqualTo("is required");
      assertThat(v.value()).isEmpty();
    });
  }

  @Test
  void reportsNullRequiredAttributesAsRequired() {
    ContentValidationException e =
        rejected(() -> Event.builder().id(null).name(null).kind(null).build());

    assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactly(
        tuple("id", "is required"),
        tuple("name", "is required"),
        tuple("kind", "is required"));
  }

  @Test
  void reportsEveryViolationAtOnceInAttributeOrder() {
    Participant speaker = Participant.of(AKIRA, ParticipantRole.SPEAKER);
    ContentValidationException e = rejected(() -> Event.builder()
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

    assertThat(e.violations()).extracting(Violation::path).containsExactly(
        "name", "subtitle", "kind", "end", "venue", "parent", "participants[1]",
        "organisations[0]", "gallery", "url", "description", "tags[1]", "extensions.kind");
    assertThat(e).hasMessageStartingWith("Invalid Event (13 violations)");
  }

  @Test
  void rejectsBlankName() {
    assertRejected(() -> minimal().name(" \u00a0 ").build(), "name", "must not be blank",
        " \u00a0 ");
  }

  @Test
  void rejectsNameWithLineBreak() {
    assertRejected(() -> minimal().name("Fireside\nchat").build(), "name",
        "must not contain control characters or line breaks", "Fireside\\nchat");
  }

  @Test
  void rejectsNameLongerThanALine() {
    String name = "x".repeat(ContentLimits.LINE + 1);

    assertRejected(() -> minimal().name(name).build(), "name",
        "must be at most 300 characters long, is 301", "x".repeat(64) + "…");
  }

  @Test
  void rejectsBlankSubtitle() {
    assertRejected(() -> minimal().subtitle("").build(), "subtitle", "must not be blank", "");
  }

  @Test
  void rejectsSubtitleWithLineBreak() {
    assertRejected(() -> minimal().subtitle("a\nb").build(), "subtitle",
        "must not contain control characters or line breaks", "a\\nb");
  }

  @Test
  void rejectsEndBeforeStart() {
    assertRejected(
        () -> minimal()
            .start(EventTime.parse("2025-11-20"))
            .end(EventTime.parse("2025-11-19"))
            .build(),
        "end", "must not be before start (2025-11-20)", "2025-11-19");
  }

  @Test
  void rejectsEndDateTimeBeforeStartDateTime() {
    assertRejected(
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
    assertRejected(() -> minimal().venue("  ").build(), "venue", "must not be blank", "  ");
  }

  @Test
  void rejectsVenueLongerThanALine() {
    assertRejected(() -> minimal().venue("v".repeat(301)).build(), "venue",
        "must be at most 300 characters long, is 301", "v".repeat(64) + "…");
  }

  @Test
  void rejectsParentThatIsTheEventItself() {
    assertRejected(() -> minimal().parent(ID).build(), "parent",
        "must not be the event itself", ID.value());
  }

  @Test
  void rejectsPersonRepeatedInTheSameRole() {
    ContentValidationException e = rejected(() -> minimal()
        .addParticipant(Participant.of(AKIRA, ParticipantRole.SPEAKER))
        .addParticipant(Participant.of(OLIVER, ParticipantRole.SPEAKER))
        .addParticipant(Participant.builder()
            .person(AKIRA)
            .role(ParticipantRole.SPEAKER)
            .position(Position.builder().title("Ambassador of Japan").build())
            .build())
        .build());

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo("participants[2]");
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
    assertRejected(
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
    ContentValidationException e = rejected(() -> minimal()
        .addParticipant(Participant.of(AKIRA, ParticipantRole.SPEAKER))
        .addParticipant(null)
        .addOrganisations(EventOrganisation.of(JBA, OrganisationRole.HOST), null, null)
        .addTag(null)
        .build());

    assertThat(e.violations()).extracting(Violation::path)
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

    assertRejected(() -> minimal().participants(participants).build(), "participants",
        "must have at most 1000 elements, has 1001", null);
  }

  @Test
  void rejectsMoreOrganisationsThanTheLimit() {
    List<EventOrganisation> organisations = new ArrayList<>();
    for (int i = 0; i <= ContentLimits.ITEMS; i++) {
      organisations.add(EventOrganisation.of(OrganisationId.of("o" + i), OrganisationRole.PARTNER));
    }

    assertRejected(() -> minimal().organisations(organisations).build(), "organisations",
        "must have at most 1000 elements, has 1001", null);
  }

  @Test
  void rejectsMoreTagsThanTheLimit() {
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i <= ContentLimits.ITEMS; i++) {
      tags.add(Tag.of(TagId.of("t" + i), TagKind.TOPIC, "Topic " + i));
    }

    assertRejected(() -> minimal().tags(tags).build(), "tags",
        "must have at most 1000 elements, has 1001", null);
  }

  @Test
  void rejectsGalleryThatIsNotHttp() {
    assertRejected(() -> minimal().gallery(URI.create("ftp://example.com/gallery")).build(),
        "gallery", "must be an absolute http or https URL", "ftp://example.com/gallery");
  }

  @Test
  void rejectsRelativeUrl() {
    assertRejected(() -> minimal().url(URI.create("/events/wb2030")).build(),
        "url", "must be an absolute http or https URL", "/events/wb2030");
  }

  @Test
  void rejectsUrlWithoutHost() {
    assertRejected(() -> minimal().url(URI.create("https:///events/wb2030")).build(),
        "url", "must be a URL with a host name", "https:///events/wb2030");
  }

  @Test
  void rejectsBlankDescription() {
    assertRejected(() -> minimal().description(" \n ").build(), "description",
        "must not be blank", " \\n ");
  }

  @Test
  void rejectsDescriptionWithControlCharacters() {
    assertRejected(() -> minimal().description("bell\u0007").build(), "description",
        "must not contain control characters other than tab and line breaks", "bell\\u0007");
  }

  @Test
  void rejectsRepeatedTagId() {
    assertRejected(() -> minimal().addTag(SERBIA).addTag(TRADE).addTag(SERBIA_RELABELLED).build(),
        "tags[2]", "must not repeat a tag id", "serbia");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "id", "name", "subtitle", "kind", "start", "end", "place", "venue", "parent",
      "participants", "organisations", "gallery", "url", "description", "tags", "extensions"})
  void rejectsExtensionNamedAfterAProperty(String name) {
    assertRejected(() -> minimal().putExtension(name, ACME).build(), "extensions." + name,
        "extension name must not be a property of Event", name);
  }

  static Stream<Arguments> malformedExtensionNames() {
    return Stream.of(
        Arguments.of("", "extension name must not be empty"),
        Arguments.of("x".repeat(ContentLimits.EXTENSION_NAME + 1), "at most 256 characters"),
        Arguments.of("acme\tx", "without control characters"));
  }

  @ParameterizedTest
  @MethodSource("malformedExtensionNames")
  void rejectsMalformedExtensionName(String name, String rule) {
    ContentValidationException e = rejected(() -> minimal().putExtension(name, ACME).build());

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.pointer()).isEqualTo("/extensions/" + name);
      assertThat(v.rule()).contains(rule);
    });
  }

  @Test
  void rejectsNullExtensionValue() {
    assertRejected(() -> minimal().putExtension("acme:x", null).build(),
        "extensions[\"acme:x\"]", "must not be null", null);
  }

  @Test
  void rejectsNullExtensionName() {
    assertRejected(() -> minimal().putExtension(null, ACME).build(),
        "extensions", "must not have a null name", null);
  }

  @Test
  void rejectsMoreExtensionsThanTheLimit() {
    Map<String, RawJson> extensions = new LinkedHashMap<>();
    for (int i = 0; i <= ContentLimits.EXTENSIONS; i++) {
      extensions.put("acme:x" + i, ACME);
    }

    assertRejected(() -> minimal().extensions(extensions).build(), "extensions",
        "must have at most 256 entries, has 257", null);
  }

  @Test
  void keepsValidExtension() {
    Event event = minimal()
        .putExtension("acme:x", RawJson.of("[1, 2]"))
        .putExtension("acme_y", RawJson.ofString("kept"))
        .build();

    assertThat(event.extensions()).containsExactly(
        Map.entry("acme:x", RawJson.of("[1, 2]")), Map.entry("acme_y", RawJson.of("\"kept\"")));
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

    assertRejected(() -> event.withStart(EventTime.parse("2025-11-21")), "end",
        "must not be before start (2025-11-21)", "2025-11-20T11:30:00+01:00");
  }

  @Test
  void withParentItselfIsRejected() {
    Event event = full();

    assertRejected(() -> event.withParent(ID), "parent", "must not be the event itself",
        ID.value());
  }

  @Test
  void withNullIdIsReportedAsRequired() {
    assertRejected(() -> full().withId(null), "id", "is required", null);
  }

  @Test
  void withRepeatedParticipantIsRejected() {
    Participant speaker = Participant.of(AKIRA, ParticipantRole.SPEAKER);

    assertRejected(() -> full().withParticipants(speaker, speaker), "participants[1]",
        "must not repeat a person in the same role", "[akira-imamura, speaker]");
  }

  private static void assertRejected(
      ThrowingCallable build, String path, String rule, String value) {
    assertThat(rejected(build).violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).as("path").isEqualTo(path);
      assertThat(v.rule()).as("rule").contains(rule);
      assertThat(v.value()).as("value").isEqualTo(Optional.ofNullable(value));
    });
  }

  private static ContentValidationException rejected(ThrowingCallable build) {
    Throwable thrown = catchThrowable(build);
    assertThat(thrown).isInstanceOf(ContentValidationException.class);
    ContentValidationException e = (ContentValidationException) thrown;
    assertThat(e.type()).isEqualTo("Event");
    return e;
  }
}
