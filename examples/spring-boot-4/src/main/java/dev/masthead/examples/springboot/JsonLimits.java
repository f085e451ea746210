package dev.masthead.examples.springboot;

import dev.masthead.model.ReadLimits;
import java.util.List;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * Holds Spring's {@code JsonMapper} to Masthead's read limits, so that Jackson stops reading an
 * oversized request before it has buffered it, and so that the application's own request bodies
 * are bounded too. {@code MastheadModule} holds every Masthead value to these limits itself.
 *
 * <p>Spring Boot 4.0 has no property for Jackson's stream read constraints (4.1 adds {@code
 * spring.jackson.factory.constraints.read.*}), and a {@code JsonMapperBuilderCustomizer} cannot
 * change the factory a builder was made with; so this replaces Spring Boot's {@code
 * JsonMapper.Builder} with one made the same way (every customizer applied, Spring Boot's own
 * among them) on a factory with these constraints.
 */
@Configuration(proxyBeanMethods = false)
public final class JsonLimits {
  /** Creates the configuration; Spring does, on finding the class. */
  public JsonLimits() {}

  /**
   * {@return Spring Boot's mapper builder, on a factory with Masthead's default limits}
   *
   * @param customizers every customizer in the context, in order, as Spring Boot applies them
   */
  @Bean
  @Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
  public JsonMapper.Builder jsonMapperBuilder(List<JsonMapperBuilderCustomizer> customizers) {
    ReadLimits limits = ReadLimits.defaults();
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(limits.maxNestingDepth())
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .maxDocumentLength(limits.maxDocumentLength())
            .maxTokenCount(limits.maxTokenCount())
            .build())
        .build();
    JsonMapper.Builder builder = JsonMapper.builder(factory);
    customizers.forEach(customizer -> customizer.customize(builder));
    return builder;
  }
}
