package dev.masthead.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.Generators;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Event;
import dev.masthead.model.Organisation;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Person;
import dev.masthead.model.Place;
import dev.masthead.model.Publication;
import dev.masthead.model.RawJson;
import dev.masthead.model.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Future documents from the fixtures' generators ({@code futureDocuments(true)}: extensions on
 * every object, unknown block types with nested JSON among the known ones, unknown values of
 * every vocabulary), {@value #DOCUMENTS} of each document type, even seeds as generated and odd
 * seeds with edge cases too: written with {@link MastheadJson}, each reads back to an equal
 * value, writing that again gives the same bytes, and the same JSON tree as the first write.
 * Each failure names the type and the seed: {@code new SplittableRandom(seed)} reproduces it.
 */
final class FutureDocumentsRoundTripTest {
  private static final int DOCUMENTS = 500;

  private static final MastheadJson JSON = MastheadJson.defaults();
  private static final JsonMapper MAPPER = JSON.mapper();

  private static final Generators FUTURE = Generators.builder().futureDocuments(true).build();
  private static final Generators FUTURE_EDGE_CASES =
      Generators.builder().futureDocuments(true).edgeCases(0.2).build();

  /** A document type and its generator. */
  record Document<T>(Class<T> type, BiFunction<Generators, RandomGenerator, T> generator) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static Stream<Document<?>> documents() {
    return Stream.of(
        new Document<>(Article.class, Generators::article),
        new Document<>(ArticleSummary.class, Generators::articleSummary),
        new Document<>(Event.class, Generators::event),
        new Document<>(Person.class, Generators::person),
        new Document<>(Organisation.class, Generators::organisation),
        new Document<>(Place.class, Generators::place),
        new Document<>(Publication.class, Generators::publication));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  <T> void futureDocumentsRoundTripToEqualValuesAndTheSameBytes(Document<T> document) {
    List<String> failures = new ArrayList<>();
    for (long seed = 0; seed < DOCUMENTS; seed++) {
      String what = document + " seed " + seed
          + (seed % 2 == 0 ? " (futureDocuments)" : " (futureDocuments, edgeCases(0.2))");
      T value = document.generator().apply(seed % 2 == 0 ? FUTURE : FUTURE_EDGE_CASES,
          new SplittableRandom(seed));
      try {
        byte[] first = JSON.writeBytes(value);
        T read = JSON.read(first, document.type());
        if (!read.equals(value)) {
          failures.add(what + ": read(write(x)) is not x\n  x:    " + value
              + "\n  read: " + read);
          continue;
        }
        byte[] second = JSON.writeBytes(read);
        if (!Arrays.equals(second, first)) {
          failures.add(what + ": write(read(write(x))) is not write(x)");
        }
        JsonNode firstTree = MAPPER.readTree(first);
        if (!MAPPER.readTree(second).equals(firstTree)) {
          failures.add(what + ": the JSON trees of the two writes differ");
        }
      } catch (RuntimeException e) {
        failures.add(what + ": " + e + "\n  x: " + value);
      }
    }
    assertThat(failures.stream().limit(5).map(FutureDocumentsRoundTripTest::shortened))
        .as("%s future documents that did not round-trip: %d of %d, the first five",
            document, failures.size(), DOCUMENTS)
        .isEmpty();
  }

  private static String shortened(String message) {
    return message.length() > 2_000 ? message.substring(0, 2_000) + "…" : message;
  }

  @Test
  void writingAFutureArticleGivesUnknownPropertiesAtEveryLevel() {
    Article article = FUTURE.article(new SplittableRandom(1));
    JsonNode tree = MAPPER.readTree(JSON.writeBytes(article));

    article.extensions().keySet().forEach(name ->
        assertThat(tree.has(name)).as("top-level %s", name).isTrue());
    for (int i = 0; i < article.body().size(); i++) {
      JsonNode block = tree.get("body").get(i);
      article.body().get(i).extensions().keySet().forEach(name ->
          assertThat(block.has(name)).as("%s in %s", name, block).isTrue());
    }
  }

  @Test
  void controlCharacterEscapedInAnExtensionStringReadsBackAsTheSameRawJson() {
    // Regression: RawJson.ofString wrote "\u001f" and the reader keeps Jackson's "\u001F",
    // so a value with such an extension did not read back equal.
    Paragraph paragraph = Paragraph.builder()
        .addContent(Span.of("text"))
        .putExtension("acme:note", RawJson.ofString("unit\u001Fseparator\u0007"))
        .build();

    Paragraph read = JSON.read(JSON.write(paragraph), Paragraph.class);

    assertThat(read).isEqualTo(paragraph);
    assertThat(read.extensions().get("acme:note").text())
        .isEqualTo("\"unit\\u001Fseparator\\u0007\"");
  }
}
