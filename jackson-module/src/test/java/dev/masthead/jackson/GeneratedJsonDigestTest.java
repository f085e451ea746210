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
      "df6731886ffd6f9ebe0f9cddc1a3118c43dea7a121821efe556fea9e03cf0410";
  private static final String EDGY_ARTICLES =
      "b3ae76be0f6e97257a3229ee057c41f4fa82a266aebc38ea94968badcccd0a85";
  private static final String EVENTS =
      "fdc774f3f0305596ebf376d567b49d08f19ee3e577f02af78250f320b68f292c";
  private static final String EDGY_PEOPLE =
      "38550e0deed7bec14e41341d9d4153c0271b65e6311b2984a1f417aac3f5c2e2";
}
