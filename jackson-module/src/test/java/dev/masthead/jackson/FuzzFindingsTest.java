package dev.masthead.jackson;

import dev.masthead.model.ContentReadException;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.model.Article;
import dev.masthead.model.Block;
import org.junit.jupiter.api.Test;

/**
 * Plain regression tests of what the Jazzer fuzz tests ({@link ReadFuzzTest}, {@link
 * RoundTripFuzzTest}) found; each finding's input is also committed as a named input of the fuzz
 * test that found it.
 */
final class FuzzFindingsTest {
  private static final MastheadJson JSON = MastheadJson.defaults();

  private static final String MINIMAL = "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"h\","
      + "\"published\":\"2025-12-25T08:00:00Z\",\"language\":\"en\"";

  /**
   * ReadFuzzTest#readString, input Block-crash-nested-name-of-121-chars-364-utf8-bytes: a name
   * inside an extension's value, within 256 characters but over 256 UTF-8 bytes, read from text
   * (where Jackson counts characters) but could not be read back from the bytes it was written
   * as (where Jackson counts bytes). The model now bounds every name in raw JSON as it bounds
   * extension names, so text and bytes reject it alike, at the extension.
   */
  @Test
  void nestedNameOver256Utf8BytesIsRejectedFromTextAsFromBytes() {
    String name = "é".repeat(200); // 200 characters, 400 bytes
    String document = MINIMAL + ",\"acme:x\":{\"" + name + "\":1}}";

    ContentReadException fromText = catchThrowableOfType(ContentReadException.class,
        () -> JSON.read(document, Article.class));
    ContentReadException fromBytes = catchThrowableOfType(ContentReadException.class,
        () -> JSON.read(document.getBytes(UTF_8), Article.class));

    assertThat(fromText).isNotNull();
    assertThat(fromText.pointer()).isEqualTo("/acme:x");
    assertThat(fromText.rule()).isEqualTo("must be a property name of at most 256 bytes in UTF-8");
    assertThat(fromBytes).isNotNull();
    assertThat(fromBytes.pointer()).isEqualTo("/acme:x");
    assertThat(fromBytes.rule()).isEqualTo(fromText.rule());
  }

  /** The fuzzer's own input: a name of 121 U+FFFD (364 bytes) deep in an unknown block. */
  @Test
  void unknownBlockWithANestedNameOver256Utf8BytesIsRejectedFromText() {
    String name = "\uFFFD".repeat(121);
    String document = "{\"x\":{\"a\":{\"" + name + "\":2}},\"type\":\"poll\"}";

    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> JSON.read(document, Block.class));

    assertThat(e).isNotNull();
    assertThat(e.pointer()).isEqualTo("/x/a");
    assertThat(e.rule()).isEqualTo("must be a property name of at most 256 bytes in UTF-8");
  }

  /** Names of 256 UTF-8 bytes, nested or not, still read from text and bytes and round-trip. */
  @Test
  void nestedNameOf256Utf8BytesRoundTripsFromTextAndBytes() {
    String name = "é".repeat(128);
    String document = MINIMAL + ",\"acme:x\":{\"" + name + "\":1}}";

    Article fromText = JSON.read(document, Article.class);
    Article fromBytes = JSON.read(document.getBytes(UTF_8), Article.class);

    assertThat(fromBytes).isEqualTo(fromText);
    assertThat(JSON.read(JSON.writeBytes(fromText), Article.class)).isEqualTo(fromText);
  }
}
