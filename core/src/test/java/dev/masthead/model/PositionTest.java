package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
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
    assertRejected(() -> minimal().start(START).end(START.minusDays(1)).build(), "end",
        "must not be before start (2022-04-01)", "2022-03-31");
  }

  @Test
  void acceptsPostHeldForOneDay() {
    Position position = minimal().start(START).end(START).build();

    assertThat(position.isHeldOn(START)).isTrue();
  }

  @Test
  void reportsMissingTitleAsRequired() {
    assertRejected(() -> Position.builder().build(), "title", "is required", null);
  }

  @Test
  void rejectsBlankTitle() {
    assertRejected(() -> Position.builder().title("   ").build(), "title",
        "must not be blank", "   ");
  }

  @Test
  void rejectsTitleWithTab() {
    assertRejected(() -> Position.builder().title("Executive\tDirector").build(), "title",
        "must not contain control characters or line breaks", "Executive\\tDirector");
  }

  @Test
  void rejectsTitleLongerThanALine() {
    assertRejected(() -> Position.builder().title("t".repeat(301)).build(), "title",
        "must be at most 300 characters long, is 301", "t".repeat(64) + "…");
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException e = rejected(() -> Position.builder()
        .start(START)
        .end(START.minusYears(1))
        .putExtension("jurisdiction", ACME)
        .build());

    assertThat(e.violations()).extracting(Violation::path)
        .containsExactly("title", "end", "extensions.jurisdiction");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "title", "organisation", "jurisdiction", "start", "end", "extensions"})
  void rejectsExtensionNamedAfterAProperty(String name) {
    assertRejected(() -> minimal().putExtension(name, ACME).build(), "extensions." + name,
        "extension name must not be a property of Position", name);
  }

  static Stream<Arguments> malformedExtensionNames() {
    return Stream.of(
        Arguments.of("", "extension name must not be empty"),
        Arguments.of("x".repeat(ContentLimits.EXTENSION_NAME + 1), "at most 256 characters"),
        Arguments.of("acme\rx", "without control characters"));
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
    Position position = minimal().putExtension("acme:grade", RawJson.of("7")).build();

    assertThat(position.extensions()).containsExactly(Map.entry("acme:grade", RawJson.of("7")));
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
    assertRejected(() -> ambassador().withEnd(START.minusDays(1)), "end",
        "must not be before start (2022-04-01)", "2022-03-31");
  }

  @Test
  void withStartAfterEndIsRejected() {
    assertRejected(() -> ambassador().withStart(END.plusDays(1)), "end",
        "must not be before start (2025-04-01)", "2025-03-31");
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
    assertThat(e.type()).isEqualTo("Position");
    return e;
  }
}
