package dev.masthead.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.jackson.MastheadModule;
import dev.masthead.model.ReadLimits;
import dev.masthead.spring.ContentProblemHandler;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the application runs on: Spring Boot's Jackson, masthead-spring-boot's beans, and the
 * mapper's limits.
 */
@OnLocalhost
final class SetupTest {
  @Autowired
  private JsonMapper mapper;

  @Autowired
  private ApplicationContext context;

  @Test
  void runsOnTheJacksonSpringBootManages() {
    // Spring Boot 4.0.7 manages Jackson 3.1.x; masthead-parent would have given 3.3.0.
    assertThat(tools.jackson.core.json.PackageVersion.VERSION.toString()).startsWith("3.1.");
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString()).startsWith("3.1.");
    assertThat(mapper.version().toString()).startsWith("3.1.");
  }

  @Test
  void springsMapperHasTheAutoConfiguredMastheadModuleOnce() {
    // Spring Boot also finds MastheadModule through META-INF/services; both have one
    // registration id, and the mapper keeps the bean, which Spring Boot adds last.
    assertThat(mapper.registeredModules())
        .filteredOn(module -> module.getModuleName().equals(MastheadModule.NAME))
        .singleElement()
        .isSameAs(context.getBean(MastheadModule.class));
    assertThat(mapper.registeredModules()).extracting(JacksonModule::getRegistrationId)
        .doesNotHaveDuplicates();
    assertThat(context.getBean(ContentProblemHandler.class))
        .isExactlyInstanceOf(ContentProblemHandler.class);
  }

  @Test
  void springsMapperHasMastheadsLimits() {
    ReadLimits limits = ReadLimits.defaults();
    StreamReadConstraints constraints = mapper.tokenStreamFactory().streamReadConstraints();

    assertThat(constraints.getMaxNestingDepth()).isEqualTo(limits.maxNestingDepth());
    assertThat(constraints.getMaxStringLength()).isEqualTo(limits.maxStringLength());
    assertThat(constraints.getMaxNameLength()).isEqualTo(limits.maxNameLength());
    assertThat(constraints.getMaxNumberLength()).isEqualTo(limits.maxNumberLength());
    assertThat(constraints.getMaxDocumentLength()).isEqualTo(limits.maxDocumentLength());
    assertThat(constraints.getMaxTokenCount()).isEqualTo(limits.maxTokenCount());
  }

  @Test
  void springBoot40HasNoPropertiesForJacksonsReadConstraints() throws Exception {
    // Spring Boot 4.1 adds spring.jackson.factory.constraints.read.*; 4.0 has none (JsonLimits).
    List<String> names = new ArrayList<>();
    for (URL url : Collections.list(getClass().getClassLoader()
        .getResources("META-INF/spring-configuration-metadata.json"))) {
      if (url.toString().contains("/spring-boot-jackson-4.0.")) {
        try (InputStream in = url.openStream()) {
          for (JsonNode property : JsonMapper.shared().readTree(in).get("properties")) {
            names.add(property.get("name").asString());
          }
        }
      }
    }

    assertThat(names)
        .contains("spring.jackson.find-and-add-modules", "spring.jackson.json.read")
        .noneMatch(name -> name.startsWith("spring.jackson.factory"));
  }
}
