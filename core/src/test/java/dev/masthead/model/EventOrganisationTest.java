package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
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
    ContentValidationException e = rejected(() -> EventOrganisation.builder().build());

    assertThat(e.violations()).extracting(Violation::path)
        .containsExactly("organisation", "role");
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.rule()).isEqualTo("is required");
      assertThat(v.value()).isEmpty();
    });
  }

  @Test
  void rejectsMissingOrganisation() {
    assertRejected(() -> EventOrganisation.of(null, OrganisationRole.HOST), "organisation",
        "is required", null);
  }

  @Test
  void rejectsMissingRole() {
    assertRejected(() -> EventOrganisation.of(EIB, null), "role", "is required", null);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException e = rejected(() -> EventOrganisation.builder()
        .role(null)
        .putExtension("organisation", ACME)
        .putExtension("acme:x", null)
        .build());

    assertThat(e.violations()).extracting(Violation::path).containsExactly(
        "organisation", "role", "extensions.organisation", "extensions[\"acme:x\"]");
  }

  @ParameterizedTest
  @ValueSource(strings = {"organisation", "role", "extensions"})
  void rejectsExtensionNamedAfterAProperty(String name) {
    assertRejected(() -> minimal().putExtension(name, ACME).build(), "extensions." + name,
        "extension name must not be a property of EventOrganisation", name);
  }

  static Stream<Arguments> malformedExtensionNames() {
    return Stream.of(
        Arguments.of("", "extension name must not be empty"),
        Arguments.of("x".repeat(ContentLimits.EXTENSION_NAME + 1), "at most 256 characters"),
        Arguments.of("acme\nx", "without control characters"));
  }

  @ParameterizedTest
  @MethodSource("malformedExtensionNames")
  void rejectsMalformedExtensionName(String name, String rule) {
    ContentValidationException e = rejected(() -> minimal().putExtension(name, ACME).build());

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.pointer()).isEqualTo("/extensions/" + name);
      assertThat(v.rule()).contains(rule);
    });
  }

  @Test
  void rejectsNullExtensionValue() {
    assertRejected(() -> minimal().putExtension("acme:x", null).build(),
        "extensions[\"acme:x\"]", "must not be null", null);
  }

  @Test
  void rejectsNullExtensionName() {
    assertRejected(() -> minimal().putExtension(null, ACME).build(),
        "extensions", "must not have a null name", null);
  }

  @Test
  void rejectsMoreExtensionsThanTheLimit() {
    Map<String, RawJson> extensions = new LinkedHashMap<>();
    for (int i = 0; i <= ContentLimits.EXTENSIONS; i++) {
      extensions.put("acme:x" + i, ACME);
    }

    assertRejected(() -> minimal().extensions(extensions).build(), "extensions",
        "must have at most 256 entries, has 257", null);
  }

  @Test
  void keepsValidExtension() {
    EventOrganisation kept = minimal().putExtension("acme:x", RawJson.of("null")).build();

    assertThat(kept.extensions()).containsExactly(Map.entry("acme:x", RawJson.of("null")));
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
    assertRejected(() -> minimal().build().withRole(null), "role", "is required", null);
  }

  private static void assertRejected(
      ThrowingCallable build, String path, String rule, String value) {
    assertThat(rejected(build).violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).as("path").isEqualTo(path);
      assertThat(v.rule()).as("rule").contains(rule);
      assertThat(v.value()).as("value").isEqualTo(Optional.ofNullable(value));
    });
  }

  private static ContentValidationException rejected(ThrowingCallable build) {
    Throwable thrown = catchThrowable(build);
    assertThat(thrown).isInstanceOf(ContentValidationException.class);
    ContentValidationException e = (ContentValidationException) thrown;
    assertThat(e.type()).isEqualTo("EventOrganisation");
    return e;
  }
}
