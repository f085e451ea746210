package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class RightsTest {
  private static final URI CC_BY = URI.create("https://creativecommons.org/licenses/by/4.0/");

  @Test
  void buildsEachPartAloneAndReadsItBack() {
    assertThat(Rights.builder().copyrightHolder("The Region").build().copyrightHolder())
        .contains("The Region");
    assertThat(Rights.builder().copyrightNotice("© 2025 The Region").build().copyrightNotice())
        .contains("© 2025 The Region");
    Rights licensed = Rights.builder().licence(CC_BY).build();
    assertThat(licensed.licence()).contains(CC_BY);
    assertThat(licensed.copyrightHolder()).isEmpty();
    assertThat(licensed.copyrightNotice()).isEmpty();
    assertThat(licensed.extensions()).isEmpty();
  }

  @Test
  void copyrightNoticeMayRunOverLines() {
    Rights rights = Rights.builder().copyrightNotice("© 2025 The Region.\nAll rights reserved.")
        .build();
    assertThat(rights.copyrightNotice()).contains("© 2025 The Region.\nAll rights reserved.");
  }

  @Test
  void rejectsEmptyRights() {
    assertOnlyViolation("Rights", () -> Rights.builder().build(), "",
        "rights need a copyright holder, a copyright notice or a licence", null);
  }

  @Test
  void rejectsRightsWithOnlyExtensions() {
    assertOnlyViolation("Rights",
        () -> Rights.builder().putExtension("acme:owner", RawJson.of("1")).build(), "",
        "rights need a copyright holder, a copyright notice or a licence", null);
  }

  @Test
  void rejectsCopyrightHolderOverTwoLines() {
    assertOnlyViolation("Rights",
        () -> Rights.builder().copyrightHolder("The\nRegion").build(), "copyrightHolder",
        "must not contain control characters or line breaks", "The\\nRegion");
  }

  @Test
  void rejectsBlankCopyrightHolderAndNoticeAtTheirPaths() {
    ContentValidationException e = rejected("Rights",
        () -> Rights.builder().copyrightHolder(" ").copyrightNotice("\n").build());
    assertThat(e.violations()).extracting(v -> v.path().toString())
        .containsExactly("copyrightHolder", "copyrightNotice");
    assertThat(e.violations()).allSatisfy(v -> assertThat(v.rule()).isEqualTo("must not be blank"));
  }

  @Test
  void rejectsCopyrightHolderOverTheLineLimit() {
    assertOnlyViolation("Rights",
        () -> Rights.builder().copyrightHolder("x".repeat(ContentLimits.LINE + 1)).build(),
        "copyrightHolder", "must be at most " + ContentLimits.LINE, "x".repeat(64) + "…");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com/licence", "/licences/by", "mailto:legal@example.com"})
  void rejectsLicenceThatIsNotAnAbsoluteHttpUrl(String licence) {
    assertOnlyViolation("Rights", () -> Rights.builder().licence(URI.create(licence)).build(),
        "licence", "must be an absolute http or https URL", licence);
  }

  @Test
  void withCopiesChangeOnePart() {
    Rights rights = Rights.builder().copyrightHolder("The Region").build();
    Rights licensed = rights.withLicence(CC_BY);
    assertThat(licensed.copyrightHolder()).contains("The Region");
    assertThat(licensed.licence()).contains(CC_BY);
    assertThat(rights.withCopyrightHolder("The Region")).isSameAs(rights);
  }
}
