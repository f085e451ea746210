package dev.masthead.spring;

import dev.masthead.jackson.MastheadModule;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Masthead's Jackson module as a bean, for Spring Boot to add to its mapper: one for each Jackson
 * line whose Masthead module is on the class path.
 *
 * <p>Jackson 3 ({@code masthead-jackson} on the class path, Spring Boot 4): a {@link
 * MastheadModule} with the default {@code ReadLimits}, unless the application has a bean of that
 * type. Spring Boot 4 adds every {@code JacksonModule} bean to its {@code JsonMapper}; it also
 * finds {@code MastheadModule} through {@code META-INF/services} ({@code
 * spring.jackson.find-and-add-modules}, on by default), and as both have the same registration
 * id the mapper keeps one, the bean, which Spring Boot adds last. So the bean is what holds with
 * {@code find-and-add-modules} off, and what an application replaces to set limits of its own:
 *
 * <pre>
 * &#64;Bean
 * MastheadModule mastheadModule() {
 *   return new MastheadModule(ReadLimits.builder().maxStringLength(65_536).build());
 * }
 * </pre>
 *
 * <p>Jackson 2 ({@code masthead-jackson2} on the class path, Spring Boot 3.5): a {@code
 * dev.masthead.jackson2.MastheadModule} with the default {@code ReadLimits}, unless the
 * application has a bean of that type; Spring Boot 3.5 adds every Jackson 2 {@code Module} bean
 * to its {@code ObjectMapper}. An application sets limits of its own the same way, declaring
 * {@code new dev.masthead.jackson2.MastheadModule(limits)} as a bean.
 *
 * <p>With both on the class path, both beans are made; each Spring Boot line uses the one of its
 * Jackson and ignores the other. Turn both off with {@code
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

  /** Jackson 2: {@code dev.masthead.jackson2.MastheadModule}, from {@code masthead-jackson2}. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "dev.masthead.jackson2.MastheadModule")
  static class Jackson2 {
    /** {@return Masthead's Jackson 2 module with the default read limits} */
    @Bean
    @ConditionalOnMissingBean(dev.masthead.jackson2.MastheadModule.class)
    dev.masthead.jackson2.MastheadModule mastheadJackson2Module() {
      return new dev.masthead.jackson2.MastheadModule();
    }
  }
}
