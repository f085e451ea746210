package dev.masthead.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.jackson2.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A document that cannot be read is answered 400 with an RFC 9457 problem body: every problem
 * with its JSON Pointer and rule for a Masthead document, Spring's generic problem for anything
 * else that is not JSON. On Spring Boot 3.5, Spring's Jackson 2 converter reports the failure as
 * an {@code HttpMessageNotReadableException} whose cause is Jackson 2's {@code
 * JsonMappingException}, whose cause is the {@code ContentReadException}.
 */
@OnLocalhost
final class ProblemBodyTest {
  /** An article with three problems: a bad id, no headline, a paragraph without content. */
  private static final String BROKEN = """
      {"id":"Bad Id","slug":"ok","published":"2025-12-25T08:00:00Z","language":"en",\
      "body":[{"type":"paragraph","content":[]}]}""";

  /** The README's body, written by Spring Boot 4's Jackson 3 mapper (members in its order). */
  private static final String README_BODY = "{"
      + "\"detail\":\"3 problems\",\"instance\":\"/articles\",\"status\":400,"
      + "\"title\":\"Invalid Article\","
      + "\"type\":\"https://masthead.dev/problems/invalid-content\","
      + "\"errors\":[{\"pointer\":\"/id\",\"detail\":\"must be lower-case letters and"
      + " digits in words joined by '-', '_', '.' or ':'\",\"value\":\"Bad Id\"},"
      + "{\"pointer\":\"/body/0/content\",\"detail\":\"must have at least one span\"},"
      + "{\"pointer\":\"/headline\",\"detail\":\"is required\"}]}";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Http http;

  ProblemBodyTest(@LocalServerPort int port) {
    http = new Http(port);
  }

  @Test
  void listsEveryProblemOfABrokenArticle() throws Exception {
    HttpResponse<byte[]> response = http.post("/articles", utf8(BROKEN));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).isEqualTo("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asText())
        .isEqualTo("https://masthead.dev/problems/invalid-content");
    assertThat(problem.get("title").asText()).isEqualTo("Invalid Article");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("detail").asText()).isEqualTo("3 problems");
    assertThat(problem.get("instance").asText()).isEqualTo("/articles");
    assertThat(errors(problem)).containsExactlyInAnyOrder(
        error("/id", "must be lower-case letters and digits in words joined by '-', '_', '.'"
            + " or ':'", "Bad Id"),
        error("/headline", "is required", null),
        error("/body/0/content", "must have at least one span", null));
  }

  @Test
  void answersTheProblemBodyTheReadmeShows() throws Exception {
    // Jackson 2 writes the problem's own members in another order: the same JSON all the same.
    HttpResponse<byte[]> response = http.post("/articles", utf8(BROKEN));

    assertThat(JSON.readTree(response.body())).isEqualTo(JSON.readTree(README_BODY));
  }

  @Test
  void listsTheProblemsMastheadJsonFinds() throws Exception {
    ContentReadException expected = catchThrowableOfType(ContentReadException.class,
        () -> MastheadJson.defaults().read(BROKEN, Article.class));

    HttpResponse<byte[]> response = http.post("/articles", utf8(BROKEN));

    assertThat(errors(JSON.readTree(response.body())))
        .containsExactlyElementsOf(expected.violations().stream()
            .map(v -> error(v.pointer(), v.rule(), v.value().orElse(null)))
            .toList());
  }

  @Test
  void keepsAHundredProblemsAndCountsThemAll() throws Exception {
    StringBuilder tags = new StringBuilder();
    for (int i = 0; i < 150; i++) {
      tags.append(i == 0 ? "" : ",").append("{\"id\":\"Bad ").append(i)
          .append("\",\"kind\":\"topic\",\"label\":\"x\"}");
    }
    String article = """
        {"id":"ok","slug":"ok","headline":"A","published":"2025-12-25T08:00:00Z",\
        "language":"en","tags":[%s]}""".formatted(tags);

    HttpResponse<byte[]> response = http.post("/articles", utf8(article));

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("detail").asText()).isEqualTo("150 problems");
    assertThat(problem.get("errors").size()).isEqualTo(100);
    assertThat(problem.get("errors").get(99).get("pointer").asText())
        .isEqualTo("/tags/99/id");
  }

  @Test
  void refusesAnArticleNestedDeeperThanTheLimit() throws Exception {
    String deep = "[".repeat(64) + "]".repeat(64);
    String article = """
        {"id":"ok","slug":"ok","headline":"A","published":"2025-12-25T08:00:00Z",\
        "language":"en","acme:deep":%s}""".formatted(deep);

    HttpResponse<byte[]> response = http.post("/articles", utf8(article));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).isEqualTo("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("title").asText()).isEqualTo("Invalid Article");
    assertThat(errors(problem)).hasSize(1);
    assertThat(errors(problem).get(0).get("pointer")).startsWith("/acme:deep");
    assertThat(errors(problem).get(0).get("detail")).contains("64");
  }

  @Test
  void refusesMalformedJsonWithAProblem() throws Exception {
    HttpResponse<byte[]> response = http.post("/articles", utf8("{\"id\":\"ok\","));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).isEqualTo("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(400);
  }

  @Test
  void refusesMalformedJsonOfTheApplicationsOwnWithSpringsProblem() throws Exception {
    HttpResponse<byte[]> response = http.post("/search", utf8("{\"text\":"));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).isEqualTo("application/problem+json");
    JsonNode problem = JSON.readTree(response.body());
    assertThat(problem.get("type").asText()).isEqualTo("about:blank");
    assertThat(problem.get("status").asInt()).isEqualTo(400);
    assertThat(problem.get("instance").asText()).isEqualTo("/search");
  }

  @Test
  void refusesAnEmptyBodyWithAProblem() throws Exception {
    HttpResponse<byte[]> response = http.post("/articles", new byte[0]);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).isEqualTo("application/problem+json");
  }

  private static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static List<Map<String, String>> errors(JsonNode problem) {
    List<Map<String, String>> errors = new ArrayList<>();
    for (JsonNode error : problem.get("errors")) {
      Map<String, String> fields = new LinkedHashMap<>();
      error.properties().forEach(field -> fields.put(field.getKey(), field.getValue().asText()));
      errors.add(fields);
    }
    return errors;
  }

  private static Map<String, String> error(String pointer, String rule, String value) {
    Map<String, String> error = new LinkedHashMap<>();
    error.put("pointer", pointer);
    error.put("detail", rule);
    if (value != null) {
      error.put("value", value);
    }
    return error;
  }
}
