package dev.masthead.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.internal.ModelTotals;
import dev.masthead.model.AlternateName;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.ContentLimits;
import dev.masthead.model.ContentPath;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ContentValidationException;
import dev.masthead.model.Contributor;
import dev.masthead.model.Event;
import dev.masthead.model.EventId;
import dev.masthead.model.EventKind;
import dev.masthead.model.EventOrganisation;
import dev.masthead.model.EventTime;
import dev.masthead.model.Image;
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
import dev.masthead.model.RawJson;
import dev.masthead.model.Span;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import dev.masthead.model.Violation;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the model accepts, {@code MastheadJson} reads back: the model's limits on raw JSON
 * sit inside the reader's default limits. Found after the fuzzing (probing the limits next to
 * the fuzz finding in {@link FuzzFindingsTest}): a raw number of 101 to 1,000 characters and a raw
 * value 64 levels deep were accepted by the model, written, and then refused by the reader
 * (numbers of at most 100 characters, documents at most 64 levels deep).
 *
 * <p>And whole documents at every model limit at once (issue 11, item 6: a valid 3.5 MB article,
 * within every limit of each list and text, was written and then refused for its million
 * tokens): for each document type, the largest and most hostile value the model's totals ({@link
 * ContentLimits#TOTAL_VALUES}, {@link ContentLimits#TOTAL_TEXT}) accept, written compact and
 * indented, reads back equal with the default limits; one value or one character more is refused
 * on construction.
 */
final class ModelLimitsReadBackTest {
  private static final MastheadJson JSON = MastheadJson.defaults();
  private static final MastheadJson INDENTED = MastheadJson.builder().indent(true).build();

  /** An article whose first span carries the given extension: the deepest place one can sit. */
  private static Article withSpanExtension(RawJson value) {
    return Article.builder()
        .id(ArticleId.of("limits"))
        .slug("limits")
        .headline("Limits")
        .published(Instant.parse("2025-12-25T08:00:00Z"))
        .language("en")
        .addBody(Paragraph.of(Span.builder().text("deep").putExtension("acme:x", value).build()))
        .build();
  }

  private static String nested(int depth, String innermost) {
    return "[{\"k\":".repeat(depth / 2) + "[".repeat(depth % 2) + innermost
        + "]".repeat(depth % 2) + "}]".repeat(depth / 2);
  }

  @Test
  void theDeepestAndLongestRawValuesTheModelHoldsReadBackFromBytesAndText() {
    String longestNumber = "-1." + "2".repeat(98) + "e+5"; // 100 digits
    RawJson deepest = RawJson.of(nested(ContentLimits.RAW_JSON_DEPTH, longestNumber));
    Article article = withSpanExtension(deepest);

    byte[] written = JSON.writeBytes(article);

    assertThat(longestNumber.chars().filter(Character::isDigit).count())
        .isEqualTo(ContentLimits.RAW_JSON_NUMBER);
    assertThat(JSON.read(written, Article.class)).isEqualTo(article);
    assertThat(JSON.read(new String(written, UTF_8), Article.class)).isEqualTo(article);
    assertThat(MastheadJson.builder().indent(true).build().read(
        MastheadJson.builder().indent(true).build().write(article), Article.class))
        .isEqualTo(article);
  }

  @Test
  void aRawValueDeeperThanTheModelHoldsIsRefusedAtItsPointer() {
    String document = "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"h\",\"published\":"
        + "\"2025-12-25T08:00:00Z\",\"language\":\"en\",\"acme:x\":"
        + nested(ContentLimits.RAW_JSON_DEPTH + 1, "1") + "}";

    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> JSON.read(document, Article.class));

    assertThat(e).isNotNull();
    assertThat(e.pointer()).isEqualTo("/acme:x");
    assertThat(e.rule()).contains("nesting deeper than " + ContentLimits.RAW_JSON_DEPTH);
  }

  @Test
  void aRawNumberLongerThanTheModelHoldsIsRefusedAtItsPointer() {
    String document = "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"h\",\"published\":"
        + "\"2025-12-25T08:00:00Z\",\"language\":\"en\",\"acme:x\":[1." + "1".repeat(100) + "]}";

    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> JSON.read(document, Article.class));

    assertThat(e).isNotNull();
    assertThat(e.pointer()).startsWith("/acme:x");
    assertThat(e.rule()).containsIgnoringCase("number");
  }

  // ---- whole documents at the model's totals

  /** Three bytes in UTF-8, one UTF-16 character: the most bytes a character of text writes. */
  private static final String WIDE = "\u20AC";

  private static final Instant LAST_INSTANT = Instant.parse("9999-12-31T23:59:59.999999999Z");

  /** The longest event time the wire writes: a date-time with an offset in seconds. */
  private static final EventTime LONGEST_TIME = EventTime.of(OffsetDateTime.of(9999, 12, 31, 23,
      59, 59, 0, ZoneOffset.ofHoursMinutesSeconds(0, 19, 32)));

  /** URLs are ASCII (RFC 3986; other characters %-encoded): one byte a character. */
  private static final URI LONGEST_URL =
      URI.create("https://example.com/" + "%E2%82%AC".repeat((ContentLimits.URL - 20) / 9)
          + "a".repeat((ContentLimits.URL - 20) % 9));

  private static final String LONGEST_ID = "x".repeat(ContentLimits.ID);

  /** A vocabulary value this version does not know, at its longest. */
  private static final String LONGEST_TERM = "acme:" + "y".repeat(ContentLimits.VOCABULARY - 5);

  /** Extension names: one of 255 bytes in UTF-8, one that needs escaping. */
  private static final String WIDE_NAME = WIDE.repeat(ContentLimits.EXTENSION_NAME / 3);

  private static final String ESCAPED_NAME = "acme:\"deep\"\\";

  /** Extensions filling a document's text, each one raw JSON string. */
  private static final int TEXT_FILLERS = 3;

  /** Text of exactly {@code length} characters: wide ones, with quotes and backslashes. */
  private static String text(int length, boolean multiLine) {
    String unit = WIDE.repeat(6) + "\"" + WIDE.repeat(6) + (multiLine ? "\n" : "\\");
    return unit.repeat(length / unit.length() + 1).substring(0, length - 1) + WIDE;
  }

  private static String line(int length) {
    return text(length, false);
  }

  /**
   * Raw JSON of {@code scalars} numbers in an array at the deepest nesting raw JSON may have:
   * every number on a line of its own, indented the furthest. Each number is one token and two
   * characters of text ({@code "1,"}).
   */
  private static RawJson deep(long scalars) {
    int depth = ContentLimits.RAW_JSON_DEPTH;
    return RawJson.of("[".repeat(depth) + "1,".repeat((int) scalars - 1) + "1"
        + "]".repeat(depth));
  }

  /** A raw JSON string of exactly {@code length} characters: escapes, then wide characters. */
  private static RawJson string(long length) {
    String escapes = "\\\"\\\\\\u0001\\n/";
    return RawJson.of("\"" + escapes + WIDE.repeat((int) length - 2 - escapes.length()) + "\"");
  }

  /** The deep extensions, as the deepest object of a document carries them. */
  private static Map<String, RawJson> deepExtensions(List<RawJson> deep) {
    return Map.of(WIDE_NAME, deep.get(0), ESCAPED_NAME, deep.get(1));
  }

  /** A document type built around two deep raw values and its text fillers. */
  interface Shape<T> {
    T build(List<RawJson> deep, Map<String, RawJson> fillers);
  }

  /** A document type and how to build its most hostile value. */
  record Hostile<T>(Class<T> type, Shape<T> shape) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }

    /**
     * {@return the document holding exactly {@code values} values and {@code text} characters
     * of text}: the deep raw values grown to make up the values, the fillers the text
     */
    T at(long values, long text) {
      T base = shape.build(List.of(deep(1), deep(1)), Map.of());
      long scalars = values - ModelTotals.values(base) - TEXT_FILLERS;
      long textLeft = text - ModelTotals.text(base) - 2 * scalars;
      Map<String, RawJson> fillers = new LinkedHashMap<>();
      for (int i = 0; i < TEXT_FILLERS; i++) {
        String name = "acme:text-" + i;
        long share = textLeft / (TEXT_FILLERS - i);
        fillers.put(name, string(share - name.length()));
        textLeft -= share;
      }
      long half = scalars / 2;
      return shape.build(List.of(deep(1 + half), deep(1 + scalars - half)), fillers);
    }
  }

  static Stream<Hostile<?>> documents() {
    return Stream.of(
        new Hostile<>(Article.class, (deep, fillers) -> Article.builder()
            .id(ArticleId.of(LONGEST_ID))
            .slug("s".repeat(ContentLimits.SLUG))
            .headline(line(ContentLimits.HEADLINE))
            .standfirst(text(ContentLimits.TEXT, true))
            // The deepest an extension sits: on a span, in a paragraph, in the body.
            .addBody(Paragraph.of(Span.builder().text(text(ContentLimits.TEXT, true))
                .addMark(Mark.of(LONGEST_TERM)).link(LONGEST_URL)
                .putAllExtensions(deepExtensions(deep)).build()))
            .published(LAST_INSTANT)
            .updated(LAST_INSTANT)
            .language("sr-Latn")
            .section(line(ContentLimits.LINE))
            .addTag(Tag.of(TagId.of(LONGEST_ID), PersonId.of(LONGEST_ID),
                line(ContentLimits.LINE)))
            .addByline(Contributor.builder().person(PersonId.of(LONGEST_ID))
                .name(line(ContentLimits.LINE)).build())
            .leadImage(Image.builder().url(LONGEST_URL).altText(text(ContentLimits.TEXT, true))
                .width(Integer.MAX_VALUE).height(Integer.MAX_VALUE).build())
            .canonicalUrl(LONGEST_URL)
            .addRelated(ArticleId.of("y".repeat(ContentLimits.ID)))
            .addEvent(EventId.of(LONGEST_ID))
            .extensions(fillers)
            .build()),
        new Hostile<>(ArticleSummary.class, (deep, fillers) -> ArticleSummary.builder()
            .id(ArticleId.of(LONGEST_ID))
            .slug("s".repeat(ContentLimits.SLUG))
            .headline(line(ContentLimits.HEADLINE))
            .excerpt(text(ContentLimits.TEXT, true))
            .published(LAST_INSTANT)
            .section(line(ContentLimits.LINE))
            .image(Image.builder().url(LONGEST_URL).altText("").build())
            .addTag(Tag.builder().id(TagId.of(LONGEST_ID)).kind(TagKind.of(LONGEST_TERM))
                .label(line(ContentLimits.LINE)).extensions(deepExtensions(deep)).build())
            .canonicalUrl(LONGEST_URL)
            .extensions(fillers)
            .build()),
        new Hostile<>(Event.class, (deep, fillers) -> Event.builder()
            .id(EventId.of(LONGEST_ID))
            .name(line(ContentLimits.LINE))
            .subtitle(line(ContentLimits.LINE))
            .kind(EventKind.of(LONGEST_TERM))
            .start(LONGEST_TIME)
            .end(LONGEST_TIME)
            .place(PlaceId.of(LONGEST_ID))
            .venue(line(ContentLimits.LINE))
            .parent(EventId.of("y".repeat(ContentLimits.ID)))
            .addParticipant(Participant.builder().person(PersonId.of(LONGEST_ID))
                .role(ParticipantRole.of(LONGEST_TERM))
                .position(Position.builder().title(line(ContentLimits.LINE))
                    .start(LocalDate.of(9999, 12, 31)).extensions(deepExtensions(deep)).build())
                .build())
            .addOrganisation(EventOrganisation.of(OrganisationId.of(LONGEST_ID),
                OrganisationRole.of(LONGEST_TERM)))
            .gallery(LONGEST_URL)
            .url(LONGEST_URL)
            .description(text(ContentLimits.TEXT, true))
            .extensions(fillers)
            .build()),
        new Hostile<>(Person.class, (deep, fillers) -> Person.builder()
            .id(PersonId.of(LONGEST_ID))
            .name(PersonName.of(line(ContentLimits.LINE), line(ContentLimits.LINE)))
            .honorificPrefix(line(ContentLimits.LINE))
            .honorificSuffix(line(ContentLimits.LINE))
            .addPosition(Position.builder().title(line(ContentLimits.LINE))
                .organisation(OrganisationId.of(LONGEST_ID)).jurisdiction(PlaceId.of(LONGEST_ID))
                .start(LocalDate.of(9999, 12, 30)).end(LocalDate.of(9999, 12, 31))
                .extensions(deepExtensions(deep)).build())
            .addAlternateName(AlternateName.of(line(ContentLimits.LINE), "sr-Cyrl"))
            .addSameAs(LONGEST_URL)
            .extensions(fillers)
            .build()),
        new Hostile<>(Organisation.class, (deep, fillers) -> Organisation.builder()
            .id(OrganisationId.of(LONGEST_ID))
            .name(line(ContentLimits.LINE))
            .acronym(line(ContentLimits.LINE))
            .kind(OrganisationKind.of(LONGEST_TERM))
            .country(PlaceId.of(LONGEST_ID))
            .website(LONGEST_URL)
            .parent(OrganisationId.of("y".repeat(ContentLimits.ID)))
            .addAlternateName(AlternateName.builder().name(line(ContentLimits.LINE))
                .language("sr-Cyrl").extensions(deepExtensions(deep)).build())
            .addSameAs(LONGEST_URL)
            .extensions(fillers)
            .build()),
        new Hostile<>(Place.class, (deep, fillers) -> Place.builder()
            .id(PlaceId.of(LONGEST_ID))
            .name(line(ContentLimits.LINE))
            .kind(PlaceKind.of(LONGEST_TERM))
            .countryCode("RS")
            .addContainedIn(PlaceId.of("y".repeat(ContentLimits.ID)))
            .addAlternateName(AlternateName.builder().name(line(ContentLimits.LINE))
                .language("sr-Cyrl").extensions(deepExtensions(deep)).build())
            .addSameAs(LONGEST_URL)
            .extensions(fillers)
            .build()),
        new Hostile<>(Publication.class, (deep, fillers) -> Publication.builder()
            .name(line(ContentLimits.LINE))
            .tagline(line(ContentLimits.LINE))
            .description(text(ContentLimits.TEXT, true))
            .url(LONGEST_URL)
            .tipsEmail("tips@example.com")
            .publisher(OrganisationId.of(LONGEST_ID))
            .timeZone(ZoneId.of("America/Argentina/ComodRivadavia"))
            .putAllExtensions(deepExtensions(deep))
            .putAllExtensions(fillers)
            .build()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void theLargestMostHostileDocumentTheModelHoldsReadsBackCompactAndIndented(Hostile<?> hostile) {
    assertReadsBack(hostile);
  }

  private static <T> void assertReadsBack(Hostile<T> hostile) {
    T document = hostile.at(ContentLimits.TOTAL_VALUES, ContentLimits.TOTAL_TEXT);
    byte[] compact = JSON.writeBytes(document);
    byte[] indented = INDENTED.writeBytes(document);

    assertThat(ModelTotals.values(document)).isEqualTo(ContentLimits.TOTAL_VALUES);
    assertThat(ModelTotals.text(document)).isEqualTo(ContentLimits.TOTAL_TEXT);
    assertThat(TotalsAccountingTest.problem(document, compact, indented)).isNull();
    assertThat(JSON.read(compact, hostile.type())).isEqualTo(document);
    assertThat(JSON.read(indented, hostile.type())).isEqualTo(document);
    assertThat(JSON.read(new String(indented, UTF_8), hostile.type())).isEqualTo(document);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void oneValueMoreThanTheTotalIsRefusedOnConstruction(Hostile<?> hostile) {
    ContentValidationException e = catchThrowableOfType(ContentValidationException.class,
        () -> hostile.at(ContentLimits.TOTAL_VALUES + 1, ContentLimits.TOTAL_TEXT));

    assertThat(e).isNotNull();
    assertThat(e.type()).isEqualTo(hostile.type().getSimpleName());
    assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ContentPath.root(), "must hold at most "
            + ContentLimits.TOTAL_VALUES + " values in all, holds "
            + (ContentLimits.TOTAL_VALUES + 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void oneCharacterMoreThanTheTotalIsRefusedOnConstruction(Hostile<?> hostile) {
    ContentValidationException e = catchThrowableOfType(ContentValidationException.class,
        () -> hostile.at(ContentLimits.TOTAL_VALUES, ContentLimits.TOTAL_TEXT + 1));

    assertThat(e).isNotNull();
    assertThat(e.type()).isEqualTo(hostile.type().getSimpleName());
    assertThat(e.violations()).extracting(Violation::path, Violation::rule).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ContentPath.root(), "must hold at most "
            + ContentLimits.TOTAL_TEXT + " characters of text in all, holds "
            + (ContentLimits.TOTAL_TEXT + 1)));
  }

  @Test
  void aDocumentOverTheTotalsIsRefusedWhenReadAtTheValueOverThem() {
    // Three spans of 20,004 values each: each within the total, their paragraph over it.
    String span = "{\"text\":\"s\",\"acme:x\":[" + "1,".repeat(19_999) + "1]}";
    String document = "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"h\",\"body\":[{\"type\":"
        + "\"paragraph\",\"content\":[" + span + "," + span + "," + span + "]}],\"published\":"
        + "\"2025-12-25T08:00:00Z\",\"language\":\"en\"}";

    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> JSON.read(document, Article.class));

    assertThat(e).isNotNull();
    assertThat(e.pointer()).isEqualTo("/body/0");
    assertThat(e.rule()).isEqualTo("must hold at most " + ContentLimits.TOTAL_VALUES
        + " values in all, holds " + (3 + 3 * (2 + 20_002)));
  }
}
