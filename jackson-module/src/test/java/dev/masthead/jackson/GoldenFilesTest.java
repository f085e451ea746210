package dev.masthead.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.codec.Wire;
import dev.masthead.model.AlternateName;
import dev.masthead.model.AlternativeHeadline;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Block;
import dev.masthead.model.CallToAction;
import dev.masthead.model.Contributor;
import dev.masthead.model.ContributorRole;
import dev.masthead.model.Event;
import dev.masthead.model.EventOrganisation;
import dev.masthead.model.EventTime;
import dev.masthead.model.Heading;
import dev.masthead.model.HeadlineRole;
import dev.masthead.model.Identifier;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.LinkBlock;
import dev.masthead.model.Organisation;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Participant;
import dev.masthead.model.Person;
import dev.masthead.model.PersonId;
import dev.masthead.model.PersonName;
import dev.masthead.model.Place;
import dev.masthead.model.Position;
import dev.masthead.model.Publication;
import dev.masthead.model.Quote;
import dev.masthead.model.RawJson;
import dev.masthead.model.Rights;
import dev.masthead.model.Span;
import dev.masthead.model.Tag;
import dev.masthead.model.UnknownBlock;
import dev.masthead.model.VocabularyTerm;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.TreeNode;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One golden JSON file per model type with a codec, plus {@code scalars.json} (event times at
 * every precision, raw JSON values) and {@code seed-page.json} (the whole seed page), in {@code
 * src/test/resources/golden/}. Each file is what {@code MastheadJson.builder().indent(true)}
 * writes, followed by one {@code "\n"}. For each file: writing the value gives the file byte for
 * byte, reading the file gives the value, and writing what was read gives the same bytes again.
 *
 * <p>To rewrite the files after a deliberate change of the wire format, run
 *
 * <pre>{@code
 * ./mvnw -B -ntp -pl jackson-module -am verify -Dmasthead.updateGolden=true
 * }</pre>
 *
 * <p>then review the diff of {@code src/test/resources/golden/} like any other change: it is the
 * change of the wire format every reader will see.
 */
final class GoldenFilesTest {
  private static final boolean UPDATE = Boolean.getBoolean("masthead.updateGolden");
  private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private static final MastheadJson JSON = MastheadJson.builder().indent(true).build();
  private static final JsonMapper MAPPER = MastheadJson.defaults().mapper();

  /**
   * Through treeToValue(TreeNode, Class), which every Jackson 3 has: the JsonNode overload is
   * from 3.1, and this test runs on the oldest supported Jackson too.
   */
  private static <T> T treeToValue(JsonNode node, Class<T> type) {
    return MAPPER.treeToValue((TreeNode) node, type);
  }

  /** A golden file: the value it holds and the model type it is read as. */
  record Golden<T>(String file, Class<T> type, T value) {
    @Override
    public String toString() {
      return file;
    }
  }

  private static <T> Golden<T> golden(Class<T> type, T value) {
    return new Golden<>(type.getSimpleName() + ".json", type, value);
  }

  static Stream<Golden<?>> goldens() {
    Article article = SeedCorpus.article();
    Event firesideChat = SeedCorpus.firesideChat();
    Person imamura = SeedCorpus.akiraImamura();
    Paragraph withMarks = (Paragraph) article.body().get(0);
    return Stream.of(
        golden(Article.class, article),
        golden(ArticleSummary.class, SeedCorpus.relatedTeasers().get(0)),
        golden(Paragraph.class, withMarks),
        golden(Span.class, withMarks.content().get(1)),
        golden(Heading.class, Heading.builder()
            .text("What Japanese investors look for").level(3).build()),
        golden(Quote.class, only(article, Quote.class).get(0)),
        golden(ImageBlock.class, only(article, ImageBlock.class).get(0)),
        golden(LinkBlock.class, only(article, LinkBlock.class).get(0)),
        golden(CallToAction.class, only(article, CallToAction.class).get(0)),
        golden(UnknownBlock.class, UnknownBlock.builder()
            .type("poll")
            .putExtension("question", RawJson.ofString("Will the declaration take effect in 2026?"))
            .putExtension("options", RawJson.of("[\"Yes\",\"No\",\"Not sure\"]"))
            .putExtension("closes", RawJson.ofString("2026-01-31T23:00:00Z"))
            .build()),
        golden(Image.class, article.leadImage().orElseThrow()),
        golden(Tag.class, tag(article, "akira-imamura")),
        golden(Contributor.class, Contributor.builder()
            .person(PersonId.of("ana-petrovic"))
            .name("Ana Petrović")
            .role(ContributorRole.PHOTOGRAPHER)
            .build()),
        golden(Event.class, firesideChat),
        golden(Participant.class, firesideChat.participants().get(0)),
        golden(EventOrganisation.class,
            SeedCorpus.conference().organisations().get(0)),
        golden(Position.class, imamura.positions().get(0)),
        golden(Person.class, imamura),
        golden(PersonName.class, imamura.name()),
        golden(AlternateName.class, imamura.alternateNames().get(0)),
        golden(Organisation.class, byId(SeedCorpus.organisations(), Organisation::id,
            SeedCorpus.EIB)),
        golden(Place.class, byId(SeedCorpus.places(), Place::id, SeedCorpus.SERBIA)),
        golden(Publication.class, SeedCorpus.publication()),
        // The seed page shows neither: illustrative values.
        golden(Rights.class, Rights.builder()
            .copyrightHolder("The Region")
            .copyrightNotice("© 2025 The Region. All rights reserved.")
            .licence(URI.create("https://connectingregion.com/terms-of-use/"))
            .build()),
        golden(AlternativeHeadline.class, AlternativeHeadline.of(
            "Japan in the Western Balkans: stability, skills and long-term investment",
            HeadlineRole.SEO)));
  }

  private static <T extends Block> List<T> only(Article article, Class<T> type) {
    return article.body().stream().filter(type::isInstance).map(type::cast).toList();
  }

  private static Tag tag(Article article, String id) {
    return article.tags().stream().filter(t -> t.id().value().equals(id)).findFirst()
        .orElseThrow();
  }

  private static <T, I> T byId(List<T> values, Function<T, I> id, I wanted) {
    return values.stream().filter(v -> id.apply(v).equals(wanted)).findFirst().orElseThrow();
  }

  /** What the named golden file must hold: the indented JSON of its value and a line end. */
  private static String expected(String name) {
    return switch (name) {
      case "scalars.json" -> written(scalars());
      case "seed-page.json" -> written(seedPage());
      default -> written(goldens().filter(g -> g.file().equals(name)).findFirst()
          .orElseThrow().value());
    };
  }

  /** The named file's bytes; in update mode, first (re)written from what it must hold. */
  private static byte[] file(String name) throws IOException {
    Path path = DIRECTORY.resolve(name);
    if (UPDATE) {
      Files.createDirectories(DIRECTORY);
      Files.write(path, expected(name).getBytes(UTF_8));
    }
    return Files.readAllBytes(path);
  }

  private static String written(Object value) {
    return JSON.write(value) + "\n";
  }

  // ---- one file per model type

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void writingTheValueGivesTheGoldenFileByteForByte(Golden<?> golden) throws IOException {
    String expected = written(golden.value());
    byte[] file = file(golden.file());

    assertThat(new String(file, UTF_8)).as(golden.file()).isEqualTo(expected);
    assertThat(file).as(golden.file()).isEqualTo(expected.getBytes(UTF_8));
    assertThat(JSON.writeBytes(golden.value())).as("%s as bytes", golden.file())
        .isEqualTo(JSON.write(golden.value()).getBytes(UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void readingTheGoldenFileGivesTheValue(Golden<?> golden) throws IOException {
    byte[] file = file(golden.file());

    assertThat(JSON.read(file, golden.type())).as(golden.file()).isEqualTo(golden.value());
    assertThat(MastheadJson.defaults().read(new String(file, UTF_8), golden.type()))
        .as("%s read as text by the compact instance", golden.file())
        .isEqualTo(golden.value());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldens")
  void writingWhatWasReadGivesTheSameBytes(Golden<?> golden) {
    String once = JSON.write(golden.value());
    Object again = JSON.read(once, golden.type());

    assertThat(JSON.write(again)).as(golden.file()).isEqualTo(once);
  }

  @Test
  void everyModelObjectTypeHasAGoldenFile() {
    List<Class<?>> objectTypes = Wire.modelTypes().stream()
        .filter(type -> type != Block.class && type != EventTime.class && type != RawJson.class
            && !type.isEnum() && !Identifier.class.isAssignableFrom(type)
            && !VocabularyTerm.class.isAssignableFrom(type))
        .toList();

    List<Class<?>> golden = goldens().<Class<?>>map(Golden::type).toList();

    assertThat(golden)
        .containsExactlyInAnyOrderElementsOf(objectTypes)
        .hasSize(25);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("goldenFileNames")
  void goldenFileHasNoNullsNoEmptyArraysAndBlockTypesFirst(String name) throws IOException {
    JsonNode tree = MAPPER.readTree(file(name));
    List<String> problems = new ArrayList<>();

    conventions(tree, "", false, problems);

    assertThat(problems).as(name).isEmpty();
  }

  static Stream<String> goldenFileNames() {
    return Stream.concat(goldens().map(Golden::file), Stream.of("scalars.json", "seed-page.json"));
  }

  /** Checks the writer's conventions everywhere but inside raw JSON examples. */
  private static void conventions(JsonNode node, String pointer, boolean rawJson,
      List<String> problems) {
    if (node.isNull() && !rawJson) {
      problems.add(pointer + " is null");
    }
    if (node.isArray()) {
      if (node.isEmpty() && !rawJson) {
        problems.add(pointer + " is an empty array");
      }
      for (int i = 0; i < node.size(); i++) {
        conventions(node.get(i), pointer + "/" + i, rawJson, problems);
      }
    }
    if (node.isObject()) {
      List<String> names = node.propertyStream().map(Map.Entry::getKey).toList();
      boolean block = pointer.matches(".*/body/[0-9]+")
          || pointer.isEmpty() && names.contains("type") && !names.contains("id");
      if (block && names.contains("type") && !names.get(0).equals("type")) {
        problems.add(pointer + " has \"type\" after " + names.get(0));
      }
      node.propertyStream().forEach(e -> conventions(e.getValue(), pointer + "/" + e.getKey(),
          rawJson || pointer.startsWith("/rawJson"), problems));
    }
  }

  // ---- event times at every precision and raw JSON values

  private static Map<String, Object> scalars() {
    Map<String, Object> eventTimes = new LinkedHashMap<>();
    eventTimes.put("year", EventTime.of(Year.of(2025)));
    eventTimes.put("month", EventTime.of(YearMonth.of(2025, 9)));
    eventTimes.put("day", EventTime.of(LocalDate.of(2025, 11, 20)));
    eventTimes.put("dateTime", EventTime.of(OffsetDateTime.of(2025, 11, 20, 10, 0, 0, 0,
        ZoneOffset.ofHours(1))));
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("string", RawJson.ofString("crm-1 “quoted” Београд"));
    raw.put("integer", RawJson.of("42"));
    raw.put("bigInteger", RawJson.of("12345678901234567890123"));
    raw.put("decimal", RawJson.of("1.10"));
    raw.put("exponent", RawJson.of("1e400"));
    raw.put("true", RawJson.of("true"));
    raw.put("null", RawJson.of("null"));
    raw.put("emptyArray", RawJson.of("[]"));
    raw.put("array", RawJson.of("[1,\"two\",{\"three\":3.0}]"));
    raw.put("object", RawJson.of("{\"crm\":{\"id\":\"crm-1\",\"synced\":false},\"tags\":[]}"));
    Map<String, Object> scalars = new LinkedHashMap<>();
    scalars.put("eventTimes", eventTimes);
    scalars.put("rawJson", raw);
    return scalars;
  }

  @Test
  void writingTheScalarsGivesTheGoldenFile() throws IOException {
    String expected = written(scalars());

    assertThat(new String(file("scalars.json"), UTF_8)).isEqualTo(expected);
  }

  @Test
  void readingTheScalarsFileGivesEachEventTimeAndRawJsonValue() throws IOException {
    byte[] file = file("scalars.json");
    JsonNode tree = MAPPER.readTree(file);
    Map<String, Object> eventTimes = new LinkedHashMap<>();
    tree.get("eventTimes").propertyStream().forEach(e ->
        eventTimes.put(e.getKey(), treeToValue(e.getValue(), EventTime.class)));
    // Raw values are read from the stream, not the tree: a JsonNode keeps a number's value but
    // not its text (1.10 would come back as 1.1, 1e400 as Infinity).
    Map<String, Map<String, RawJson>> streamed =
        MAPPER.readValue(file, new TypeReference<Map<String, Map<String, RawJson>>>() {});
    Map<String, Object> read = new LinkedHashMap<>();
    read.put("eventTimes", eventTimes);
    read.put("rawJson", streamed.get("rawJson"));

    assertThat(read).isEqualTo(scalars());
    assertThat(written(read)).isEqualTo(written(scalars()));
  }

  @Test
  void readingEachScalarFromItsOwnDocumentGivesTheValue() {
    for (EventTime time : List.of(EventTime.parse("2025"), EventTime.parse("2025-09"),
        EventTime.parse("2025-11-20"), EventTime.parse("2025-11-20T10:00:00+01:00"))) {
      assertThat(JSON.read(JSON.write(time), EventTime.class)).as(time.toString())
          .isEqualTo(time);
    }
    for (String text : List.of("\"crm-1\"", "42", "12345678901234567890123", "1.10", "1e400",
        "true", "null", "[]", "{\"a\":[1,{}]}")) {
      RawJson raw = RawJson.of(text);
      assertThat(JSON.read(JSON.write(raw), RawJson.class)).as(text).isEqualTo(raw);
    }
  }

  /**
   * Regression: Jackson does not call a deserializer for a JSON null, so a raw value {@code null}
   * was written but read back as no value ("must be a JSON object, is null").
   */
  @Test
  void readsJsonNullAsTheRawJsonNullValue() {
    RawJson nullValue = RawJson.of("null");

    assertThat(JSON.read("null", RawJson.class)).isEqualTo(nullValue);
    assertThat(MAPPER.readerForListOf(RawJson.class).<List<RawJson>>readValue("[null,1]"))
        .containsExactly(nullValue, RawJson.of("1"));
  }

  // ---- the whole seed page

  private static Map<String, Object> seedPage() {
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("publication", SeedCorpus.publication());
    page.put("article", SeedCorpus.article());
    page.put("related", SeedCorpus.relatedTeasers());
    page.put("events", SeedCorpus.events());
    page.put("people", SeedCorpus.people());
    page.put("organisations", SeedCorpus.organisations());
    page.put("places", SeedCorpus.places());
    return page;
  }

  /** Reads seed-page.json member by member, through the tree: no wrapper class. */
  private static Map<String, Object> readSeedPage(byte[] file) {
    JsonNode tree = MAPPER.readTree(file);
    Map<String, Object> page = new LinkedHashMap<>();
    page.put("publication", treeToValue(tree.get("publication"), Publication.class));
    page.put("article", treeToValue(tree.get("article"), Article.class));
    page.put("related", MAPPER.readerForListOf(ArticleSummary.class)
        .<List<ArticleSummary>>readValue(tree.get("related")));
    page.put("events", MAPPER.readerForListOf(Event.class)
        .<List<Event>>readValue(tree.get("events")));
    page.put("people", MAPPER.readerForListOf(Person.class)
        .<List<Person>>readValue(tree.get("people")));
    page.put("organisations", MAPPER.readerForListOf(Organisation.class)
        .<List<Organisation>>readValue(tree.get("organisations")));
    page.put("places", MAPPER.readerForListOf(Place.class)
        .<List<Place>>readValue(tree.get("places")));
    assertThat(tree.propertyNames()).as("members of seed-page.json")
        .containsExactlyElementsOf(page.keySet());
    return page;
  }

  @Test
  void writingTheSeedPageGivesTheGoldenFileByteForByte() throws IOException {
    String expected = written(seedPage());
    byte[] file = file("seed-page.json");

    assertThat(new String(file, UTF_8)).isEqualTo(expected);
    assertThat(file).isEqualTo(expected.getBytes(UTF_8));
  }

  @Test
  void readingTheSeedPageGivesEveryValueOnThePage() throws IOException {
    Map<String, Object> read = readSeedPage(file("seed-page.json"));

    assertThat(read).isEqualTo(seedPage());
    assertThat((List<?>) read.get("related")).hasSize(5);
  }

  @Test
  void writingTheSeedPageAsReadGivesTheSameBytes() {
    String once = written(seedPage());

    assertThat(written(readSeedPage(once.getBytes(UTF_8)))).isEqualTo(once);
  }

  @Test
  void seedPageHoldsTheGoldenArticleEventPersonOrganisationPlaceAndPublication()
      throws IOException {
    JsonNode page = MAPPER.readTree(file("seed-page.json"));

    assertThat(page.get("article")).isEqualTo(goldenTree("Article.json"));
    assertThat(page.get("related").get(0)).isEqualTo(goldenTree("ArticleSummary.json"));
    assertThat(page.get("events").get(1)).isEqualTo(goldenTree("Event.json"));
    assertThat(page.get("people").get(0)).isEqualTo(goldenTree("Person.json"));
    assertThat(page.get("organisations").get(1)).isEqualTo(goldenTree("Organisation.json"));
    assertThat(page.get("places").get(2)).isEqualTo(goldenTree("Place.json"));
    assertThat(page.get("publication")).isEqualTo(goldenTree("Publication.json"));
  }

  private static JsonNode goldenTree(String name) throws IOException {
    return MAPPER.readTree(file(name));
  }
}
