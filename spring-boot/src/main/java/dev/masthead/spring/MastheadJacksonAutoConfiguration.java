package dev.masthead.spring;

import dev.masthead.jackson.MastheadModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Masthead's Jackson module as a bean, for Spring Boot to add to its mapper.
 *
 * <p>Jackson 3 ({@code masthead-jackson} on the class path): a {@link MastheadModule} with the
 * default {@code ReadLimits}, unless the application has a bean of that type. Spring Boot 4 adds
 * every {@code JacksonModule} bean to its {@code JsonMapper}; it also finds {@code
 * MastheadModule} through {@code META-INF/services} ({@code spring.jackson.find-and-add-modules},
 * on by default), and as both have the same registration id the mapper keeps one, the bean,
 * which Spring Boot adds last. So the bean is what holds with {@code find-and-add-modules} off,
 * and what an application replaces to set limits of its own:
 *
 * <pre>
 * &#64;Bean
 * MastheadModule mastheadModule() {
 *   return new MastheadModule(ReadLimits.builder().maxStringLength(65_536).build());
 * }
 * </pre>
 *
 * <p>Spring Boot 3.5's mapper is Jackson 2's and takes no Jackson 3 module: there the bean is
 * unused. Turn it off with {@code
 * spring.autoconfigure.exclude=dev.masthead.spring.MastheadJacksonAutoConfiguration}.
 */
@AutoConfiguration
public class MastheadJacksonAutoConfiguration {
  /** Creates the configuration; Spring Boot does. */
  public MastheadJacksonAutoConfiguration() {}

  /** Jackson 3: {@code dev.masthead.jackson.MastheadModule}, from {@code masthead-jackson}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.masthead.jackson.MastheadModule")
  static class Jackson3 {
    /** {@return Masthead's module with the default read limits} */
    @Bean
    @ConditionalOnMissingBean(MastheadModule.class)
    MastheadModule mastheadModule() {
      return new MastheadModule();
    }
  }

  // Jackson 2 (Spring Boot 3.5): the place for dev.masthead.jackson2.MastheadModule, from
  // masthead-jackson2, which does not exist yet. When it does: a nested configuration like
  // Jackson3 above, @ConditionalOnClass(name = "dev.masthead.jackson2.MastheadModule"), whose
  // @ConditionalOnMissingBean bean is that module (Spring Boot 3.5 adds every Jackson 2 Module
  // bean to its ObjectMapper); masthead-jackson2 an optional dependency in pom.xml; and tests
  // beside MastheadJacksonAutoConfigurationTest's.
}
