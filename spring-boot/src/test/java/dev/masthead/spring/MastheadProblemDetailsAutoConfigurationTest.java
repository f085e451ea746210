package dev.masthead.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.ContentReadException;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.ReactiveWebApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.ProblemDetail;
import org.springframework.web.method.ControllerAdviceBean;
import org.springframework.web.servlet.DispatcherServlet;

/** When {@link ContentProblemHandler} is registered, and that the application's own wins. */
final class MastheadProblemDetailsAutoConfigurationTest {
  private final WebApplicationContextRunner web = new WebApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(MastheadProblemDetailsAutoConfiguration.class));

  @Test
  void registersTheHandlerInAServletWebApplication() {
    web.run(context -> assertThat(context)
        .hasSingleBean(ContentProblemHandler.class)
        .getBean(ContentProblemHandler.class).isExactlyInstanceOf(ContentProblemHandler.class));
  }

  @Test
  void theHandlerIsAControllerAdviceThatComesFirst() {
    web.run(context -> assertThat(ControllerAdviceBean.findAnnotatedBeans(context))
        .singleElement()
        .satisfies(advice -> {
          assertThat(advice.getBeanType()).isEqualTo(ContentProblemHandler.class);
          assertThat(advice.getOrder()).isEqualTo(Ordered.HIGHEST_PRECEDENCE);
          assertThat(advice.isApplicableToBeanType(Object.class)).isTrue();
        }));
  }

  @Test
  void registersNothingOutsideAWebApplication() {
    new ApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MastheadProblemDetailsAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(ContentProblemHandler.class));
  }

  @Test
  void registersNothingInAReactiveWebApplication() {
    new ReactiveWebApplicationContextRunner()
        .withConfiguration(AutoConfigurations.of(MastheadProblemDetailsAutoConfiguration.class))
        .run(context -> assertThat(context).doesNotHaveBean(ContentProblemHandler.class));
  }

  @Test
  void registersNothingWithoutSpringMvc() {
    web.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
        .run(context -> assertThat(context).doesNotHaveBean(ContentProblemHandler.class));
  }

  @Test
  void registersNothingWithoutProblemDetail() {
    web.withClassLoader(new FilteredClassLoader(ProblemDetail.class))
        .run(context -> assertThat(context).doesNotHaveBean(ContentProblemHandler.class));
  }

  @Test
  void backsOffForTheApplicationsOwnHandler() {
    web.withUserConfiguration(OwnHandler.class).run(context -> assertThat(context)
        .hasSingleBean(ContentProblemHandler.class)
        .getBean(ContentProblemHandler.class).isExactlyInstanceOf(AnotherType.class));
  }

  /** An application answering with a problem type of its own. */
  static final class AnotherType extends ContentProblemHandler {
    @Override
    public ProblemDetail invalidContent(ContentReadException e) {
      ProblemDetail problem = super.invalidContent(e);
      problem.setType(URI.create("https://example.com/problems/bad-document"));
      return problem;
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class OwnHandler {
    @Bean
    ContentProblemHandler ownHandler() {
      return new AnotherType();
    }
  }
}
