package dev.masthead.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.fixtures.SeedDocument;
import dev.masthead.jackson2.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Event;
import dev.masthead.model.Organisation;
import dev.masthead.model.Person;
import dev.masthead.model.Place;
import dev.masthead.model.Publication;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every seed document, POSTed as its fixture JSON, comes back equal and as the same bytes. */
@OnLocalhost
final class RoundTripTest {
  /** Where each document type is POSTed. */
  private static final Map<Class<?>, String> PATHS = Map.of(
      Article.class, "/articles",
      ArticleSummary.class, "/article-summaries",
      Event.class, "/events",
      Person.class, "/people",
      Organisation.class, "/organisations",
      Place.class, "/places",
      Publication.class, "/publications");

  private final Http http;

  RoundTripTest(@LocalServerPort int port) {
    http = new Http(port);
  }

  static List<SeedDocument<?>> documents() {
    return SeedCorpus.documents();
  }

  @ParameterizedTest
  @MethodSource("documents")
  void postedSeedDocumentComesBackEqualAndAsTheSameBytes(SeedDocument<?> document)
      throws Exception {
    byte[] fixture;
    try (InputStream in = SeedCorpus.openJson(document.resource())) {
      fixture = in.readAllBytes();
    }

    HttpResponse<byte[]> response = http.post(PATHS.get(document.type()), fixture);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .isEqualTo(MastheadJson.defaults().writeBytes(document.value()));
    assertThat(MastheadJson.defaults().read(response.body(), document.type()))
        .isEqualTo(document.value());
  }

  @Test
  void postedArticleWithCharactersOutsideTheBasicMultilingualPlaneComesBackAsTheSameBytes()
      throws Exception {
    // Jackson 2 would escape each as a surrogate pair; the module writes their UTF-8 bytes.
    Article article = SeedCorpus.article()
        .withHeadline("Fireside chat \uD83C\uDFA4 in Belgrade \uD83C\uDDEF\uD83C\uDDF5");
    byte[] json = MastheadJson.defaults().writeBytes(article);

    HttpResponse<byte[]> response = http.post("/articles", json);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(json);
    assertThat(new String(response.body(), StandardCharsets.UTF_8))
        .contains(article.headline())
        .doesNotContain("\\u");
    assertThat(MastheadJson.defaults().read(response.body(), Article.class)).isEqualTo(article);
  }

  @Test
  void everySeedDocumentTypeHasAnEndpoint() {
    assertThat(SeedCorpus.documents())
        .extracting(SeedDocument::type)
        .allSatisfy(type -> assertThat(PATHS).containsKey(type));
  }
}
