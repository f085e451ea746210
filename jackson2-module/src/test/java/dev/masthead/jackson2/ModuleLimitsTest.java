package dev.masthead.jackson2;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The limits hold through the module in a mapper of the user's own, such as the one Spring Boot 3
 * builds with the module found on the class path: Masthead's reader holds them on every token of
 * a Masthead value, whatever the mapper's own {@code StreamReadConstraints} (Jackson 2's defaults
 * here: no document length or token count limit, 1,000 levels, 20 million characters a string).
 */
final class ModuleLimitsTest {
  private static final ObjectMapper FOUND = new ObjectMapper().findAndRegisterModules();
  private static final String SEED = MastheadJson.defaults().write(SeedCorpus.article());

  static {
    // Page, below, is the user's own record; see MastheadModuleTest.
    ModuleLimitsTest.class.getModule().addOpens(ModuleLimitsTest.class.getPackageName(),
        ObjectMapper.class.getModule());
  }

  /** The seed article with {@code property} ({@code "name":value}) as its first property. */
  private static String seedWith(String property) {
    return "{" + property + "," + SEED.substring(1);
  }

  private static ContentReadException refused(ObjectMapper mapper, String json) {
    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> mapper.readValue(json.getBytes(UTF_8), Article.class));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.getCause()).isInstanceOf(ContentReadException.class);
    return (ContentReadException) e.getCause();
  }

  private static ObjectMapper withModule(ReadLimits.Builder limits) {
    return new ObjectMapper().registerModule(new MastheadModule(limits.build()));
  }

  @Test
  void theMappersOwnConstraintsAreJacksonsLooserDefaults() {
    StreamReadConstraints own = FOUND.getFactory().streamReadConstraints();

    assertThat(own.getMaxNestingDepth()).isGreaterThan(ReadLimits.DEFAULT_MAX_NESTING_DEPTH);
    assertThat(own.getMaxStringLength()).isGreaterThan(ReadLimits.DEFAULT_MAX_STRING_LENGTH);
    assertThat(own.getMaxDocumentLength()).isNotPositive();
  }

  @Test
  void documentOverTheDefaultLengthIsRefusedThroughAMapperWithoutAnyLimitOfItsOwn() {
    // 11 MiB of extension strings, each well within the string limit.
    String padding = "\"" + "p".repeat(1 << 20) + "\"";
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 11; i++) {
      json.append("\"acme:p").append(i).append("\":").append(padding).append(',');
    }
    String document = json + SEED.substring(1);
    assertThat(document.length()).isGreaterThan(11 << 20);

    ContentReadException e = refused(FOUND, document);

    assertThat(e.rule()).isEqualTo("must be a document of at most 10485760 bytes (characters,"
        + " for text)");
  }

  @Test
  void documentOfMoreThanAMillionTokensIsRefusedThroughAMapperWithoutAnyLimitOfItsOwn() {
    // 1.5 million numbers in extension arrays: 3 MB, well within the document length.
    String numbers = "[" + "0,".repeat(149_999) + "0]";
    StringBuilder json = new StringBuilder("{");
    for (int i = 0; i < 10; i++) {
      json.append("\"acme:n").append(i).append("\":").append(numbers).append(',');
    }

    ContentReadException e = refused(FOUND, json + SEED.substring(1));

    assertThat(e.rule()).isEqualTo("must be a document of at most 1000000 tokens");
    assertThat(e.pointer()).startsWith("/acme:n6");
  }

  @Test
  void nestingOverTheDefaultDepthIsRefusedThroughAMapperThatAllows1000Levels() {
    ContentReadException e = refused(FOUND, seedWith("\"acme:x\":" + "[".repeat(64)
        + "]".repeat(64)));

    assertThat(e.rule()).isEqualTo("must not nest objects and arrays more than 64 levels deep");
    assertThat(e.pointer()).isEqualTo("/acme:x" + "/0".repeat(63));
  }

  @Test
  void longStringNameAndNumberAreRefusedThroughAMapperByTheDefaultLimits() {
    assertThat(refused(FOUND, seedWith("\"acme:" + "n".repeat(300) + "\":1")).rule())
        .isEqualTo("must be a property name of at most 256 bytes in UTF-8");
    assertThat(refused(FOUND, seedWith("\"acme:x\":" + "1".repeat(101))).rule())
        .isEqualTo("must be a number of at most 100 digits");
    assertThat(refused(FOUND, seedWith("\"acme:x\":\"" + "s".repeat((2 << 20) + 1) + "\""))
        .rule()).isEqualTo("must be a string of at most 2097152 characters");
  }

  @Test
  void limitsGivenToTheModuleHoldInTheMapper() throws IOException {
    ObjectMapper fewTokens = withModule(ReadLimits.builder().maxTokenCount(100));
    ObjectMapper shortStrings = withModule(ReadLimits.builder().maxStringLength(40));
    ObjectMapper shallow = withModule(ReadLimits.builder().maxNestingDepth(5));
    ObjectMapper shortDocuments = withModule(ReadLimits.builder().maxDocumentLength(1000));

    assertThat(refused(fewTokens, SEED).rule())
        .isEqualTo("must be a document of at most 100 tokens");
    ContentReadException string = refused(shortStrings, SEED);
    assertThat(string.pointer()).isEqualTo("/slug");
    assertThat(string.rule()).isEqualTo("must be a string of at most 40 characters");
    ContentReadException depth = refused(shallow, SEED);
    assertThat(depth.pointer()).isEqualTo("/body/0/content/1/marks");
    assertThat(depth.rule())
        .isEqualTo("must not nest objects and arrays more than 5 levels deep");
    assertThat(refused(shortDocuments, SEED).rule())
        .startsWith("must be a document of at most 1000 bytes");
    // The same document through a mapper whose module has the defaults.
    assertThat(FOUND.readValue(SEED, Article.class)).isEqualTo(SeedCorpus.article());
  }

  /** A record of the user's own that holds Masthead values. */
  record Page(String title, List<Article> articles) {}

  @Test
  void aMastheadValueInsideTheUsersObjectIsHeldToTheLimitsAndPlacedInTheUsersDocument() {
    String page = "{\"title\":\"Front\",\"articles\":[" + SEED + ","
        + seedWith("\"acme:x\":" + "[".repeat(64) + "]".repeat(64)) + "]}";

    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> FOUND.readValue(page, Page.class));

    assertThat(e).isNotNull();
    assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName)
        .containsExactly("articles", null);
    assertThat(e.getCause()).isInstanceOfSatisfying(ContentReadException.class, cause -> {
      // The depth is the whole document's: the page and its list are two levels of it.
      assertThat(cause.pointer()).isEqualTo("/articles/1/acme:x" + "/0".repeat(61));
      assertThat(cause.rule()).startsWith("must not nest objects and arrays");
    });
  }

  @Test
  void theModulesLimitsInTheUsersObjectCountTheWholeDocument() {
    // A module of 10 levels, an article 3 levels down in the user's page: its body's marks are
    // at level 9, within; an extension 8 levels deep in the article is not.
    ObjectMapper mapper = withModule(ReadLimits.builder().maxNestingDepth(10));
    String deep = seedWith("\"acme:x\":" + "[".repeat(8) + "]".repeat(8));

    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> mapper.readValue("{\"title\":\"Front\",\"articles\":[" + SEED + "," + deep + "]}",
            Page.class));

    assertThat(e).isNotNull();
    assertThat(e.getCause()).isInstanceOfSatisfying(ContentReadException.class, cause -> {
      assertThat(cause.pointer()).isEqualTo("/articles/1/acme:x" + "/0".repeat(7));
      assertThat(cause.rule())
          .isEqualTo("must not nest objects and arrays more than 10 levels deep");
    });
  }

  @Test
  void whatTheModuleThrowsSurvivesJavaSerialization() throws Exception {
    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> FOUND.readValue(seedWith("\"acme:x\":" + "1".repeat(101)), Article.class));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    Object again;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      again = in.readObject();
    }

    assertThat(again).isInstanceOfSatisfying(JsonMappingException.class, d -> {
      // Jackson's own location suffix needs the parser, which is not serialized.
      assertThat(d.getMessage()).startsWith(e.getCause().getMessage());
      assertThat(d.getCause()).isInstanceOfSatisfying(ContentReadException.class, cause ->
          assertThat(cause.violations()).isEqualTo(
              ((ContentReadException) e.getCause()).violations()));
    });
  }
}
