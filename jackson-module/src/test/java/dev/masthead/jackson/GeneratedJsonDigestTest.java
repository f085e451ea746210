package dev.masthead.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.Generators;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * The same seed gives the same JSON bytes, in any run on any JVM: the SHA-256 of what MastheadJson
 * writes for generated documents of seed 42 is checked in. If the generators or the wire format
 * change on purpose, update the digests from the failure message.
 */
final class GeneratedJsonDigestTest {
  private static final Generators EDGY = Generators.builder().edgeCases(0.2).build();

  private static String digest(Function<RandomGenerator, Object> generator) throws
      NoSuchAlgorithmException {
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    SplittableRandom random = new SplittableRandom(42);
    for (int i = 0; i < 200; i++) {
      sha.update(MastheadJson.defaults().writeBytes(generator.apply(random)));
      sha.update((byte) '\n');
    }
    return HexFormat.of().formatHex(sha.digest());
  }

  @Test
  void generatedDocumentsOfSeed42AreTheSameBytesEverywhere() throws Exception {
    String articles = digest(Generators.defaults()::article);
    String edgyArticles = digest(EDGY::article);
    String events = digest(Generators.defaults()::event);
    String people = digest(EDGY::person);
    // A second run in the same JVM gives the same bytes too.
    assertThat(digest(Generators.defaults()::article)).isEqualTo(articles);
    assertThat(String.join("\n", articles, edgyArticles, events, people)).isEqualTo(String.join(
        "\n", ARTICLES, EDGY_ARTICLES, EVENTS, EDGY_PEOPLE));
  }

  private static final String ARTICLES =
      "c714731054f5cda270923bed22810e1eb080034c3145576a819192877148dac4";
  private static final String EDGY_ARTICLES =
      "d0c446cb7f0e74c9eab41fc98cf7a8958da75bd1af8334b1c0de31166dbb32cf";
  private static final String EVENTS =
      "6c9d86ba5b9092c8aaeb75f62c2a7a2695f375b6c9cae64f9c706c6b00803e3a";
  private static final String EDGY_PEOPLE =
      "2edada51f1f3ce4b690fb06ac99ce1f04698a1ed39231a7eaea957b7e242de08";
}
