package dev.masthead.spring;

import static dev.masthead.spring.ContentProblemHandlerTest.BROKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.jackson.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ContentValidationException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.http.HttpMessageConvertersAutoConfiguration;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.DispatcherServletAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.WebApplicationContext;

/**
 * On Spring Boot 3.5 (Spring Framework 6.2, Jackson 2 reading the request and writing the body)
 * a Masthead document that cannot be read is answered with the same problem body as on Spring
 * Boot 4, and nothing else is: a document Spring Boot's own mapper reads with the Jackson 2
 * {@code MastheadModule} (the auto-configured bean), and one a controller reads with the Jackson
 * 3 {@link MastheadJson}, directly or as a message converter would report it.
 */
final class SpringBoot3ProblemBodyTest {
  private static final String EXPECTED = """
      {"type":"https://masthead.dev/problems/invalid-content","title":"Invalid Article",\
      "status":400,"detail":"3 problems","instance":"%s",\
      "errors":[{"pointer":"/id","detail":"must be lower-case letters and digits in words\
       joined by '-', '_', '.' or ':'","value":"Bad Id"},\
      {"pointer":"/body/0/content","detail":"must have at least one span"},\
      {"pointer":"/headline","detail":"is required"}]}""";

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WebApplicationContextRunner application = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
          HttpMessageConvertersAutoConfiguration.class, DispatcherServletAutoConfiguration.class,
          WebMvcAutoConfiguration.class, MastheadProblemDetailsAutoConfiguration.class,
          MastheadJacksonAutoConfiguration.class))
      .withUserConfiguration(Documents.class);

  @Test
  void answersADocumentAControllerCannotReadWithTheProblemBody() {
    application.run(context -> {
      MockHttpServletResponse response = post(context, "/articles", BROKEN);

      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(response.getContentType()).isEqualTo("application/problem+json");
      assertThat(JSON.readTree(response.getContentAsByteArray()))
          .isEqualTo(JSON.readTree(EXPECTED.formatted("/articles")));
    });
  }

  @Test
  void answersADocumentSpringsOwnMapperCannotReadWithTheProblemBody() {
    application.run(context -> {
      MockHttpServletResponse response = post(context, "/mapped", BROKEN);

      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(response.getContentType()).isEqualTo("application/problem+json");
      assertThat(JSON.readTree(response.getContentAsByteArray()))
          .isEqualTo(JSON.readTree(EXPECTED.formatted("/mapped")));
    });
  }

  @Test
  void springsOwnMapperReportsTheFailureWithTheExceptionTwoCausesDown() {
    // What the handler is matched against on Spring Boot 3.5: Spring's converter wraps Jackson
    // 2's JsonMappingException, whose cause is the ContentReadException.
    application.run(context -> {
      MvcResult result = perform(context, "/mapped", BROKEN);

      assertThat(result.getResolvedException())
          .isInstanceOf(HttpMessageNotReadableException.class)
          .cause().isInstanceOf(JsonMappingException.class)
          .cause().isInstanceOf(ContentReadException.class)
          .hasMessageStartingWith("Cannot read Article (3 problems)");
    });
  }

  @Test
  void answersMalformedJsonForSpringsOwnMapperWithAProblem() {
    application.run(context -> {
      MockHttpServletResponse response = post(context, "/mapped", "{\"id\":\"ok\",");

      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(response.getContentType()).isEqualTo("application/problem+json");
      JsonNode problem = JSON.readTree(response.getContentAsByteArray());
      assertThat(problem.get("type").asText()).isEqualTo(ContentProblemHandler.TYPE.toString());
      assertThat(problem.get("title").asText()).isEqualTo("Invalid Article");
      assertThat(problem.get("errors")).isNotEmpty();
    });
  }

  @Test
  void springsOwnMapperReadsAValidDocument() {
    application.run(context -> {
      String json = dev.masthead.jackson2.MastheadJson.defaults().write(SeedCorpus.article());

      MockHttpServletResponse response = post(context, "/mapped", json);

      assertThat(response.getStatus()).isEqualTo(200);
      assertThat(response.getContentAsByteArray())
          .isEqualTo(dev.masthead.jackson2.MastheadJson.defaults().writeBytes(
              SeedCorpus.article()));
    });
  }

  @Test
  void findsTheExceptionAmongTheCausesAsFromAMessageConverter() {
    application.run(context -> {
      MockHttpServletResponse response = post(context, "/converted", BROKEN);

      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(JSON.readTree(response.getContentAsByteArray()))
          .isEqualTo(JSON.readTree(EXPECTED.formatted("/converted")));
    });
  }

  @Test
  void comesBeforeSpringBootsOwnProblemDetails() {
    application.withPropertyValues("spring.mvc.problemdetails.enabled=true").run(context -> {
      MockHttpServletResponse response = post(context, "/converted", BROKEN);

      assertThat(JSON.readTree(response.getContentAsByteArray()))
          .isEqualTo(JSON.readTree(EXPECTED.formatted("/converted")));
    });
  }

  @Test
  void leavesOtherUnreadableBodiesToSpring() {
    application.withPropertyValues("spring.mvc.problemdetails.enabled=true").run(context -> {
      MockHttpServletResponse response = post(context, "/search", "{\"text\":");

      assertThat(response.getStatus()).isEqualTo(400);
      assertThat(response.getContentType()).isEqualTo("application/problem+json");
      assertThat(JSON.readTree(response.getContentAsByteArray()).get("type").asText())
          .isEqualTo("about:blank");
    });
  }

  @Test
  void leavesAContentValidationExceptionToSpring() {
    // A value the service itself failed to build is not a bad request.
    application.run(context -> {
      Throwable thrown = catchThrowable(() -> post(context, "/build", "{}"));

      assertThat(thrown).isInstanceOf(ServletException.class)
          .rootCause().isInstanceOf(ContentValidationException.class);
    });
  }

  private static MockHttpServletResponse post(WebApplicationContext context, String path,
      String json) throws Exception {
    return perform(context, path, json).getResponse();
  }

  private static MvcResult perform(WebApplicationContext context, String path, String json)
      throws Exception {
    MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).build();
    return mvc.perform(MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON)
            .content(json.getBytes(StandardCharsets.UTF_8)))
        .andReturn();
  }

  @RestController
  static class Documents {
    /** Read and written by Spring Boot's own mapper, with the Jackson 2 {@code MastheadModule}. */
    @PostMapping("/mapped")
    Article mapped(@RequestBody Article document) {
      return document;
    }

    @PostMapping("/articles")
    String read(@RequestBody String json) {
      return MastheadJson.defaults().read(json, Article.class).id().value();
    }

    /** As Spring's own converter reports a failure: the exception two causes down. */
    @PostMapping("/converted")
    String converted(@RequestBody String json, HttpServletRequest request) {
      try {
        return read(json);
      } catch (ContentReadException e) {
        throw new HttpMessageNotReadableException("JSON parse error",
            new IllegalStateException("databind", e), new ServletServerHttpRequest(request));
      }
    }

    @PostMapping("/search")
    String search(@RequestBody Map<String, Object> search) {
      return search.toString();
    }

    @PostMapping("/build")
    String build(@RequestBody String json) {
      return Article.builder().build().id().value();
    }
  }
}
