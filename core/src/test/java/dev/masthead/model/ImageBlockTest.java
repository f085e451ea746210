package dev.masthead.model;

import static dev.masthead.model.Rejections.onlyViolation;
import static dev.masthead.model.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class ImageBlockTest {
  private static final Image IMAGE = Image.builder()
      .url(URI.create("https://img.example.com/conference.jpg"))
      .altText("Delegates at the conference")
      .caption("The opening session")
      .credit("Photo: The Region")
      .build();
  private static final Image OTHER = Image.of(URI.create("https://img.example.com/b.jpg"), "B");

  private static ImageBlock full() {
    return ImageBlock.builder()
        .image(IMAGE)
        .putExtension("acme:layout", RawJson.of("\"wide\""))
        .build();
  }

  @Test
  void buildsBlockShowingAnImage() {
    ImageBlock block = ImageBlock.of(IMAGE);

    assertThat(block.image()).isEqualTo(IMAGE);
    assertThat(block.extensions()).isEmpty();
    assertThat(block.type()).isEqualTo("image").isEqualTo(ImageBlock.TYPE);
    assertThat(Block.knownTypes()).contains(ImageBlock.TYPE);
  }

  @Test
  void buildsFullyPopulatedBlockAndReadsEveryAttributeBack() {
    ImageBlock block = full();

    assertThat(block.image()).isEqualTo(IMAGE);
    assertThat(block.extensions()).containsExactly(Map.entry("acme:layout", RawJson.of("\"wide\"")));
  }

  @Test
  void reportsMissingImageAsRequired() {
    Violation violation = onlyViolation("ImageBlock", () -> ImageBlock.builder().build());
    assertThat(violation.path()).hasToString("image");
    assertThat(violation.rule()).isEqualTo("is required");
    assertThat(violation.value()).isEmpty();
  }

  @Test
  void reportsNullImageAsRequired() {
    Violation violation = onlyViolation("ImageBlock", () -> ImageBlock.of(null));
    assertThat(violation.path()).hasToString("image");
    assertThat(violation.rule()).isEqualTo("is required");
  }

  @ParameterizedTest
  @ValueSource(strings = {"image", "type"})
  void rejectsExtensionNamedLikeOneOfItsProperties(String name) {
    Violation violation = onlyViolation("ImageBlock",
        () -> ImageBlock.builder().image(IMAGE).putExtension(name, RawJson.of("1")).build());
    assertThat(violation.path()).hasToString("extensions." + name);
    assertThat(violation.rule()).isEqualTo("extension name must not be a property of ImageBlock");
    assertThat(violation.value()).contains(name);
  }

  @Test
  void keepsValidExtension() {
    ImageBlock block =
        ImageBlock.builder().image(IMAGE).putExtension("url", RawJson.of("\"x\"")).build();
    // "url" is a property of Image, not of ImageBlock: a valid extension name here.
    assertThat(block.extensions()).containsExactly(Map.entry("url", RawJson.of("\"x\"")));
  }

  @Test
  void reportsEveryViolationAtOnce() {
    ContentValidationException exception = rejected("ImageBlock", () -> ImageBlock.builder()
        .putExtension("type", RawJson.of("\"image\""))
        .putExtension("acme:x", null)
        .build());

    assertThat(exception.violations())
        .extracting(v -> v.path().toString())
        .containsExactly("image", "extensions.type", "extensions[\"acme:x\"]");
  }

  @Test
  void equalsAndHashesLikeABlockBuiltSeparately() {
    assertThat(full()).isEqualTo(full()).hasSameHashCodeAs(full());
    assertThat(ImageBlock.of(IMAGE)).isEqualTo(ImageBlock.builder().image(IMAGE).build());
  }

  @Test
  void differsFromABlockDifferingInOneAttribute() {
    assertThat(full().withImage(OTHER)).isNotEqualTo(full());
    assertThat(full().withExtensions(Map.of())).isNotEqualTo(full());
  }

  @Test
  void withImageChangesOnlyTheImage() {
    ImageBlock changed = full().withImage(OTHER);
    assertThat(changed.image()).isEqualTo(OTHER);
    assertThat(changed.extensions()).isEqualTo(full().extensions());
    assertThat(full().image()).isEqualTo(IMAGE);
  }

  @Test
  void withNullImageIsRejectedAsRequired() {
    Violation violation = onlyViolation("ImageBlock", () -> full().withImage(null));
    assertThat(violation.path()).hasToString("image");
    assertThat(violation.rule()).isEqualTo("is required");
  }

  @Test
  void withExtensionNamedImageIsRejected() {
    Violation violation = onlyViolation("ImageBlock",
        () -> full().withExtensions(Map.of("image", RawJson.of("1"))));
    assertThat(violation.path()).hasToString("extensions.image");
  }
}
