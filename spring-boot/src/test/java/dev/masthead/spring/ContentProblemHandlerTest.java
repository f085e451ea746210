package dev.masthead.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.jackson.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.Violation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** The problem body, as the handler builds it, before any mapper writes it. */
final class ContentProblemHandlerTest {
  /** An article with three problems: a bad id, no headline, a paragraph without content. */
  static final String BROKEN = """
      {"id":"Bad Id","slug":"ok","published":"2025-12-25T08:00:00Z","language":"en",\
      "body":[{"type":"paragraph","content":[]}]}""";

  private final ContentProblemHandler handler = new ContentProblemHandler();

  @Test
  void answersEveryProblemByItsPointerUnderErrors() {
    ProblemDetail problem = handler.invalidContent(readFailure(BROKEN));

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getType())
        .isEqualTo(URI.create("https://masthead.dev/problems/invalid-content"))
        .isEqualTo(ContentProblemHandler.TYPE);
    assertThat(problem.getTitle()).isEqualTo("Invalid Article");
    assertThat(problem.getDetail()).isEqualTo("3 problems");
    assertThat(problem.getInstance()).as("Spring sets it to the request's path").isNull();
    assertThat(problem.getProperties()).containsOnlyKeys("errors");
    assertThat(problem.getProperties().get("errors")).isEqualTo(List.of(
        error("/id", "must be lower-case letters and digits in words joined by '-', '_', '.'"
            + " or ':'", "Bad Id"),
        error("/body/0/content", "must have at least one span", null),
        error("/headline", "is required", null)));
  }

  @Test
  void saysOneProblemInTheSingular() {
    ContentReadException e = new ContentReadException("Event",
        List.of(Violation.of("name", "is required", null)));

    ProblemDetail problem = handler.invalidContent(e);

    assertThat(problem.getTitle()).isEqualTo("Invalid Event");
    assertThat(problem.getDetail()).isEqualTo("1 problem");
    assertThat(problem.getProperties().get("errors"))
        .isEqualTo(List.of(error("/name", "is required", null)));
  }

  @Test
  void listsTheProblemsKeptAndCountsThemAll() {
    List<Violation> kept = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      kept.add(Violation.of("tags[" + i + "].id", "is required", null));
    }
    ContentReadException e = new ContentReadException("Article", kept, 150, null);

    ProblemDetail problem = handler.invalidContent(e);

    assertThat(problem.getDetail()).isEqualTo("150 problems");
    assertThat((List<?>) problem.getProperties().get("errors")).hasSize(100)
        .last().isEqualTo(error("/tags/99/id", "is required", null));
  }

  static ContentReadException readFailure(String json) {
    return catchThrowableOfType(ContentReadException.class,
        () -> MastheadJson.defaults().read(json, Article.class));
  }

  static Map<String, Object> error(String pointer, String rule, String value) {
    Map<String, Object> error = new LinkedHashMap<>();
    error.put("pointer", pointer);
    error.put("detail", rule);
    if (value != null) {
      error.put("value", value);
    }
    return error;
  }
}
