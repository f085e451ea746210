package dev.masthead.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.masthead.jackson.MastheadJson;
import dev.masthead.jackson.MastheadModule;
import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/** When {@link MastheadModule} is a bean, and that the application's own wins. */
final class MastheadJacksonAutoConfigurationTest {
  private static final String ARTICLE = """
      {"id":"ok","slug":"ok","headline":"A","published":"2025-12-25T08:00:00Z","language":"en"}\
      """;

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MastheadJacksonAutoConfiguration.class));

  @Test
  void registersMastheadModuleWithTheDefaultLimits() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(MastheadModule.class);
      JsonMapper mapper =
          JsonMapper.builder().addModule(context.getBean(MastheadModule.class)).build();
      assertThat(mapper.readValue(ARTICLE, Article.class))
          .isEqualTo(MastheadJson.defaults().read(ARTICLE, Article.class));
    });
  }

  @Test
  void registersNothingWithoutMastheadJackson() {
    runner.withClassLoader(new FilteredClassLoader(MastheadModule.class))
        .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean("mastheadModule"));
  }

  @Test
  void backsOffForTheApplicationsOwnModule() {
    runner.withUserConfiguration(OwnModule.class).run(context -> {
      assertThat(context).hasSingleBean(MastheadModule.class);
      MastheadModule module = context.getBean(MastheadModule.class);
      assertThat(module).isSameAs(context.getBean("ownMastheadModule"));
      JsonMapper mapper = JsonMapper.builder().addModule(module).build();
      assertThat(catchThrowable(() -> mapper.readValue(ARTICLE, Article.class)))
          .as("the application's limits, not the defaults")
          .isInstanceOf(DatabindException.class)
          .cause().isInstanceOf(ContentReadException.class)
          .hasMessageContaining("/published");
    });
  }

  @Test
  void theBeanAddedAfterTheModuleFoundOnTheClassPathIsTheOneTheMapperKeeps() {
    // What Spring Boot 4 does: findAndAddModules() first, then every JacksonModule bean.
    // Both have MastheadModule's registration id, so the mapper keeps one: the last added.
    MastheadModule bean = new MastheadModule();

    JsonMapper mapper = JsonMapper.builder().findAndAddModules().addModule(bean).build();

    assertThat(mapper.registeredModules())
        .filteredOn(module -> module.getModuleName().equals(MastheadModule.NAME))
        .singleElement().isSameAs(bean);
    assertThat(mapper.registeredModules()).extracting(JacksonModule::getRegistrationId)
        .doesNotHaveDuplicates();
    Article article = MastheadJson.defaults().read(ARTICLE, Article.class);
    assertThat(mapper.writeValueAsString(article)).isEqualTo(ARTICLE);
    assertThat(mapper.readValue(ARTICLE, Article.class)).isEqualTo(article);
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
}
