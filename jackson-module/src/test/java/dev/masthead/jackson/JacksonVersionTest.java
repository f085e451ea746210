package dev.masthead.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.core.Version;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tests run on the Jackson that the build says they run on: jackson-module's pom runs them
 * on {@code jackson.version} and again on {@code jackson3.floor.version}, and passes the one
 * each run expects as {@code masthead.expectedJackson}. Without this check a class path mistake
 * would run the floor run on the build's Jackson and prove nothing.
 */
final class JacksonVersionTest {
  private static final String EXPECTED = "masthead.expectedJackson";

  @Test
  void coreAndDatabindAreTheExpectedVersion() {
    String expected = System.getProperty(EXPECTED);
    assertThat(expected).as("system property " + EXPECTED + " (set by the build)").isNotBlank();
    Version core = new JsonFactory().version();
    Version databind = new JsonMapper().version();
    assertThat(core.toString()).as("jackson-core").isEqualTo(expected);
    assertThat(databind.toString()).as("jackson-databind").isEqualTo(expected);
  }

  @Test
  void coreAndDatabindAgree() {
    assertThat(new JsonMapper().version().toString()).as("jackson-databind")
        .isEqualTo(new JsonFactory().version().toString());
  }
}
