package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.onlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class CallToActionTest {
  private static final String TEXT = "Have a news tip or story to share? Email us.";
  private static final URI URL = URI.create("https://example.com/newsletter");

  private static CallToAction.Builder emailBuilder() {
    return CallToAction.builder()
        .kind(CallToActionKind.NEWS_TIP)
        .text(TEXT)
        .email("news@example.com");
  }

  private static CallToAction viaEmail() {
    return emailBuilder().build();
  }

  private static CallToAction viaUrl() {
    return CallToAction.builder()
        .kind(CallToActionKind.NEWSLETTER)
        .text("Sign up to our newsletter.")
        .url(URL)
        .putExtension("acme:campaign", RawJson.of("\"winter\""))
        .build();
  }

  @Test
  void buildsCallToActionWithEmail() {
    CallToAction cta = viaEmail();

    assertThat(cta.kind()).isEqualTo(CallToActionKind.NEWS_TIP);
    assertThat(cta.text()).isEqualTo(TEXT);
    assertThat(cta.email()).contains("news@example.com");
    assertThat(cta.url()).isEmpty();
    assertThat(cta.extensions()).isEmpty();
    assertThat(cta.type()).isEqualTo("call-to-action").isEqualTo(CallToAction.TYPE);
    assertThat(Block.knownTypes()).contains(CallToAction.TYPE);
  }

  @Test
  void buildsFullyPopulatedCallToActionWithUrlAndReadsEveryAttributeBack() {
    CallToAction cta = viaUrl();

    assertThat(cta.kind()).isEqualTo(CallToActionKind.NEWSLETTER);
    assertThat(cta.text()).isEqualTo("Sign up to our newsletter.");
    assertThat(cta.email()).isEmpty();
    assertThat(cta.url()).contains(URL);
    assertThat(cta.extensions())
        .containsExactly(Map.entry("acme:campaign", RawJson.of("\"winter\"")));
  }

  @Test
  void rejectsBothEmailAndUrl() {
    Violation violation = onlyViolation("CallToAction", () -> emailBuilder().url(URL).build());
    assertThat(violation.path()).hasToString("url");
    assertThat(violation.rule()).isEqualTo("exactly one of email and url must be set");
    assertThat(violation.value()).isEmpty();
  }

  @Test
  void rejectsNeitherEmailNorUrl() {
    Violation violation = onlyViolation("CallToAction", () -> CallToAction.builder()
        .kind(CallToActionKind.CONTACT).text("Get in touch.").build());
    assertThat(violation.path()).hasToString("email");
    assertThat(violation.rule()).isEqualTo("exactly one of email and url must be set");
  }

  @Test
  void reportsEveryMissingAttributeAtOnce() {
    ContentValidationException exception = rejected("CallToAction",
        () -> CallToAction.builder().build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString(), Violation::rule)
        .containsExactly(
            tuple("kind", "is required"),
            tuple("text", "is required"),
            tuple("email", "exactly one of email and url must be set"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"news@example.com", "first.last+tips@news.example.co.uk",
      "o'brien@example.org", "a@b.io"})
  void acceptsEmailAddresses(String email) {
    assertThat(emailBuilder().email(email).build().email()).contains(email);
  }

  @ParameterizedTest
  @ValueSource(strings = {"news", "news@", "@example.com", "news@example", "news@example.c0m",
      "news @example.com", "news@@example.com", "news@-example.com", "news..tips@example.com",
      "\"quoted\"@example.com", "news@[192.168.0.1]", ""})
  void rejectsMalformedEmail(String email) {
    assertOnlyViolation("CallToAction", () -> emailBuilder().email(email).build(),
        "email", "must be an e-mail address such as news@example.com", email.replace("\"", "\\\""));
  }

  @Test
  void acceptsLocalPartOf64Characters() {
    String email = "a".repeat(64) + "@example.com";
    assertThat(emailBuilder().email(email).build().email()).contains(email);
  }

  @Test
  void rejectsLocalPartLongerThan64Characters() {
    Violation violation = onlyViolation("CallToAction",
        () -> emailBuilder().email("a".repeat(65) + "@example.com").build());
    assertThat(violation.path()).hasToString("email");
    assertThat(violation.rule()).contains("must be an e-mail address");
  }

  @Test
  void rejectsEmailLongerThan254Characters() {
    String domain = ("d".repeat(60) + ".").repeat(4) + "com"; // 247 characters
    String email = "abcdefg@" + domain; // 255 characters
    assertThat(email).hasSize(255);
    Violation violation = onlyViolation("CallToAction", () -> emailBuilder().email(email).build());
    assertThat(violation.path()).hasToString("email");
    assertThat(violation.rule()).contains("must be an e-mail address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com/x", "newsletter", "mailto:news@example.com"})
  void rejectsUrlThatIsNotAbsoluteHttp(String url) {
    assertOnlyViolation("CallToAction",
        () -> CallToAction.builder().kind(CallToActionKind.SUBSCRIBE).text("x")
            .url(URI.create(url)).build(),
        "url", "must be an absolute http or https URL", url);
  }

  @Test
  void reportsNullKindAsRequired() {
    Violation violation = onlyViolation("CallToAction", () -> emailBuilder().kind(null).build());
    assertThat(violation.path()).hasToString("kind");
    assertThat(violation.rule()).isEqualTo("is required");
  }

  @Test
  void rejectsBlankText() {
    assertOnlyViolation("CallToAction", () -> emailBuilder().text(" ").build(),
        "text", "must not be blank", " ");
  }

  @Test
  void rejectsTextLongerThanLimit() {
    Violation violation = onlyViolation("CallToAction",
        () -> emailBuilder().text("t".repeat(ContentLimits.TEXT + 1)).build());
    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo("must be at most 10000 characters long, is 10001");
  }

  @Test
  void keepsKindFromANewerVocabulary() {
    CallToAction cta = emailBuilder().kind(CallToActionKind.of("acme:volunteer")).build();
    assertThat(cta.kind().value()).isEqualTo("acme:volunteer");
    assertThat(cta.kind().isKnown()).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"kind", "text", "email", "url", "type"})
  void rejectsExtensionNamedLikeOneOfItsProperties(String name) {
    assertOnlyViolation("CallToAction",
        () -> emailBuilder().putExtension(name, RawJson.of("1")).build(), "extensions." + name,
        "extension name must not be a property of CallToAction", name);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException exception = rejected("CallToAction", () -> CallToAction.builder()
        .text("")
        .email("not-an-email")
        .url(URI.create("ftp://example.com"))
        .putExtension("email", RawJson.of("\"x\""))
        .build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString())
        .containsExactly("kind", "text", "email", "url", "url", "extensions.email");
  }

  @Test
  void equalsAndHashesLikeACallToActionBuiltSeparately() {
    assertThat(viaEmail()).isEqualTo(viaEmail()).hasSameHashCodeAs(viaEmail());
    assertThat(viaUrl()).isEqualTo(viaUrl()).hasSameHashCodeAs(viaUrl());
    assertThat(viaEmail()).isNotEqualTo(viaUrl());
  }

  @Test
  void differsFromACallToActionDifferingInOneAttribute() {
    assertThat(viaEmail().withKind(CallToActionKind.CONTACT)).isNotEqualTo(viaEmail());
    assertThat(viaEmail().withText("Other")).isNotEqualTo(viaEmail());
    assertThat(viaEmail().withEmail("tips@example.com")).isNotEqualTo(viaEmail());
    assertThat(viaUrl().withUrl(URI.create("https://example.com/other"))).isNotEqualTo(viaUrl());
    assertThat(viaUrl().withExtensions(Map.of())).isNotEqualTo(viaUrl());
  }

  @Test
  void withEmailChangesOnlyTheEmail() {
    CallToAction changed = viaEmail().withEmail("tips@example.com");
    assertThat(changed.email()).contains("tips@example.com");
    assertThat(changed.kind()).isEqualTo(CallToActionKind.NEWS_TIP);
    assertThat(changed.text()).isEqualTo(TEXT);
    assertThat(changed.url()).isEmpty();
    assertThat(viaEmail().email()).contains("news@example.com");
  }

  @Test
  void withUrlOnAnEmailCallToActionIsRejected() {
    Violation violation = onlyViolation("CallToAction", () -> viaEmail().withUrl(URL));
    assertThat(violation.path()).hasToString("url");
    assertThat(violation.rule()).isEqualTo("exactly one of email and url must be set");
  }

  @Test
  void withoutEmailOnAnEmailCallToActionIsRejected() {
    Violation violation = onlyViolation("CallToAction",
        () -> viaEmail().withEmail(Optional.empty()));
    assertThat(violation.path()).hasToString("email");
    assertThat(violation.rule()).isEqualTo("exactly one of email and url must be set");
  }

  @Test
  void withMalformedEmailIsRejected() {
    assertOnlyViolation("CallToAction", () -> viaEmail().withEmail("news@"),
        "email", "must be an e-mail address", "news@");
  }
}
