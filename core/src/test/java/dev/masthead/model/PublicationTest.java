package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class PublicationTest {
  private static final URI SITE = URI.create("https://theregion.example/");
  private static final OrganisationId PUBLISHER = OrganisationId.of("region-media");
  private static final ZoneId BELGRADE = ZoneId.of("Europe/Belgrade");
  private static final RawJson ACME = RawJson.of("{\"issn\":\"1234-5678\"}");
  /** 64 characters, the longest local part. */
  private static final String LOCAL_64 = "l".repeat(64);
  /** 189 characters: three labels and a top-level domain; with LOCAL_64 and '@', 254 in all. */
  private static final String DOMAIN_189 =
      "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(57) + ".com";

  private static Publication.Builder minimal() {
    return Publication.builder().name("The Region").url(SITE);
  }

  private static Publication full() {
    return minimal()
        .tagline("Connecting the Adria Region Decision Makers")
        .description("A magazine on business and diplomacy.\n\nPublished since 2015.")
        .tipsEmail("news@theregion.example")
        .publisher(PUBLISHER)
        .timeZone(BELGRADE)
        .putExtension("acme:issn", ACME)
        .build();
  }

  @Test
  void buildsMinimalPublicationWithEmptyDefaults() {
    Publication publication = minimal().build();

    assertThat(publication.name()).isEqualTo("The Region");
    assertThat(publication.url()).isEqualTo(SITE);
    assertThat(publication.tagline()).isEmpty();
    assertThat(publication.description()).isEmpty();
    assertThat(publication.tipsEmail()).isEmpty();
    assertThat(publication.publisher()).isEmpty();
    assertThat(publication.timeZone()).isEmpty();
    assertThat(publication.extensions()).isEmpty();
  }

  @Test
  void buildsFullyPopulatedPublicationAndReadsEveryAttributeBack() {
    Publication publication = full();

    assertThat(publication.name()).isEqualTo("The Region");
    assertThat(publication.tagline()).contains("Connecting the Adria Region Decision Makers");
    assertThat(publication.description())
        .contains("A magazine on business and diplomacy.\n\nPublished since 2015.");
    assertThat(publication.url()).isEqualTo(SITE);
    assertThat(publication.tipsEmail()).contains("news@theregion.example");
    assertThat(publication.publisher()).contains(PUBLISHER);
    assertThat(publication.timeZone()).contains(BELGRADE);
    assertThat(publication.extensions()).containsExactly(Map.entry("acme:issn", ACME));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Europe/Belgrade", "UTC", "Etc/GMT-14", "America/Port-au-Prince",
      "America/Argentina/Buenos_Aires"})
  void acceptsAnIanaTimeZone(String zone) {
    assertThat(minimal().timeZone(ZoneId.of(zone)).build().timeZone()).contains(ZoneId.of(zone));
  }

  @ParameterizedTest
  @ValueSource(strings = {"+01:00", "-05:30", "UTC+01:00", "GMT+1"})
  void rejectsAnOffsetAsTimeZone(String zone) {
    ZoneId offset = ZoneId.of(zone);
    assertOnlyViolation("Publication", () -> minimal().timeZone(offset).build(), "timeZone",
        "must be an IANA time zone name such as Europe/Belgrade, not an offset", offset.getId());
  }

  @ParameterizedTest
  @ValueSource(strings = {"UT", "Z"})
  void rejectsAZoneTheTzDatabaseDoesNotKnow(String zone) {
    // "UT" is a region id to ZoneId.of, with fixed rules of its own, but no tz database zone;
    // "Z" (UTC as an offset) is shaped like a zone name, and no zone has it.
    assertOnlyViolation("Publication", () -> minimal().timeZone(ZoneId.of(zone)).build(),
        "timeZone", "must be a time zone the tz database knows, such as Europe/Belgrade", zone);
  }

  @Test
  void reportsMissingRequiredAttributesAsRequired() {
    ContentValidationException e = rejected("Publication", () -> Publication.builder().build());

    assertThat(e.violations()).extracting(v -> v.path().toString()).containsExactly("name", "url");
    assertThat(e.violations()).allSatisfy(v -> {
      assertThat(v.rule()).isEqualTo("is required");
      assertThat(v.value()).isEmpty();
    });
  }

  @Test
  void reportsEveryViolationAtOnceInAttributeOrder() {
    ContentValidationException e = rejected("Publication", () -> Publication.builder()
        .name(" ")
        .tagline("two\nlines")
        .description("")
        .url(URI.create("ftp://theregion.example/"))
        .tipsEmail("news@theregion")
        .putExtension("tipsEmail", ACME)
        .build());

    assertThat(e.violations()).extracting(v -> v.path().toString()).containsExactly(
        "name", "tagline", "description", "url", "tipsEmail", "extensions.tipsEmail");
  }

  @Test
  void rejectsBlankName() {
    assertOnlyViolation("Publication", () -> minimal().name("\u00a0").build(),
        "name", "must not be blank", "\u00a0");
  }

  @Test
  void rejectsNameLongerThanALine() {
    assertOnlyViolation("Publication", () -> minimal().name("r".repeat(301)).build(), "name",
        "must be at most 300 characters long, is 301", "r".repeat(64) + "…");
  }

  @Test
  void rejectsTaglineWithLineBreak() {
    assertOnlyViolation("Publication", () -> minimal().tagline("Connecting\nthe Region").build(),
        "tagline", "must not contain control characters or line breaks", "Connecting\\nthe Region");
  }

  @Test
  void rejectsBlankTagline() {
    assertOnlyViolation("Publication", () -> minimal().tagline(" ").build(),
        "tagline", "must not be blank", " ");
  }

  @Test
  void acceptsDescriptionWithTabsAndLineBreaks() {
    String description = "Line one\r\nLine two\n\tindented";

    assertThat(minimal().description(description).build().description()).contains(description);
  }

  @Test
  void rejectsBlankDescription() {
    assertOnlyViolation("Publication", () -> minimal().description("\n\n").build(), "description",
        "must not be blank", "\\n\\n");
  }

  @Test
  void rejectsDescriptionLongerThanTheTextLimit() {
    assertOnlyViolation("Publication",
        () -> minimal().description("d".repeat(ContentLimits.TEXT + 1)).build(), "description",
        "must be at most 10000 characters long, is 10001", "d".repeat(64) + "…");
  }

  @Test
  void rejectsDescriptionWithControlCharacters() {
    assertOnlyViolation("Publication", () -> minimal().description("form\ffeed").build(),
        "description", "must not contain control characters other than tab and line breaks",
        "form\\u000cfeed");
  }

  static Stream<String> acceptedEmails() {
    return Stream.of(
        "news@example.com",
        "tips@theregion.rs",
        "first.last@example.co.uk",
        "user+tips@example.com",
        "o'brien@example.ie",
        "a-b_c@my-host.example.org",
        "UPPER@EXAMPLE.COM",
        "1234@example.museum",
        "x@a.io",
        "#!$%&*/=?^`{|}~@example.com",
        LOCAL_64 + "@example.com",
        LOCAL_64 + "@" + DOMAIN_189);
  }

  @ParameterizedTest
  @MethodSource("acceptedEmails")
  void acceptsEmailAddress(String email) {
    assertThat(minimal().tipsEmail(email).build().tipsEmail()).contains(email);
  }

  @Test
  void acceptsEmailAddressOfExactlyTheMaximumLength() {
    String email = LOCAL_64 + "@" + DOMAIN_189;

    assertThat(email).hasSize(ContentLimits.EMAIL);
    assertThat(minimal().tipsEmail(email).build().tipsEmail()).contains(email);
  }

  static Stream<String> rejectedEmails() {
    return Stream.of(
        "",
        "news",
        "news@",
        "@example.com",
        "news@example",
        "news@localhost",
        "news@example.c",
        "news@example.c0m",
        "news@@example.com",
        "news@tips@example.com",
        "news @example.com",
        "news@exa mple.com",
        " news@example.com",
        "news@example.com ",
        "news@example.com\n",
        "mailto:news@example.com",
        "<news@example.com>",
        "The Region <news@example.com>",
        "news.@example.com",
        ".news@example.com",
        "ne..ws@example.com",
        "news@-example.com",
        "news@example-.com",
        "news@.example.com",
        "news@example..com",
        "news@example.com.",
        "news@exam_ple.com",
        "news@[192.0.2.1]",
        "\"news\"@example.com",
        "vesti@пример.срб",
        "ñews@example.com",
        "news@" + "a".repeat(64) + ".com",
        "l" + LOCAL_64 + "@example.com",
        LOCAL_64 + "@d" + DOMAIN_189);
  }

  @ParameterizedTest
  @MethodSource("rejectedEmails")
  void rejectsMalformedEmailAddress(String email) {
    String excerpt = email.length() > 64
        ? email.substring(0, 64) + "…"
        : email.replace("\n", "\\n").replace("\"", "\\\"");

    assertOnlyViolation("Publication", () -> minimal().tipsEmail(email).build(), "tipsEmail",
        "must be an e-mail address such as news@example.com", excerpt);
  }

  static Stream<String> acceptedUrls() {
    return Stream.of(
        "https://theregion.example/",
        "http://theregion.example",
        "https://www.theregion.example/en/?utm=none#top",
        "HTTP://THEREGION.EXAMPLE/",
        "https://theregion.example:8443/",
        "http://127.0.0.1/",
        "https://theregion.example/" + "p".repeat(ContentLimits.URL - 26));
  }

  @ParameterizedTest
  @MethodSource("acceptedUrls")
  void acceptsAbsoluteHttpUrl(String url) {
    assertThat(minimal().url(URI.create(url)).build().url()).isEqualTo(URI.create(url));
  }

  static Stream<Arguments> rejectedUrls() {
    String absolute = "must be an absolute http or https URL";
    String host = "must be a URL with a host name";
    return Stream.of(
        Arguments.of("ftp://theregion.example/", absolute),
        Arguments.of("sftp://theregion.example/", absolute),
        Arguments.of("/en/", absolute),
        Arguments.of("theregion.example", absolute),
        Arguments.of("//theregion.example/", absolute),
        Arguments.of("mailto:news@theregion.example", absolute),
        Arguments.of("https:theregion.example", absolute),
        Arguments.of("data:text/html,hi", absolute),
        Arguments.of("https:///en/", host),
        Arguments.of("https:/en/", host));
  }

  @ParameterizedTest
  @MethodSource("rejectedUrls")
  void rejectsUrlThatIsNotAnAbsoluteHttpUrlWithHost(String url, String rule) {
    assertOnlyViolation("Publication", () -> minimal().url(URI.create(url)).build(),
        "url", rule, url);
  }

  @Test
  void rejectsUrlLongerThanTheLimit() {
    String url = "https://theregion.example/" + "p".repeat(ContentLimits.URL - 25);

    assertOnlyViolation("Publication", () -> minimal().url(URI.create(url)).build(), "url",
        "must be at most 2048 characters long", url.substring(0, 64) + "…");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "name", "tagline", "description", "url", "tipsEmail", "publisher", "timeZone"})
  void rejectsExtensionNamedAfterAProperty(String name) {
    assertOnlyViolation("Publication", () -> minimal().putExtension(name, ACME).build(),
        "extensions." + name, "extension name must not be a property of Publication", name);
  }

  @Test
  void equalPublicationsHaveEqualHashCodes() {
    Publication a = full();
    Publication b = full();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(a.withTipsEmail("desk@theregion.example"));
    assertThat(a).isNotEqualTo(a.withTimeZone(ZoneId.of("Europe/Zagreb")));
    assertThat(a).isNotEqualTo(a.withUrl(URI.create("https://theregion.example/en/")));
  }

  @Test
  void withTipsEmailChangesOnlyTheEmail() {
    Publication publication = full();
    Publication changed = publication.withTipsEmail("desk@theregion.example");

    assertThat(changed.tipsEmail()).contains("desk@theregion.example");
    assertThat(changed.name()).isEqualTo(publication.name());
    assertThat(changed.url()).isEqualTo(publication.url());
    assertThat(changed.timeZone()).isEqualTo(publication.timeZone());
    assertThat(changed.withTipsEmail("news@theregion.example")).isEqualTo(publication);
    assertThat(publication.tipsEmail()).contains("news@theregion.example");
  }

  @Test
  void withMalformedTipsEmailIsRejected() {
    assertOnlyViolation("Publication", () -> full().withTipsEmail("news@theregion"), "tipsEmail",
        "must be an e-mail address such as news@example.com", "news@theregion");
  }

  @Test
  void withRelativeUrlIsRejected() {
    assertOnlyViolation("Publication", () -> full().withUrl(URI.create("/en/")), "url",
        "must be an absolute http or https URL", "/en/");
  }

  @Test
  void withNullUrlIsReportedAsRequired() {
    assertOnlyViolation("Publication", () -> full().withUrl(null), "url", "is required", null);
  }

  @Test
  void keepsLogo() {
    Image logo = Image.of(URI.create("https://theregion.example/logo.svg"), "The Region");
    Publication publication = minimal().logo(logo).build();
    assertThat(publication.logo()).contains(logo);
    assertThat(minimal().build().logo()).isEmpty();
  }
}
