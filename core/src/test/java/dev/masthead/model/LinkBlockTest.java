package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class LinkBlockTest {
  private static final URI URL = URI.create("https://example.com/gallery/wb2030");
  private static final EventId EVENT = EventId.of("wb2030.fireside-chat");

  private static LinkBlock.Builder minimalBuilder() {
    return LinkBlock.builder().text("Photos from the conference are available here.").url(URL);
  }

  private static LinkBlock full() {
    return minimalBuilder()
        .kind(LinkKind.GALLERY)
        .event(EVENT)
        .putExtension("acme:count", RawJson.of("24"))
        .build();
  }

  private static ContentValidationException rejected(ThrowingCallable build) {
    Throwable thrown = catchThrowable(build);
    assertThat(thrown).as("what the build threw").isInstanceOf(ContentValidationException.class);
    ContentValidationException exception = (ContentValidationException) thrown;
    assertThat(exception.type()).isEqualTo("LinkBlock");
    return exception;
  }

  private static Violation onlyViolation(ThrowingCallable build) {
    List<Violation> violations = rejected(build).violations();
    assertThat(violations).hasSize(1);
    return violations.get(0);
  }

  private static void assertOnlyViolation(
      ThrowingCallable build, String path, String rule, String value) {
    Violation violation = onlyViolation(build);
    assertThat(violation.path()).isEqualTo(path);
    assertThat(violation.rule()).contains(rule);
    assertThat(violation.value()).contains(value);
  }

  @Test
  void buildsMinimalLinkBlockOfKindLink() {
    LinkBlock block = minimalBuilder().build();

    assertThat(block.text()).isEqualTo("Photos from the conference are available here.");
    assertThat(block.url()).isEqualTo(URL);
    assertThat(block.kind()).isEqualTo(LinkKind.LINK);
    assertThat(block.event()).isEmpty();
    assertThat(block.extensions()).isEmpty();
    assertThat(block.type()).isEqualTo("link").isEqualTo(LinkBlock.TYPE);
    assertThat(Block.knownTypes()).contains(LinkBlock.TYPE);
  }

  @Test
  void buildsFullyPopulatedLinkBlockAndReadsEveryAttributeBack() {
    LinkBlock block = full();

    assertThat(block.text()).isEqualTo("Photos from the conference are available here.");
    assertThat(block.url()).isEqualTo(URL);
    assertThat(block.kind()).isEqualTo(LinkKind.GALLERY);
    assertThat(block.event()).contains(EVENT);
    assertThat(block.extensions()).containsExactly(Map.entry("acme:count", RawJson.of("24")));
  }

  @Test
  void keepsKindFromANewerVocabulary() {
    LinkBlock block = minimalBuilder().kind(LinkKind.of("acme:livestream")).build();
    assertThat(block.kind().value()).isEqualTo("acme:livestream");
    assertThat(block.kind().isKnown()).isFalse();
  }

  @Test
  void acceptsMultiLineText() {
    assertThat(minimalBuilder().text("Photos:\nhere").build().text()).isEqualTo("Photos:\nhere");
  }

  @Test
  void reportsEveryMissingRequiredAttributeAsRequired() {
    ContentValidationException exception = rejected(() -> LinkBlock.builder().build());

    assertThat(exception.violations())
        .extracting(Violation::path, Violation::rule)
        .containsExactly(tuple("text", "is required"), tuple("url", "is required"));
  }

  @Test
  void reportsNullKindAsRequired() {
    Violation violation = onlyViolation(() -> minimalBuilder().kind(null).build());
    assertThat(violation.path()).isEqualTo("kind");
    assertThat(violation.rule()).isEqualTo("is required");
    assertThat(violation.value()).isEmpty();
  }

  @Test
  void rejectsBlankText() {
    assertOnlyViolation(() -> minimalBuilder().text("\n").build(),
        "text", "must not be blank", "\\n");
  }

  @Test
  void rejectsTextWithControlCharacter() {
    assertOnlyViolation(() -> minimalBuilder().text("a\u007Fb").build(),
        "text", "must not contain control characters other than tab and line breaks", "a\\u007fb");
  }

  @Test
  void rejectsTextLongerThanLimit() {
    Violation violation = onlyViolation(
        () -> minimalBuilder().text("t".repeat(ContentLimits.TEXT + 1)).build());
    assertThat(violation.path()).isEqualTo("text");
    assertThat(violation.rule()).isEqualTo("must be at most 10000 characters long, is 10001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com/a", "gallery/wb2030", "mailto:photos@example.com"})
  void rejectsUrlThatIsNotAbsoluteHttp(String url) {
    assertOnlyViolation(() -> minimalBuilder().url(URI.create(url)).build(),
        "url", "must be an absolute http or https URL", url);
  }

  @Test
  void rejectsUrlWithoutHost() {
    assertOnlyViolation(() -> minimalBuilder().url(URI.create("https:///gallery")).build(),
        "url", "must be a URL with a host name", "https:///gallery");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "url", "kind", "event", "type", "extensions"})
  void rejectsExtensionNamedLikeOneOfItsProperties(String name) {
    assertOnlyViolation(() -> minimalBuilder().putExtension(name, RawJson.of("1")).build(),
        "extensions." + name, "extension name must not be a property of LinkBlock", name);
  }

  @Test
  void keepsValidExtension() {
    LinkBlock block = minimalBuilder().putExtension("acme:x", RawJson.of("1")).build();
    assertThat(block.extensions()).containsExactly(Map.entry("acme:x", RawJson.of("1")));
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException exception = rejected(() -> LinkBlock.builder()
        .text(" ")
        .url(URI.create("/relative"))
        .kind(null)
        .putExtension("url", RawJson.of("\"x\""))
        .build());

    assertThat(exception.violations())
        .extracting(Violation::path)
        .containsExactly("text", "url", "kind", "extensions.url");
  }

  @Test
  void equalsAndHashesLikeALinkBlockBuiltSeparately() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(minimalBuilder().build()).isEqualTo(minimalBuilder().kind(LinkKind.LINK).build());
  }

  @Test
  void differsFromALinkBlockDifferingInOneAttribute() {
    assertThat(full().withText("Other")).isNotEqualTo(full());
    assertThat(full().withUrl(URI.create("https://example.com/other"))).isNotEqualTo(full());
    assertThat(full().withKind(LinkKind.VIDEO)).isNotEqualTo(full());
    assertThat(full().withEvent(Optional.empty())).isNotEqualTo(full());
    assertThat(full().withExtensions(Map.of())).isNotEqualTo(full());
  }

  @Test
  void withKindChangesOnlyTheKind() {
    LinkBlock changed = full().withKind(LinkKind.DOCUMENT);
    assertThat(changed.kind()).isEqualTo(LinkKind.DOCUMENT);
    assertThat(changed).isEqualTo(LinkBlock.builder().from(full()).kind(LinkKind.DOCUMENT)
        .build());
    assertThat(full().kind()).isEqualTo(LinkKind.GALLERY);
  }

  @Test
  void withNullKindIsRejectedAsRequired() {
    Violation violation = onlyViolation(() -> full().withKind(null));
    assertThat(violation.path()).isEqualTo("kind");
    assertThat(violation.rule()).isEqualTo("is required");
  }

  @Test
  void withNonHttpUrlIsRejected() {
    assertOnlyViolation(() -> full().withUrl(URI.create("ftp://example.com")),
        "url", "must be an absolute http or https URL", "ftp://example.com");
  }
}
