package dev.masthead.examples;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The README's "Using the fixtures in your tests" example is {@link UsingFixturesTest}. */
final class ReadmeFixturesExampleTest {
  private static final String SECTION = "## Using the fixtures in your tests\n";
  private static final String SOURCE = "src/test/java/dev/masthead/examples/UsingFixturesTest.java";

  private static Path examplesDir() {
    Path dir = Path.of("").toAbsolutePath();
    return Files.exists(dir.resolve("examples")) ? dir.resolve("examples") : dir;
  }

  @Test
  void readmeShowsUsingFixturesTestWithoutItsPackageLine() throws IOException {
    String readme = Files.readString(examplesDir().resolveSibling("README.md"), UTF_8);
    String source = Files.readString(examplesDir().resolve(SOURCE), UTF_8);
    int section = readme.indexOf(SECTION);
    assertThat(section).as("README section %s", SECTION.strip()).isNotNegative();
    int from = readme.indexOf("```java\n", section) + "```java\n".length();
    int to = readme.indexOf("```\n", from);
    String shown = readme.substring(from, to);

    assertThat(source).startsWith("package dev.masthead.examples;\n\n");
    assertThat(shown).isEqualTo(source.substring("package dev.masthead.examples;\n\n".length()));
  }
}
