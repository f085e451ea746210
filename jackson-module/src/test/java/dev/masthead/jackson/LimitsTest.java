package dev.masthead.jackson;

import dev.masthead.model.ContentReadException;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.ContentLimits;
import dev.masthead.model.Block;
import dev.masthead.model.RawJson;
import dev.masthead.model.ReadLimits;
import java.io.ByteArrayInputStream;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Every input limit of {@link MastheadJson}: a document exactly at the limit is read, one just
 * over it is rejected with a {@link ContentReadException} at the offending value whose rule names
 * the limit. The default limits are used where that stays fast; the others are set small through
 * the builder.
 */
final class LimitsTest {
  private static final MastheadJson DEFAULTS = MastheadJson.defaults();
  private static final Article SEED = SeedCorpus.article();
  private static final String SEED_JSON = DEFAULTS.write(SEED);

  /** The seed article with {@code property} ({@code "name":value}) as its first property. */
  private static String seedWith(String property) {
    return "{" + property + "," + SEED_JSON.substring(1);
  }

  /** Reads through every entry point; each must give the seed article with one extension. */
  private static void assertAccepted(MastheadJson json, String document, String extension) {
    byte[] bytes = document.getBytes(UTF_8);
    Consumer<Article> isSeedWithExtension = article -> {
      assertThat(article.withExtensions(Map.of())).isEqualTo(SEED);
      assertThat(article.extensions()).containsOnlyKeys(extension);
    };
    isSeedWithExtension.accept(json.read(bytes, Article.class));
    isSeedWithExtension.accept(json.read(new ByteArrayInputStream(bytes), Article.class));
    isSeedWithExtension.accept(json.read(document, Article.class));
  }

  /** Reads through every entry point; each must be rejected at {@code pointer}. */
  private static void assertRejected(MastheadJson json, String document, String pointer,
      String... rule) {
    byte[] bytes = document.getBytes(UTF_8);
    assertRejected("bytes", () -> json.read(bytes, Article.class), pointer, rule);
    assertRejected("stream", () -> json.read(new ByteArrayInputStream(bytes), Article.class),
        pointer, rule);
    assertRejected("string", () -> json.read(document, Article.class), pointer, rule);
  }

  private static void assertRejected(String entryPoint, ThrowingCallable read, String pointer,
      String... rule) {
    ContentReadException e = catchThrowableOfType(ContentReadException.class, read);
    assertThat(e).as("what reading from " + entryPoint + " threw").isNotNull();
    assertThat(e.pointer()).as("pointer read from " + entryPoint).isEqualTo(pointer);
    assertThat(e.rule()).as("rule read from " + entryPoint).contains(rule);
  }

  private static String arrays(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  @Test
  void defaultLimitsAreTheDocumentedOnes() {
    assertThat(ReadLimits.DEFAULT_MAX_NESTING_DEPTH).isEqualTo(64);
    assertThat(ReadLimits.DEFAULT_MAX_STRING_LENGTH).isEqualTo(2 * 1024 * 1024);
    assertThat(ReadLimits.DEFAULT_MAX_NAME_LENGTH).isEqualTo(256);
    assertThat(ReadLimits.DEFAULT_MAX_NUMBER_LENGTH).isEqualTo(100);
    assertThat(ReadLimits.DEFAULT_MAX_DOCUMENT_LENGTH).isEqualTo(10L * 1024 * 1024);
    assertThat(ReadLimits.DEFAULT_MAX_TOKEN_COUNT).isEqualTo(1_000_000L);
  }

  @Test
  void acceptsNestingDepth64ByDefault() {
    // No model value nests this deep (raw JSON stops at ContentLimits.RAW_JSON_DEPTH, 32), so the
    // mapper's own tree shows the document limit; an article's extension reaches the model's.
    assertThat(DEFAULTS.mapper().readTree(arrays(64)).isArray()).isTrue();
    assertAccepted(DEFAULTS, seedWith("\"acme:x\":" + arrays(ContentLimits.RAW_JSON_DEPTH)),
        "acme:x");
  }

  @Test
  void rejectsNestingDepth65ByDefaultAtTheDeepValue() {
    assertRejected(DEFAULTS, seedWith("\"acme:x\":" + arrays(64)), "/acme:x" + "/0".repeat(63),
        "must not nest objects and arrays more than 64 levels deep");
  }

  @Test
  void acceptsTheSeedArticleAtItsOwnDepthAndRejectsItOneBelow() {
    // body (2), a block (3), its content (4), a span (5), its marks (6)
    assertThat(DEFAULTS.read(SEED_JSON, Article.class)).isEqualTo(SEED);
    assertThat(MastheadJson.builder().limits(ReadLimits.builder().maxNestingDepth(6).build()).build().read(SEED_JSON, Article.class))
        .isEqualTo(SEED);
    assertRejected(MastheadJson.builder().limits(ReadLimits.builder().maxNestingDepth(5).build()).build(), SEED_JSON,
        "/body/0/content/1/marks", "must not nest objects and arrays more than 5 levels deep");
  }

  @Test
  void acceptsPropertyNameOf256CharactersByDefault() {
    String name = "n".repeat(256);
    assertAccepted(DEFAULTS, seedWith("\"" + name + "\":1"), name);
  }

  @Test
  void rejectsPropertyNameOf257CharactersByDefaultAtItsObject() {
    assertRejected(DEFAULTS, seedWith("\"" + "n".repeat(257) + "\":1"), "",
        "must be a property name of at most 256 bytes in UTF-8");
    assertRejected(DEFAULTS, SEED_JSON.replace("{\"id\":\"japan\",",
        "{\"id\":\"japan\",\"" + "n".repeat(257) + "\":1,"), "/tags/0", "must be a property name of at most 256 bytes in UTF-8");
  }

  @Test
  void acceptsNumberOf100DigitsByDefault() {
    assertAccepted(DEFAULTS, seedWith("\"acme:x\":" + "9".repeat(100)), "acme:x");
    assertAccepted(DEFAULTS, seedWith("\"acme:x\":-" + "9".repeat(100)), "acme:x");
    assertAccepted(DEFAULTS, seedWith("\"acme:x\":1." + "9".repeat(99)), "acme:x");
  }

  @Test
  void keepsEveryDigitOfANumberAtTheLimit() {
    String digits = "1234567890".repeat(10);
    Article article = DEFAULTS.read(seedWith("\"acme:x\":" + digits), Article.class);

    assertThat(article.extensions().get("acme:x")).isEqualTo(RawJson.of(digits));
    assertThat(DEFAULTS.write(article)).startsWith(SEED_JSON.substring(0, SEED_JSON.length() - 1))
        .endsWith(",\"acme:x\":" + digits + "}");
  }

  @Test
  void rejectsNumberOf101DigitsByDefaultAtTheNumber() {
    assertRejected(DEFAULTS, seedWith("\"acme:x\":" + "9".repeat(101)), "/acme:x",
        "must be a number of at most 100 digits");
    assertRejected(DEFAULTS, SEED_JSON.replace("\"related\":[",
        "\"related\":[" + "9".repeat(101) + ","), "/related/0", "must be a number of at most 100 digits");
  }

  @Test
  void acceptsStringAtTheLimitInCharacters() {
    MastheadJson json = MastheadJson.builder().limits(ReadLimits.builder().maxStringLength(1000).build()).build();
    assertAccepted(json, seedWith("\"acme:x\":\"" + "a".repeat(1000) + "\""), "acme:x");
    // Characters, not bytes: two bytes each in UTF-8.
    assertAccepted(json, seedWith("\"acme:x\":\"" + "é".repeat(1000) + "\""), "acme:x");
  }

  @Test
  void rejectsStringOneCharacterOverTheLimitAtTheString() {
    MastheadJson json = MastheadJson.builder().limits(ReadLimits.builder().maxStringLength(1000).build()).build();
    assertRejected(json, seedWith("\"acme:x\":\"" + "a".repeat(1001) + "\""), "/acme:x",
        "must be a string of at most 1000 characters");
    assertRejected(json, SEED_JSON.replace("\"headline\":\"",
        "\"headline\":\"" + "a".repeat(1001 - 48)), "/headline", "must be a string of at most 1000 characters");
  }

  @Test
  void rejectsStringOverTheDefaultLimitOf2MiB() {
    assertRejected(DEFAULTS,
        seedWith("\"acme:x\":\"" + "a".repeat(ReadLimits.DEFAULT_MAX_STRING_LENGTH + 1) + "\""),
        "/acme:x", "must be a string of at most 2097152 characters");
  }

  /** The seed article padded with an extension to exactly {@code length} bytes or characters. */
  private static String padded(int length, boolean inBytes) {
    String head = "{\"acme:pad\":\"";
    String tail = "\"," + SEED_JSON.substring(1);
    String empty = head + tail;
    int size = inBytes ? empty.getBytes(UTF_8).length : empty.length();
    String document = head + "p".repeat(length - size) + tail;
    assertThat(inBytes ? document.getBytes(UTF_8).length : document.length()).isEqualTo(length);
    return document;
  }

  @Test
  void acceptsDocumentOfExactlyTheMaximumLength() {
    MastheadJson json = MastheadJson.builder().limits(ReadLimits.builder().maxDocumentLength(10_000).build()).build();
    byte[] bytes = padded(10_000, true).getBytes(UTF_8);

    assertThat(json.read(bytes, Article.class).extensions()).containsOnlyKeys("acme:pad");
    assertThat(json.read(new ByteArrayInputStream(bytes), Article.class).extensions())
        .containsOnlyKeys("acme:pad");
    assertThat(json.read(padded(10_000, false), Article.class).extensions())
        .containsOnlyKeys("acme:pad");
  }

  @Test
  void rejectsDocumentOneByteOrCharacterOverTheMaximumLength() {
    MastheadJson json = MastheadJson.builder().limits(ReadLimits.builder().maxDocumentLength(10_000).build()).build();
    byte[] bytes = padded(10_001, true).getBytes(UTF_8);
    String[] rule = {"must be a document of at most 10000 bytes (characters, for text)"};

    assertRejected("bytes", () -> json.read(bytes, Article.class), "", rule);
    assertRejected("stream", () -> json.read(new ByteArrayInputStream(bytes), Article.class), "",
        rule);
    assertRejected("string", () -> json.read(padded(10_001, false), Article.class), "", rule);
  }

  @Test
  void documentLimitIsInBytesForBytesAndInCharactersForText() {
    // The seed has multi-byte characters (’ and —): as text it is shorter than its bytes.
    int chars = SEED_JSON.length();
    int bytes = SEED_JSON.getBytes(UTF_8).length;
    assertThat(bytes).isGreaterThan(chars);
    MastheadJson json = MastheadJson.builder().limits(ReadLimits.builder().maxDocumentLength(chars).build()).build();

    assertThat(json.read(SEED_JSON, Article.class)).isEqualTo(SEED);
    assertRejected("bytes", () -> json.read(SEED_JSON.getBytes(UTF_8), Article.class), "",
        "must be a document of at most " + chars + " bytes (characters, for text)");
  }

  private static int tokens(String json) {
    int count = 0;
    try (JsonParser parser = DEFAULTS.mapper().createParser(json)) {
      for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
        count++;
      }
    }
    return count;
  }

  @Test
  void acceptsDocumentOfExactlyTheMaximumTokenCount() {
    int tokens = tokens(SEED_JSON);
    MastheadJson json = MastheadJson.builder().limits(ReadLimits.builder().maxTokenCount(tokens).build()).build();
    byte[] bytes = SEED_JSON.getBytes(UTF_8);

    assertThat(tokens).isGreaterThan(100);
    assertThat(json.read(bytes, Article.class)).isEqualTo(SEED);
    assertThat(json.read(new ByteArrayInputStream(bytes), Article.class)).isEqualTo(SEED);
    assertThat(json.read(SEED_JSON, Article.class)).isEqualTo(SEED);
  }

  @Test
  void rejectsDocumentOfOneTokenMoreThanTheMaximumAtItsLastToken() {
    int tokens = tokens(SEED_JSON);
    MastheadJson json = MastheadJson.builder().limits(ReadLimits.builder().maxTokenCount(tokens - 1).build()).build();

    // The token over the limit is the article's closing brace.
    assertRejected(json, SEED_JSON, "",
        "must be a document of at most " + (tokens - 1) + " tokens");
  }

  @Test
  void limitsAreEachInstancesOwn() {
    MastheadJson.builder().limits(ReadLimits.builder().maxDocumentLength(100).maxNestingDepth(2).maxStringLength(10)
        .maxNameLength(2).maxNumberLength(1).maxTokenCount(3).build()).build();

    assertThat(DEFAULTS.read(SEED_JSON, Article.class)).isEqualTo(SEED);
    assertThat(MastheadJson.builder().build().read(SEED_JSON, Article.class)).isEqualTo(SEED);
  }

  static Stream<Arguments> limitSetters() {
    return Stream.of(
        Arguments.of("maxNestingDepth",
            (Consumer<Long>) n -> ReadLimits.builder().maxNestingDepth(n.intValue())),
        Arguments.of("maxStringLength",
            (Consumer<Long>) n -> ReadLimits.builder().maxStringLength(n.intValue())),
        Arguments.of("maxNameLength",
            (Consumer<Long>) n -> ReadLimits.builder().maxNameLength(n.intValue())),
        Arguments.of("maxNumberLength",
            (Consumer<Long>) n -> ReadLimits.builder().maxNumberLength(n.intValue())),
        Arguments.of("maxDocumentLength",
            (Consumer<Long>) n -> ReadLimits.builder().maxDocumentLength(n)),
        Arguments.of("maxTokenCount",
            (Consumer<Long>) n -> ReadLimits.builder().maxTokenCount(n)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limitSetters")
  void builderRejectsNonPositiveLimits(String setter, Consumer<Long> set) {
    for (long value : new long[] {0, -1, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> set.accept(value))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(setter + " must be at least 1, is " + value);
    }
    if (setter.equals("maxDocumentLength") || setter.equals("maxTokenCount")) {
      assertThatThrownBy(() -> set.accept(Long.MIN_VALUE))
          .isExactlyInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void documentLengthAndTokenCountLimitsOfOneAreAcceptedAndHold() {
    MastheadJson oneCharacter = MastheadJson.builder().limits(ReadLimits.builder().maxDocumentLength(1).build()).build();
    MastheadJson oneToken = MastheadJson.builder().limits(ReadLimits.builder().maxTokenCount(1).build()).build();

    ContentReadException length = catchThrowableOfType(ContentReadException.class,
        () -> oneCharacter.read("{}", Block.class));
    ContentReadException tokens = catchThrowableOfType(ContentReadException.class,
        () -> oneToken.read("{}", Block.class));

    assertThat(length.rule())
        .isEqualTo("must be a document of at most 1 bytes (characters, for text)");
    assertThat(tokens.rule()).isEqualTo("must be a document of at most 1 tokens");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5})
  void acceptsNestingAtASmallLimitAndRejectsOneDeeper(int depth) {
    MastheadJson json = MastheadJson.builder().limits(ReadLimits.builder().maxNestingDepth(depth).build()).build();
    String atLimit = "{\"type\":\"future\",\"acme:x\":"
        + (depth == 1 ? "1" : arrays(depth - 1)) + "}";
    String over = "{\"type\":\"future\",\"acme:x\":" + arrays(depth) + "}";

    assertThat(json.read(atLimit, Block.class).type()).isEqualTo("future");
    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> json.read(over, Block.class));
    assertThat(e).isNotNull();
    // At the array one level too deep.
    assertThat(e.pointer()).isEqualTo("/acme:x" + "/0".repeat(depth - 1));
    assertThat(e.rule())
        .isEqualTo("must not nest objects and arrays more than " + depth + " levels deep");
  }

  @Test
  void extensionNameTheModelHoldsReadsBackFromBytesAndFromText() {
    String name = "名".repeat(85); // 255 bytes of UTF-8: within the model's 256
    Article article = SEED.withExtensions(Map.of(name, RawJson.of("1")));
    assertThat(DEFAULTS.read(DEFAULTS.writeBytes(article), Article.class)).isEqualTo(article);
    assertThat(DEFAULTS.read(DEFAULTS.write(article), Article.class)).isEqualTo(article);
  }

  @Test
  void tooManyExtensionsAreReportedAtTheObjectThatHoldsThem() {
    StringBuilder json = new StringBuilder(SEED_JSON.substring(0, SEED_JSON.length() - 1));
    for (int i = 0; i <= dev.masthead.model.ContentLimits.EXTENSIONS; i++) {
      json.append(",\"acme:x").append(i).append("\":").append(i);
    }
    json.append('}');
    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> DEFAULTS.read(json.toString(), Article.class));
    assertThat(e.pointer()).isEmpty();
    assertThat(e.rule()).contains("at most 256 entries");
  }

  @Test
  void blockWithItsTypeLastIsReadWhateverItsSizeWithinTheDocumentLimit() {
    String big = "x".repeat(600_000);
    String article = SEED_JSON.replace("\"body\":[",
        "\"body\":[{\"a\":\"" + big + "\",\"b\":\"" + big + "\",\"type\":\"acme:big\"},");
    Article read = DEFAULTS.read(article, Article.class);
    assertThat(read.body().get(0).type()).isEqualTo("acme:big");
    assertThat(read.body().get(0).extensions()).containsOnlyKeys("a", "b");
  }

  @Test
  void truncatedInputIsDescribedWithoutJacksonsRedactedSourceNote() {
    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> DEFAULTS.read(SEED_JSON.substring(0, 40), Article.class));
    assertThat(e.getMessage()).doesNotContain("Source:").doesNotContain("REDACTED");
  }
}
