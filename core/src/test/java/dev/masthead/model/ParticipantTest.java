package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ParticipantTest {
  private static final PersonId AKIRA = PersonId.of("akira-imamura");
  private static final PersonId OLIVER = PersonId.of("oliver-lepori");
  private static final OrganisationId JBA = OrganisationId.of("jba");
  private static final PlaceId SERBIA = PlaceId.of("serbia");
  private static final RawJson ACME = RawJson.of("true");

  private static final Position AMBASSADOR = Position.builder()
      .title("Ambassador of Japan")
      .jurisdiction(SERBIA)
      .start(LocalDate.of(2022, 4, 1))
      .build();
  private static final Position EXECUTIVE_DIRECTOR = Position.builder()
      .title("Executive Director")
      .organisation(JBA)
      .build();

  private static final Directory DIRECTORY = Directory.builder()
      .addPerson(Person.builder()
          .id(AKIRA)
          .name(PersonName.of("Akira", "Imamura"))
          .honorificPrefix("H.E.")
          .addPosition(AMBASSADOR)
          .build())
      .addPerson(Person.builder()
          .id(OLIVER)
          .name(PersonName.of("Oliver", "Lepori"))
          .addPosition(Position.builder().title("Chair").organisation(JBA).build())
          .addPosition(EXECUTIVE_DIRECTOR)
          .build())
      .addPerson(Person.builder()
          .id(PersonId.of("no-post"))
          .name(PersonName.of("Mira", "Jovanović"))
          .honorificPrefix("Dr")
          .build())
      .addOrganisation(Organisation.builder()
          .id(JBA)
          .name("Japanese Business Alliance")
          .acronym("JBA")
          .kind(OrganisationKind.BUSINESS_ASSOCIATION)
          .build())
      .addPlace(Place.builder().id(SERBIA).name("Serbia").kind(PlaceKind.COUNTRY).build())
      .build();

  private static Participant.Builder minimal() {
    return Participant.builder().person(AKIRA).role(ParticipantRole.SPEAKER);
  }

  @Test
  void buildsMinimalParticipant() {
    Participant participant = Participant.of(AKIRA, ParticipantRole.SPEAKER);

    assertThat(participant.person()).isEqualTo(AKIRA);
    assertThat(participant.role()).isEqualTo(ParticipantRole.SPEAKER);
    assertThat(participant.position()).isEmpty();
    assertThat(participant.extensions()).isEmpty();
    assertThat(participant).isEqualTo(minimal().build());
  }

  @Test
  void buildsFullyPopulatedParticipantAndReadsEveryAttributeBack() {
    Participant participant = Participant.builder()
        .person(OLIVER)
        .role(ParticipantRole.of("acme:fireside-guest"))
        .position(EXECUTIVE_DIRECTOR)
        .putExtension("acme:seat", ACME)
        .build();

    assertThat(participant.person()).isEqualTo(OLIVER);
    assertThat(participant.role()).isEqualTo(ParticipantRole.of("acme:fireside-guest"));
    assertThat(participant.role().isKnown()).isFalse();
    assertThat(participant.position()).contains(EXECUTIVE_DIRECTOR);
    assertThat(participant.extensions()).containsExactly(Map.entry("acme:seat", ACME));
  }

  @Test
  void describesWithTheStatedPosition() {
    Participant participant = Participant.builder()
        .person(OLIVER)
        .role(ParticipantRole.MODERATOR)
        .position(EXECUTIVE_DIRECTOR)
        .build();

    assertThat(participant.describe(DIRECTORY))
        .isEqualTo("Oliver Lepori, Executive Director, Japanese Business Alliance");
  }

  @Test
  void describesWithTheFirstPositionWhenNoneIsStated() {
    assertThat(Participant.of(AKIRA, ParticipantRole.SPEAKER).describe(DIRECTORY))
        .isEqualTo("H.E. Akira Imamura, Ambassador of Japan to Serbia");
    assertThat(Participant.of(OLIVER, ParticipantRole.SPEAKER).describe(DIRECTORY))
        .isEqualTo("Oliver Lepori, Chair, Japanese Business Alliance");
  }

  @Test
  void describesByFormalNameWhenThePersonHoldsNoPosition() {
    assertThat(Participant.of(PersonId.of("no-post"), ParticipantRole.HOST).describe(DIRECTORY))
        .isEqualTo("Dr Mira Jovanović");
  }

  @Test
  void describesByIdWhenTheDirectoryLacksThePerson() {
    Directory empty = Directory.builder().build();
    Participant withPosition = Participant.builder()
        .person(OLIVER)
        .role(ParticipantRole.SPEAKER)
        .position(EXECUTIVE_DIRECTOR)
        .build();

    assertThat(withPosition.describe(DIRECTORY.withPeople()))
        .isEqualTo("oliver-lepori, Executive Director, Japanese Business Alliance");
    assertThat(withPosition.describe(empty)).isEqualTo("oliver-lepori, Executive Director, jba");
    assertThat(Participant.of(OLIVER, ParticipantRole.SPEAKER).describe(empty))
        .isEqualTo("oliver-lepori");
  }

  @Test
  void reportsMissingRequiredAttributesAsRequired() {
    ContentValidationException e = rejected("Participant", () -> Participant.builder().build());

    assertThat(e.violations()).extracting(v -> v.path().toString()).containsExactly("person", "role");
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.rule()).isEqualTo("is required");
      assertThat(v.value()).isEmpty();
    });
  }

  @Test
  void rejectsMissingPerson() {
    assertOnlyViolation("Participant", () -> Participant.of(null, ParticipantRole.SPEAKER),
        "person", "is required", null);
  }

  @Test
  void rejectsMissingRole() {
    assertOnlyViolation("Participant", () -> Participant.of(AKIRA, null),
        "role", "is required", null);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException e = rejected("Participant", () -> Participant.builder()
        .putExtension("person", ACME)
        .putExtension("", ACME)
        .build());

    assertThat(e.violations()).extracting(v -> v.path().toString())
        .containsExactly("person", "role", "extensions.person", "extensions[\"\"]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"person", "role", "position"})
  void rejectsExtensionNamedAfterAProperty(String name) {
    assertOnlyViolation("Participant", () -> minimal().putExtension(name, ACME).build(),
        "extensions." + name, "extension name must not be a property of Participant", name);
  }

  @Test
  void equalParticipantsHaveEqualHashCodes() {
    Participant a = minimal().position(AMBASSADOR).build();
    Participant b = minimal().position(AMBASSADOR).build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.withRole(ParticipantRole.MODERATOR));
    assertThat(a).isNotEqualTo(a.withPosition(Optional.empty()));
    assertThat(a).isNotEqualTo(a.withPerson(OLIVER));
  }

  @Test
  void withRoleChangesOnlyTheRole() {
    Participant participant = minimal().position(AMBASSADOR).putExtension("acme:x", ACME).build();
    Participant moderator = participant.withRole(ParticipantRole.MODERATOR);

    assertThat(moderator.role()).isEqualTo(ParticipantRole.MODERATOR);
    assertThat(moderator.person()).isEqualTo(AKIRA);
    assertThat(moderator.position()).contains(AMBASSADOR);
    assertThat(moderator.extensions()).containsExactly(Map.entry("acme:x", ACME));
    assertThat(participant.role()).isEqualTo(ParticipantRole.SPEAKER);
  }

  @Test
  void withNullPersonIsReportedAsRequired() {
    assertOnlyViolation("Participant", () -> minimal().build().withPerson(null),
        "person", "is required", null);
  }

  @Test
  void withReservedExtensionNameIsRejected() {
    assertOnlyViolation("Participant", () -> minimal().build().withExtensions(Map.of("role", ACME)),
        "extensions.role", "extension name must not be a property of Participant", "role");
  }
}
