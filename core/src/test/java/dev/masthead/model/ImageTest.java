package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.onlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.URI;
import java.util.Map;
import java.util.OptionalInt;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

final class ImageTest {
  private static final URI URL = URI.create("https://img.example.com/conference.jpg");
  private static final PersonId AKIRA = PersonId.of("akira-imamura");
  private static final PersonId ANA = PersonId.of("ana-brnabic");

  private static Image.Builder minimalBuilder() {
    return Image.builder().url(URL).altText("Delegates at the conference");
  }

  private static Image full() {
    return minimalBuilder()
        .caption("The opening session.\nBelgrade, 2025.")
        .credit("Photo: The Region")
        .width(1600)
        .height(900)
        .addDepicted(AKIRA, ANA)
        .putExtension("acme:focal-point", RawJson.of("[0.5,0.3]"))
        .build();
  }

  @Test
  void buildsImageWithAltTextOnly() {
    Image image = Image.of(URL, "Delegates at the conference");

    assertThat(image.url()).isEqualTo(URL);
    assertThat(image.altText()).isEqualTo("Delegates at the conference");
    assertThat(image.caption()).isEmpty();
    assertThat(image.credit()).isEmpty();
    assertThat(image.width()).isEmpty();
    assertThat(image.height()).isEmpty();
    assertThat(image.depicted()).isEmpty();
    assertThat(image.extensions()).isEmpty();
    assertThat(image).isEqualTo(minimalBuilder().build());
  }

  @Test
  void buildsFullyPopulatedImageAndReadsEveryAttributeBack() {
    Image image = full();

    assertThat(image.url()).isEqualTo(URL);
    assertThat(image.altText()).isEqualTo("Delegates at the conference");
    assertThat(image.caption()).contains("The opening session.\nBelgrade, 2025.");
    assertThat(image.credit()).contains("Photo: The Region");
    assertThat(image.width()).hasValue(1600);
    assertThat(image.height()).hasValue(900);
    assertThat(image.depicted()).containsExactly(AKIRA, ANA);
    assertThat(image.extensions())
        .containsExactly(Map.entry("acme:focal-point", RawJson.of("[0.5,0.3]")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "\n"})
  void acceptsBlankAltTextForDecorativeImage(String altText) {
    assertThat(Image.of(URL, altText).altText()).isEqualTo(altText);
  }

  @Test
  void reportsEveryMissingRequiredAttributeAsRequired() {
    ContentValidationException exception = rejected("Image", () -> Image.builder().build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString(), Violation::rule)
        .containsExactly(tuple("url", "is required"), tuple("altText", "is required"));
  }

  @Test
  void reportsNullAltTextAsRequired() {
    Violation violation = onlyViolation("Image", () -> Image.of(URL, null));
    assertThat(violation.path()).hasToString("altText");
    assertThat(violation.rule()).isEqualTo("is required");
    assertThat(violation.value()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"ftp://img.example.com/a.jpg", "/a.jpg", "data:image/png;base64,AAAA"})
  void rejectsUrlThatIsNotAbsoluteHttp(String url) {
    assertOnlyViolation("Image", () -> Image.of(URI.create(url), "x"),
        "url", "must be an absolute http or https URL", url);
  }

  @Test
  void rejectsUrlWithoutHost() {
    assertOnlyViolation("Image", () -> Image.of(URI.create("https:///a.jpg"), "x"),
        "url", "must be a URL with a host name", "https:///a.jpg");
  }

  @Test
  void rejectsAltTextWithControlCharacter() {
    assertOnlyViolation("Image", () -> Image.of(URL, "a\u0000"),
        "altText", "must not contain control characters other than tab and line breaks",
        "a\\u0000");
  }

  @Test
  void rejectsAltTextLongerThanLimit() {
    Violation violation = onlyViolation("Image",
        () -> Image.of(URL, "a".repeat(ContentLimits.TEXT + 1)));
    assertThat(violation.path()).hasToString("altText");
    assertThat(violation.rule()).isEqualTo("must be at most 10000 characters long, is 10001");
  }

  @Test
  void rejectsBlankCaption() {
    assertOnlyViolation("Image", () -> minimalBuilder().caption(" ").build(),
        "caption", "must not be blank", " ");
  }

  @Test
  void rejectsCaptionLongerThanLimit() {
    Violation violation = onlyViolation("Image",
        () -> minimalBuilder().caption("c".repeat(ContentLimits.TEXT + 1)).build());
    assertThat(violation.path()).hasToString("caption");
    assertThat(violation.rule()).isEqualTo("must be at most 10000 characters long, is 10001");
  }

  @Test
  void rejectsBlankCredit() {
    assertOnlyViolation("Image", () -> minimalBuilder().credit("").build(),
        "credit", "must not be blank", "");
  }

  @Test
  void rejectsCreditWithLineBreak() {
    assertOnlyViolation("Image", () -> minimalBuilder().credit("Photo:\nAcme").build(),
        "credit", "must not contain control characters or line breaks", "Photo:\\nAcme");
  }

  @Test
  void rejectsCreditLongerThanLimit() {
    Violation violation = onlyViolation("Image",
        () -> minimalBuilder().credit("c".repeat(ContentLimits.LINE + 1)).build());
    assertThat(violation.path()).hasToString("credit");
    assertThat(violation.rule()).isEqualTo("must be at most 300 characters long, is 301");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsWidthThatIsNotPositive(int width) {
    assertOnlyViolation("Image", () -> minimalBuilder().width(width).build(),
        "width", "must be positive", String.valueOf(width));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
  void rejectsHeightThatIsNotPositive(int height) {
    assertOnlyViolation("Image", () -> minimalBuilder().height(height).build(),
        "height", "must be positive", String.valueOf(height));
  }

  @Test
  void acceptsOnePixelImage() {
    Image image = minimalBuilder().width(1).height(1).build();
    assertThat(image.width()).hasValue(1);
    assertThat(image.height()).hasValue(1);
  }

  @Test
  void rejectsRepeatedDepictedPerson() {
    Violation violation = onlyViolation("Image",
        () -> minimalBuilder().addDepicted(AKIRA, ANA, AKIRA).build());
    assertThat(violation.path()).hasToString("depicted[2]");
    assertThat(violation.pointer()).isEqualTo("/depicted/2");
    assertThat(violation.rule()).isEqualTo("must not repeat a person");
    assertThat(violation.value()).contains("akira-imamura");
  }

  @Test
  void rejectsNullDepictedPersonAtItsIndex() {
    Violation violation = onlyViolation("Image",
        () -> minimalBuilder().addDepicted(null, ANA).build());
    assertThat(violation.path()).hasToString("depicted[0]");
    assertThat(violation.rule()).isEqualTo("must not be null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"url", "altText", "caption", "credit", "width", "height", "depicted"})
  void rejectsExtensionNamedLikeOneOfItsProperties(String name) {
    assertOnlyViolation("Image", () -> minimalBuilder().putExtension(name, RawJson.of("1")).build(),
        "extensions." + name, "extension name must not be a property of Image", name);
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException exception = rejected("Image", () -> Image.builder()
        .url(URI.create("ftp://x"))
        .caption("")
        .credit("a\nb")
        .width(0)
        .height(-5)
        .addDepicted(AKIRA, AKIRA)
        .putExtension("width", RawJson.of("1"))
        .build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString())
        .containsExactly("url", "altText", "caption", "credit", "width", "height", "depicted[1]",
            "extensions.width");
  }

  @Test
  void equalsAndHashesLikeAnImageBuiltSeparately() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(full()).isNotEqualTo(minimalBuilder().build());
  }

  static Stream<Named<UnaryOperator<Image>>> singleAttributeChanges() {
    return Stream.of(
        Named.of("url", i -> i.withUrl(URI.create("https://img.example.com/other.jpg"))),
        Named.of("altText", i -> i.withAltText("")),
        Named.of("caption", i -> i.withCaption("Other")),
        Named.of("credit", i -> i.withCredit("Photo: Acme")),
        Named.of("width", i -> i.withWidth(1601)),
        Named.of("height", i -> i.withHeight(OptionalInt.empty())),
        Named.of("depicted", i -> i.withDepicted(ANA, AKIRA)),
        Named.of("extensions", i -> i.withExtensions(Map.of())));
  }

  @ParameterizedTest
  @MethodSource("singleAttributeChanges")
  void differsFromAnImageDifferingInOneAttribute(UnaryOperator<Image> change) {
    assertThat(change.apply(full())).isNotEqualTo(full());
  }

  @Test
  void withWidthChangesOnlyTheWidth() {
    Image changed = full().withWidth(800);
    assertThat(changed.width()).hasValue(800);
    assertThat(changed).isEqualTo(Image.builder().from(full()).width(800).build());
    assertThat(full().width()).hasValue(1600);
  }

  @Test
  void withZeroWidthIsRejected() {
    assertOnlyViolation("Image", () -> full().withWidth(0), "width", "must be positive", "0");
  }

  @Test
  void withNullAltTextIsRejectedAsRequired() {
    Violation violation = onlyViolation("Image", () -> full().withAltText(null));
    assertThat(violation.path()).hasToString("altText");
    assertThat(violation.rule()).isEqualTo("is required");
  }

  @Test
  void withRepeatedDepictedIsRejected() {
    assertOnlyViolation("Image", () -> full().withDepicted(ANA, ANA),
        "depicted[1]", "must not repeat a person", "ana-brnabic");
  }

  @Test
  void keepsItsRights() {
    Rights rights = Rights.builder().copyrightHolder("Photo agency")
        .licence(URI.create("https://creativecommons.org/licenses/by/4.0/")).build();
    Image image = minimalBuilder().rights(rights).build();
    assertThat(image.rights()).contains(rights);
    assertThat(minimalBuilder().build().rights()).isEmpty();
  }
}
