package dev.masthead.jackson;

import dev.masthead.model.ContentReadException;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.ContentLimits;
import dev.masthead.model.Event;
import dev.masthead.model.Image;
import dev.masthead.model.Person;
import dev.masthead.model.RawJson;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/** The public API of {@link MastheadJson}: reading, writing, streams, and the mapper it shares. */
final class MastheadJsonTest {
  private static final MastheadJson JSON = MastheadJson.defaults();
  private static final Article SEED = SeedCorpus.article();
  private static final Tag JAPAN = SeedCorpus.article().tags().get(0);

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

  private static String replacedFirst(String json, String target, String replacement) {
    int at = json.indexOf(target);
    assertThat(at).as("where %s is", target).isNotNegative();
    return json.substring(0, at) + replacement + json.substring(at + target.length());
  }

  private static ContentReadException rejected(ThrowingCallable read) {
    ContentReadException e = catchThrowableOfType(ContentReadException.class, read);
    assertThat(e).as("what the read threw").isNotNull()
        .isExactlyInstanceOf(ContentReadException.class);
    return e;
  }

  @Test
  void defaultsIsOneSharedInstance() {
    assertThat(MastheadJson.defaults()).isSameAs(MastheadJson.defaults()).isSameAs(JSON);
    assertThat(JSON.mapper()).isSameAs(MastheadJson.defaults().mapper());
    assertThat(MastheadJson.builder().build()).isNotSameAs(JSON);
  }

  @Test
  void readsBackWhatItWritesThroughEveryEntryPoint() {
    String text = JSON.write(SEED);
    byte[] bytes = JSON.writeBytes(SEED);

    assertThat(JSON.read(text, Article.class)).isEqualTo(SEED);
    assertThat(JSON.read(bytes, Article.class)).isEqualTo(SEED);
    assertThat(JSON.read(new ByteArrayInputStream(bytes), Article.class)).isEqualTo(SEED);
    assertThat(JSON.write(JSON.read(bytes, Article.class))).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(classes = {String.class, Object.class, HashMap.class, Map.class, List.class,
      Integer.class, MastheadJson.class, ContentReadException.class, Runnable.class})
  void rejectsReadingATypeThatIsNotAModelType(Class<?> type) throws IOException {
    byte[] json = "{}".getBytes(UTF_8);
    String message = type.getName() + " is not a Masthead model type";
    CloseRecordingInputStream stream = new CloseRecordingInputStream(json);

    assertThatThrownBy(() -> JSON.read(json, type))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThatThrownBy(() -> JSON.read("{}", type))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThatThrownBy(() -> JSON.read(stream, type))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThat(stream.available()).as("bytes left unread in the stream").isEqualTo(json.length);
  }

  @Test
  void writesCompactJsonByDefault() {
    assertThat(JSON.write(JAPAN))
        .isEqualTo("{\"id\":\"japan\",\"kind\":\"place\",\"label\":\"Japan\","
            + "\"entity\":\"japan\"}");
    assertThat(JSON.write(SEED)).doesNotContain("\n")
        .startsWith("{\"id\":\"japans-long-term-vision-western-balkans\",\"slug\":")
        .contains("\"body\":[{\"type\":\"paragraph\",\"content\":[{\"text\":");
  }

  @Test
  void writesIndentedJsonWithTwoSpacesLineFeedsAndASpaceAfterEachColon() {
    MastheadJson indented = MastheadJson.builder().indent(true).build();
    Image image = SEED.leadImage().orElseThrow();

    assertThat(indented.write(image)).isEqualTo("""
        {
          "url": "https://connectingregion.com/images/akira-imamura.jpg",
          "altText": "Akira Imamura",
          "caption": "Akira Imamura, Ambassador of Japan to Serbia",
          "depicted": [
            "akira-imamura"
          ]
        }""");
    assertThat(indented.write(List.of(JAPAN))).isEqualTo("""
        [
          {
            "id": "japan",
            "kind": "place",
            "label": "Japan",
            "entity": "japan"
          }
        ]""");
    assertThat(indented.write(SEED)).doesNotContain("\r", "\t").contains("\n    {\n      \"type\"");
  }

  @Test
  void readsIndentedJsonAsTheSameValue() {
    MastheadJson indented = MastheadJson.builder().indent(true).build();

    assertThat(JSON.read(indented.write(SEED), Article.class)).isEqualTo(SEED);
    assertThat(indented.write(JSON.read(indented.writeBytes(SEED), Article.class)))
        .isEqualTo(indented.write(SEED));
  }

  @Test
  void writeBytesIsUtf8() {
    byte[] bytes = JSON.writeBytes(SEED);

    assertThat(bytes).isEqualTo(JSON.write(SEED).getBytes(UTF_8));
    assertThat(new String(bytes, UTF_8)).isEqualTo(JSON.write(SEED))
        .contains("Japan’s Long-Term Vision", "exports — it is");
    // The right single quotation mark ’ (U+2019) is three bytes in UTF-8.
    assertThat(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1))
        .contains("Japan\u00e2\u0080\u0099s");
    assertThat(JSON.write(SEED)).doesNotContain("\\u2019");
  }

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
        JSON.write(SEED).getBytes(java.nio.charset.StandardCharsets.UTF_16LE));

    assertThat(rejected(() -> JSON.read(malformed, Article.class)).pointer()).isEqualTo("/id");
    assertThat(rejected(() -> JSON.read(utf16, Article.class)).rule())
        .isEqualTo("must be UTF-8, not UTF-16 or UTF-32");
    assertThat(malformed.closed).as("closed").isFalse();
    assertThat(utf16.closed).as("closed").isFalse();
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
    assertThat(later).hasRootCauseInstanceOf(IOException.class);
  }

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
  void mapperReadsAndWritesListsOfModelValues() {
    List<Tag> tags = SEED.tags();
    String json = tags.stream().map(JSON::write).collect(Collectors.joining(",", "[", "]"));

    assertThat(JSON.mapper().writeValueAsString(tags)).isEqualTo(json);
    assertThat(JSON.mapper().readValue(json, new TypeReference<List<Tag>>() {}))
        .isEqualTo(tags);
    assertThat(JSON.mapper().readValue(JSON.write(SeedCorpus.people()),
        new TypeReference<List<Person>>() {})).isEqualTo(SeedCorpus.people());
  }

  @Test
  void mapperReadFailureInAListIsADatabindExceptionWithThePointer() {
    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> JSON.mapper().readValue(
            "[" + JSON.write(JAPAN) + ",{\"id\":\"x\",\"kind\":\"topic\"}]",
            new TypeReference<List<Tag>>() {}));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("/1/label: is required");
  }

  @Test
  void mapperReadFailureInAMapIsADatabindExceptionWithThePointer() {
    String json = "{\"japan\":" + JSON.write(JAPAN)
        + ",\"serbia\":{\"id\":\"serbia\",\"kind\":\"place\"}}";

    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> JSON.mapper().readValue(json, new TypeReference<Map<String, Tag>>() {}));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("Cannot read Tag at /serbia/label: is required");
    assertThat(e.getCause()).isInstanceOfSatisfying(ContentReadException.class, cause -> {
      assertThat(cause.pointer()).isEqualTo("/serbia/label");
      assertThat(cause.rule()).isEqualTo("is required");
    });
  }

  @Test
  void mapperReadFailureOfAStringInAListIsADatabindExceptionWithThePointer() {
    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> JSON.mapper().readValue("[\"japan\",\"Not An Id\"]",
            new TypeReference<List<TagId>>() {}));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("Cannot read TagId at /1: must be lower-case letters")
        .contains(" (was \"Not An Id\")");
  }

  @Test
  void mapperReadFailureOfAnArrayInAMapIsADatabindExceptionWithThePointer() {
    String tooDeep = "[".repeat(ContentLimits.RAW_JSON_DEPTH + 1)
        + "]".repeat(ContentLimits.RAW_JSON_DEPTH + 1);

    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> JSON.mapper().readValue("{\"flat\":[1],\"deep\":" + tooDeep + "}",
            new TypeReference<Map<String, RawJson>>() {}));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).startsWith("Cannot read RawJson at /deep: ")
        .contains("nesting deeper than " + ContentLimits.RAW_JSON_DEPTH);
  }

  @Test
  void ownMapperWithTheModuleWritesAndReadsTheSameBytesAsMastheadJson() {
    JsonMapper own = JsonMapper.builder().addModule(new MastheadModule()).build();
    byte[] bytes = JSON.writeBytes(SEED);

    assertThat(own.writeValueAsBytes(SEED)).isEqualTo(bytes);
    assertThat(own.writeValueAsString(SEED)).isEqualTo(JSON.write(SEED));
    assertThat(own.readValue(bytes, Article.class)).isEqualTo(SEED);
    assertThat(own.writeValueAsBytes(own.readValue(bytes, Article.class))).isEqualTo(bytes);
    assertThat(JSON.read(own.writeValueAsBytes(SEED), Article.class)).isEqualTo(SEED);
  }

  @Test
  void ownMapperReadFailuresAreDatabindExceptionsNamingThePointer() {
    JsonMapper own = JsonMapper.builder().addModule(new MastheadModule()).build();
    // The first depicted person is in the body's first image; the lead image is left valid.
    String json = replacedFirst(JSON.write(SEED), "{\"id\":\"japan\",", "{\"id\":\"Japan!\",");
    json = replacedFirst(json, "\"depicted\":[\"akira-imamura\"]",
        "\"depicted\":[\"Akira Imamura\"]");
    String document = json;

    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> own.readValue(document, Article.class));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("/tags/0/id: ", "(was \"Japan!\")",
        "/body/2/image/depicted/0: ", "(was \"Akira Imamura\")");
    assertThat(rejected(() -> JSON.read(document, Article.class)).violations())
        .extracting(v -> v.pointer())
        .containsExactlyInAnyOrder("/tags/0/id", "/body/2/image/depicted/0");
  }

  @Test
  void ownMapperFailureMessageEscapesPropertyNames() {
    JsonMapper own = JsonMapper.builder().addModule(new MastheadModule()).build();

    DatabindException e = catchThrowableOfType(DatabindException.class, () -> own.readValue(
        "{\"id\":\"japan\",\"kind\":\"place\",\"label\":\"Japan\",\"a\\nb\":1}", Tag.class));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("/a\\u000ab: ").doesNotContain("a\nb");
  }
}
