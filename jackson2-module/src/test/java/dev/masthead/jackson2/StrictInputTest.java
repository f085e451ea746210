package dev.masthead.jackson2;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.Event;
import dev.masthead.model.Person;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MastheadJson} reads strictly on every Jackson 2 it supports: a byte order mark, UTF-16
 * or UTF-32, bytes that are not UTF-8 (overlong forms included, which Jackson 2.18's parser takes
 * as the character they spell), anything after the document, a repeated property and a single
 * value where a list belongs are each one {@link ContentReadException}, at the JSON Pointer of
 * the offending value, through every entry point, in Masthead's words rather than Jackson's.
 */
final class StrictInputTest {
  private static final MastheadJson JSON = MastheadJson.defaults();
  private static final String SEED = JSON.write(SeedCorpus.article());
  private static final String FIRESIDE_CHAT = JSON.write(SeedCorpus.firesideChat());
  private static final String IMAMURA = JSON.write(SeedCorpus.akiraImamura());

  /** A valid article with only the required properties, to add one property to. */
  private static final String MINIMAL = "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"h\","
      + "\"published\":\"2025-12-25T08:00:00Z\",\"language\":\"en\"";

  private static final String NOT_UTF8 = "must be UTF-8";
  private static final String WIDE = "must be UTF-8, not UTF-16 or UTF-32";
  private static final String TWICE = "must not appear twice in an object";
  private static final String MORE = "must be one JSON value: more follows after the document";

  /** Jackson's wording, which a rule never uses: a rule says what is wrong, not who found it. */
  private static final List<String> JACKSON_WORDS = List.of("Jackson", "com.fasterxml",
      "StreamReadConstraints", "Feature", "Unrecognized token", "Unexpected character",
      "was expecting", "Trailing token", "end-of-input", "(code ", "JsonToken", "START_OBJECT",
      "VALUE_", "FIELD_NAME", "Invalid UTF-8", "MismatchedInput", "REDACTED", "Source:");

  /**
   * One document to refuse: the model type it is read as, its bytes, and whether it is also
   * read as a {@code String} (not when the point is its encoding).
   */
  record Input(Class<?> type, byte[] bytes, boolean textual) {
    @Override
    public String toString() {
      return type.getSimpleName() + ", " + bytes.length + " bytes";
    }
  }

  private static Arguments refused(String name, Input input, String pointer, String rule) {
    return Arguments.of(name, input, pointer, rule);
  }

  private static Arguments article(String name, String json, String pointer, String rule) {
    return refused(name, new Input(Article.class, json.getBytes(UTF_8), true), pointer, rule);
  }

  private static Arguments articleBytes(String name, byte[] json, String pointer, String rule) {
    return refused(name, new Input(Article.class, json, false), pointer, rule);
  }

  /** {@code json} with the first {@code target} replaced; the target must be there. */
  private static String replaced(String json, String target, String replacement) {
    int at = json.indexOf(target);
    if (at < 0) {
      throw new IllegalArgumentException("not in the document: " + target);
    }
    return json.substring(0, at) + replacement + json.substring(at + target.length());
  }

  private static String seed(String target, String replacement) {
    return replaced(SEED, target, replacement);
  }

  /** The seed article with {@code property} ({@code "name":value}) as its first property. */
  private static String seedWith(String property) {
    return "{" + property + "," + SEED.substring(1);
  }

  /** The seed article with the bytes {@code replacement} in place of the first {@code marker}. */
  private static byte[] seedBytes(String marker, int... replacement) {
    return seedBytes(marker, "", replacement, "");
  }

  /**
   * The seed article with {@code before}, the bytes {@code bad} and {@code after} in place of
   * the first {@code marker}.
   */
  private static byte[] seedBytes(String marker, String before, int[] bad, String after) {
    int at = SEED.indexOf(marker);
    if (at < 0) {
      throw new IllegalArgumentException("not in the document: " + marker);
    }
    byte[] bytes = new byte[bad.length];
    for (int i = 0; i < bad.length; i++) {
      bytes[i] = (byte) bad[i];
    }
    return concat((SEED.substring(0, at) + before).getBytes(UTF_8), bytes,
        (after + SEED.substring(at + marker.length())).getBytes(UTF_8));
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] encoded(String json, String charset) {
    return json.getBytes(Charset.forName(charset));
  }

  static Stream<Arguments> documents() {
    List<Arguments> all = new ArrayList<>();
    all.addAll(byteOrderMarksAndWideEncodings());
    all.addAll(bytesThatAreNotUtf8());
    all.addAll(trailingTokens());
    all.addAll(repeatedProperties());
    all.addAll(singleValuesWhereAListBelongs());
    return all.stream();
  }

  private static List<Arguments> byteOrderMarksAndWideEncodings() {
    return List.of(
        article("UTF-8 byte order mark", "\uFEFF" + SEED, "",
            "must not start with a byte order mark"),
        article("UTF-8 byte order mark alone", "\uFEFF", "",
            "must not start with a byte order mark"),
        articleBytes("UTF-16LE", encoded(SEED, "UTF-16LE"), "", WIDE),
        articleBytes("UTF-16BE", encoded(SEED, "UTF-16BE"), "", WIDE),
        articleBytes("UTF-16 with a byte order mark", encoded(SEED, "UTF-16"), "",
            WIDE + " (it starts with a byte order mark)"),
        articleBytes("UTF-16LE with leading white space", encoded("  " + SEED, "UTF-16LE"), "",
            WIDE),
        articleBytes("UTF-32BE", encoded(SEED, "UTF-32BE"), "", WIDE),
        articleBytes("UTF-32LE", encoded(SEED, "UTF-32LE"), "", WIDE));
  }

  private static List<Arguments> bytesThatAreNotUtf8() {
    return List.of(
        articleBytes("overlong two-byte slash (0xC0 0xAF) in the headline",
            seedBytes("Long-Term", 0xC0, 0xAF), "/headline", NOT_UTF8),
        articleBytes("overlong two-byte DEL (0xC1 0xBF) in the headline",
            seedBytes("Long-Term", 0xC1, 0xBF), "/headline", NOT_UTF8),
        articleBytes("overlong three-byte slash in the headline",
            seedBytes("Long-Term", 0xE0, 0x80, 0xAF), "/headline", NOT_UTF8),
        articleBytes("overlong four-byte slash in the headline",
            seedBytes("Long-Term", 0xF0, 0x80, 0x80, 0xAF), "/headline", NOT_UTF8),
        articleBytes("overlong quote (0xC0 0xA2) that would end the standfirst early",
            seedBytes("Ambassador", 0xC0, 0xA2), "/standfirst", NOT_UTF8),
        articleBytes("overlong slash in a span's text",
            seedBytes("The fireside", 0xC0, 0xAF), "/body/0/content/0/text", NOT_UTF8),
        articleBytes("overlong slash in a tag's label",
            seedBytes("\"label\":\"Japan\"", "\"label\":\"", new int[] {0xC0, 0xAF}, "\""),
            "/tags/0/label", NOT_UTF8),
        articleBytes("overlong slash in an extension's value", concat(
            "{\"acme:x\":[\"".getBytes(UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF},
            ("\"]," + SEED.substring(1)).getBytes(UTF_8)), "/acme:x/0", NOT_UTF8),
        articleBytes("overlong slash in a property name", concat(
            "{\"acme:".getBytes(UTF_8), new byte[] {(byte) 0xC0, (byte) 0xAF},
            ("\":1," + SEED.substring(1)).getBytes(UTF_8)), "", NOT_UTF8),
        articleBytes("UTF-8 encoded surrogate in the headline",
            seedBytes("Long-Term", 0xED, 0xA0, 0x80), "/headline", NOT_UTF8),
        articleBytes("code point above U+10FFFF in the headline",
            seedBytes("Long-Term", 0xF4, 0x90, 0x80, 0x80), "/headline", NOT_UTF8),
        articleBytes("lone continuation byte in the standfirst",
            seedBytes("Ambassador", 0x80), "/standfirst", NOT_UTF8),
        articleBytes("truncated three-byte sequence in the headline",
            seedBytes("’s Long", 0xE2, 0x80), "/headline", NOT_UTF8),
        articleBytes("byte 0xFF in a span's text", seedBytes("The fireside", 0xFF),
            "/body/0/content/0/text", NOT_UTF8));
  }

  private static List<Arguments> trailingTokens() {
    return List.of(
        article("second object after the document", SEED + "{}", "", MORE),
        article("the document twice", SEED + SEED, "", MORE),
        article("null after the document", SEED + " null", "", MORE),
        article("number after the document", SEED + "\n42", "", MORE),
        article("garbage after the document", SEED + " x", "",
            "must be well-formed JSON: unexpected text 'x'"),
        article("closing bracket after the document", SEED + "]", "",
            "must be well-formed JSON: a closing bracket that does not match ']'"),
        article("comma after the document", SEED + ",", "",
            "must be well-formed JSON: an unexpected character ','"));
  }

  private static List<Arguments> repeatedProperties() {
    return List.of(
        article("repeated id at the root", seedWith("\"id\":\"other-article\""), "/id", TWICE),
        article("repeated headline after a null",
            "{\"headline\":null," + SEED.substring(1), "/headline", TWICE),
        article("repeated extension at the root", seedWith("\"acme:x\":1,\"acme:x\":2"),
            "/acme:x", TWICE),
        article("repeated id in a tag",
            seed("{\"id\":\"japan\",", "{\"id\":\"japan\",\"id\":\"japan\","), "/tags/0/id",
            TWICE),
        article("repeated type in a block",
            MINIMAL + ",\"body\":[{\"type\":\"paragraph\",\"type\":\"heading\","
                + "\"text\":\"x\"}]}", "/body/0/type", TWICE),
        article("repeated property in a block whose type comes last",
            MINIMAL + ",\"body\":[{\"content\":[{\"text\":\"a\"}],\"content\":[],"
                + "\"type\":\"paragraph\"}]}", "/body/0/content", TWICE),
        article("repeated name inside an extension's value",
            seedWith("\"acme:x\":{\"a\":1,\"a\":2}"), "/acme:x", "duplicate property name"),
        refused("repeated person in an event's participant", new Input(Event.class,
            replaced(FIRESIDE_CHAT, "{\"person\":\"akira-imamura\",",
                "{\"person\":\"akira-imamura\",\"person\":\"oliver-lepori\",")
                .getBytes(UTF_8), true), "/participants/0/person", TWICE));
  }

  private static List<Arguments> singleValuesWhereAListBelongs() {
    String object = "must be an array, is an object";
    String string = "must be an array, is a string";
    return List.of(
        article("one tag where the tags belong",
            MINIMAL + ",\"tags\":{\"id\":\"japan\",\"kind\":\"place\",\"label\":\"Japan\"}}",
            "/tags", object),
        article("one id where the related articles belong",
            MINIMAL + ",\"related\":\"the-year-tech-became-the-system\"}", "/related", string),
        article("one block where the body belongs",
            MINIMAL + ",\"body\":{\"type\":\"heading\",\"text\":\"x\"}}", "/body", object),
        article("one mark where a span's marks belong",
            seed("\"marks\":[\"emphasis\"]", "\"marks\":\"emphasis\""),
            "/body/0/content/1/marks", string),
        article("one person where an image's depicted people belong",
            seed("\"depicted\":[\"akira-imamura\"]", "\"depicted\":\"akira-imamura\""),
            "/body/2/image/depicted", string),
        refused("one participant where an event's participants belong", new Input(Event.class,
            replaced(FIRESIDE_CHAT, "\"participants\":[", "\"participants\":{},\"acme:p\":[")
                .getBytes(UTF_8), true), "/participants", object),
        refused("one URL where a person's sameAs belongs", new Input(Person.class,
            replaced(IMAMURA, "\"honorificPrefix\":\"H.E.\"",
                "\"honorificPrefix\":\"H.E.\",\"sameAs\":\"https://example.com/\"")
                .getBytes(UTF_8), true), "/sameAs", string));
  }

  @Test
  void everyKindOfStrictnessIsCovered() {
    assertThat(documents().map(arguments -> arguments.get()[0])).hasSizeGreaterThan(40)
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void refusesTheDocumentThroughEveryEntryPointAtItsPointer(String name, Input input,
      String pointer, String rule) {
    assertRefused("bytes", () -> JSON.read(input.bytes(), input.type()), input, pointer, rule);
    assertRefused("stream",
        () -> JSON.read(new ByteArrayInputStream(input.bytes()), input.type()), input, pointer,
        rule);
    if (input.textual()) {
      assertRefused("string", () -> JSON.read(new String(input.bytes(), UTF_8), input.type()),
          input, pointer, rule);
    }
  }

  private static void assertRefused(String entryPoint, ThrowingCallable read, Input input,
      String pointer, String rule) {
    ContentReadException e = catchThrowableOfType(ContentReadException.class, read);

    assertThat(e).as("what reading from %s threw", entryPoint).isNotNull()
        .isExactlyInstanceOf(ContentReadException.class);
    assertThat(e.type()).as("type read from " + entryPoint)
        .isEqualTo(input.type().getSimpleName());
    assertThat(e.pointer()).as("pointer read from " + entryPoint).isEqualTo(pointer)
        .isEqualTo(e.violations().get(0).pointer());
    assertThat(e.rule()).as("rule read from " + entryPoint).contains(rule)
        .doesNotContain(JACKSON_WORDS);
  }

  @Test
  void repeatedPropertyIsReportedAtItsOwnPointerNotAtItsObjectByJacksonsParser() throws Exception {
    // Regression: MastheadJson's readers turned the parser's duplicate detection off with
    // ObjectReader.without(STRICT_DUPLICATE_DETECTION), which a Jackson 2 parser ignores once
    // created: the parser found the repeated property first, and the problem was the object's,
    // "/tags/0", with Jackson's line and column in the rule.
    String json = seed("{\"id\":\"japan\",", "{\"id\":\"japan\",\"id\":\"japan\",");

    for (ThrowingCallable read : List.<ThrowingCallable>of(
        () -> JSON.read(json, Article.class),
        () -> JSON.read(json.getBytes(UTF_8), Article.class),
        () -> JSON.read(new ByteArrayInputStream(json.getBytes(UTF_8)), Article.class))) {
      ContentReadException e = catchThrowableOfType(ContentReadException.class, read);
      assertThat(e).isNotNull();
      assertThat(e.pointer()).isEqualTo("/tags/0/id");
      assertThat(e.rule()).isEqualTo(TWICE);
    }
    // The mapper it hands out still has the parser refuse them, in the user's own objects too.
    assertThat(catchThrowableOfType(com.fasterxml.jackson.core.JsonParseException.class,
        () -> JSON.mapper().readValue("{\"a\":1,\"a\":2}", java.util.Map.class)))
        .hasMessageContaining("Duplicate field 'a'");
  }

  @Test
  void overlongFormsAreRefusedWhereverTheyAreNotJustWhereJacksonLooks() {
    // An overlong slash as the very first byte of a value, and as the last before its quote.
    int[] slash = {0xC0, 0xAF};
    byte[] first = seedBytes("\"headline\":\"", "\"headline\":\"", slash, "");
    byte[] last = seedBytes("Balkans\",\"standfirst", "Balkans", slash, "\",\"standfirst");

    for (byte[] bytes : List.of(first, last)) {
      ContentReadException e = catchThrowableOfType(ContentReadException.class,
          () -> JSON.read(bytes, Article.class));
      assertThat(e).isNotNull();
      assertThat(e.pointer()).isEqualTo("/headline");
      assertThat(e.rule()).startsWith(NOT_UTF8);
    }
  }

  @Test
  void theSameTextWellEncodedIsRead() {
    // The slash the overlong forms above spell, written as UTF-8 does: read, not refused.
    byte[] slash = seedBytes("Long-Term", 0x2F);

    assertThat(JSON.read(slash, Article.class).headline())
        .isEqualTo("Japan’s / Vision for the Western Balkans");
    assertThat(JSON.read(seedBytes("Long-Term", 0xF0, 0x9F, 0x9A, 0x80), Article.class)
        .headline()).isEqualTo("Japan’s \uD83D\uDE80 Vision for the Western Balkans");
  }
}
