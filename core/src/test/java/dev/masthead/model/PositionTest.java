package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class PositionTest {
  private static final OrganisationId JBA = OrganisationId.of("jba");
  private static final OrganisationId MOFA = OrganisationId.of("mofa-japan");
  private static final PlaceId SERBIA = PlaceId.of("serbia");
  private static final LocalDate START = LocalDate.of(2022, 4, 1);
  private static final LocalDate END = LocalDate.of(2025, 3, 31);
  private static final RawJson ACME = RawJson.of("{}");

  private static final Directory DIRECTORY = Directory.builder()
      .addOrganisation(Organisation.builder()
          .id(JBA)
          .name("Japanese Business Alliance")
          .acronym("JBA")
          .kind(OrganisationKind.BUSINESS_ASSOCIATION)
          .build())
      .addOrganisation(Organisation.builder()
          .id(MOFA)
          .name("Ministry of Foreign Affairs of Japan")
          .kind(OrganisationKind.MINISTRY)
          .build())
      .addPlace(Place.builder().id(SERBIA).name("Serbia").kind(PlaceKind.COUNTRY).build())
      .build();

  private static Position.Builder minimal() {
    return Position.builder().title("Executive Director");
  }

  private static Position ambassador() {
    return Position.builder()
        .title("Ambassador of Japan")
        .organisation(MOFA)
        .jurisdiction(SERBIA)
        .start(START)
        .end(END)
        .putExtension("acme:source", ACME)
        .build();
  }

  @Test
  void buildsMinimalPosition() {
    Position position = minimal().build();

    assertThat(position.title()).isEqualTo("Executive Director");
    assertThat(position.organisation()).isEmpty();
    assertThat(position.jurisdiction()).isEmpty();
    assertThat(position.start()).isEmpty();
    assertThat(position.end()).isEmpty();
    assertThat(position.extensions()).isEmpty();
  }

  @Test
  void buildsFullyPopulatedPositionAndReadsEveryAttributeBack() {
    Position position = ambassador();

    assertThat(position.title()).isEqualTo("Ambassador of Japan");
    assertThat(position.organisation()).contains(MOFA);
    assertThat(position.jurisdiction()).contains(SERBIA);
    assertThat(position.start()).contains(START);
    assertThat(position.end()).contains(END);
    assertThat(position.extensions()).containsExactly(Map.entry("acme:source", ACME));
  }

  @Test
  void labelsAPostHeldToAJurisdictionByIt() {
    assertThat(ambassador().label(DIRECTORY)).isEqualTo("Ambassador of Japan to Serbia");
  }

  @Test
  void labelsAnyOtherPostByItsOrganisationName() {
    assertThat(minimal().organisation(JBA).build().label(DIRECTORY))
        .isEqualTo("Executive Director, Japanese Business Alliance");
  }

  @Test
  void labelsAPostWithoutOrganisationOrJurisdictionByItsTitle() {
    assertThat(minimal().build().label(DIRECTORY)).isEqualTo("Executive Director");
  }

  @Test
  void labelsWithIdsWhenTheDirectoryLacksTheEntities() {
    Directory empty = Directory.builder().build();

    assertThat(ambassador().label(empty)).isEqualTo("Ambassador of Japan to serbia");
    assertThat(minimal().organisation(JBA).build().label(empty))
        .isEqualTo("Executive Director, jba");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "2022-03-31, false",
      "2022-04-01, true",
      "2023-07-15, true",
      "2025-03-31, true",
      "2025-04-01, false"})
  void isHeldFromItsStartToItsEndInclusive(LocalDate day, boolean held) {
    assertThat(ambassador().isHeldOn(day)).isEqualTo(held);
  }

  @Test
  void isHeldOpenEndedWhenDatesAreUnknown() {
    Position sinceStart = minimal().start(START).build();
    Position untilEnd = minimal().end(END).build();
    Position always = minimal().build();

    assertThat(sinceStart.isHeldOn(LocalDate.of(2999, 1, 1))).isTrue();
    assertThat(sinceStart.isHeldOn(START.minusDays(1))).isFalse();
    assertThat(untilEnd.isHeldOn(LocalDate.of(1900, 1, 1))).isTrue();
    assertThat(untilEnd.isHeldOn(END.plusDays(1))).isFalse();
    assertThat(always.isHeldOn(LocalDate.of(2025, 11, 20))).isTrue();
  }

  @Test
  void rejectsEndBeforeStart() {
    assertOnlyViolation("Position", () -> minimal().start(START).end(START.minusDays(1)).build(),
        "end", "must not be before start (2022-04-01)", "2022-03-31");
  }

  @Test
  void acceptsPostHeldForOneDay() {
    Position position = minimal().start(START).end(START).build();

    assertThat(position.isHeldOn(START)).isTrue();
  }

  @Test
  void reportsMissingTitleAsRequired() {
    assertOnlyViolation("Position", () -> Position.builder().build(), "title", "is required", null);
  }

  @Test
  void rejectsBlankTitle() {
    assertOnlyViolation("Position", () -> Position.builder().title("   ").build(), "title",
        "must not be blank", "   ");
  }

  @Test
  void rejectsTitleWithTab() {
    assertOnlyViolation("Position", () -> Position.builder().title("Executive\tDirector").build(),
        "title", "must not contain control characters or line breaks", "Executive\\tDirector");
  }

  @Test
  void rejectsTitleLongerThanALine() {
    assertOnlyViolation("Position", () -> Position.builder().title("t".repeat(301)).build(),
        "title", "must be at most 300 characters long, is 301", "t".repeat(64) + "…");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException e = rejected("Position", () -> Position.builder()
        .start(START)
        .end(START.minusYears(1))
        .putExtension("jurisdiction", ACME)
        .build());

    assertThat(e.violations()).extracting(v -> v.path().toString())
        .containsExactly("title", "end", "extensions.jurisdiction");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "title", "organisation", "jurisdiction", "start", "end"})
  void rejectsExtensionNamedAfterAProperty(String name) {
    assertOnlyViolation("Position", () -> minimal().putExtension(name, ACME).build(),
        "extensions." + name, "extension name must not be a property of Position", name);
  }

  @Test
  void equalPositionsHaveEqualHashCodes() {
    Position a = ambassador();
    Position b = ambassador();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.withEnd(Optional.empty()));
    assertThat(a).isNotEqualTo(a.withJurisdiction(PlaceId.of("montenegro")));
    assertThat(a).isNotEqualTo(a.withTitle("Ambassador"));
  }

  @Test
  void withEndChangesOnlyTheEnd() {
    Position position = ambassador();
    Position extended = position.withEnd(END.plusYears(1));

    assertThat(extended.end()).contains(END.plusYears(1));
    assertThat(extended.start()).contains(START);
    assertThat(extended.title()).isEqualTo(position.title());
    assertThat(extended.jurisdiction()).isEqualTo(position.jurisdiction());
    assertThat(extended.withEnd(END)).isEqualTo(position);
  }

  @Test
  void withEndBeforeStartIsRejected() {
    assertOnlyViolation("Position", () -> ambassador().withEnd(START.minusDays(1)), "end",
        "must not be before start (2022-04-01)", "2022-03-31");
  }

  @Test
  void withStartAfterEndIsRejected() {
    assertOnlyViolation("Position", () -> ambassador().withStart(END.plusDays(1)), "end",
        "must not be before start (2025-04-01)", "2025-03-31");
  }

  @Test
  void acceptsDatesInTheFirstAndTheLastFourDigitYear() {
    Position position = Position.builder().title("Ambassador")
        .start(LocalDate.of(1, 1, 1)).end(LocalDate.of(9999, 12, 31)).build();
    assertThat(position.start()).contains(LocalDate.of(1, 1, 1));
    assertThat(position.end()).contains(LocalDate.of(9999, 12, 31));
  }

  @Test
  void rejectsDatesOutsideFourDigitYears() {
    java.time.LocalDate tooLate = java.time.LocalDate.of(10000, 1, 1);
    java.time.LocalDate tooEarly = java.time.LocalDate.of(0, 12, 31);
    ContentValidationException e = Rejections.rejected("Position",
        () -> Position.builder().title("Ambassador").start(tooEarly).end(tooLate).build());
    assertThat(e.violations()).extracting(v -> v.path().toString(), Violation::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple("start", "must be in a year from 1 to 9999"),
        org.assertj.core.groups.Tuple.tuple("end", "must be in a year from 1 to 9999"));
  }
}
