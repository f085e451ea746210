package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PlaceTest {
  private static final PlaceId SERBIA = PlaceId.of("serbia");
  private static final PlaceId WESTERN_BALKANS = PlaceId.of("western-balkans");
  private static final PlaceId EUROPE = PlaceId.of("europe");
  private static final URI WIKIDATA = URI.create("https://www.wikidata.org/wiki/Q403");
  private static final URI GEONAMES = URI.create("https://www.geonames.org/6290252");
  private static final AlternateName CYRILLIC = AlternateName.of("Србија", "sr-Cyrl");
  private static final AlternateName LATIN = AlternateName.of("Srbija", "sr-Latn");
  private static final RawJson ACME = RawJson.of("42");

  private static Place.Builder minimal() {
    return Place.builder().id(SERBIA).name("Serbia").kind(PlaceKind.COUNTRY);
  }

  private static Place full() {
    return minimal()
        .countryCode("RS")
        .addContainedIn(WESTERN_BALKANS, EUROPE)
        .addAlternateNames(CYRILLIC, LATIN)
        .addSameAs(WIKIDATA, GEONAMES)
        .putExtension("acme:population", ACME)
        .build();
  }

  @Test
  void buildsMinimalPlaceWithEmptyDefaults() {
    Place place = minimal().build();

    assertThat(place.id()).isEqualTo(SERBIA);
    assertThat(place.name()).isEqualTo("Serbia");
    assertThat(place.kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(place.countryCode()).isEmpty();
    assertThat(place.containedIn()).isEmpty();
    assertThat(place.alternateNames()).isEmpty();
    assertThat(place.sameAs()).isEmpty();
    assertThat(place.extensions()).isEmpty();
  }

  @Test
  void buildsFullyPopulatedPlaceAndReadsEveryAttributeBack() {
    Place place = full();

    assertThat(place.id()).isEqualTo(SERBIA);
    assertThat(place.name()).isEqualTo("Serbia");
    assertThat(place.kind()).isEqualTo(PlaceKind.COUNTRY);
    assertThat(place.countryCode()).contains("RS");
    assertThat(place.containedIn()).containsExactly(WESTERN_BALKANS, EUROPE);
    assertThat(place.alternateNames()).containsExactly(CYRILLIC, LATIN);
    assertThat(place.sameAs()).containsExactly(WIKIDATA, GEONAMES);
    assertThat(place.extensions()).containsExactly(Map.entry("acme:population", ACME));
  }

  @ParameterizedTest
  @ValueSource(strings = {"RS", "JP", "DE", "ME", "BA", "MK", "AL", "LU", "XK"})
  void acceptsIsoCountryCodesAndKosovo(String code) {
    assertThat(minimal().countryCode(code).build().countryCode()).contains(code);
  }

  @Test
  void listsKosovoAsTheOnlyExtraCountryCode() {
    assertThat(Place.EXTRA_COUNTRY_CODES).containsExactly("XK");
  }

  @ParameterizedTest
  @ValueSource(strings = {"rs", "Rs", "rS", "xk", "ZZ", "AA", "UK", "EU", "SRB", "R", "", " RS",
      "688"})
  void rejectsLowerCaseUnknownAndMalformedCountryCodes(String code) {
    assertOnlyViolation("Place", () -> minimal().countryCode(code).build(), "countryCode",
        "must be an ISO 3166-1 alpha-2 country code, upper case, such as RS", code);
  }

  @Test
  void rejectsPlaceContainedInItself() {
    assertOnlyViolation("Place", () -> minimal().addContainedIn(WESTERN_BALKANS, SERBIA).build(),
        "containedIn[1]", "must not be the place itself", "serbia");
  }

  @Test
  void rejectsRepeatedContainingPlace() {
    ContentValidationException e = rejected("Place",
        () -> minimal().addContainedIn(WESTERN_BALKANS, EUROPE, WESTERN_BALKANS).build());

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).hasToString("containedIn[2]");
      assertThat(v.pointer()).isEqualTo("/containedIn/2");
      assertThat(v.rule()).isEqualTo("must not repeat a place");
      assertThat(v.value()).contains("western-balkans");
    });
  }

  @Test
  void reportsNullContainingPlaceAtItsIndex() {
    assertOnlyViolation("Place", () -> minimal().addContainedIn(EUROPE, null).build(),
        "containedIn[1]", "must not be null", null);
  }

  @Test
  void rejectsMoreContainingPlacesThanTheLimit() {
    List<PlaceId> regions = new ArrayList<>();
    for (int i = 0; i <= ContentLimits.ITEMS; i++) {
      regions.add(PlaceId.of("region-" + i));
    }

    assertOnlyViolation("Place", () -> minimal().containedIn(regions).build(), "containedIn",
        "must have at most 1000 elements, has 1001", null);
  }

  @Test
  void reportsMissingRequiredAttributesAsRequired() {
    ContentValidationException e = rejected("Place", () -> Place.builder().build());

    assertThat(e.violations()).extracting(v -> v.path().toString()).containsExactly("id", "name", "kind");
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.rule()).isEqualTo("is required");
      assertThat(v.value()).isEmpty();
    });
  }

  @Test
  void reportsEveryViolationAtOnceInAttributeOrder() {
    ContentValidationException e = rejected("Place", () -> Place.builder()
        .id(SERBIA)
        .name("Serbia\n")
        .countryCode("rs")
        .addContainedIn(EUROPE, EUROPE, SERBIA)
        .addAlternateName(null)
        .addSameAs(URI.create("geo:44.8,20.4"))
        .putExtension("countryCode", ACME)
        .build());

    assertThat(e.violations()).extracting(v -> v.path().toString()).containsExactly(
        "name", "kind", "countryCode", "containedIn[1]", "containedIn[2]", "alternateNames[0]",
        "sameAs[0]", "extensions.countryCode");
  }

  @Test
  void rejectsBlankName() {
    assertOnlyViolation("Place", () -> minimal().name("").build(), "name", "must not be blank", "");
  }

  @Test
  void rejectsNameLongerThanALine() {
    assertOnlyViolation("Place", () -> minimal().name("s".repeat(301)).build(), "name",
        "must be at most 300 characters long, is 301", "s".repeat(64) + "…");
  }

  @Test
  void rejectsNameWithLineBreak() {
    assertOnlyViolation("Place", () -> minimal().name("Ser\nbia").build(), "name",
        "must not contain control characters or line breaks", "Ser\\nbia");
  }

  @Test
  void rejectsNameWithUnicodeLineSeparator() {
    // Regression: U+2028 is a line break but not a control character, and slipped through.
    ContentValidationException e = rejected("Place", () -> minimal().name("Ser\u2028bia").build());

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).hasToString("name");
      assertThat(v.rule()).isEqualTo("must not contain control characters or line breaks");
      assertThat(v.value()).hasValueSatisfying(
          excerpt -> assertThat(excerpt).startsWith("Ser").endsWith("bia"));
    });
  }

  @Test
  void reportsNullAlternateNameAtItsIndex() {
    assertOnlyViolation("Place", () -> minimal().addAlternateNames(null, LATIN).build(),
        "alternateNames[0]", "must not be null", null);
  }

  @Test
  void rejectsMoreAlternateNamesThanTheLimit() {
    assertOnlyViolation("Place",
        () -> minimal().alternateNames(Collections.nCopies(ContentLimits.ITEMS + 1, LATIN))
            .build(),
        "alternateNames", "must have at most 1000 elements, has 1001", null);
  }

  @Test
  void reportsNullSameAsAtItsIndex() {
    assertOnlyViolation("Place", () -> minimal().addSameAs(WIKIDATA, null).build(), "sameAs[1]",
        "must not be null", null);
  }

  @Test
  void rejectsRepeatedSameAs() {
    assertOnlyViolation("Place", () -> minimal().addSameAs(GEONAMES, WIKIDATA, GEONAMES).build(),
        "sameAs[2]", "must not repeat a URI", GEONAMES.toString());
  }

  @Test
  void rejectsSameAsThatIsNotHttp() {
    assertOnlyViolation("Place", () -> minimal().addSameAs(URI.create("geo:44.8,20.4")).build(),
        "sameAs[0]", "must be an absolute http or https URL", "geo:44.8,20.4");
  }

  @Test
  void rejectsSameAsWithoutHost() {
    assertOnlyViolation("Place", () -> minimal().addSameAs(URI.create("http:///6290252")).build(),
        "sameAs[0]", "must be a URL with a host name", "http:///6290252");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "id", "name", "kind", "countryCode", "containedIn", "alternateNames", "sameAs"})
  void rejectsExtensionNamedAfterAProperty(String name) {
    assertOnlyViolation("Place", () -> minimal().putExtension(name, ACME).build(),
        "extensions." + name, "extension name must not be a property of Place", name);
  }

  @Test
  void equalPlacesHaveEqualHashCodes() {
    Place a = full();
    Place b = full();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.withCountryCode(Optional.empty()));
    assertThat(a).isNotEqualTo(a.withContainedIn(EUROPE, WESTERN_BALKANS));
    assertThat(a).isNotEqualTo(a.withName("Republic of Serbia"));
  }

  @Test
  void withContainedInChangesOnlyTheContainingPlaces() {
    Place place = full();
    Place changed = place.withContainedIn(EUROPE);

    assertThat(changed.containedIn()).containsExactly(EUROPE);
    assertThat(changed.countryCode()).contains("RS");
    assertThat(changed.alternateNames()).isEqualTo(place.alternateNames());
    assertThat(changed.withContainedIn(WESTERN_BALKANS, EUROPE)).isEqualTo(place);
    assertThat(place.containedIn()).containsExactly(WESTERN_BALKANS, EUROPE);
  }

  @Test
  void withContainedInItselfIsRejected() {
    assertOnlyViolation("Place", () -> full().withContainedIn(SERBIA), "containedIn[0]",
        "must not be the place itself", "serbia");
  }

  @Test
  void withLowerCaseCountryCodeIsRejected() {
    assertOnlyViolation("Place", () -> full().withCountryCode("rs"), "countryCode",
        "must be an ISO 3166-1 alpha-2 country code", "rs");
  }

  @Test
  void withIdOfAContainingPlaceIsRejected() {
    assertOnlyViolation("Place", () -> full().withId(EUROPE), "containedIn[1]",
        "must not be the place itself", "europe");
  }
}
