package dev.masthead.model;

import dev.masthead.internal.Formats;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * When an event starts or ends, to the precision it is known: a year ({@code 2025}), a month
 * ({@code 2025-09}, "last September"), a day ({@code 2025-11-20}) or a local date and time with
 * its UTC offset ({@code 2025-11-20T10:00+01:00}). On the wire it is that ISO 8601 text.
 *
 * <p>A day, a month and a year are local to the event's place: they carry no zone. A date-time
 * keeps the offset it was given with; two date-times at the same instant but with different
 * offsets are different values.
 */
public final class EventTime {
  /** How precisely an {@link EventTime} is known. */
  public enum Precision {
    /** A year: {@code 2025}. */
    YEAR,
    /** A month: {@code 2025-09}. */
    MONTH,
    /** A day: {@code 2025-11-20}. */
    DAY,
    /** A local date and time with its offset: {@code 2025-11-20T10:00+01:00}. */
    DATE_TIME
  }

  private static final int MIN_YEAR = ContentLimits.MIN_YEAR;
  private static final int MAX_YEAR = ContentLimits.MAX_YEAR;
  private static final DateTimeFormatter FOUR_DIGIT_YEAR =
      new DateTimeFormatterBuilder().appendValue(ChronoField.YEAR, 4).toFormatter(Locale.ROOT);

  private final Temporal value;
  private final Precision precision;

  private EventTime(Temporal value, Precision precision) {
    this.value = value;
    this.precision = precision;
  }

  /**
   * {@return a time known to the year}
   *
   * @param year from 1 to 9999
   */
  public static EventTime of(Year year) {
    return checked(new EventTime(year, Precision.YEAR), year.getValue());
  }

  /**
   * {@return a time known to the month}
   *
   * @param month the month, in a year from 1 to 9999
   */
  public static EventTime of(YearMonth month) {
    return checked(new EventTime(month, Precision.MONTH), month.getYear());
  }

  /**
   * {@return a time known to the day, local to the event's place}
   *
   * @param day the day, in a year from 1 to 9999
   */
  public static EventTime of(LocalDate day) {
    return checked(new EventTime(day, Precision.DAY), day.getYear());
  }

  /**
   * {@return a local date and time with its offset, to the second}
   *
   * @param dateTime the date-time; fractions of a second are dropped
   */
  public static EventTime of(OffsetDateTime dateTime) {
    OffsetDateTime seconds = dateTime.truncatedTo(ChronoUnit.SECONDS);
    return checked(new EventTime(seconds, Precision.DATE_TIME), seconds.getYear());
  }

  /**
   * {@return the time written as ISO 8601 text at any of the four precisions}: four-digit
   * years from 0001, real dates, a time to the minute or the second (no fraction) with its
   * offset, {@code Z} or up to ±18:00
   *
   * @param text {@code 2025}, {@code 2025-09}, {@code 2025-11-20} or {@code
   *     2025-11-20T10:00+01:00}
   * @throws ContentValidationException if it is none of them
   */
  public static EventTime parse(String text) {
    String rule = Formats.EVENT_TIME.problem(text);
    if (rule != null) {
      throw invalid(rule, text);
    }
    try {
      return switch (text.length()) {
        // Year.parse alone would take "+202" for the year 202: four digits, no sign.
        case 4 -> of(Year.parse(text, FOUR_DIGIT_YEAR));
        case 7 -> of(YearMonth.parse(text));
        case 10 -> of(LocalDate.parse(text));
        default -> of(OffsetDateTime.parse(text));
      };
    } catch (DateTimeException e) {
      // Not reached: the format admits real dates and times only.
      throw invalid("must be a real date and time: " + e.getMessage(), text);
    }
  }

  private static EventTime checked(EventTime time, int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw invalid("must be in a year from " + MIN_YEAR + " to " + MAX_YEAR, time.toString());
    }
    return time;
  }

  private static ContentValidationException invalid(String rule, String value) {
    return new ContentValidationException("EventTime", List.of(Violation.of(ContentPath.root(), rule, value)));
  }

  /** {@return how precisely this time is known} */
  public Precision precision() {
    return precision;
  }

  /** {@return the year, always known} */
  public Year year() {
    return Year.from(value);
  }

  /** {@return the month, unless only the year is known} */
  public Optional<YearMonth> yearMonth() {
    return precision == Precision.YEAR ? Optional.empty() : Optional.of(YearMonth.from(value));
  }

  /** {@return the local day, if known to the day or better} */
  public Optional<LocalDate> date() {
    return precision.compareTo(Precision.DAY) < 0
        ? Optional.empty()
        : Optional.of(LocalDate.from(value));
  }

  /** {@return the date-time with its offset, if known to the second} */
  public Optional<OffsetDateTime> dateTime() {
    return precision == Precision.DATE_TIME
        ? Optional.of((OffsetDateTime) value)
        : Optional.empty();
  }

  /**
   * Compares with {@code other} at the coarser of the two precisions: a start in September 2025
   * is not after an end on 2 September 2025. Two date-times compare as instants; a date-time
   * compares with a coarser time by its local date.
   *
   * @param other the time to compare with
   * @return negative, zero or positive as this time is before, at the same time (to the shared
   *     precision) or after {@code other}
   */
  public int compareAtSharedPrecision(EventTime other) {
    Precision shared = precision.compareTo(other.precision) <= 0 ? precision : other.precision;
    return switch (shared) {
      case YEAR -> year().compareTo(other.year());
      case MONTH -> yearMonth().orElseThrow().compareTo(other.yearMonth().orElseThrow());
      case DAY -> date().orElseThrow().compareTo(other.date().orElseThrow());
      case DATE_TIME -> dateTime().orElseThrow().toInstant()
          .compareTo(other.dateTime().orElseThrow().toInstant());
    };
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof EventTime that && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** {@return the ISO 8601 text: {@code 2025}, {@code 2025-09}, {@code 2025-11-20}, ...} */
  @Override
  public String toString() {
    return switch (precision) {
      case YEAR -> String.format(java.util.Locale.ROOT, "%04d", ((Year) value).getValue());
      case DATE_TIME -> DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
      default -> value.toString();
    };
  }
}
