package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The totals every value counts on construction ({@link ContentLimits#TOTAL_VALUES}, {@link
 * ContentLimits#TOTAL_TEXT}): what counts, that a parent adds its children's stored totals, that
 * a value over either total is refused at itself, and that real content fits with room to spare.
 */
final class TotalsTest {
  private static long values(Object value) {
    return Totals.values(Totals.ofAny(value));
  }

  private static long text(Object value) {
    return Totals.text(Totals.ofAny(value));
  }

  @Test
  void countsTheValueItsAttributesListsElementsAndRawTokens() {
    String raw = "[1,{\"a\":null}]"; // 7 tokens: [ 1 { "a" null } ]
    Span span = Span.builder()
        .text("abc")
        .addMark(Mark.EMPHASIS)
        .link(URI.create("https://e.com/"))
        .putExtension("acme:x", RawJson.of(raw))
        .build();

    // The span, its text, the marks list and its one mark, the link, the raw tokens.
    assertThat(values(span)).isEqualTo(1 + 1 + 1 + 1 + 1 + 7);
    assertThat(text(span)).isEqualTo("abc".length() + "emphasis".length()
        + "https://e.com/".length() + "acme:x".length() + raw.length());
  }

  @Test
  void anAbsentOptionalAndAnEmptyListCountNothing() {
    assertThat(values(Span.of("abc"))).isEqualTo(2);
    assertThat(text(Span.of("abc"))).isEqualTo(3);
    assertThat(values(Image.of(URI.create("https://e.com/a.jpg"), ""))).isEqualTo(3);
  }

  @Test
  void aParentAddsItsChildrensTotals() {
    Span first = Span.of("one");
    Span second = Span.of("two", Mark.STRONG);
    Paragraph paragraph = Paragraph.of(first, second);

    // The paragraph, its type, its content list, and each span's own.
    assertThat(values(paragraph)).isEqualTo(3 + values(first) + values(second));
    assertThat(text(paragraph)).isEqualTo("paragraph".length() + text(first) + text(second));
  }

  @Test
  void rawJsonCountsItsTokens() {
    RawJson raw = RawJson.of(" { \"a\" : [ true , \"x\" ] , \"b\" : { } } ");

    assertThat(raw.values()).isEqualTo(10); // { "a" [ true "x" ] "b" { } }
  }

  @Test
  void rawJsonOfMoreTokensThanTheTotalIsRefused() {
    int values = ContentLimits.TOTAL_VALUES;
    // [ and ] and the numbers: one token more than the total.
    String json = "[" + "1,".repeat(values - 2) + "1]";

    ContentValidationException e = catchThrowableOfType(ContentValidationException.class,
        () -> RawJson.of(json));

    assertThat(RawJson.of("[" + "1,".repeat(values - 3) + "1]").values()).isEqualTo(values);
    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo(ContentPath.root());
      assertThat(v.rule()).isEqualTo("must hold at most " + values + " values in all, holds "
          + (values + 1));
    });
  }

  @Test
  void aPartOverTheTotalIsRefusedAtItselfThoughEachChildIsWithin() {
    // Each span holds some 20,000 tokens of raw JSON: within the total; three of them are not.
    RawJson raw = RawJson.of("[" + "1,".repeat(19_999) + "1]");
    List<Span> spans = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      spans.add(Span.builder().text("s").putExtension("acme:x", raw).build());
    }

    ContentValidationException e = catchThrowableOfType(ContentValidationException.class,
        () -> Paragraph.builder().content(spans).build());

    assertThat(e).isNotNull();
    assertThat(e.type()).isEqualTo("Paragraph");
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo(ContentPath.root());
      assertThat(v.rule()).isEqualTo("must hold at most " + ContentLimits.TOTAL_VALUES
          + " values in all, holds " + (3 + 3 * (2 + 20_002)));
    });
  }

  @Test
  void textOverTheTotalIsRefusedAtTheValue() {
    // Two extensions of 999,998 characters of text each, and a name: over 2,000,000.
    RawJson half = RawJson.ofString("x".repeat(ContentLimits.RAW_JSON - 2));
    ContentValidationException e = catchThrowableOfType(ContentValidationException.class,
        () -> Tag.builder().id(TagId.of("t")).kind(TagKind.TOPIC).label("T")
            .putExtension("a", half).putExtension("b", half).build());

    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).isEqualTo(ContentPath.root());
      assertThat(v.rule()).isEqualTo("must hold at most " + ContentLimits.TOTAL_TEXT
          + " characters of text in all, holds " + (1 + 5 + 1 + 2 + 2L * ContentLimits.RAW_JSON));
    });
  }

  /**
   * What {@link ContentLimits#TOTAL_VALUES} promises: an article of 3,000 paragraphs of about 70
   * words, each with a link and a mark, and an event with 1,000 participants, each with their
   * dated position, fit.
   */
  @Test
  void aLongArticleAndALargeEventFit() {
    String sentence = "The fund will invest in rail and energy links across the region. ";
    String words = sentence.repeat(6).strip(); // 72 words, 389 characters
    Article.Builder article = Article.builder()
        .id(ArticleId.of("long-read"))
        .slug("long-read")
        .headline("A long read")
        .published(Instant.parse("2025-12-25T08:00:00Z"))
        .language("en");
    for (int i = 0; i < 3_000; i++) {
      article.addBody(Paragraph.of(Span.of(words + " See "),
          Span.builder().text("the report").addMark(Mark.EMPHASIS)
              .link(URI.create("https://example.com/reports/" + i)).build()));
    }
    Article longRead = article.build();

    Event.Builder event = Event.builder()
        .id(EventId.of("summit"))
        .name("Summit")
        .kind(EventKind.CONFERENCE);
    for (int i = 0; i < 1_000; i++) {
      event.addParticipant(Participant.builder()
          .person(PersonId.of("person-" + i))
          .role(ParticipantRole.SPEAKER)
          .position(Position.builder().title("Chief Executive Officer")
              .organisation(OrganisationId.of("organisation-" + i))
              .start(LocalDate.of(2020, 1, 1)).end(LocalDate.of(2025, 12, 31)).build())
          .build());
    }
    Event summit = event.build();

    assertThat(values(longRead)).isEqualTo(7 + 3_000 * 10);
    assertThat(text(longRead)).isEqualTo(1_357_921);
    assertThat(values(summit)).isEqualTo(5 + 1_000 * 8);
    assertThat(text(summit)).isLessThan(100_000);
  }
}
