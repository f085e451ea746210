package dev.masthead.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.jackson2.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.ReadLimits;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The mapper's own limits ({@link JsonLimits}) bound the application's own request bodies, which
 * {@code MastheadModule} never sees, and refuse nothing Masthead accepts.
 */
@OnLocalhost
final class LimitsTest {
  private static final int MAX_STRING = ReadLimits.defaults().maxStringLength();

  private final Http http;

  LimitsTest(@LocalServerPort int port) {
    http = new Http(port);
  }

  @Test
  void readsAnOwnRequestWithAStringAtTheLimit() throws Exception {
    HttpResponse<byte[]> response = http.post("/search", search(MAX_STRING));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo("[]");
  }

  @Test
  void refusesAnOwnRequestWithAStringOverTheLimit() throws Exception {
    HttpResponse<byte[]> response = http.post("/search", search(MAX_STRING + 1));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).isEqualTo("application/problem+json");
  }

  @Test
  void searchesHeadlinesInAnyCase() throws Exception {
    HttpResponse<byte[]> response =
        http.post("/search", "{\"text\":\"SLOVENIAN\"}".getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .contains("New Online Tool Makes Learning Slovenian More Accessible");
  }

  @Test
  void acceptsTheLongestNumberMastheadAccepts() throws Exception {
    // An extension holding a number of 100 digits, the most the model keeps, with a sign, a
    // point and an exponent: Jackson's maxNumberLength, like Masthead, counts only the digits.
    String number = "-" + "1".repeat(49) + "." + "2".repeat(49) + "e-10";
    String article = """
        {"id":"ok","slug":"ok","headline":"A","published":"2025-12-25T08:00:00Z",\
        "language":"en","acme:n":%s}""".formatted(number);
    byte[] json = article.getBytes(StandardCharsets.UTF_8);
    Article expected = MastheadJson.defaults().read(json, Article.class);

    HttpResponse<byte[]> response = http.post("/articles", json);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(MastheadJson.defaults().read(response.body(), Article.class)).isEqualTo(expected);
  }

  @Test
  void aMastheadValueOverTheMappersLimitIsStillAMastheadProblem() throws Exception {
    // Jackson stops at the headline's 2,097,153rd character; MastheadModule reports where.
    String article = """
        {"id":"ok","slug":"ok","headline":"%s","published":"2025-12-25T08:00:00Z",\
        "language":"en"}""".formatted("q".repeat(MAX_STRING + 1));

    HttpResponse<byte[]> response =
        http.post("/articles", article.getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(Http.contentType(response)).isEqualTo("application/problem+json");
    JsonNode error = new ObjectMapper().readTree(response.body()).get("errors").get(0);
    assertThat(error.get("pointer").asText()).isEqualTo("/headline");
    assertThat(error.get("detail").asText())
        .isEqualTo("must be a string of at most 2097152 characters");
  }

  private static byte[] search(int length) {
    return ("{\"text\":\"" + "q".repeat(length) + "\"}").getBytes(StandardCharsets.UTF_8);
  }
}
