package dev.masthead.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Article;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Block;
import dev.masthead.model.CallToAction;
import dev.masthead.model.Contributor;
import dev.masthead.model.Event;
import dev.masthead.model.Heading;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.LinkBlock;
import dev.masthead.model.Organisation;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Participant;
import dev.masthead.model.Person;
import dev.masthead.model.Place;
import dev.masthead.model.Publication;
import dev.masthead.model.Quote;
import dev.masthead.model.RawJson;
import dev.masthead.model.Span;
import dev.masthead.model.Tag;
import dev.masthead.model.UnknownBlock;
import dev.masthead.model.VocabularyTerm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Documents from a "next version" of Masthead, hand-written in {@code
 * src/test/resources/next-version/}: properties this version does not know at every level, a
 * new block type, a block whose {@code type} comes last, new values of every open vocabulary,
 * and numbers no {@code double} holds (1.10, 1e400, 12345678901234567890123) inside extensions.
 * Read and written again by this version, each is the same JSON tree, every number keeps its
 * text, and what is unknown is visible through the API.
 *
 * <p>The files follow the writer's conventions (no {@code null} and no empty list for a known
 * property, instants and event times as the writer spells them, defaulted properties spelled
 * out), since those are normalised on write; inside extensions anything goes.
 */
final class ForwardCompatibilityTest {
  private static final Path DIRECTORY = Path.of("src", "test", "resources", "next-version");

  private static final MastheadJson JSON = MastheadJson.defaults();
  private static final MastheadJson INDENTED = MastheadJson.builder().indent(true).build();
  private static final JsonMapper MAPPER = JSON.mapper();

  /** A next-version file and the model type it holds. */
  record Document<T>(String file, Class<T> type) {
    @Override
    public String toString() {
      return file;
    }
  }

  static Stream<Document<?>> documents() {
    return Stream.of(
        new Document<>("article.json", Article.class),
        new Document<>("article-summary.json", ArticleSummary.class),
        new Document<>("event.json", Event.class),
        new Document<>("person.json", Person.class),
        new Document<>("organisation.json", Organisation.class),
        new Document<>("place.json", Place.class),
        new Document<>("publication.json", Publication.class));
  }

  private static byte[] file(String name) throws IOException {
    return Files.readAllBytes(DIRECTORY.resolve(name));
  }

  private static <T> T read(String name, Class<T> type) throws IOException {
    return JSON.read(file(name), type);
  }

  /** Every number in the document, by its JSON Pointer, as written: 1.10 is not 1.1. */
  static Map<String, String> numbers(byte[] json) {
    Map<String, String> numbers = new LinkedHashMap<>();
    try (JsonParser parser = MAPPER.createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
          numbers.put(parser.streamReadContext().pathAsPointer().toString(),
              parser.getString());
        }
      }
    }
    return numbers;
  }

  // ---- every document

  @Test
  void everyFileInTheNextVersionDirectoryIsTested() throws IOException {
    try (Stream<Path> files = Files.list(DIRECTORY)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(documents().map(Document::file).toList());
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void readingAndWritingGivesTheSameJsonTree(Document<?> document) throws IOException {
    byte[] input = file(document.file());

    byte[] written = JSON.writeBytes(JSON.read(input, document.type()));

    assertThat(MAPPER.readTree(written)).as(document.file()).isEqualTo(MAPPER.readTree(input));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void readingAndWritingKeepsEveryNumberDigitForDigit(Document<?> document) throws IOException {
    byte[] input = file(document.file());

    byte[] written = JSON.writeBytes(JSON.read(input, document.type()));

    assertThat(numbers(input)).as("%s has numbers to check", document.file()).isNotEmpty();
    assertThat(numbers(written)).as(document.file()).isEqualTo(numbers(input));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void readingTheWrittenFormAgainGivesAnEqualValueAndTheSameBytes(Document<?> document)
      throws IOException {
    Object once = read(document.file(), document.type());
    String written = JSON.write(once);

    Object twice = JSON.read(written, document.type());

    assertThat(twice).as(document.file()).isEqualTo(once);
    assertThat(JSON.write(twice)).as(document.file()).isEqualTo(written);
    assertThat(INDENTED.read(INDENTED.write(once), document.type())).as(document.file())
        .isEqualTo(once);
  }

  // ---- what is unknown is visible through the API

  @Test
  void articleKeepsUnknownPropertiesOfTheArticleInItsExtensions() throws IOException {
    Article article = read("article.json", Article.class);

    assertThat(article.extensions()).containsOnlyKeys(
        "readingTime", "paywall", "acme:metrics", "acme:empty");
    assertThat(article.extensions().get("readingTime"))
        .isEqualTo(RawJson.of("{\"minutes\":4,\"words\":812}"));
    assertThat(article.extensions().get("paywall")).isEqualTo(RawJson.of("false"));
    assertThat(article.extensions().get("acme:empty")).isEqualTo(RawJson.of("[]"));
  }

  @Test
  void articleKeepsExtensionNumbersAsWritten() throws IOException {
    Article article = read("article.json", Article.class);

    assertThat(article.extensions().get("acme:metrics").text())
        .contains("\"ratio\":1.10", "\"huge\":1e400", "\"count\":12345678901234567890123",
            "\"negativeZero\":-0.0", "\"small\":2.50E-3",
            "\"list\":[1.10,1e400,12345678901234567890123]", "\"nothing\":null",
            "\"empty\":[]", "\"emptyObject\":{}");
    assertThat(article.byline().get(1).extensions().get("team"))
        .isEqualTo(RawJson.of("{\"id\":\"desk\",\"size\":12345678901234567890123}"));
  }

  @Test
  void articleKeepsUnknownPropertiesOfEveryKnownBlockAndSpan() throws IOException {
    List<Block> body = read("article.json", Article.class).body();

    Paragraph paragraph = (Paragraph) body.get(0);
    assertThat(paragraph.extensions()).containsOnlyKeys("dropCap", "acme:layout");
    assertThat(paragraph.extensions().get("acme:layout"))
        .isEqualTo(RawJson.of("{\"columns\":2,\"gutter\":1.10}"));
    Span span = paragraph.content().get(1);
    assertThat(span.extensions()).containsOnlyKeys("lang", "acme:annotation");
    assertThat(((Heading) body.get(1)).extensions()).containsOnlyKeys("anchor");
    ImageBlock image = (ImageBlock) body.get(2);
    assertThat(image.extensions()).containsOnlyKeys("placement");
    assertThat(image.image().extensions()).containsOnlyKeys("focalPoint", "licence");
    assertThat(image.image().width()).hasValue(1600);
    assertThat(((Quote) body.get(4)).extensions()).containsOnlyKeys("audio");
    assertThat(((LinkBlock) body.get(6)).extensions()).containsOnlyKeys("thumbnail");
    assertThat(((CallToAction) body.get(7)).extensions()).containsOnlyKeys("button");
  }

  @Test
  void articleKeepsUnknownPropertiesOfTagsBylineAndLeadImage() throws IOException {
    Article article = read("article.json", Article.class);

    assertThat(article.tags()).extracting(Tag::extensions).extracting(Map::keySet)
        .map(List::copyOf)
        .containsExactly(List.of("wikidata"), List.of("weight"));
    assertThat(article.tags().get(1).extensions().get("weight")).isEqualTo(RawJson.of("0.80"));
    assertThat(article.byline()).extracting(Contributor::extensions).extracting(Map::keySet)
        .map(List::copyOf)
        .containsExactly(List.of("acme:orcid"), List.of("team"));
    assertThat(article.leadImage().orElseThrow().extensions())
        .containsOnlyKeys("blurhash", "variants");
  }

  @Test
  void articleKeepsANewBlockTypeWithNestedContentWholeInTheMiddleOfTheBody()
      throws IOException {
    List<Block> body = read("article.json", Article.class).body();

    assertThat(body).extracting(Block::type).containsExactly(
        "paragraph", "heading", "image", "timeline", "quote", "embed", "link", "call-to-action");
    UnknownBlock timeline = (UnknownBlock) body.get(3);
    assertThat(timeline.type()).isEqualTo("timeline");
    assertThat(timeline.extensions()).containsOnlyKeys("title", "entries", "acme:source");
    assertThat(timeline.extensions().get("entries").text())
        .startsWith("[{\"date\":\"2025-09\",\"event\":\"serbian-delegation-tokyo-2025-09\","
            + "\"content\":[{\"type\":\"paragraph\",")
        .contains("\"tentative\":true");
    assertThat(timeline.extensions().get("acme:source")).isEqualTo(RawJson.of("null"));
  }

  @Test
  void articleReadsBlocksWhoseTypeIsNotTheirFirstProperty() throws IOException {
    List<Block> body = read("article.json", Article.class).body();

    Quote quote = (Quote) body.get(4);
    assertThat(quote.text()).isEqualTo("European stability is in Japan’s national interest.");
    assertThat(quote.speaker()).hasValueSatisfying(s -> assertThat(s.value())
        .isEqualTo("akira-imamura"));
    assertThat(quote.attribution()).hasValue("Akira Imamura, at Western Balkans 2030");
    UnknownBlock embed = (UnknownBlock) body.get(5);
    assertThat(embed.type()).isEqualTo("embed");
    assertThat(embed.extensions()).containsExactly(
        Map.entry("provider", RawJson.of("\"youtube\"")),
        Map.entry("videoId", RawJson.of("\"wb2030-fireside\"")),
        Map.entry("start", RawJson.of("1e400")));
    assertThat(JSON.write(embed))
        .isEqualTo("{\"type\":\"embed\",\"provider\":\"youtube\",\"videoId\":\"wb2030-fireside\","
            + "\"start\":1e400}");
  }

  @Test
  void articleKeepsNewTagKindContributorRoleMarkLinkKindAndCallToActionKind()
      throws IOException {
    Article article = read("article.json", Article.class);
    Span span = ((Paragraph) article.body().get(0)).content().get(1);

    assertUnknown(article.tags().get(1).kind(), "theme");
    assertUnknown(article.byline().get(0).role(), "fact-checker");
    assertThat(span.marks()).extracting(VocabularyTerm::value)
        .containsExactly("emphasis", "highlight");
    assertThat(span.marks().get(0).isKnown()).isTrue();
    assertUnknown(span.marks().get(1), "highlight");
    assertUnknown(((LinkBlock) article.body().get(6)).kind(), "livestream");
    assertUnknown(((CallToAction) article.body().get(7)).kind(), "sms-tip");
    assertThat(article.tags().get(0).kind().isKnown()).isTrue();
    assertThat(article.byline().get(1).role().isKnown()).isTrue();
  }

  private static void assertUnknown(VocabularyTerm term, String value) {
    assertThat(term.value()).isEqualTo(value);
    assertThat(term.isKnown()).as("%s is known", value).isFalse();
  }

  @Test
  void articleSummaryKeepsNewPropertiesAndTagKind() throws IOException {
    ArticleSummary summary = read("article-summary.json", ArticleSummary.class);

    assertThat(summary.extensions()).containsOnlyKeys("readingTime", "sponsored", "acme:score");
    assertThat(summary.extensions().get("acme:score"))
        .isEqualTo(RawJson.of("12345678901234567890123"));
    assertThat(summary.image().orElseThrow().extensions())
        .containsOnlyKeys("aspectRatio", "dominantColour");
    assertThat(summary.image().orElseThrow().extensions().get("aspectRatio"))
        .isEqualTo(RawJson.of("1.50"));
    assertThat(summary.tags().get(0).extensions()).containsOnlyKeys("acme:geo");
    assertUnknown(summary.tags().get(2).kind(), "sector");
  }

  @Test
  void eventKeepsNewKindParticipantRoleOrganisationRoleAndPropertiesAtEveryLevel()
      throws IOException {
    Event event = read("event.json", Event.class);

    assertUnknown(event.kind(), "roundtable");
    assertThat(event.participants().get(0).role().isKnown()).isTrue();
    assertUnknown(event.participants().get(1).role(), "rapporteur");
    assertThat(event.organisations().get(0).role().isKnown()).isTrue();
    assertUnknown(event.organisations().get(1).role(), "knowledge-partner");
    assertUnknown(event.tags().get(1).kind(), "theme");
    assertThat(event.extensions()).containsOnlyKeys("recording", "capacity", "acme:budget");
    assertThat(event.extensions().get("acme:budget")).isEqualTo(RawJson.of(
        "{\"amount\":12345678901234567890123,\"rate\":1.10,\"cap\":1e400}"));
    assertThat(event.participants()).extracting(Participant::extensions)
        .extracting(Map::keySet).map(List::copyOf)
        .containsExactly(List.of("speakingOrder"), List.of("microphone"));
    assertThat(event.participants().get(0).position().orElseThrow().extensions())
        .containsOnlyKeys("acme:protocolRank");
    assertThat(event.organisations().get(0).extensions()).containsOnlyKeys("acme:contract");
    assertThat(event.tags().get(1).extensions().get("acme:weight")).isEqualTo(RawJson.of("0.80"));
    assertThat(event.start()).hasValueSatisfying(start -> assertThat(start.toString())
        .isEqualTo("2025-11-20T10:00:00+01:00"));
  }

  @Test
  void personKeepsNewPropertiesOfThePersonNamePositionAndAlternateName() throws IOException {
    Person person = read("person.json", Person.class);

    assertThat(person.extensions()).containsOnlyKeys("pronouns", "portrait", "acme:ids");
    assertThat(person.extensions().get("acme:ids")).isEqualTo(RawJson.of(
        "{\"crm\":\"crm-1\",\"legacy\":12345678901234567890123,\"score\":1.10,\"max\":1e400}"));
    assertThat(person.name().extensions()).containsOnlyKeys("phonetic", "acme:kana");
    assertThat(person.name().extensions().get("acme:kana"))
        .isEqualTo(RawJson.ofString("イマムラ アキラ"));
    assertThat(person.positions().get(0).extensions())
        .containsOnlyKeys("appointedBy", "acme:source");
    assertThat(person.alternateNames().get(0).extensions())
        .containsOnlyKeys("script", "acme:official");
  }

  @Test
  void organisationKeepsNewKindAndProperties() throws IOException {
    Organisation organisation = read("organisation.json", Organisation.class);

    assertUnknown(organisation.kind(), "development-bank");
    assertThat(organisation.extensions()).containsOnlyKeys("founded", "logo", "acme:figures");
    assertThat(organisation.extensions().get("founded")).isEqualTo(RawJson.ofString("1958"));
    assertThat(organisation.alternateNames().get(0).extensions())
        .containsOnlyKeys("acme:official");
    assertThat(organisation.alternateNames().get(1).extensions()).isEmpty();
  }

  @Test
  void placeKeepsNewKindAndProperties() throws IOException {
    Place place = read("place.json", Place.class);

    assertUnknown(place.kind(), "municipality");
    assertThat(place.extensions()).containsOnlyKeys("geo", "timeZone", "acme:census");
    assertThat(place.extensions().get("geo"))
        .isEqualTo(RawJson.of("{\"lat\":44.80,\"lon\":20.42,\"precision\":1.10}"));
    assertThat(place.alternateNames().get(0).extensions())
        .containsOnlyKeys("acme:transliteration");
  }

  @Test
  void publicationKeepsNewPropertiesIncludingANullOne() throws IOException {
    Publication publication = read("publication.json", Publication.class);

    assertThat(publication.extensions())
        .containsOnlyKeys("languages", "banner", "social", "acme:issn", "acme:settings");
    assertThat(publication.extensions().get("acme:issn")).isEqualTo(RawJson.of("null"));
    assertThat(publication.extensions().get("languages"))
        .isEqualTo(RawJson.of("[\"en\",\"sr-Latn\"]"));
  }
}
