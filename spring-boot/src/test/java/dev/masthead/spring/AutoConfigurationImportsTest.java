package dev.masthead.spring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.jackson.MastheadModule;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

/**
 * Spring Boot finds both auto-configurations through {@code META-INF/spring/
 * org.springframework.boot.autoconfigure.AutoConfiguration.imports}, among its own (on Spring
 * Boot 3.5, its Jackson 2 {@code ObjectMapper} takes the Jackson 2 module), and {@code
 * spring.autoconfigure.exclude} turns each off on its own.
 */
final class AutoConfigurationImportsTest {
  private static final String IMPORTS =
      "META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports";

  private final WebApplicationContextRunner application =
      new WebApplicationContextRunner().withUserConfiguration(Application.class);

  @Test
  void listsBothAutoConfigurations() throws Exception {
    String imports;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(IMPORTS)) {
      imports = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(imports.lines()).containsExactly(
        MastheadProblemDetailsAutoConfiguration.class.getName(),
        MastheadJacksonAutoConfiguration.class.getName());
    assertThat(MastheadProblemDetailsAutoConfiguration.class).hasAnnotation(AutoConfiguration.class);
    assertThat(MastheadJacksonAutoConfiguration.class).hasAnnotation(AutoConfiguration.class);
  }

  @Test
  void anAutoConfiguredApplicationHasBoth() {
    application.run(context -> assertThat(context)
        .hasNotFailed()
        .hasSingleBean(ContentProblemHandler.class)
        .hasSingleBean(MastheadModule.class)
        .hasSingleBean(dev.masthead.jackson2.MastheadModule.class));
  }

  @Test
  void springBoot35sObjectMapperHasTheJackson2Module() {
    application.run(context -> assertThat(context.getBean(ObjectMapper.class)
        .getRegisteredModuleIds()).contains(dev.masthead.jackson2.MastheadModule.NAME));
  }

  @Test
  void excludingTheProblemDetailsLeavesTheModule() {
    application
        .withPropertyValues("spring.autoconfigure.exclude="
            + MastheadProblemDetailsAutoConfiguration.class.getName())
        .run(context -> assertThat(context)
            .doesNotHaveBean(ContentProblemHandler.class)
            .hasSingleBean(MastheadModule.class)
            .hasSingleBean(dev.masthead.jackson2.MastheadModule.class));
  }

  @Test
  void excludingTheModuleLeavesTheProblemDetails() {
    application
        .withPropertyValues("spring.autoconfigure.exclude="
            + MastheadJacksonAutoConfiguration.class.getName())
        .run(context -> assertThat(context)
            .hasSingleBean(ContentProblemHandler.class)
            .doesNotHaveBean(MastheadModule.class)
            .doesNotHaveBean(dev.masthead.jackson2.MastheadModule.class));
  }

  /** An application as {@code @SpringBootApplication} makes one, without the scanning. */
  @Configuration(proxyBeanMethods = false)
  @EnableAutoConfiguration
  static class Application {}
}
