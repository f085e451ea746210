package dev.masthead.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

/**
 * The module is registered the two ways Java finds services — {@code META-INF/services} on the
 * class path, {@code provides} in the module descriptor on the module path — and both name it.
 * (Jackson's Guava module once shipped the two out of step, and no build failed.)
 */
final class MastheadModuleTest {
  private static final String SERVICE = "META-INF/services/" + JacksonModule.class.getName();

  @Test
  void servicesFileNamesTheModule() throws IOException {
    try (InputStream in = MastheadModule.class.getModule().getResourceAsStream(SERVICE)) {
      assertThat(in).as(SERVICE).isNotNull();
      List<String> providers = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
      assertThat(providers).containsExactly(MastheadModule.class.getName());
    }
  }

  @Test
  void moduleDescriptorProvidesTheModuleAsTheServicesFileDoes() throws Exception {
    // The compiled module-info.class next to the module's classes: Surefire runs the tests on
    // the module path, PIT on the class path, where the module is unnamed and has no descriptor.
    Path classes = Path.of(
        MastheadModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    if (MastheadModule.class.getModule().isNamed()) {
      ModuleDescriptor running = MastheadModule.class.getModule().getDescriptor();
      assertThat(running.provides()).isEqualTo(descriptor.provides());
      assertThat(running.exports()).isEqualTo(descriptor.exports());
    }
    assertThat(descriptor.name()).isEqualTo("dev.masthead.jackson");
    assertThat(descriptor.provides()).singleElement().satisfies(provides -> {
      assertThat(provides.service()).isEqualTo(JacksonModule.class.getName());
      assertThat(provides.providers()).containsExactly(MastheadModule.class.getName());
    });
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("dev.masthead.jackson");
  }

  @Test
  void findAndAddModulesFindsIt() {
    // Jackson's ServiceLoader lookup (its module "uses" the service), as users call it.
    JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();
    assertThat(mapper.registeredModules()).extracting(JacksonModule::getModuleName)
        .contains(MastheadModule.NAME);
    Article article = SeedCorpus.article();
    assertThat(mapper.readValue(mapper.writeValueAsString(article), Article.class))
        .isEqualTo(article);
  }

  @Test
  void versionComesFromTheBuild() throws IOException {
    Properties build = new Properties();
    try (InputStream in = MastheadModule.class.getResourceAsStream("version.properties")) {
      build.load(in);
    }
    assertThat(build.getProperty("version")).doesNotContain("${");
    MastheadModule module = new MastheadModule();
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.version().toString()).startsWith(build.getProperty("version"));
    assertThat(module.version().getGroupId()).isEqualTo("dev.masthead");
    assertThat(module.version().getArtifactId()).isEqualTo("masthead-jackson");
    assertThat(module.getModuleName()).isEqualTo(MastheadModule.NAME);
  }

  @Test
  void registeringTwiceIsRegisteringOnce() {
    JsonMapper mapper = JsonMapper.builder()
        .addModule(new MastheadModule()).addModule(new MastheadModule()).build();
    assertThat(mapper.registeredModules()).filteredOn(m -> m instanceof MastheadModule)
        .hasSize(1);
  }
}
