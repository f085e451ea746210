package dev.masthead.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.jackson.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import dev.masthead.spring.ContentProblemHandler;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/**
 * The recipe builds the body that masthead-spring-boot's {@link ContentProblemHandler} answers:
 * two definitions (the recipe is for services without Spring, to copy; the handler is Spring's
 * {@link ProblemDetail}), held to one body here.
 */
final class ProblemDetailsTest {
  @Test
  void recipeBuildsTheBodyMastheadSpringBootAnswers() {
    ContentReadException e = readFailure("""
        {"id":"Bad Id","slug":"ok","headline":"A","published":"yesterday",\
        "language":"en","tags":[{"id":"serbia","kind":"place"}]}""");

    assertThat(ProblemDetails.problem(e))
        .isEqualTo(asMap(new ContentProblemHandler().invalidContent(e)));
  }

  @Test
  void recipeCountsOneProblemAsSpringBootDoes() {
    ContentReadException e = readFailure("""
        {"id":"ok","slug":"ok","published":"2025-12-25T08:00:00Z","language":"en"}""");

    assertThat(ProblemDetails.problem(e))
        .containsEntry("detail", "1 problem")
        .isEqualTo(asMap(new ContentProblemHandler().invalidContent(e)));
  }

  private static ContentReadException readFailure(String json) {
    return catchThrowableOfType(ContentReadException.class,
        () -> MastheadJson.defaults().read(json, Article.class));
  }

  /** The problem as its JSON object, without the {@code instance} Spring adds per request. */
  private static Map<String, Object> asMap(ProblemDetail problem) {
    assertThat(problem.getInstance()).isNull();
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", problem.getType().toString());
    body.put("title", problem.getTitle());
    body.put("status", problem.getStatus());
    body.put("detail", problem.getDetail());
    body.putAll(problem.getProperties());
    return body;
  }
}
