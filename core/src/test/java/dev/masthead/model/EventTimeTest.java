package dev.masthead.model;

import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class EventTimeTest {
  private static final ZoneOffset CET = ZoneOffset.ofHours(1);

  @Test
  void parsesYear() {
    EventTime time = EventTime.parse("2025");

    assertThat(time.precision()).isEqualTo(EventTime.Precision.YEAR);
    assertThat(time.year()).isEqualTo(Year.of(2025));
    assertThat(time.yearMonth()).isEmpty();
    assertThat(time.date()).isEmpty();
    assertThat(time.dateTime()).isEmpty();
    assertThat(time).isEqualTo(EventTime.of(Year.of(2025)));
  }

  @Test
  void parsesMonth() {
    EventTime time = EventTime.parse("2025-09");

    assertThat(time.precision()).isEqualTo(EventTime.Precision.MONTH);
    assertThat(time.year()).isEqualTo(Year.of(2025));
    assertThat(time.yearMonth()).contains(YearMonth.of(2025, 9));
    assertThat(time.date()).isEmpty();
    assertThat(time.dateTime()).isEmpty();
    assertThat(time).isEqualTo(EventTime.of(YearMonth.of(2025, 9)));
  }

  @Test
  void parsesDay() {
    EventTime time = EventTime.parse("2025-11-20");

    assertThat(time.precision()).isEqualTo(EventTime.Precision.DAY);
    assertThat(time.year()).isEqualTo(Year.of(2025));
    assertThat(time.yearMonth()).contains(YearMonth.of(2025, 11));
    assertThat(time.date()).contains(LocalDate.of(2025, 11, 20));
    assertThat(time.dateTime()).isEmpty();
    assertThat(time).isEqualTo(EventTime.of(LocalDate.of(2025, 11, 20)));
  }

  @Test
  void parsesDateTimeAndKeepsItsOffset() {
    EventTime time = EventTime.parse("2025-11-20T10:00+01:00");

    OffsetDateTime expected = OffsetDateTime.of(2025, 11, 20, 10, 0, 0, 0, CET);
    assertThat(time.precision()).isEqualTo(EventTime.Precision.DATE_TIME);
    assertThat(time.year()).isEqualTo(Year.of(2025));
    assertThat(time.yearMonth()).contains(YearMonth.of(2025, 11));
    assertThat(time.date()).contains(LocalDate.of(2025, 11, 20));
    assertThat(time.dateTime()).contains(expected);
    assertThat(time.dateTime().orElseThrow().getOffset()).isEqualTo(CET);
    assertThat(time).isEqualTo(EventTime.of(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2025", "2025-09", "2025-11-20", "2025-11-20T10:00:00+01:00", "2025-11-20T10:00:30Z",
      "2025-06-01T23:59:59-05:30", "0001", "0999", "0042-03", "0007-01-02",
      "0999-05-01T10:00:00+02:00", "9999", "9999-12-31"})
  void roundTripsTextThroughParseAndToString(String text) {
    EventTime time = EventTime.parse(text);

    assertThat(time.toString()).isEqualTo(text);
    assertThat(EventTime.parse(time.toString())).isEqualTo(time);
  }

  @Test
  void writesYearsBelowOneThousandWithFourDigits() {
    assertThat(EventTime.of(Year.of(42))).hasToString("0042");
    assertThat(EventTime.of(YearMonth.of(999, 5))).hasToString("0999-05");
    assertThat(EventTime.of(LocalDate.of(7, 1, 2))).hasToString("0007-01-02");
    assertThat(EventTime.of(OffsetDateTime.of(812, 3, 4, 5, 6, 7, 0, ZoneOffset.UTC)))
        .hasToString("0812-03-04T05:06:07Z");
  }

  @Test
  void writesDateTimeGivenWithoutSecondsWithSeconds() {
    EventTime time = EventTime.parse("2025-11-20T10:00+01:00");

    assertThat(time).hasToString("2025-11-20T10:00:00+01:00");
    assertThat(time).isEqualTo(EventTime.parse("2025-11-20T10:00:00+01:00"));
  }

  @Test
  void dropsFractionsOfASecond() {
    EventTime time = EventTime.of(OffsetDateTime.of(2025, 11, 20, 10, 0, 30, 999_999_999, CET));

    assertThat(time.dateTime()).contains(OffsetDateTime.of(2025, 11, 20, 10, 0, 30, 0, CET));
    assertThat(time).isEqualTo(EventTime.parse("2025-11-20T10:00:30+01:00"));
    assertThat(time).hasToString("2025-11-20T10:00:30+01:00");
    // Written, they would be lost: text with a fraction is refused.
    assertThat(rejected("EventTime", () -> EventTime.parse("2025-11-20T10:00:30.5+01:00"))
        .violations()).hasSize(1);
  }

  @Test
  void dateTimesAtTheSameInstantWithDifferentOffsetsAreDifferentValues() {
    EventTime belgrade = EventTime.parse("2025-11-20T10:00:00+01:00");
    EventTime utc = EventTime.parse("2025-11-20T09:00:00Z");

    assertThat(belgrade).isNotEqualTo(utc);
    assertThat(belgrade.compareAtSharedPrecision(utc)).isZero();
  }

  @Test
  void equalTimesHaveEqualHashCodes() {
    EventTime a = EventTime.parse("2025-09");
    EventTime b = EventTime.of(YearMonth.of(2025, 9));

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(EventTime.parse("2025-10"));
    assertThat(a.hashCode()).isNotEqualTo(EventTime.parse("2025-10").hashCode());
    assertThat(a).isNotEqualTo(EventTime.parse("2025-09-01"));
    assertThat(EventTime.parse("2025")).isNotEqualTo(EventTime.parse("2025-01"));
    assertThat(a).isNotEqualTo("2025-09");
    assertThat(a).isNotEqualTo(null);
  }

  @ParameterizedTest(name = "{0} vs {1} -> {2}")
  @CsvSource({
      // The coarser precision decides: September is not after 2 September.
      "2025-09,                   2025-09-02,                 0",
      "2025-09-02,                2025-09,                    0",
      "2025,                      2025-12-31T23:00:00+01:00,  0",
      "2025,                      2026-01,                    -1",
      "2026-01,                   2025-12-31,                 1",
      "2025-11-19,                2025-11-20,                 -1",
      "2025-11-21,                2025-11-20,                 1",
      "2025-11-20,                2025-11-20,                 0",
      // Two date-times compare as instants: 10:00+01:00 is 09:00Z, before 09:30Z.
      "2025-11-20T10:00:00+01:00, 2025-11-20T09:30:00Z,       -1",
      "2025-11-20T10:00:00+01:00, 2025-11-20T09:00:00Z,       0",
      "2025-11-20T10:00:00-01:00, 2025-11-20T10:00:00Z,       1",
      // A date-time and a day compare by the date-time's local date, not its UTC date.
      "2025-11-20T00:30:00+01:00, 2025-11-20,                 0",
      "2025-11-20T23:30:00-05:00, 2025-11-20,                 0",
      "2025-11-20T23:30:00-05:00, 2025-11-21,                 -1"})
  void comparesAtTheSharedPrecision(String a, String b, int expectedSign) {
    int result = EventTime.parse(a).compareAtSharedPrecision(EventTime.parse(b));

    assertThat(Integer.signum(result)).isEqualTo(expectedSign);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "", "abcd", "25", "999", "10000", "2025-9", "2025/09", "20251120", "2025-11-2",
      "2025-11-20T10:00", "2025-11-20 10:00+01:00", "2025-11-20T10:00+01:00[Europe/Belgrade]",
      "2025-W47", "+2025", " 2025", "2025 "})
  void rejectsTextThatIsNotAnIsoTime(String text) {
    ContentValidationException e = rejected("EventTime", () -> EventTime.parse(text));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path().isRoot()).isTrue();
      assertThat(v.pointer()).isEmpty();
      assertThat(v.rule()).contains("must be an ISO 8601 year, month, date, or date-time");
      assertThat(v.value()).contains(text);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"+202", "+999", "-001"})
  void rejectsSignedYears(String text) {
    // Regression: java.time's lenient year parser took "+202" for the year 202 ("0202").
    ContentValidationException e = rejected("EventTime", () -> EventTime.parse(text));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path().isRoot()).isTrue();
      assertThat(v.value()).contains(text);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "2025-13", "2025-00", "2025-02-30", "2025-02-29", "2025-11-31", "2025-11-20T25:00+01:00",
      "2025-11-20T10:60+01:00", "2025-11-20T10:00+19:00"})
  void rejectsWellFormedTextThatIsNoRealTime(String text) {
    ContentValidationException e = rejected("EventTime", () -> EventTime.parse(text));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path().isRoot()).isTrue();
      assertThat(v.rule()).startsWith("must be a real date and time");
      assertThat(v.value()).contains(text);
    });
  }

  @Test
  void namesTheImpossibleDateInTheRule() {
    ContentValidationException e = rejected("EventTime", () -> EventTime.parse("2025-02-30"));

    assertThat(e.violations().get(0).rule()).contains("FEBRUARY 30");
    assertThat(e).hasMessageContaining("(was \"2025-02-30\")");
  }

  @Test
  void rejectsYearZeroInText() {
    ContentValidationException e = rejected("EventTime", () -> EventTime.parse("0000"));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path().isRoot()).isTrue();
      assertThat(v.rule()).isEqualTo("must be in a year from 1 to 9999");
      assertThat(v.value()).contains("0000");
    });
  }

  @Test
  void rejectsYearsOutOfRangeAtEveryPrecision() {
    assertOutOfRange(() -> EventTime.of(Year.of(0)), "0000");
    assertOutOfRange(() -> EventTime.of(Year.of(10_000)), "10000");
    assertOutOfRange(() -> EventTime.of(YearMonth.of(0, 1)), "0000-01");
    assertOutOfRange(() -> EventTime.of(YearMonth.of(10_000, 1)), "10000-01");
    assertOutOfRange(() -> EventTime.of(LocalDate.of(0, 12, 31)), "0000-12-31");
    assertOutOfRange(() -> EventTime.of(LocalDate.of(10_000, 1, 1)), "+10000-01-01");
    assertOutOfRange(
        () -> EventTime.of(OffsetDateTime.of(10_000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)),
        "+10000-01-01T00:00:00Z");
  }

  @Test
  void checksTheLocalYearOfADateTime() {
    // 9999-12-31T23:00-05:00 is already year 10000 in UTC, but its local year is 9999.
    OffsetDateTime lastHour = OffsetDateTime.of(9999, 12, 31, 23, 0, 0, 0, ZoneOffset.ofHours(-5));
    OffsetDateTime firstHour =
        OffsetDateTime.of(LocalDateTime.of(1, 1, 1, 0, 30), ZoneOffset.ofHours(14));

    assertThat(EventTime.of(lastHour).year()).isEqualTo(Year.of(9999));
    assertThat(EventTime.of(firstHour).year()).isEqualTo(Year.of(1));
  }

  private static void assertOutOfRange(ThrowingCallable create, String value) {
    assertThat(rejected("EventTime", create).violations()).singleElement().satisfies(v -> {
      assertThat(v.path().isRoot()).isTrue();
      assertThat(v.rule()).isEqualTo("must be in a year from 1 to 9999");
      assertThat(v.value()).contains(value);
    });
  }
}
