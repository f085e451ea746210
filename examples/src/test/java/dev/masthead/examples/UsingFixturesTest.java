package dev.masthead.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.Generators;
import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.jackson.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.Person;
import java.io.IOException;
import java.io.InputStream;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

final class UsingFixturesTest {
  private static final MastheadJson JSON = MastheadJson.defaults();

  @Test
  void seedValuesAreReadyToUse() {
    Article article = SeedCorpus.article();
    Person ambassador = SeedCorpus.akiraImamura();

    assertThat(article.headline()).isEqualTo("Japan’s Long-Term Vision for the Western Balkans");
    assertThat(ambassador.formalName()).isEqualTo("H.E. Akira Imamura");
  }

  static LongStream seeds() {
    return LongStream.range(0, 100);
  }

  // The same seed gives the same article on any JVM: a failure names its seed, rerun with it.
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedArticlesSurviveAJsonRoundTrip(long seed) {
    Article article = Generators.defaults().article(new SplittableRandom(seed));

    String json = JSON.write(article);  // your code under test goes here

    assertThat(JSON.read(json, Article.class)).as("seed %d", seed).isEqualTo(article);
  }

  @Test
  void seedJsonReadsIntoTheSeedValue() throws IOException {
    String resource = "META-INF/masthead/fixtures/seed/person/akira-imamura.json";
    try (InputStream in = SeedCorpus.openJson(resource)) {
      assertThat(JSON.read(in, Person.class)).isEqualTo(SeedCorpus.akiraImamura());
    }
  }
}
