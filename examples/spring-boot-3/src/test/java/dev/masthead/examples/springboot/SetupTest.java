package dev.masthead.examples.springboot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.masthead.jackson2.MastheadModule;
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
import org.springframework.util.ClassUtils;

/**
 * What the application runs on: Spring Boot's Jackson 2, masthead-spring-boot's beans, and the
 * mapper's limits.
 */
@OnLocalhost
final class SetupTest {
  @Autowired
  private ObjectMapper mapper;

  @Autowired
  private ApplicationContext context;

  @Test
  void runsOnTheJacksonSpringBootManages() {
    // Spring Boot 3.5.7 manages Jackson 2.19.2 (jackson-bom.version, given by the pom);
    // masthead-jackson2's own pom would have given 2.23.0.
    String managed = System.getProperty("masthead.expectedJackson");
    assertThat(managed).as("set by the pom").isNotBlank();
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .isEqualTo(managed);
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString())
        .isEqualTo(managed);
    assertThat(mapper.version().toString()).isEqualTo(managed);
  }

  @Test
  void runsOnAJacksonMastheadJackson2Supports() {
    // masthead-jackson2 supports Jackson 2.18 and later (its floor, README "Compatibility").
    for (Version version : List.of(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION,
        com.fasterxml.jackson.core.json.PackageVersion.VERSION)) {
      assertThat(version.getMajorVersion()).as("%s", version).isEqualTo(2);
      assertThat(version.getMinorVersion()).as("%s", version).isGreaterThanOrEqualTo(18);
    }
  }

  @Test
  void springsMapperHasTheAutoConfiguredMastheadModule() {
    assertThat(mapper.getRegisteredModuleIds()).contains(MastheadModule.NAME);
    assertThat(context.getBean(MastheadModule.class)).isExactlyInstanceOf(MastheadModule.class);
    assertThat(context.getBean(ContentProblemHandler.class))
        .isExactlyInstanceOf(ContentProblemHandler.class);
  }

  @Test
  void hasNoJackson3OnItsClassPath() {
    // Only masthead-jackson2: nothing brings Jackson 3, nor masthead-jackson's module.
    ClassLoader loader = getClass().getClassLoader();
    assertThat(ClassUtils.isPresent("tools.jackson.databind.ObjectMapper", loader)).isFalse();
    assertThat(ClassUtils.isPresent("dev.masthead.jackson.MastheadModule", loader)).isFalse();
  }

  @Test
  void springsMapperHasMastheadsLimits() {
    ReadLimits limits = ReadLimits.defaults();
    StreamReadConstraints constraints = mapper.getFactory().streamReadConstraints();

    assertThat(constraints.getMaxNestingDepth()).isEqualTo(limits.maxNestingDepth());
    assertThat(constraints.getMaxStringLength()).isEqualTo(limits.maxStringLength());
    assertThat(constraints.getMaxNameLength()).isEqualTo(limits.maxNameLength());
    assertThat(constraints.getMaxNumberLength()).isEqualTo(limits.maxNumberLength());
    assertThat(constraints.getMaxDocumentLength()).isEqualTo(limits.maxDocumentLength());
    assertThat(constraints.getMaxTokenCount()).isEqualTo(limits.maxTokenCount());
  }

  @Test
  void springBoot35HasNoPropertiesForJacksonsReadConstraints() throws Exception {
    // As Spring Boot 4.0; 4.1 adds spring.jackson.factory.constraints.read.* (JsonLimits).
    List<String> names = new ArrayList<>();
    for (URL url : Collections.list(getClass().getClassLoader()
        .getResources("META-INF/spring-configuration-metadata.json"))) {
      if (url.toString().contains("/spring-boot-autoconfigure-3.5.")) {
        try (InputStream in = url.openStream()) {
          for (JsonNode property : new ObjectMapper().readTree(in).get("properties")) {
            names.add(property.get("name").asText());
          }
        }
      }
    }

    assertThat(names)
        .contains("spring.jackson.parser", "spring.jackson.deserialization")
        .noneMatch(name -> name.startsWith("spring.jackson.factory"));
  }
}
