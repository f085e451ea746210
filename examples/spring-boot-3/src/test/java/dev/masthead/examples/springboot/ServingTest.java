package dev.masthead.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.jackson2.MastheadJson;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Spring's Jackson 2 mapper writes exactly the bytes {@link MastheadJson} writes. */
@OnLocalhost
final class ServingTest {
  private final Http http;

  ServingTest(@LocalServerPort int port) {
    http = new Http(port);
  }

  @Test
  void servesTheSeedArticleAsMastheadJsonWritesIt() throws Exception {
    HttpResponse<byte[]> response =
        http.get("/articles/" + SeedCorpus.ARTICLE.value());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(Http.contentType(response)).isEqualTo("application/json");
    assertThat(response.body())
        .isEqualTo(MastheadJson.defaults().writeBytes(SeedCorpus.article()));
  }

  @Test
  void servesTheRelatedTeasersAsMastheadJsonWritesTheList() throws Exception {
    HttpResponse<byte[]> response =
        http.get("/articles/" + SeedCorpus.ARTICLE.value() + "/related");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(MastheadJson.defaults().writeBytes(SeedCorpus.relatedTeasers()));
  }

  @Test
  void answersAnUnknownIdWith404Problem() throws Exception {
    HttpResponse<byte[]> response = http.get("/articles/no-such-article");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(Http.contentType(response)).isEqualTo("application/problem+json");
    JsonNode problem = new ObjectMapper().readTree(response.body());
    assertThat(problem.get("status").asInt()).isEqualTo(404);
    assertThat(problem.get("instance").asText()).isEqualTo("/articles/no-such-article");
  }
}
