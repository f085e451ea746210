package dev.masthead.examples.springboot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.masthead.model.ReadLimits;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Holds Spring's {@code ObjectMapper} to Masthead's read limits, so that Jackson stops reading an
 * oversized request before it has buffered it, and so that the application's own request bodies
 * are bounded too. {@code MastheadModule} holds every Masthead value to these limits itself.
 *
 * <p>Spring Boot 3.5 has no property for Jackson's stream read constraints; unlike Spring Boot
 * 4.0's {@code JsonMapper.Builder}, its Jackson 2 {@code Jackson2ObjectMapperBuilder} takes the
 * factory the mapper is made with, so one customizer is enough.
 */
@Configuration(proxyBeanMethods = false)
public final class JsonLimits {
  /** Creates the configuration; Spring does, on finding the class. */
  public JsonLimits() {}

  /** {@return a customizer making Spring Boot's mapper on a factory with Masthead's limits} */
  @Bean
  public Jackson2ObjectMapperBuilderCustomizer mastheadReadLimits() {
    return builder -> {
      ReadLimits limits = ReadLimits.defaults();
      builder.factory(JsonFactory.builder()
          .streamReadConstraints(StreamReadConstraints.builder()
              .maxNestingDepth(limits.maxNestingDepth())
              .maxStringLength(limits.maxStringLength())
              .maxNameLength(limits.maxNameLength())
              .maxNumberLength(limits.maxNumberLength())
              .maxDocumentLength(limits.maxDocumentLength())
              .maxTokenCount(limits.maxTokenCount())
              .build())
          .build());
    };
  }
}
