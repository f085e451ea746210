package dev.masthead.examples.springboot;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's "Spring Boot" section shows this application's Masthead dependencies as its pom
 * has them, and they are all it needs but the seed corpus it serves.
 */
final class ReadmeTest {
  private static final String POM = "examples/spring-boot-3/pom.xml";
  private static final Pattern MASTHEAD_ARTIFACT =
      Pattern.compile("<artifactId>(masthead-[a-z0-9-]+)</artifactId>");

  @Test
  void readmeShowsThePomsMastheadDependencies() throws IOException {
    // Surefire runs in the module's directory, two below the repository's.
    Path module = Path.of("").toAbsolutePath();
    String readme = Files.readString(module.resolve("../../README.md").normalize(), UTF_8);
    String pom = Files.readString(module.resolve("pom.xml"), UTF_8);
    String shown = snippet(readme);

    assertThat(artifacts(shown)).contains("masthead-spring-boot");
    assertThat(compact(dependencies(pom))).contains(compact(shown));
    List<String> needed = new ArrayList<>(artifacts(shown));
    needed.add("masthead-fixtures");
    assertThat(artifacts(dependencies(pom))).containsExactlyInAnyOrderElementsOf(needed);
  }

  /** The XML block after the link to this pom in the README's "Spring Boot" section. */
  private static String snippet(String readme) {
    int section = readme.indexOf("### Spring Boot\n");
    assertThat(section).as("README section Spring Boot").isNotNegative();
    int link = readme.indexOf("([`" + POM + "`](" + POM + "))", section);
    assertThat(link).as("README link to %s", POM).isNotNegative();
    int from = readme.indexOf("```xml\n", link) + "```xml\n".length();
    return readme.substring(from, readme.indexOf("```\n", from));
  }

  /** The pom's dependencies, not its managed ones (the BOM). */
  private static String dependencies(String pom) {
    int from = pom.indexOf("</dependencyManagement>");
    assertThat(from).isNotNegative();
    return pom.substring(pom.indexOf("<dependencies>", from),
        pom.indexOf("</dependencies>", from));
  }

  private static List<String> artifacts(String xml) {
    List<String> artifacts = new ArrayList<>();
    Matcher matcher = MASTHEAD_ARTIFACT.matcher(xml);
    while (matcher.find()) {
      artifacts.add(matcher.group(1));
    }
    return artifacts;
  }

  /** Without comments and the white space between elements. */
  private static String compact(String xml) {
    return xml.replaceAll("(?s)<!--.*?-->", "").replaceAll(">\\s+<", "><").strip();
  }
}
