package dev.masthead.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.masthead.jackson2.MastheadJson;
import dev.masthead.jackson2.MastheadModule;
import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * When the Jackson 2 {@link MastheadModule} (from masthead-jackson2, for Spring Boot 3.5) is a
 * bean, that the application's own wins, and that it stands beside the Jackson 3 one.
 */
final class MastheadJackson2AutoConfigurationTest {
  private static final String ARTICLE = """
      {"id":"ok","slug":"ok","headline":"A","published":"2025-12-25T08:00:00Z","language":"en"}\
      """;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MastheadJacksonAutoConfiguration.class));

  @Test
  void registersMastheadModuleWithTheDefaultLimits() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(MastheadModule.class);
      assertThat(context.getBean(MastheadModule.class))
          .isSameAs(context.getBean("mastheadJackson2Module"));
      ObjectMapper mapper =
          JsonMapper.builder().addModule(context.getBean(MastheadModule.class)).build();
      assertThat(mapper.readValue(ARTICLE, Article.class))
          .isEqualTo(MastheadJson.defaults().read(ARTICLE, Article.class));
    });
  }

  @Test
  void registersBothModulesWhenBothJacksonLinesArePresent() {
    runner.run(context -> assertThat(context)
        .hasSingleBean(MastheadModule.class)
        .hasSingleBean(dev.masthead.jackson.MastheadModule.class)
        .hasBean("mastheadModule")
        .hasBean("mastheadJackson2Module"));
  }

  @Test
  void registersNothingWithoutMastheadJackson2() {
    runner.withClassLoader(new FilteredClassLoader(MastheadModule.class))
        .run(context -> assertThat(context)
            .hasNotFailed()
            .doesNotHaveBean("mastheadJackson2Module")
            .as("the Jackson 3 module does not depend on the Jackson 2 one")
            .hasSingleBean(dev.masthead.jackson.MastheadModule.class));
  }

  @Test
  void registersTheJackson2ModuleWithoutMastheadJackson() {
    runner.withClassLoader(new FilteredClassLoader(dev.masthead.jackson.MastheadModule.class))
        .run(context -> assertThat(context)
            .hasNotFailed()
            .doesNotHaveBean("mastheadModule")
            .hasSingleBean(MastheadModule.class));
  }

  @Test
  void backsOffForTheApplicationsOwnModule() {
    runner.withUserConfiguration(OwnModule.class).run(context -> {
      assertThat(context).hasSingleBean(MastheadModule.class)
          .doesNotHaveBean("mastheadJackson2Module");
      MastheadModule module = context.getBean(MastheadModule.class);
      assertThat(module).isSameAs(context.getBean("ownMastheadModule"));
      ObjectMapper mapper = JsonMapper.builder().addModule(module).build();
      assertThat(catchThrowable(() -> mapper.readValue(ARTICLE, Article.class)))
          .as("the application's limits, not the defaults")
          .isInstanceOf(JsonMappingException.class)
          .cause().isInstanceOf(ContentReadException.class)
          .hasMessageContaining("/published");
    });
  }

  @Test
  void theApplicationsOwnJackson3ModuleLeavesTheJackson2OneInPlace() {
    runner.withUserConfiguration(OwnJackson3Module.class).run(context -> assertThat(context)
        .hasSingleBean(dev.masthead.jackson.MastheadModule.class)
        .doesNotHaveBean("mastheadModule")
        .hasSingleBean(MastheadModule.class)
        .hasBean("mastheadJackson2Module"));
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnModule {
    /** Strings of at most 16 characters: the article's 20-character date is one too long. */
    static final ReadLimits LIMITS = ReadLimits.builder().maxStringLength(16).build();

    @Bean
    MastheadModule ownMastheadModule() {
      return new MastheadModule(LIMITS);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnJackson3Module {
    @Bean
    dev.masthead.jackson.MastheadModule ownJackson3Module() {
      return new dev.masthead.jackson.MastheadModule(OwnModule.LIMITS);
    }
  }
}
