package dev.masthead.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.fixtures.SeedDocument;
import dev.masthead.jackson2.MastheadJson;
import dev.masthead.jackson2.MastheadModule;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleSummary;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Spring Boot 3.5's auto-configured Jackson 2 {@code ObjectMapper}, with the auto-configured
 * {@link MastheadModule}, writes exactly the bytes {@link MastheadJson} writes and reads them
 * back.
 */
final class SpringBoot3MapperTest {
  /** A headline with characters outside the Basic Multilingual Plane (surrogate pairs). */
  private static final String HEADLINE =
      "Fireside chat \uD83C\uDFA4 in Belgrade \uD83C\uDDEF\uD83C\uDDF5";

  private static ObjectMapper mapper;
  private static MastheadModule module;

  @BeforeAll
  static void startOneContext() {
    // One context for the class: the mapper and the module outlive it.
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class,
            MastheadJacksonAutoConfiguration.class))
        .run(context -> {
          assertThat(context).hasNotFailed();
          mapper = context.getBean(ObjectMapper.class);
          module = context.getBean(MastheadModule.class);
        });
  }

  static List<SeedDocument<?>> documents() {
    return SeedCorpus.documents();
  }

  @Test
  void springBootsMapperHasTheAutoConfiguredModule() {
    assertThat(mapper.getRegisteredModuleIds()).contains(MastheadModule.NAME);
    assertThat(module.getTypeId()).isEqualTo(MastheadModule.NAME);
  }

  @Test
  void writesTheSeedArticleAsMastheadJsonWritesIt() throws Exception {
    Article article = SeedCorpus.article();

    assertThat(mapper.writeValueAsBytes(article))
        .isEqualTo(MastheadJson.defaults().writeBytes(article));
  }

  @ParameterizedTest
  @MethodSource("documents")
  void writesEverySeedDocumentAsMastheadJsonWritesItAndReadsItBack(SeedDocument<?> document)
      throws Exception {
    byte[] json = mapper.writeValueAsBytes(document.value());

    assertThat(json).isEqualTo(MastheadJson.defaults().writeBytes(document.value()));
    assertThat(mapper.readValue(json, document.type())).isEqualTo(document.value());
  }

  @Test
  void writesACharacterOutsideTheBasicMultilingualPlaneAsItsFourUtf8Bytes() throws Exception {
    Article article = SeedCorpus.article().withHeadline(HEADLINE);

    byte[] json = mapper.writeValueAsBytes(article);

    assertThat(json).isEqualTo(MastheadJson.defaults().writeBytes(article));
    assertThat(new String(json, StandardCharsets.UTF_8))
        .contains("\"headline\":\"" + HEADLINE + "\"")
        .doesNotContain("\\u");
    assertThat(mapper.readValue(json, Article.class)).isEqualTo(article);
  }

  @Test
  void springBootsMapperAloneWouldEscapeTheSurrogatePair() throws Exception {
    // Why the module encodes the pair itself: Spring Boot 3.5 leaves Jackson 2's
    // COMBINE_UNICODE_SURROGATES_IN_UTF8 off, so the same text in a value of the application's
    // own is written as two escapes.
    byte[] json = mapper.writeValueAsBytes(Map.of("headline", HEADLINE));

    assertThat(new String(json, StandardCharsets.UTF_8)).containsIgnoringCase("\\ud83c\\udfa4");
  }

  @Test
  void writesAListOfSummariesAsMastheadJsonWritesIt() throws Exception {
    List<ArticleSummary> teasers = SeedCorpus.relatedTeasers();

    byte[] json = mapper.writerFor(new TypeReference<List<ArticleSummary>>() {})
        .writeValueAsBytes(teasers);

    assertThat(json).isEqualTo(MastheadJson.defaults().writeBytes(teasers));
  }
}
