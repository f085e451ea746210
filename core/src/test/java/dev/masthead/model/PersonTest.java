package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class PersonTest {
  private static final PersonId AKIRA = PersonId.of("akira-imamura");
  private static final PersonId OLIVER = PersonId.of("oliver-lepori");
  private static final OrganisationId JBA = OrganisationId.of("jba");
  private static final OrganisationId MOFA = OrganisationId.of("mofa-japan");
  private static final PlaceId SERBIA = PlaceId.of("serbia");
  private static final URI WIKIDATA = URI.create("https://www.wikidata.org/wiki/Q1");
  private static final URI EMBASSY_PAGE = URI.create("https://www.rs.emb-japan.go.jp/ambassador");
  private static final AlternateName CYRILLIC = AlternateName.of("Акира Имамура", "sr-Cyrl");
  private static final RawJson ACME = RawJson.of("{\"crm\":\"p-1\"}");

  private static final Position AMBASSADOR = Position.builder()
      .title("Ambassador of Japan")
      .organisation(MOFA)
      .jurisdiction(SERBIA)
      .start(LocalDate.of(2022, 4, 1))
      .build();
  private static final Position DIRECTOR_GENERAL = Position.builder()
      .title("Director-General")
      .organisation(MOFA)
      .start(LocalDate.of(2019, 1, 1))
      .end(LocalDate.of(2022, 3, 31))
      .build();
  private static final Position EXECUTIVE_DIRECTOR = Position.builder()
      .title("Executive Director")
      .organisation(JBA)
      .build();

  private static final Directory DIRECTORY = Directory.builder()
      .addOrganisation(Organisation.builder()
          .id(JBA)
          .name("Japanese Business Alliance")
          .kind(OrganisationKind.BUSINESS_ASSOCIATION)
          .build())
      .addPlace(Place.builder().id(SERBIA).name("Serbia").kind(PlaceKind.COUNTRY).build())
      .build();

  private static Person.Builder minimal() {
    return Person.builder().id(AKIRA).name(PersonName.of("Akira", "Imamura"));
  }

  private static Person akira() {
    return minimal()
        .honorificPrefix("H.E.")
        .addPosition(AMBASSADOR)
        .addPosition(DIRECTOR_GENERAL)
        .addAlternateName(CYRILLIC)
        .addSameAs(WIKIDATA, EMBASSY_PAGE)
        .putExtension("acme:crm", ACME)
        .build();
  }

  private static Person oliver() {
    return Person.builder()
        .id(OLIVER)
        .name(PersonName.of("Oliver", "Lepori"))
        .addPosition(EXECUTIVE_DIRECTOR)
        .build();
  }

  @Test
  void buildsMinimalPersonWithEmptyDefaults() {
    Person person = minimal().build();

    assertThat(person.id()).isEqualTo(AKIRA);
    assertThat(person.name()).isEqualTo(PersonName.of("Akira", "Imamura"));
    assertThat(person.honorificPrefix()).isEmpty();
    assertThat(person.honorificSuffix()).isEmpty();
    assertThat(person.positions()).isEmpty();
    assertThat(person.alternateNames()).isEmpty();
    assertThat(person.sameAs()).isEmpty();
    assertThat(person.extensions()).isEmpty();
  }

  @Test
  void buildsFullyPopulatedPersonAndReadsEveryAttributeBack() {
    Person person = akira().withHonorificSuffix("KBE");

    assertThat(person.id()).isEqualTo(AKIRA);
    assertThat(person.name()).isEqualTo(PersonName.of("Akira", "Imamura"));
    assertThat(person.honorificPrefix()).contains("H.E.");
    assertThat(person.honorificSuffix()).contains("KBE");
    assertThat(person.positions()).containsExactly(AMBASSADOR, DIRECTOR_GENERAL);
    assertThat(person.alternateNames()).containsExactly(CYRILLIC);
    assertThat(person.sameAs()).containsExactly(WIKIDATA, EMBASSY_PAGE);
    assertThat(person.extensions()).containsExactly(Map.entry("acme:crm", ACME));
  }

  @Test
  void displayNameIsTheNameWithoutHonorifics() {
    assertThat(akira().displayName()).isEqualTo("Akira Imamura");
    assertThat(akira().withName(PersonName.of("Akira", "Imamura").withOrder(NameOrder.FAMILY_FIRST))
        .displayName()).isEqualTo("Imamura Akira");
  }

  @Test
  void formalNamePutsTheHonorificPrefixFirst() {
    assertThat(akira().formalName()).isEqualTo("H.E. Akira Imamura");
  }

  @Test
  void formalNameAppendsTheHonorificSuffix() {
    Person person = Person.builder()
        .id(PersonId.of("mira-jovanovic"))
        .name(PersonName.of("Mira", "Jovanović"))
        .honorificPrefix("Prof.")
        .honorificSuffix("PhD")
        .build();

    assertThat(person.formalName()).isEqualTo("Prof. Mira Jovanović, PhD");
    assertThat(person.withHonorificPrefix(Optional.empty()).formalName())
        .isEqualTo("Mira Jovanović, PhD");
  }

  @Test
  void formalNameWithoutHonorificsIsTheDisplayName() {
    assertThat(oliver().formalName()).isEqualTo("Oliver Lepori");
  }

  @Test
  void listsThePositionsHeldOnADay() {
    Person person = akira().withPositions(AMBASSADOR, DIRECTOR_GENERAL, EXECUTIVE_DIRECTOR);

    assertThat(person.positionsHeldOn(LocalDate.of(2025, 11, 20)))
        .containsExactly(AMBASSADOR, EXECUTIVE_DIRECTOR);
    assertThat(person.positionsHeldOn(LocalDate.of(2022, 3, 31)))
        .containsExactly(DIRECTOR_GENERAL, EXECUTIVE_DIRECTOR);
    assertThat(person.positionsHeldOn(LocalDate.of(2022, 4, 1)))
        .containsExactly(AMBASSADOR, EXECUTIVE_DIRECTOR);
    assertThat(akira().positionsHeldOn(LocalDate.of(2018, 12, 31))).isEmpty();
  }

  @Test
  void describesAnAmbassadorByTheJurisdiction() {
    assertThat(akira().describe(AMBASSADOR, DIRECTORY))
        .isEqualTo("H.E. Akira Imamura, Ambassador of Japan to Serbia");
  }

  @Test
  void describesAPostByItsOrganisation() {
    assertThat(oliver().describe(EXECUTIVE_DIRECTOR, DIRECTORY))
        .isEqualTo("Oliver Lepori, Executive Director, Japanese Business Alliance");
  }

  @Test
  void describesWithIdsWhenTheDirectoryLacksTheEntities() {
    Directory empty = Directory.builder().build();

    assertThat(akira().describe(AMBASSADOR, empty))
        .isEqualTo("H.E. Akira Imamura, Ambassador of Japan to serbia");
    assertThat(oliver().describe(EXECUTIVE_DIRECTOR, empty))
        .isEqualTo("Oliver Lepori, Executive Director, jba");
  }

  @Test
  void reportsMissingRequiredAttributesAsRequired() {
    ContentValidationException e = rejected("Person", () -> Person.builder().build());

    assertThat(e.violations()).extracting(v -> v.path().toString()).containsExactly("id", "name");
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.rule()).isEqualTo("is required");
      assertThat(v.value()).isEmpty();
    });
  }

  @Test
  void reportsEveryViolationAtOnceInAttributeOrder() {
    ContentValidationException e = rejected("Person", () -> Person.builder()
        .id(AKIRA)
        .honorificPrefix(" ")
        .honorificSuffix("a\nb")
        .addPosition(null)
        .addAlternateName(null)
        .addSameAs(WIKIDATA, WIKIDATA, URI.create("mailto:akira@example.com"))
        .putExtension("sameAs", ACME)
        .build());

    assertThat(e.violations()).extracting(v -> v.path().toString()).containsExactly(
        "name", "honorificPrefix", "honorificSuffix", "positions[0]", "alternateNames[0]",
        "sameAs[1]", "sameAs[2]", "extensions.sameAs");
  }

  @Test
  void rejectsBlankHonorificPrefix() {
    assertOnlyViolation("Person", () -> minimal().honorificPrefix("").build(), "honorificPrefix",
        "must not be blank", "");
  }

  @Test
  void rejectsHonorificPrefixLongerThanALine() {
    assertOnlyViolation("Person", () -> minimal().honorificPrefix("H".repeat(301)).build(),
        "honorificPrefix", "must be at most 300 characters long, is 301", "H".repeat(64) + "…");
  }

  @Test
  void rejectsHonorificSuffixWithLineBreak() {
    assertOnlyViolation("Person", () -> minimal().honorificSuffix("OBE\r\n").build(),
        "honorificSuffix", "must not contain control characters or line breaks", "OBE\\r\\n");
  }

  @Test
  void rejectsBlankHonorificSuffix() {
    assertOnlyViolation("Person", () -> minimal().honorificSuffix("\u200b").build(),
        "honorificSuffix", "must not be blank", "\\u200b");
  }

  @Test
  void reportsNullPositionAtItsIndex() {
    assertOnlyViolation("Person", () -> minimal().addPosition(AMBASSADOR).addPosition(null).build(),
        "positions[1]", "must not be null", null);
  }

  @Test
  void rejectsMorePositionsThanTheLimit() {
    assertOnlyViolation("Person",
        () -> minimal().positions(Collections.nCopies(ContentLimits.ITEMS + 1, AMBASSADOR))
            .build(),
        "positions", "must have at most 1000 elements, has 1001", null);
  }

  @Test
  void reportsNullAlternateNameAtItsIndex() {
    assertOnlyViolation("Person", () -> minimal().addAlternateNames(CYRILLIC, null).build(),
        "alternateNames[1]", "must not be null", null);
  }

  @Test
  void rejectsMoreAlternateNamesThanTheLimit() {
    assertOnlyViolation("Person",
        () -> minimal().alternateNames(Collections.nCopies(ContentLimits.ITEMS + 1, CYRILLIC))
            .build(),
        "alternateNames", "must have at most 1000 elements, has 1001", null);
  }

  @Test
  void reportsNullSameAsAtItsIndex() {
    assertOnlyViolation("Person", () -> minimal().addSameAs(WIKIDATA, null).build(),
        "sameAs[1]", "must not be null", null);
  }

  @Test
  void rejectsRepeatedSameAs() {
    assertOnlyViolation("Person",
        () -> minimal().addSameAs(WIKIDATA, EMBASSY_PAGE, WIKIDATA).build(), "sameAs[2]",
        "must not repeat a URI", WIKIDATA.toString());
  }

  @Test
  void rejectsSameAsThatIsNotHttp() {
    assertOnlyViolation("Person",
        () -> minimal().addSameAs(URI.create("urn:isni:0000000121032683")).build(), "sameAs[0]",
        "must be an absolute http or https URL", "urn:isni:0000000121032683");
  }

  @Test
  void rejectsSameAsWithoutHost() {
    assertOnlyViolation("Person", () -> minimal().addSameAs(URI.create("https:/wiki/Q1")).build(),
        "sameAs[0]", "must be a URL with a host name", "https:/wiki/Q1");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "id", "name", "honorificPrefix", "honorificSuffix", "positions", "alternateNames", "sameAs"})
  void rejectsExtensionNamedAfterAProperty(String name) {
    assertOnlyViolation("Person", () -> minimal().putExtension(name, ACME).build(),
        "extensions." + name, "extension name must not be a property of Person", name);
  }

  @Test
  void equalPeopleHaveEqualHashCodes() {
    Person a = akira();
    Person b = akira();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.withHonorificPrefix("Mr"));
    assertThat(a).isNotEqualTo(a.withPositions(DIRECTOR_GENERAL, AMBASSADOR));
    assertThat(a).isNotEqualTo(a.withSameAs());
  }

  @Test
  void withHonorificPrefixChangesOnlyThePrefix() {
    Person person = akira();
    Person changed = person.withHonorificPrefix("Mr");

    assertThat(changed.honorificPrefix()).contains("Mr");
    assertThat(changed.formalName()).isEqualTo("Mr Akira Imamura");
    assertThat(changed.positions()).isEqualTo(person.positions());
    assertThat(changed.sameAs()).isEqualTo(person.sameAs());
    assertThat(changed.withHonorificPrefix("H.E.")).isEqualTo(person);
    assertThat(person.honorificPrefix()).contains("H.E.");
  }

  @Test
  void withNullPositionIsRejected() {
    assertOnlyViolation("Person", () -> akira().withPositions(AMBASSADOR, null), "positions[1]",
        "must not be null", null);
  }

  @Test
  void withRepeatedSameAsIsRejected() {
    assertOnlyViolation("Person", () -> akira().withSameAs(EMBASSY_PAGE, EMBASSY_PAGE), "sameAs[1]",
        "must not repeat a URI", EMBASSY_PAGE.toString());
  }

  @Test
  void withNullNameIsReportedAsRequired() {
    assertOnlyViolation("Person", () -> akira().withName(null), "name", "is required", null);
  }

  @Test
  void keepsProfileUrl() {
    Person person = Person.builder().id(AKIRA).name(PersonName.of("Akira", "Imamura"))
        .url(EMBASSY_PAGE).build();
    assertThat(person.url()).contains(EMBASSY_PAGE);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com/akira", "/people/akira", "javascript:alert(1)"})
  void rejectsProfileUrlThatIsNotAnAbsoluteHttpUrl(String url) {
    assertOnlyViolation("Person", () -> Person.builder().id(AKIRA)
            .name(PersonName.of("Akira", "Imamura")).url(URI.create(url)).build(),
        "url", "must be an absolute http or https URL", url);
  }
}
