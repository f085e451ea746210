package dev.masthead.spring;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication.Type;
import org.springframework.context.annotation.Bean;

/**
 * Registers {@link ContentProblemHandler} in a servlet web application (Spring MVC), unless the
 * application has a bean of that type. Turn it off with {@code
 * spring.autoconfigure.exclude=dev.masthead.spring.MastheadProblemDetailsAutoConfiguration}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = Type.SERVLET)
@ConditionalOnClass(name = {
    "org.springframework.http.ProblemDetail",
    "org.springframework.web.servlet.DispatcherServlet"})
public class MastheadProblemDetailsAutoConfiguration {
  /** Creates the configuration; Spring Boot does. */
  public MastheadProblemDetailsAutoConfiguration() {}

  /** {@return the handler of unreadable Masthead documents} */
  @Bean
  @ConditionalOnMissingBean(ContentProblemHandler.class)
  public ContentProblemHandler mastheadContentProblemHandler() {
    return new ContentProblemHandler();
  }
}
