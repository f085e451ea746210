package dev.masthead.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The limits hold through the module in a mapper of your own, such as the one Spring Boot builds
 * with the module found on the class path: held by Masthead's reader on every token of a
 * Masthead value, whatever the mapper's own StreamReadConstraints (Jackson's defaults here: no
 * document length or token limit).
 */
final class ModuleLimitsTest {
  private static final JsonMapper FOUND = JsonMapper.builder().findAndAddModules().build();
  private static final String SEED = MastheadJson.defaults().write(SeedCorpus.article());

  /** The seed article with {@code property} ({@code "name":value}) as its first property. */
  private static String seedWith(String property) {
    return "{" + property + "," + SEED.substring(1);
  }

  private static ContentReadException refused(JsonMapper mapper, String json) {
    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> mapper.readValue(json.getBytes(UTF_8), Article.class));
    assertThat(e).as("refused").isNotNull();
    assertThat(e.getCause()).isInstanceOf(ContentReadException.class);
    return (ContentReadException) e.getCause();
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
  void nestingOverTheDefaultDepthIsRefusedThroughAMapper() {
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
  void limitsGivenToTheModuleHoldInTheMapper() {
    JsonMapper strict = JsonMapper.builder()
        .addModule(new MastheadModule(ReadLimits.builder().maxTokenCount(100).build()))
        .build();

    assertThat(refused(strict, SEED).rule()).isEqualTo("must be a document of at most 100"
        + " tokens");
    assertThat(FOUND.readValue(SEED, Article.class)).isEqualTo(SeedCorpus.article());
  }

  /** A record of the service's own that holds a Masthead value. */
  record Page(String title, List<Article> articles) {}

  @Test
  void aMastheadValueInsideYourOwnObjectIsHeldToTheLimitsAndPlacedInYourDocument() {
    String page = "{\"title\":\"Front\",\"articles\":[" + SEED + ","
        + seedWith("\"acme:x\":" + "[".repeat(64) + "]".repeat(64)) + "]}";

    DatabindException e = catchThrowableOfType(DatabindException.class,
        () -> FOUND.readValue(page, Page.class));

    assertThat(e.getCause()).isInstanceOfSatisfying(ContentReadException.class, cause -> {
      // The depth is the whole document's: the page and its list are two levels of it.
      assertThat(cause.pointer()).isEqualTo("/articles/1/acme:x" + "/0".repeat(61));
      assertThat(cause.rule()).startsWith("must not nest objects and arrays");
    });
  }

  @Test
  void whatTheModuleThrowsSurvivesJavaSerialization() throws Exception {
    DatabindException e = catchThrowableOfType(DatabindException.class,
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

    assertThat(again).isInstanceOfSatisfying(DatabindException.class, d -> {
      // Jackson's own location suffix needs the parser, which is not serialized.
      assertThat(d.getMessage()).startsWith(e.getCause().getMessage());
      assertThat(d.getCause()).isInstanceOfSatisfying(ContentReadException.class, cause ->
          assertThat(cause.violations()).isEqualTo(
              ((ContentReadException) e.getCause()).violations()));
    });
  }
}
