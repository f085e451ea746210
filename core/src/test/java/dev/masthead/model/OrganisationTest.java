package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class OrganisationTest {
  private static final OrganisationId EIB = OrganisationId.of("eib");
  private static final OrganisationId EU = OrganisationId.of("eu");
  private static final PlaceId LUXEMBOURG = PlaceId.of("luxembourg");
  private static final URI WEBSITE = URI.create("https://www.eib.org/en/");
  private static final URI WIKIDATA = URI.create("https://www.wikidata.org/wiki/Q207350");
  private static final URI WIKIPEDIA =
      URI.create("https://en.wikipedia.org/wiki/European_Investment_Bank");
  private static final AlternateName FRENCH =
      AlternateName.of("Banque européenne d'investissement", "fr");
  private static final RawJson ACME = RawJson.of("{\"crm\":\"o-9\"}");

  private static Organisation.Builder minimal() {
    return Organisation.builder()
        .id(EIB)
        .name("European Investment Bank")
        .kind(OrganisationKind.FINANCIAL_INSTITUTION);
  }

  private static Organisation full() {
    return minimal()
        .acronym("EIB")
        .country(LUXEMBOURG)
        .website(WEBSITE)
        .parent(EU)
        .addAlternateName(FRENCH)
        .addSameAs(WIKIDATA, WIKIPEDIA)
        .putExtension("acme:crm", ACME)
        .build();
  }

  @Test
  void buildsMinimalOrganisationWithEmptyDefaults() {
    Organisation organisation = minimal().build();

    assertThat(organisation.id()).isEqualTo(EIB);
    assertThat(organisation.name()).isEqualTo("European Investment Bank");
    assertThat(organisation.kind()).isEqualTo(OrganisationKind.FINANCIAL_INSTITUTION);
    assertThat(organisation.acronym()).isEmpty();
    assertThat(organisation.country()).isEmpty();
    assertThat(organisation.website()).isEmpty();
    assertThat(organisation.parent()).isEmpty();
    assertThat(organisation.alternateNames()).isEmpty();
    assertThat(organisation.sameAs()).isEmpty();
    assertThat(organisation.extensions()).isEmpty();
  }

  @Test
  void buildsFullyPopulatedOrganisationAndReadsEveryAttributeBack() {
    Organisation organisation = full();

    assertThat(organisation.id()).isEqualTo(EIB);
    assertThat(organisation.name()).isEqualTo("European Investment Bank");
    assertThat(organisation.acronym()).contains("EIB");
    assertThat(organisation.kind()).isEqualTo(OrganisationKind.FINANCIAL_INSTITUTION);
    assertThat(organisation.country()).contains(LUXEMBOURG);
    assertThat(organisation.website()).contains(WEBSITE);
    assertThat(organisation.parent()).contains(EU);
    assertThat(organisation.alternateNames()).containsExactly(FRENCH);
    assertThat(organisation.sameAs()).containsExactly(WIKIDATA, WIKIPEDIA);
    assertThat(organisation.extensions()).containsExactly(Map.entry("acme:crm", ACME));
  }

  @Test
  void displayNameAddsTheAcronym() {
    assertThat(full().displayName()).isEqualTo("European Investment Bank (EIB)");
  }

  @Test
  void displayNameWithoutAcronymIsTheName() {
    assertThat(minimal().build().displayName()).isEqualTo("European Investment Bank");
  }

  @Test
  void shortNameIsTheAcronymOrElseTheName() {
    assertThat(full().shortName()).isEqualTo("EIB");
    assertThat(minimal().build().shortName()).isEqualTo("European Investment Bank");
  }

  @Test
  void reportsMissingRequiredAttributesAsRequired() {
    ContentValidationException e = rejected("Organisation", () -> Organisation.builder().build());

    assertThat(e.violations()).extracting(v -> v.path().toString()).containsExactly("id", "name", "kind");
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.rule()).isEqualTo("is required");
      assertThat(v.value()).isEmpty();
    });
  }

  @Test
  void reportsEveryViolationAtOnceInAttributeOrder() {
    ContentValidationException e = rejected("Organisation", () -> Organisation.builder()
        .id(EIB)
        .name("")
        .acronym("E\tI\tB")
        .website(URI.create("ftp://eib.org"))
        .parent(EIB)
        .addAlternateName(null)
        .addSameAs(WIKIDATA, URI.create("www.eib.org"))
        .putExtension("website", ACME)
        .build());

    assertThat(e.violations()).extracting(v -> v.path().toString()).containsExactly(
        "name", "acronym", "kind", "website", "parent", "alternateNames[0]", "sameAs[1]",
        "extensions.website");
  }

  @Test
  void rejectsBlankName() {
    assertOnlyViolation("Organisation", () -> minimal().name(" ").build(),
        "name", "must not be blank", " ");
  }

  @Test
  void rejectsNameWithLineBreak() {
    assertOnlyViolation("Organisation", () -> minimal().name("European\nInvestment Bank").build(),
        "name", "must not contain control characters or line breaks", "European\\nInvestment Bank");
  }

  @Test
  void rejectsNameLongerThanALine() {
    assertOnlyViolation("Organisation", () -> minimal().name("n".repeat(301)).build(), "name",
        "must be at most 300 characters long, is 301", "n".repeat(64) + "…");
  }

  @Test
  void rejectsBlankAcronym() {
    assertOnlyViolation("Organisation", () -> minimal().acronym("\u2003").build(),
        "acronym", "must not be blank", "\u2003");
  }

  @Test
  void rejectsAcronymLongerThanALine() {
    assertOnlyViolation("Organisation", () -> minimal().acronym("A".repeat(301)).build(), "acronym",
        "must be at most 300 characters long, is 301", "A".repeat(64) + "…");
  }

  static Stream<String> acceptedUrls() {
    return Stream.of(
        "https://www.eib.org",
        "https://www.eib.org/en/index.htm",
        "http://example.com/path?q=1&r=a%20b#top",
        "HTTPS://EXAMPLE.COM/",
        "https://example.com:8443/",
        "http://localhost/",
        "https://[2001:db8::1]/",
        "https://xn--80ak6aa92e.com/",
        "https://example.com/" + "a".repeat(ContentLimits.URL - 20));
  }

  @ParameterizedTest
  @MethodSource("acceptedUrls")
  void acceptsAbsoluteHttpUrlWithHostAsWebsite(String url) {
    URI website = URI.create(url);

    assertThat(minimal().website(website).build().website()).contains(website);
  }

  static Stream<Arguments> rejectedUrls() {
    String absolute = "must be an absolute http or https URL";
    String host = "must be a URL with a host name";
    return Stream.of(
        Arguments.of("ftp://example.com/report.pdf", absolute),
        Arguments.of("file:///etc/hosts", absolute),
        Arguments.of("/en/index.htm", absolute),
        Arguments.of("en/index.htm", absolute),
        Arguments.of("www.eib.org", absolute),
        Arguments.of("//www.eib.org/en/", absolute),
        Arguments.of("", absolute),
        Arguments.of("mailto:info@eib.org", absolute),
        Arguments.of("https:www.eib.org", absolute),
        Arguments.of("javascript:alert(1)", absolute),
        Arguments.of("https:///en/index.htm", host),
        Arguments.of("http:/en", host));
  }

  @ParameterizedTest
  @MethodSource("rejectedUrls")
  void rejectsWebsiteThatIsNotAnAbsoluteHttpUrlWithHost(String url, String rule) {
    assertOnlyViolation("Organisation", () -> minimal().website(URI.create(url)).build(),
        "website", rule, url);
  }

  @Test
  void rejectsWebsiteLongerThanTheUrlLimit() {
    String url = "https://example.com/" + "a".repeat(ContentLimits.URL - 19);

    assertOnlyViolation("Organisation", () -> minimal().website(URI.create(url)).build(), "website",
        "must be at most 2048 characters long", url.substring(0, 64) + "…");
  }

  @Test
  void rejectsParentThatIsTheOrganisationItself() {
    assertOnlyViolation("Organisation", () -> minimal().parent(EIB).build(), "parent",
        "must not be the organisation itself", "eib");
  }

  @Test
  void reportsNullAlternateNameAtItsIndex() {
    assertOnlyViolation("Organisation", () -> minimal().addAlternateNames(FRENCH, null).build(),
        "alternateNames[1]", "must not be null", null);
  }

  @Test
  void rejectsMoreAlternateNamesThanTheLimit() {
    assertOnlyViolation("Organisation",
        () -> minimal().alternateNames(Collections.nCopies(ContentLimits.ITEMS + 1, FRENCH))
            .build(),
        "alternateNames", "must have at most 1000 elements, has 1001", null);
  }

  @Test
  void reportsNullSameAsAtItsIndex() {
    assertOnlyViolation("Organisation", () -> minimal().addSameAs(null, WIKIDATA).build(),
        "sameAs[0]", "must not be null", null);
  }

  @Test
  void rejectsRepeatedSameAs() {
    assertOnlyViolation("Organisation", () -> minimal().addSameAs(WIKIDATA, WIKIDATA).build(),
        "sameAs[1]", "must not repeat a URI", WIKIDATA.toString());
  }

  @Test
  void rejectsSameAsThatIsNotHttp() {
    assertOnlyViolation("Organisation",
        () -> minimal().addSameAs(WIKIDATA, URI.create("urn:lei:549300")).build(), "sameAs[1]",
        "must be an absolute http or https URL", "urn:lei:549300");
  }

  @Test
  void rejectsSameAsWithoutHost() {
    assertOnlyViolation("Organisation",
        () -> minimal().addSameAs(URI.create("https:///wiki/Q1")).build(), "sameAs[0]",
        "must be a URL with a host name", "https:///wiki/Q1");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "id", "name", "acronym", "kind", "country", "website", "parent", "alternateNames", "sameAs"})
  void rejectsExtensionNamedAfterAProperty(String name) {
    assertOnlyViolation("Organisation", () -> minimal().putExtension(name, ACME).build(),
        "extensions." + name, "extension name must not be a property of Organisation", name);
  }

  @Test
  void equalOrganisationsHaveEqualHashCodes() {
    Organisation a = full();
    Organisation b = full();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.withAcronym(Optional.empty()));
    assertThat(a).isNotEqualTo(a.withKind(OrganisationKind.INTERGOVERNMENTAL));
    assertThat(a).isNotEqualTo(a.withSameAs(WIKIPEDIA, WIKIDATA));
  }

  @Test
  void withAcronymChangesOnlyTheAcronym() {
    Organisation organisation = full();
    Organisation changed = organisation.withAcronym("BEI");

    assertThat(changed.acronym()).contains("BEI");
    assertThat(changed.displayName()).isEqualTo("European Investment Bank (BEI)");
    assertThat(changed.website()).isEqualTo(organisation.website());
    assertThat(changed.sameAs()).isEqualTo(organisation.sameAs());
    assertThat(changed.withAcronym("EIB")).isEqualTo(organisation);
    assertThat(organisation.acronym()).contains("EIB");
  }

  @Test
  void withParentItselfIsRejected() {
    assertOnlyViolation("Organisation", () -> full().withParent(EIB),
        "parent", "must not be the organisation itself", "eib");
  }

  @Test
  void withWebsiteThatIsNotHttpIsRejected() {
    assertOnlyViolation("Organisation", () -> full().withWebsite(URI.create("ftp://eib.org/")),
        "website", "must be an absolute http or https URL", "ftp://eib.org/");
  }

  @Test
  void withNullNameIsReportedAsRequired() {
    assertOnlyViolation("Organisation", () -> full().withName(null), "name", "is required", null);
  }
}
