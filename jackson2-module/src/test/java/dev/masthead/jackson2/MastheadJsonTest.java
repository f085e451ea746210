package dev.masthead.jackson2;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.fixtures.SeedDocument;
import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.Event;
import dev.masthead.model.Image;
import dev.masthead.model.Person;
import dev.masthead.model.RawJson;
import dev.masthead.model.ReadLimits;
import dev.masthead.model.Tag;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The public API of {@link MastheadJson} on Jackson 2: every entry point, the two output forms,
 * streams, the copy of the mapper it hands out, and text outside the Basic Multilingual Plane.
 */
final class MastheadJsonTest {
  private static final MastheadJson JSON = MastheadJson.defaults();
  private static final MastheadJson INDENTED = MastheadJson.builder().indent(true).build();
  private static final Article SEED = SeedCorpus.article();
  private static final Tag JAPAN = SEED.tags().get(0);

  /** U+1F680 ROCKET, outside the BMP: a surrogate pair in Java, four bytes in UTF-8. */
  private static final String ROCKET = "\uD83D\uDE80";

  private static final String ROCKET_UTF8 = "f09f9a80";

  /** An input stream that records whether it was closed. */
  private static final class CloseRecordingInputStream extends FilterInputStream {
    boolean closed;

    CloseRecordingInputStream(byte[] bytes) {
      super(new ByteArrayInputStream(bytes));
    }

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  /** An output stream that records whether it was closed. */
  private static final class CloseRecordingOutputStream extends ByteArrayOutputStream {
    boolean closed;

    @Override
    public void close() throws IOException {
      closed = true;
      super.close();
    }
  }

  private static ContentReadException rejected(ThrowingCallable read) {
    ContentReadException e = catchThrowableOfType(ContentReadException.class, read);
    assertThat(e).as("what the read threw").isNotNull()
        .isExactlyInstanceOf(ContentReadException.class);
    return e;
  }

  private static byte[] resource(SeedDocument<?> document) throws IOException {
    try (InputStream in = SeedCorpus.openJson(document.resource())) {
      return in.readAllBytes();
    }
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  // ---- instances

  @Test
  void defaultsIsOneSharedInstanceWithTheDefaultLimits() {
    assertThat(MastheadJson.defaults()).isSameAs(JSON);
    assertThat(MastheadJson.builder().build()).isNotSameAs(JSON);
    assertThat(JSON.limits()).isEqualTo(ReadLimits.defaults());
  }

  @Test
  void builderKeepsTheLimitsItIsGivenAndRefusesNone() {
    ReadLimits limits = ReadLimits.builder().maxNestingDepth(7).maxTokenCount(500).build();

    assertThat(MastheadJson.builder().limits(limits).build().limits()).isEqualTo(limits);
    assertThat(MastheadJson.builder().indent(true).build().limits())
        .isEqualTo(ReadLimits.defaults());
    assertThatThrownBy(() -> MastheadJson.builder().limits(null))
        .isInstanceOf(NullPointerException.class).hasMessage("limits");
  }

  // ---- round trips

  static List<SeedDocument<?>> seedDocuments() {
    return SeedCorpus.documents();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedDocuments")
  <T> void everySeedDocumentRoundTripsThroughEveryEntryPoint(SeedDocument<T> document)
      throws IOException {
    Class<T> type = document.type();
    T value = document.value();
    byte[] bytes = JSON.writeBytes(value);
    String text = JSON.write(value);
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    JSON.write(value, stream);

    assertThat(text.getBytes(UTF_8)).as("write is writeBytes as text").isEqualTo(bytes);
    assertThat(stream.toByteArray()).as("write to a stream is writeBytes").isEqualTo(bytes);
    assertThat(JSON.read(bytes, type)).as("read(byte[])").isEqualTo(value);
    assertThat(JSON.read(text, type)).as("read(String)").isEqualTo(value);
    assertThat(JSON.read(new ByteArrayInputStream(bytes), type)).as("read(InputStream)")
        .isEqualTo(value);
    assertThat(JSON.writeBytes(JSON.read(bytes, type))).as("write(read(write(x)))")
        .isEqualTo(bytes);
    // The corpus's own files: indented, as MastheadJson writes them, and a line feed.
    byte[] file = resource(document);
    assertThat(new String(INDENTED.writeBytes(value), UTF_8) + "\n")
        .as("the indented form is the fixtures' file").isEqualTo(new String(file, UTF_8));
    assertThat(JSON.read(file, type)).as("the fixtures' file read").isEqualTo(value);
    assertThat(JSON.read(new String(file, UTF_8), type)).isEqualTo(value);
    assertThat(JSON.read(new ByteArrayInputStream(file), type)).isEqualTo(value);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedDocuments")
  <T> void everySeedDocumentRoundTripsThroughTheMapper(SeedDocument<T> document)
      throws IOException {
    JsonMapper mapper = JSON.mapper();
    byte[] bytes = JSON.writeBytes(document.value());

    assertThat(mapper.writeValueAsBytes(document.value())).isEqualTo(bytes);
    assertThat(mapper.readValue(bytes, document.type())).isEqualTo(document.value());
  }

  @ParameterizedTest
  @ValueSource(classes = {String.class, Object.class, HashMap.class, Map.class, List.class,
      Integer.class, MastheadJson.class, ContentReadException.class, JsonMapper.class})
  void rejectsReadingATypeThatIsNotAModelType(Class<?> type) throws IOException {
    byte[] json = "{}".getBytes(UTF_8);
    String message = type.getName() + " is not a Masthead model type";
    CloseRecordingInputStream stream = new CloseRecordingInputStream(json);

    // Exactly IllegalArgumentException: ContentReadException is one too, and means bad input.
    assertThatThrownBy(() -> JSON.read(json, type))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThatThrownBy(() -> JSON.read("{}", type))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThatThrownBy(() -> JSON.read(stream, type))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThat(stream.available()).as("bytes left unread in the stream").isEqualTo(json.length);
    assertThat(stream.closed).as("closed").isFalse();
  }

  // ---- output forms

  @Test
  void writesCompactJsonByDefault() {
    assertThat(JSON.write(JAPAN)).isEqualTo(
        "{\"id\":\"japan\",\"kind\":\"place\",\"label\":\"Japan\",\"entity\":\"japan\"}");
    assertThat(JSON.write(List.of(JAPAN, JAPAN))).isEqualTo("[" + JSON.write(JAPAN) + ","
        + JSON.write(JAPAN) + "]");
    assertThat(JSON.write(SEED)).doesNotContain("\n", "\": ", ", \"")
        .startsWith("{\"id\":\"japans-long-term-vision-western-balkans\",\"slug\":")
        .contains("\"body\":[{\"type\":\"paragraph\",\"content\":[{\"text\":");
  }

  @Test
  void writesIndentedJsonWithTwoSpacesLineFeedsAndASpaceAfterEachColon() {
    Image image = SEED.leadImage().orElseThrow();

    assertThat(INDENTED.write(image)).isEqualTo("""
        {
          "url": "https://connectingregion.com/images/akira-imamura.jpg",
          "altText": "Akira Imamura",
          "caption": "Akira Imamura, Ambassador of Japan to Serbia",
          "depicted": [
            "akira-imamura"
          ]
        }""");
    assertThat(INDENTED.write(List.of(JAPAN))).isEqualTo("""
        [
          {
            "id": "japan",
            "kind": "place",
            "label": "Japan",
            "entity": "japan"
          }
        ]""");
    assertThat(INDENTED.write(Map.of("japan", JAPAN))).isEqualTo("""
        {
          "japan": {
            "id": "japan",
            "kind": "place",
            "label": "Japan",
            "entity": "japan"
          }
        }""");
    // Nothing else: no space before a colon, no carriage return or tab, no trailing line feed.
    assertThat(INDENTED.write(SEED)).doesNotContain("\r", "\t", " :", " \n")
        .contains("\n    {\n      \"type\": \"paragraph\"").endsWith("\n}");
  }

  @Test
  void indentedAndCompactFormsAreTheSameValue() {
    assertThat(JSON.read(INDENTED.write(SEED), Article.class)).isEqualTo(SEED);
    assertThat(INDENTED.read(JSON.writeBytes(SEED), Article.class)).isEqualTo(SEED);
    assertThat(INDENTED.writeBytes(JSON.read(INDENTED.writeBytes(SEED), Article.class)))
        .isEqualTo(INDENTED.writeBytes(SEED));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    INDENTED.write(SEED, out);
    assertThat(out.toByteArray()).isEqualTo(INDENTED.writeBytes(SEED));
  }

  @Test
  void writeBytesIsUtf8WithoutEscapingNonAscii() {
    byte[] bytes = JSON.writeBytes(SEED);

    assertThat(new String(bytes, UTF_8)).isEqualTo(JSON.write(SEED))
        .contains("Japan’s Long-Term Vision", "exports — it is");
    // The right single quotation mark ’ (U+2019) is three bytes in UTF-8.
    assertThat(hex(bytes)).contains(hex("Japan".getBytes(UTF_8)) + "e28099");
    assertThat(JSON.write(SEED)).doesNotContain("\\u2019", "\\u2014");
  }

  // ---- text outside the Basic Multilingual Plane

  /** The seed article with the rocket in its headline, a name and a raw value. */
  private static Article rocketArticle() {
    return SEED.withHeadline("Launch " + ROCKET + " day")
        .withExtensions(Map.of("acme:" + ROCKET, RawJson.of("\"" + ROCKET + "\"")));
  }

  @Test
  void textOutsideTheBasicMultilingualPlaneIsWrittenAsItsFourUtf8Bytes() {
    Article article = rocketArticle();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    JSON.write(article, stream);

    for (byte[] bytes : List.of(JSON.writeBytes(article), INDENTED.writeBytes(article),
        stream.toByteArray(), JSON.write(article).getBytes(UTF_8))) {
      assertThat(new String(bytes, UTF_8)).contains("\"Launch " + ROCKET + " day\"")
          .doesNotContainIgnoringCase("\\ud83d", "\\ude80");
      // In the headline, the extension's name and its value: four bytes each time.
      assertThat(hex(bytes)).contains(hex("Launch ".getBytes(UTF_8)) + ROCKET_UTF8,
          hex("\"acme:".getBytes(UTF_8)) + ROCKET_UTF8 + "22", "22" + ROCKET_UTF8 + "22");
    }
  }

  @Test
  void textOutsideTheBasicMultilingualPlaneRoundTripsThroughEveryEntryPoint() {
    Article article = rocketArticle();
    byte[] bytes = JSON.writeBytes(article);

    assertThat(JSON.read(bytes, Article.class)).isEqualTo(article);
    assertThat(JSON.read(JSON.write(article), Article.class)).isEqualTo(article);
    assertThat(JSON.read(new ByteArrayInputStream(bytes), Article.class)).isEqualTo(article);
    assertThat(JSON.read(bytes, Article.class).headline()).isEqualTo("Launch " + ROCKET + " day")
        .hasSize(13);
    // Jackson 2's escaped surrogate pair, as older writers sent it, reads as the same value.
    String escaped = JSON.write(article).replace(ROCKET, "\\ud83d\\ude80");
    assertThat(escaped).doesNotContain(ROCKET);
    assertThat(JSON.read(escaped.getBytes(UTF_8), Article.class)).isEqualTo(article);
  }

  @Test
  void charactersFromUE000AreWrittenAsThemselvesNotMergedWithTheNextOne() {
    // Regression: on Jackson 2.18.0 and 2.18.1, with COMBINE_UNICODE_SURROGATES_IN_UTF8 on (as
    // MastheadJson has it), the generator took any character from U+E000 for a surrogate and
    // merged it with the next: "\uFDFA " became the four bytes of U+8E820 (jackson-core#1359).
    String text = "ligature \uFDFA end, fullwidth\uFF0Ccomma, private \uE000use, "
        + "replacement \uFFFD!, last \uFFFF";
    Tag tag = Tag.builder().id(dev.masthead.model.TagId.of("odd-characters"))
        .kind(dev.masthead.model.TagKind.TOPIC).label(text)
        .extensions(Map.of("acme:\uFF0C\uFDFA", RawJson.of("[\"\uFDFA \uFF0Cx\"]"))).build();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    JSON.write(tag, stream);
    byte[] expected = ("{\"id\":\"odd-characters\",\"kind\":\"topic\",\"label\":\"" + text
        + "\",\"acme:\uFF0C\uFDFA\":[\"\uFDFA \uFF0Cx\"]}").getBytes(UTF_8);

    assertThat(JSON.writeBytes(tag)).isEqualTo(expected);
    assertThat(stream.toByteArray()).isEqualTo(expected);
    assertThat(JSON.write(tag).getBytes(UTF_8)).isEqualTo(expected);
    assertThat(JSON.read(expected, Tag.class)).isEqualTo(tag);
    assertThat(JSON.read(INDENTED.writeBytes(tag), Tag.class)).isEqualTo(tag);
  }

  // ---- streams

  @Test
  void writeToAStreamWritesTheSameBytesAndLeavesTheStreamOpen() {
    CloseRecordingOutputStream out = new CloseRecordingOutputStream();

    JSON.write(SEED, out);

    assertThat(out.closed).as("closed").isFalse();
    assertThat(out.toByteArray()).isEqualTo(JSON.writeBytes(SEED));

    JSON.write(JAPAN, out);
    assertThat(out.closed).as("closed").isFalse();
    assertThat(out.toString(UTF_8)).isEqualTo(JSON.write(SEED) + JSON.write(JAPAN));
  }

  @Test
  void writeToAStreamFlushesWhatItWrites() {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    OutputStream out = new java.io.BufferedOutputStream(sink, 1 << 16);

    JSON.write(SEED, out);

    assertThat(sink.toByteArray()).isEqualTo(JSON.writeBytes(SEED));
  }

  @Test
  void readFromAStreamLeavesTheStreamOpen() {
    CloseRecordingInputStream in = new CloseRecordingInputStream(JSON.writeBytes(SEED));

    assertThat(JSON.read(in, Article.class)).isEqualTo(SEED);
    assertThat(in.closed).as("closed").isFalse();
  }

  @Test
  void readFromAStreamLeavesTheStreamOpenWhenTheDocumentIsRejected() {
    CloseRecordingInputStream malformed = new CloseRecordingInputStream(
        "{\"id\":".getBytes(UTF_8));
    CloseRecordingInputStream utf16 = new CloseRecordingInputStream(
        JSON.write(SEED).getBytes(StandardCharsets.UTF_16LE));

    assertThat(rejected(() -> JSON.read(malformed, Article.class)).pointer()).isEqualTo("/id");
    assertThat(rejected(() -> JSON.read(utf16, Article.class)).rule())
        .isEqualTo("must be UTF-8, not UTF-16 or UTF-32");
    assertThat(malformed.closed).as("closed").isFalse();
    assertThat(utf16.closed).as("closed").isFalse();
  }

  /** An endless stream: the given bytes, then spaces, counting what is taken from it. */
  private static final class EndlessInputStream extends InputStream {
    private final byte[] head;
    long taken;

    EndlessInputStream(byte[] head) {
      this.head = head;
    }

    @Override
    public int read() {
      int b = taken < head.length ? head[(int) taken] & 0xFF : ' ';
      taken++;
      return b;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
      for (int i = 0; i < length; i++) {
        into[offset + i] = (byte) read();
      }
      return length;
    }
  }

  @Test
  void readFromAStreamTakesAtMostOneByteMoreThanTheDocumentLimit() {
    byte[] seed = JSON.writeBytes(SEED);
    long limit = seed.length + 100;
    MastheadJson bounded = MastheadJson.builder()
        .limits(ReadLimits.builder().maxDocumentLength(limit).build()).build();
    EndlessInputStream endless = new EndlessInputStream(seed);

    ContentReadException e = rejected(() -> bounded.read(endless, Article.class));

    assertThat(endless.taken).isEqualTo(limit + 1);
    assertThat(e.pointer()).isEmpty();
    assertThat(e.rule()).isEqualTo("must be a document of at most " + limit
        + " bytes (characters, for text)");
    // A document of exactly the limit, then the end of the stream: read.
    byte[] exact = (JSON.write(SEED) + " ".repeat(100)).getBytes(UTF_8);
    assertThat(bounded.read(new ByteArrayInputStream(exact), Article.class)).isEqualTo(SEED);
  }

  @Test
  void aFailingStreamIsAContentReadException() {
    byte[] bytes = JSON.writeBytes(SEED);
    InputStream failsAtOnce = new InputStream() {
      @Override
      public int read() throws IOException {
        throw new IOException("disk gone");
      }
    };
    InputStream failsLater = new InputStream() {
      private int position;

      @Override
      public int read() throws IOException {
        if (position == 100) {
          throw new IOException("disk gone");
        }
        return bytes[position++] & 0xFF;
      }
    };

    ContentReadException atOnce = rejected(() -> JSON.read(failsAtOnce, Article.class));
    ContentReadException later = rejected(() -> JSON.read(failsLater, Article.class));

    assertThat(atOnce.pointer()).isEmpty();
    assertThat(atOnce.rule()).isEqualTo("could not be read: the input failed (IOException)");
    assertThat(atOnce).hasRootCauseInstanceOf(IOException.class);
    assertThat(later.rule()).isEqualTo("could not be read: the input failed (IOException)");
    assertThat(later).hasRootCauseMessage("disk gone");
  }

  // ---- failures

  @ParameterizedTest
  @ValueSource(strings = {"null", " null", "null\n", "\tnull "})
  void topLevelNullIsRejectedAsNull(String json) {
    for (ThrowingCallable read : List.<ThrowingCallable>of(
        () -> JSON.read(json, Article.class),
        () -> JSON.read(json.getBytes(UTF_8), Event.class),
        () -> JSON.read(new ByteArrayInputStream(json.getBytes(UTF_8)), Tag.class))) {
      ContentReadException e = rejected(read);

      assertThat(e.pointer()).isEmpty();
      assertThat(e.rule()).isEqualTo("must not be null");
      assertThat(e.violations()).hasSize(1);
    }
  }

  @Test
  void exceptionNamesTheTypeAndEveryViolationInItsMessage() {
    ContentReadException e = rejected(() -> JSON.read(
        "{\"id\":\"Bad Id\",\"kind\":\"place\",\"label\":\"Japan\"}", Tag.class));

    assertThat(e.type()).isEqualTo("Tag");
    assertThat(e.pointer()).isEqualTo("/id");
    assertThat(e.violations()).hasSize(1);
    assertThat(e.violations().get(0).value()).contains("Bad Id");
    assertThat(e.getMessage()).isEqualTo("Cannot read Tag at /id: " + e.rule()
        + " (was \"Bad Id\")");
  }

  @Test
  void reportsEveryWrongValueInOneDocumentWithItsPointer() {
    String json = JSON.write(SEED)
        .replace("\"id\":\"japans-long-term-vision-western-balkans\"", "\"id\":\"Bad Id\"")
        .replace("\"depicted\":[\"akira-imamura\"]", "\"depicted\":[\"Akira Imamura\"]");

    ContentReadException e = rejected(() -> JSON.read(json, Article.class));

    assertThat(e.violations()).extracting(v -> v.pointer())
        .contains("/id", "/body/2/image/depicted/0");
  }

  // ---- the mapper

  @Test
  void mapperIsANewCopyEachTime() throws IOException {
    JsonMapper one = JSON.mapper();
    JsonMapper two = JSON.mapper();

    assertThat(one).isNotSameAs(two);
    assertThat(one.getFactory()).isNotSameAs(two.getFactory());
    assertThat(one.writeValueAsBytes(SEED)).isEqualTo(JSON.writeBytes(SEED));
    assertThat(two.writeValueAsBytes(rocketArticle()))
        .isEqualTo(JSON.writeBytes(rocketArticle()));
  }

  /** Writes every tag as the same string: a serializer a user might register on the copy. */
  private static final class TagAsLabel extends StdSerializer<Tag> {
    private static final long serialVersionUID = 1L;

    TagAsLabel() {
      super(Tag.class);
    }

    @Override
    public void serialize(Tag value, JsonGenerator generator, SerializerProvider provider)
        throws IOException {
      generator.writeString("reconfigured");
    }
  }

  @Test
  void reconfiguringTheMapperLeavesMastheadJsonAsItWas() throws IOException {
    byte[] compact = JSON.writeBytes(rocketArticle());
    String indented = INDENTED.write(SEED);
    JsonMapper mapper = JSON.mapper();
    JsonMapper other = INDENTED.mapper();

    mapper.enable(SerializationFeature.INDENT_OUTPUT);
    mapper.getFactory().disable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8
        .mappedFeature());
    mapper.getFactory().enable(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());
    mapper.registerModule(new SimpleModule("user").addSerializer(Tag.class, new TagAsLabel()));
    mapper.disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    other.disable(SerializationFeature.INDENT_OUTPUT);
    other.setDefaultPrettyPrinter(null);

    // The copy took the changes…
    assertThat(mapper.writeValueAsString(JAPAN)).isEqualTo("\"reconfigured\"");
    assertThat(mapper.writeValueAsString(SEED)).contains("\n", "\\u2019");
    // …the instance it came from did not, nor the next copy.
    assertThat(JSON.writeBytes(rocketArticle())).isEqualTo(compact);
    assertThat(JSON.write(JAPAN)).startsWith("{\"id\":\"japan\"");
    assertThat(JSON.mapper().writeValueAsBytes(rocketArticle())).isEqualTo(compact);
    assertThat(INDENTED.write(SEED)).isEqualTo(indented);
    String trailing = JSON.write(SEED) + " {}";
    assertThat(rejected(() -> JSON.read(trailing, Article.class)).rule())
        .startsWith("must be one JSON value");
    assertThat(catchThrowableOfType(JsonMappingException.class,
        () -> JSON.mapper().readValue(trailing, Article.class))).isNotNull();
  }

  @Test
  void mapperHoldsTheInstancesLimits() {
    MastheadJson strict = MastheadJson.builder()
        .limits(ReadLimits.builder().maxTokenCount(100).build()).build();

    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> strict.mapper().readValue(JSON.write(SEED), Article.class));

    assertThat(e).isNotNull();
    assertThat(e.getCause()).isInstanceOfSatisfying(ContentReadException.class, cause ->
        assertThat(cause.rule()).isEqualTo("must be a document of at most 100 tokens"));
  }

  @Test
  void mapperReadsAndWritesListsOfModelValues() throws IOException {
    List<Tag> tags = SEED.tags();
    String json = tags.stream().map(JSON::write).collect(Collectors.joining(",", "[", "]"));

    assertThat(JSON.mapper().writeValueAsString(tags)).isEqualTo(json).isEqualTo(JSON.write(tags));
    assertThat(JSON.mapper().readValue(json, new TypeReference<List<Tag>>() {}))
        .isEqualTo(tags);
    assertThat(JSON.mapper().readValue(JSON.write(SeedCorpus.people()),
        new TypeReference<List<Person>>() {})).isEqualTo(SeedCorpus.people());
  }

  @Test
  void mapperReadFailureIsAJsonMappingExceptionCausedByTheContentReadException() {
    String json = "{\"japan\":" + JSON.write(JAPAN)
        + ",\"serbia\":{\"id\":\"serbia\",\"kind\":\"place\"}}";

    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> JSON.mapper().readValue(json, new TypeReference<Map<String, Tag>>() {}));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("Cannot read Tag at /serbia/label: is required");
    assertThat(e.getCause()).isInstanceOfSatisfying(ContentReadException.class, cause -> {
      assertThat(cause.pointer()).isEqualTo("/serbia/label");
      assertThat(cause.rule()).isEqualTo("is required");
    });
    assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName)
        .containsExactly("serbia");
  }
}
