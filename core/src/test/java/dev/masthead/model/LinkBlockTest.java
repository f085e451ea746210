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
    ContentValidationException exception = rejected("LinkBlock", () -> LinkBlock.builder().build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString(), Violation::rule)
        .containsExactly(tuple("text", "is required"), tuple("url", "is required"));
  }

  @Test
  void reportsNullKindAsRequired() {
    Violation violation = onlyViolation("LinkBlock", () -> minimalBuilder().kind(null).build());
    assertThat(violation.path()).hasToString("kind");
    assertThat(violation.rule()).isEqualTo("is required");
    assertThat(violation.value()).isEmpty();
  }

  @Test
  void rejectsBlankText() {
    assertOnlyViolation("LinkBlock", () -> minimalBuilder().text("\n").build(),
        "text", "must not be blank", "\\n");
  }

  @Test
  void rejectsTextWithControlCharacter() {
    assertOnlyViolation("LinkBlock", () -> minimalBuilder().text("a\u007Fb").build(),
        "text", "must not contain control characters other than tab and line breaks", "a\\u007fb");
  }

  @Test
  void rejectsTextLongerThanLimit() {
    Violation violation = onlyViolation("LinkBlock",
        () -> minimalBuilder().text("t".repeat(ContentLimits.TEXT + 1)).build());
    assertThat(violation.path()).hasToString("text");
    assertThat(violation.rule()).isEqualTo("must be at most 10000 characters long, is 10001");
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://example.com/a", "gallery/wb2030", "mailto:photos@example.com"})
  void rejectsUrlThatIsNotAbsoluteHttp(String url) {
    assertOnlyViolation("LinkBlock", () -> minimalBuilder().url(URI.create(url)).build(),
        "url", "must be an absolute http or https URL", url);
  }

  @Test
  void rejectsUrlWithoutHost() {
    assertOnlyViolation("LinkBlock",
        () -> minimalBuilder().url(URI.create("https:///gallery")).build(), "url",
        "must be a URL with a host name", "https:///gallery");
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "url", "kind", "event", "type"})
  void rejectsExtensionNamedLikeOneOfItsProperties(String name) {
    assertOnlyViolation("LinkBlock",
        () -> minimalBuilder().putExtension(name, RawJson.of("1")).build(), "extensions." + name,
        "extension name must not be a property of LinkBlock", name);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException exception = rejected("LinkBlock", () -> LinkBlock.builder()
        .text(" ")
        .url(URI.create("/relative"))
        .kind(null)
        .putExtension("url", RawJson.of("\"x\""))
        .build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString())
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
    Violation violation = onlyViolation("LinkBlock", () -> full().withKind(null));
    assertThat(violation.path()).hasToString("kind");
    assertThat(violation.rule()).isEqualTo("is required");
  }

  @Test
  void withNonHttpUrlIsRejected() {
    assertOnlyViolation("LinkBlock", () -> full().withUrl(URI.create("ftp://example.com")),
        "url", "must be an absolute http or https URL", "ftp://example.com");
  }
}
