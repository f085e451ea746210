package dev.masthead.jackson2;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.Block;
import dev.masthead.model.ContentLimits;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link MastheadJson} holds every document to its {@link ReadLimits}, never to Jackson 2's own
 * defaults (which allow strings of 20 million characters, 1,000 levels of nesting and documents
 * of any length or token count): a document exactly at a limit is read through every entry
 * point, one just over it is a {@link ContentReadException} at the offending value whose rule
 * names the limit.
 */
final class LimitsTest {
  private static final MastheadJson DEFAULTS = MastheadJson.defaults();
  private static final Article SEED = SeedCorpus.article();
  private static final String SEED_JSON = DEFAULTS.write(SEED);

  private static MastheadJson with(ReadLimits.Builder limits) {
    return MastheadJson.builder().limits(limits.build()).build();
  }

  /** The seed article with {@code property} ({@code "name":value}) as its first property. */
  private static String seedWith(String property) {
    return "{" + property + "," + SEED_JSON.substring(1);
  }

  private static String arrays(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  /** Reads through every entry point; each must give the seed article with one extension. */
  private static void assertRead(MastheadJson json, String document, String extension) {
    byte[] bytes = document.getBytes(UTF_8);
    for (Article article : new Article[] {json.read(bytes, Article.class),
        json.read(new ByteArrayInputStream(bytes), Article.class),
        json.read(document, Article.class)}) {
      assertThat(article.withExtensions(Map.of())).isEqualTo(SEED);
      assertThat(article.extensions()).containsOnlyKeys(extension);
    }
  }

  /** Reads through every entry point; each must be refused at {@code pointer}. */
  private static void assertRefused(MastheadJson json, String document, String pointer,
      String rule) {
    byte[] bytes = document.getBytes(UTF_8);
    assertRefused("bytes", () -> json.read(bytes, Article.class), pointer, rule);
    assertRefused("stream", () -> json.read(new ByteArrayInputStream(bytes), Article.class),
        pointer, rule);
    assertRefused("string", () -> json.read(document, Article.class), pointer, rule);
  }

  private static void assertRefused(String entryPoint, ThrowingCallable read, String pointer,
      String rule) {
    ContentReadException e = catchThrowableOfType(ContentReadException.class, read);
    assertThat(e).as("what reading from " + entryPoint + " threw").isNotNull();
    assertThat(e.pointer()).as("pointer read from " + entryPoint).isEqualTo(pointer);
    assertThat(e.rule()).as("rule read from " + entryPoint).isEqualTo(rule);
  }

  @Test
  void theDefaultsAreMastheadsNotJacksons() {
    StreamReadConstraints jackson = StreamReadConstraints.defaults();

    assertThat(DEFAULTS.limits()).isEqualTo(ReadLimits.defaults());
    assertThat(ReadLimits.DEFAULT_MAX_STRING_LENGTH).isLessThan(jackson.getMaxStringLength());
    assertThat(ReadLimits.DEFAULT_MAX_NESTING_DEPTH).isLessThan(jackson.getMaxNestingDepth());
    assertThat(ReadLimits.DEFAULT_MAX_DOCUMENT_LENGTH)
        .isLessThan(jackson.getMaxDocumentLength() > 0 ? jackson.getMaxDocumentLength()
            : Long.MAX_VALUE);
  }

  // ---- string length, in characters

  @Test
  void readsAStringOfExactlyTheMaximumLengthInCharacters() {
    MastheadJson json = with(ReadLimits.builder().maxStringLength(1000));

    assertRead(json, seedWith("\"acme:x\":\"" + "a".repeat(1000) + "\""), "acme:x");
    // Characters, not bytes: é is two bytes of UTF-8, 🚀 two chars and four bytes.
    assertRead(json, seedWith("\"acme:x\":\"" + "é".repeat(1000) + "\""), "acme:x");
    assertRead(json, seedWith("\"acme:x\":\"" + "\uD83D\uDE80".repeat(500) + "\""), "acme:x");
  }

  @Test
  void refusesAStringOneCharacterOverTheMaximumAtTheString() {
    MastheadJson json = with(ReadLimits.builder().maxStringLength(1000));
    String rule = "must be a string of at most 1000 characters";

    assertRefused(json, seedWith("\"acme:x\":\"" + "a".repeat(1001) + "\""), "/acme:x", rule);
    assertRefused(json, seedWith("\"acme:x\":[1,\"" + "é".repeat(1001) + "\"]"), "/acme:x/1",
        rule);
    assertRefused(json, SEED_JSON.replace("{\"text\":\"The fireside chat \"}",
        "{\"text\":\"" + "a".repeat(1001) + "\"}"), "/body/0/content/0/text", rule);
  }

  @Test
  void refusesAStringOverTheDefaultMaximumOf2MiB() {
    assertRefused(DEFAULTS,
        seedWith("\"acme:x\":\"" + "a".repeat(ReadLimits.DEFAULT_MAX_STRING_LENGTH + 1) + "\""),
        "/acme:x", "must be a string of at most 2097152 characters");
  }

  // ---- nesting depth

  @Test
  void readsTheSeedArticleAtItsOwnDepthAndRefusesItOneLevelLess() {
    // body (2), a block (3), its content (4), a span (5), its marks (6)
    assertThat(with(ReadLimits.builder().maxNestingDepth(6)).read(SEED_JSON, Article.class))
        .isEqualTo(SEED);
    assertRefused(with(ReadLimits.builder().maxNestingDepth(5)), SEED_JSON,
        "/body/0/content/1/marks", "must not nest objects and arrays more than 5 levels deep");
  }

  @Test
  void refusesNestingOverTheDefault64LevelsAtTheDeepValueWhereJacksonWouldAllow1000() {
    assertRead(DEFAULTS, seedWith("\"acme:x\":" + arrays(ContentLimits.RAW_JSON_DEPTH)),
        "acme:x");
    assertRefused(DEFAULTS, seedWith("\"acme:x\":" + arrays(64)), "/acme:x" + "/0".repeat(63),
        "must not nest objects and arrays more than 64 levels deep");
    assertRefused(DEFAULTS, seedWith("\"acme:x\":" + arrays(900)), "/acme:x" + "/0".repeat(63),
        "must not nest objects and arrays more than 64 levels deep");
  }

  @ParameterizedTest
  @ValueSource(ints = {1, 2, 5})
  void readsNestingAtASmallLimitAndRefusesOneLevelMore(int depth) {
    MastheadJson json = with(ReadLimits.builder().maxNestingDepth(depth));
    String atLimit = "{\"type\":\"future\",\"acme:x\":"
        + (depth == 1 ? "1" : arrays(depth - 1)) + "}";
    String over = "{\"type\":\"future\",\"acme:x\":" + arrays(depth) + "}";

    assertThat(json.read(atLimit, Block.class).type()).isEqualTo("future");
    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> json.read(over.getBytes(UTF_8), Block.class));
    assertThat(e).isNotNull();
    assertThat(e.pointer()).isEqualTo("/acme:x" + "/0".repeat(depth - 1));
    assertThat(e.rule())
        .isEqualTo("must not nest objects and arrays more than " + depth + " levels deep");
  }

  // ---- document length: bytes for bytes and streams, characters for text

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
  void readsADocumentOfExactlyTheMaximumLength() {
    MastheadJson json = with(ReadLimits.builder().maxDocumentLength(10_000));
    byte[] bytes = padded(10_000, true).getBytes(UTF_8);

    assertThat(json.read(bytes, Article.class).extensions()).containsOnlyKeys("acme:pad");
    assertThat(json.read(new ByteArrayInputStream(bytes), Article.class).extensions())
        .containsOnlyKeys("acme:pad");
    assertThat(json.read(padded(10_000, false), Article.class).extensions())
        .containsOnlyKeys("acme:pad");
  }

  @Test
  void refusesADocumentOneByteOrCharacterOverTheMaximumLength() {
    MastheadJson json = with(ReadLimits.builder().maxDocumentLength(10_000));
    byte[] bytes = padded(10_001, true).getBytes(UTF_8);
    String rule = "must be a document of at most 10000 bytes (characters, for text)";

    assertRefused("bytes", () -> json.read(bytes, Article.class), "", rule);
    assertRefused("stream", () -> json.read(new ByteArrayInputStream(bytes), Article.class), "",
        rule);
    assertRefused("string", () -> json.read(padded(10_001, false), Article.class), "", rule);
  }

  @Test
  void documentLengthIsInBytesForBytesAndInCharactersForText() {
    // The seed has multi-byte characters (’ and —): as text it is shorter than its bytes.
    int chars = SEED_JSON.length();
    assertThat(SEED_JSON.getBytes(UTF_8).length).isGreaterThan(chars);
    MastheadJson json = with(ReadLimits.builder().maxDocumentLength(chars));

    assertThat(json.read(SEED_JSON, Article.class)).isEqualTo(SEED);
    assertRefused("bytes", () -> json.read(SEED_JSON.getBytes(UTF_8), Article.class), "",
        "must be a document of at most " + chars + " bytes (characters, for text)");
  }

  // ---- token count

  private static int tokens(String json) throws IOException {
    int count = 0;
    try (JsonParser parser = DEFAULTS.mapper().createParser(json)) {
      while (parser.nextToken() != null) {
        count++;
      }
    }
    return count;
  }

  @Test
  void readsADocumentOfExactlyTheMaximumTokenCount() throws IOException {
    int tokens = tokens(SEED_JSON);
    MastheadJson json = with(ReadLimits.builder().maxTokenCount(tokens));
    byte[] bytes = SEED_JSON.getBytes(UTF_8);

    assertThat(tokens).isGreaterThan(100);
    assertThat(json.read(bytes, Article.class)).isEqualTo(SEED);
    assertThat(json.read(new ByteArrayInputStream(bytes), Article.class)).isEqualTo(SEED);
    assertThat(json.read(SEED_JSON, Article.class)).isEqualTo(SEED);
  }

  @Test
  void refusesADocumentOfOneTokenMoreThanTheMaximumAtItsLastToken() throws IOException {
    int tokens = tokens(SEED_JSON);

    // The token over the limit is the article's closing brace.
    assertRefused(with(ReadLimits.builder().maxTokenCount(tokens - 1)), SEED_JSON, "",
        "must be a document of at most " + (tokens - 1) + " tokens");
  }

  @Test
  void refusesAMillionAndOneTokensByDefault() {
    // 1.5 million numbers in extension arrays: 3 MB, within the document length.
    String numbers = "[" + "0,".repeat(149_999) + "0]";
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 10; i++) {
      json.append("\"acme:n").append(i).append("\":").append(numbers).append(',');
    }
    String document = json + SEED_JSON.substring(1);

    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> DEFAULTS.read(document.getBytes(UTF_8), Article.class));

    assertThat(e.rule()).isEqualTo("must be a document of at most 1000000 tokens");
    assertThat(e.pointer()).startsWith("/acme:n6");
  }

  // ---- names and numbers

  @Test
  void readsANameOf256BytesAndRefusesOneOf257AtItsObject() {
    String name = "n".repeat(256);
    String rule = "must be a property name of at most 256 bytes in UTF-8";

    assertRead(DEFAULTS, seedWith("\"" + name + "\":1"), name);
    assertRefused(DEFAULTS, seedWith("\"" + "n".repeat(257) + "\":1"), "", rule);
    assertRefused(DEFAULTS, SEED_JSON.replace("{\"id\":\"japan\",",
        "{\"id\":\"japan\",\"" + "n".repeat(257) + "\":1,"), "/tags/0", rule);
  }

  @Test
  void readsANumberOf100DigitsAndRefusesOneOf101AtTheNumber() {
    String rule = "must be a number of at most 100 digits";

    assertRead(DEFAULTS, seedWith("\"acme:x\":" + "9".repeat(100)), "acme:x");
    assertRead(DEFAULTS, seedWith("\"acme:x\":-1." + "9".repeat(99)), "acme:x");
    assertRefused(DEFAULTS, seedWith("\"acme:x\":" + "9".repeat(101)), "/acme:x", rule);
    assertRefused(DEFAULTS, SEED_JSON.replace("\"related\":[",
        "\"related\":[" + "9".repeat(101) + ","), "/related/0", rule);
  }

  @Test
  void limitsAreEachInstancesOwn() {
    MastheadJson tiny = with(ReadLimits.builder().maxDocumentLength(100).maxNestingDepth(2)
        .maxStringLength(10).maxNameLength(2).maxNumberLength(1).maxTokenCount(3));

    assertThat(catchThrowableOfType(ContentReadException.class,
        () -> tiny.read(SEED_JSON, Article.class))).isNotNull();
    assertThat(DEFAULTS.read(SEED_JSON, Article.class)).isEqualTo(SEED);
    assertThat(MastheadJson.builder().build().read(SEED_JSON, Article.class)).isEqualTo(SEED);
  }
}
