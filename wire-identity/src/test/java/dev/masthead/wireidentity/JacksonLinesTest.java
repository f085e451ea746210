package dev.masthead.wireidentity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The Jacksons this run is on are the ones the build meant: the newest of each line in the
 * default run, the oldest supported of each in the floor run.
 */
final class JacksonLinesTest {
  @Test
  void jackson3IsTheExpectedVersion() {
    String expected = System.getProperty("masthead.expectedJackson3");
    assertThat(expected).isNotBlank();
    assertThat(tools.jackson.core.json.PackageVersion.VERSION.toString()).isEqualTo(expected);
    assertThat(tools.jackson.databind.cfg.PackageVersion.VERSION.toString()).isEqualTo(expected);
  }

  @Test
  void jackson2IsTheExpectedVersion() {
    String expected = System.getProperty("masthead.expectedJackson2");
    assertThat(expected).isNotBlank();
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString())
        .isEqualTo(expected);
    assertThat(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString())
        .isEqualTo(expected);
  }
}
