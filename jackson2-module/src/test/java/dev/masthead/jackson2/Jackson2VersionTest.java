package dev.masthead.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/**
 * The tests run on the Jackson 2 that the build says they run on: jackson2-module's pom runs
 * them on {@code jackson2.version} and again on {@code jackson2.floor.version}, and passes the
 * one each run expects as {@code masthead.expectedJackson}. Without this check a class path
 * mistake would run the floor run on the build's Jackson and prove nothing.
 */
final class Jackson2VersionTest {
  private static final String EXPECTED = "masthead.expectedJackson";

  private static String expected() {
    String expected = System.getProperty(EXPECTED);
    assertThat(expected).as("system property " + EXPECTED + " (set by the build)").isNotBlank();
    return expected;
  }

  @Test
  void coreIsTheExpectedVersion() {
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString())
        .as("jackson-core's PackageVersion").isEqualTo(expected());
    assertThat(new JsonFactory().version().toString()).as("jackson-core's JsonFactory")
        .isEqualTo(expected());
  }

  @Test
  void databindIsTheExpectedVersion() {
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .as("jackson-databind's PackageVersion").isEqualTo(expected());
    assertThat(new ObjectMapper().version().toString()).as("jackson-databind's ObjectMapper")
        .isEqualTo(expected());
  }

  @Test
  void theMapperMastheadJsonBuildsRunsOnThatJackson() {
    assertThat(MastheadJson.defaults().mapper().version().toString()).isEqualTo(expected());
    assertThat(MastheadJson.defaults().mapper().getFactory().version().toString())
        .isEqualTo(expected());
  }
}
