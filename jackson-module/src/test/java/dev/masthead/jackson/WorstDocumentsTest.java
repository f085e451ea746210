package dev.masthead.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.model.Article;
import dev.masthead.model.ContentException;
import dev.masthead.model.ContentReadException;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The caps on what a read reports, on the worst documents within the default limits: at most
 * {@value ContentException#MAX_VIOLATIONS} problems kept, the count exact, the message bounded;
 * valid ones read. How fast each is read, next to a valid article of the same size, is measured
 * in the benchmarks ({@code HostileReadReport}), never asserted here.
 */
final class WorstDocumentsTest {
  private static final MastheadJson JSON = MastheadJson.defaults();

  /** Longest message: 20 lines of at most a bounded location, rule and excerpt, and a header. */
  private static final int MAX_MESSAGE = 20 * 700 + 200;

  static Stream<WorstDocuments.Document> documents() {
    return WorstDocuments.all(1 << 20).stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void keepsAtMostAHundredProblemsCountsThemExactlyAndBoundsTheMessage(
      WorstDocuments.Document document) {
    assertThat(document.json().length).isBetween(1 << 18, 10 << 20);
    if (document.problems() == 0) {
      assertThat(JSON.read(document.json(), Article.class)).isNotNull();
      return;
    }
    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> JSON.read(document.json(), Article.class));

    assertThat(e).as("refused").isNotNull();
    assertThat(e.violationCount()).as("every problem counted").isEqualTo(document.problems());
    assertThat(e.violations()).hasSize(Math.min(document.problems(),
        ContentException.MAX_VIOLATIONS));
    assertThat(e.violations()).allSatisfy(v -> assertThat(v.rule()).isNotBlank());
    assertThat(e.getMessage().length()).as("message length").isLessThan(MAX_MESSAGE);
    assertThat(e.getMessage().lines().count())
        .isLessThanOrEqualTo(ContentException.MAX_LISTED + 2);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void readsTheSameThroughAMapperOfYourOwn(WorstDocuments.Document document) {
    tools.jackson.databind.json.JsonMapper mapper = tools.jackson.databind.json.JsonMapper
        .builder().addModule(new MastheadModule()).build();
    if (document.problems() == 0) {
      assertThat(mapper.readValue(document.json(), Article.class))
          .isEqualTo(JSON.read(document.json(), Article.class));
      return;
    }
    tools.jackson.databind.DatabindException e = catchThrowableOfType(
        tools.jackson.databind.DatabindException.class,
        () -> mapper.readValue(document.json(), Article.class));

    assertThat(e.getCause()).isInstanceOfSatisfying(ContentReadException.class, cause ->
        assertThat(cause.violationCount()).isEqualTo(document.problems()));
    assertThat(e.getMessage().length()).isLessThan(MAX_MESSAGE + 1000);
  }
}
