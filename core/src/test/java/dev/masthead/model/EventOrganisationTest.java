package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class EventOrganisationTest {
  private static final OrganisationId EIB = OrganisationId.of("eib");
  private static final OrganisationId JBA = OrganisationId.of("jba");
  private static final RawJson ACME = RawJson.of("\"gold\"");

  private static EventOrganisation.Builder minimal() {
    return EventOrganisation.builder().organisation(EIB).role(OrganisationRole.SUPPORTER);
  }

  @Test
  void buildsMinimalEventOrganisation() {
    EventOrganisation supporter = EventOrganisation.of(EIB, OrganisationRole.SUPPORTER);

    assertThat(supporter.organisation()).isEqualTo(EIB);
    assertThat(supporter.role()).isEqualTo(OrganisationRole.SUPPORTER);
    assertThat(supporter.extensions()).isEmpty();
    assertThat(supporter).isEqualTo(minimal().build());
  }

  @Test
  void buildsFullyPopulatedEventOrganisationAndReadsEveryAttributeBack() {
    EventOrganisation sponsor = EventOrganisation.builder()
        .organisation(JBA)
        .role(OrganisationRole.of("acme:gold-sponsor"))
        .putExtension("acme:tier", ACME)
        .build();

    assertThat(sponsor.organisation()).isEqualTo(JBA);
    assertThat(sponsor.role()).isEqualTo(OrganisationRole.of("acme:gold-sponsor"));
    assertThat(sponsor.role().isKnown()).isFalse();
    assertThat(sponsor.extensions()).containsExactly(Map.entry("acme:tier", ACME));
  }

  @Test
  void reportsMissingRequiredAttributesAsRequired() {
    ContentValidationException e = rejected("EventOrganisation",
        () -> EventOrganisation.builder().build());

    assertThat(e.violations()).extracting(v -> v.path().toString())
        .containsExactly("organisation", "role");
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.rule()).isEqualTo("is required");
      assertThat(v.value()).isEmpty();
    });
  }

  @Test
  void rejectsMissingOrganisation() {
    assertOnlyViolation("EventOrganisation",
        () -> EventOrganisation.of(null, OrganisationRole.HOST), "organisation", "is required",
        null);
  }

  @Test
  void rejectsMissingRole() {
    assertOnlyViolation("EventOrganisation", () -> EventOrganisation.of(EIB, null),
        "role", "is required", null);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException e = rejected("EventOrganisation", () -> EventOrganisation.builder()
        .role(null)
        .putExtension("organisation", ACME)
        .putExtension("acme:x", null)
        .build());

    assertThat(e.violations()).extracting(v -> v.path().toString()).containsExactly(
        "organisation", "role", "extensions.organisation", "extensions[\"acme:x\"]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"organisation", "role"})
  void rejectsExtensionNamedAfterAProperty(String name) {
    assertOnlyViolation("EventOrganisation", () -> minimal().putExtension(name, ACME).build(),
        "extensions." + name, "extension name must not be a property of EventOrganisation", name);
  }

  @Test
  void equalEventOrganisationsHaveEqualHashCodes() {
    EventOrganisation a = EventOrganisation.of(EIB, OrganisationRole.SUPPORTER);
    EventOrganisation b = minimal().build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(EventOrganisation.of(EIB, OrganisationRole.SPONSOR));
    assertThat(a).isNotEqualTo(EventOrganisation.of(JBA, OrganisationRole.SUPPORTER));
    assertThat(a).isNotEqualTo(a.withExtensions(Map.of("acme:x", ACME)));
  }

  @Test
  void withRoleChangesOnlyTheRole() {
    EventOrganisation supporter = minimal().putExtension("acme:x", ACME).build();
    EventOrganisation host = supporter.withRole(OrganisationRole.HOST);

    assertThat(host.role()).isEqualTo(OrganisationRole.HOST);
    assertThat(host.organisation()).isEqualTo(EIB);
    assertThat(host.extensions()).containsExactly(Map.entry("acme:x", ACME));
    assertThat(supporter.role()).isEqualTo(OrganisationRole.SUPPORTER);
  }

  @Test
  void withOrganisationChangesOnlyTheOrganisation() {
    EventOrganisation jba = minimal().build().withOrganisation(JBA);

    assertThat(jba).isEqualTo(EventOrganisation.of(JBA, OrganisationRole.SUPPORTER));
  }

  @Test
  void withNullRoleIsReportedAsRequired() {
    assertOnlyViolation("EventOrganisation", () -> minimal().build().withRole(null),
        "role", "is required", null);
  }
}
