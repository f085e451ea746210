package dev.masthead.interop.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.Generators;
import dev.masthead.jackson.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.Directory;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Rights;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * Generated articles written without the sidecar, as a partner that wants none gets them: the
 * item reads back as a foreign one, and writing that again gives the same JSON tree (ninjs →
 * Masthead → ninjs); the article read back differs from the original only in the attributes
 * docs/interop.md lists as lost without the sidecar.
 */
final class WithoutSidecarTest {
  static final int GENERATED = 500;
  private static final int PER_SEED = 50;

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Generators EDGE_CASES = Generators.builder().edgeCases(0.3).build();
  private static final NinjsWriter PLAIN = NinjsWriter.builder().sidecar(false).build();

  /** What ninjs alone cannot say of an article (docs/interop.md, "without the sidecar"). */
  static final Set<String> LOST = Set.of("updated", "body", "tags", "byline", "leadImage",
      "extensions");

  private static final Map<String, Function<Article, Object>> ATTRIBUTES = Map.ofEntries(
      Map.entry("id", Article::id), Map.entry("slug", Article::slug),
      Map.entry("headline", Article::headline), Map.entry("standfirst", Article::standfirst),
      Map.entry("body", Article::body), Map.entry("published", Article::published),
      Map.entry("updated", Article::updated), Map.entry("language", Article::language),
      Map.entry("section", Article::section), Map.entry("tags", Article::tags),
      Map.entry("byline", Article::byline), Map.entry("leadImage", Article::leadImage),
      Map.entry("canonicalUrl", Article::canonicalUrl), Map.entry("related", Article::related),
      Map.entry("events", Article::events), Map.entry("extensions", Article::extensions),
      // The issue 13 attributes, each as ninjs says it: without the extensions of its values
      // (lost, as every extension but ninjs:* is) and, for concepts, whatever tag holds them.
      Map.entry("alternativeHeadlines", a -> a.alternativeHeadlines().stream()
          .map(h -> List.of(h.text(), h.role())).toList()),
      Map.entry("revision", Article::revision), Map.entry("genres", Article::genres),
      Map.entry("rights", a -> a.rights().map(WithoutSidecarTest::rights)),
      Map.entry("leadImage.rights", a -> a.leadImage().flatMap(Image::rights)
          .map(WithoutSidecarTest::rights)),
      Map.entry("body.image.rights", a -> a.body().stream()
          .flatMap(block -> block instanceof ImageBlock image ? Stream.of(image.image()
              .rights().map(WithoutSidecarTest::rights)) : Stream.empty()).toList()),
      Map.entry("tags.concept", a -> a.tags().stream().flatMap(t -> t.concept().stream())
          .map(URI::toString).sorted().toList()));

  private static List<Object> rights(Rights rights) {
    return List.of(rights.copyrightHolder(), rights.copyrightNotice(), rights.licence());
  }

  static Stream<Long> seeds() {
    return IntStream.range(0, GENERATED / PER_SEED).mapToObj(i -> 0x0DD5_0000L + i);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writesBackTheSameTreeAndLosesOnlyWhatNinjsCannotSay(long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Integer> differing = new TreeMap<>();
    for (int i = 0; i < PER_SEED; i++) {
      int index = i;
      Article article = EDGE_CASES.article(random);
      Directory directory = EDGE_CASES.directory(random);
      String item = PLAIN.write(article, directory);
      assertThat(StockSchema.errors(item)).as("seed %d, article %d", seed, index).isEmpty();
      Article read = NinjsReader.defaults().read(item);
      assertThat(MAPPER.readTree(PLAIN.write(read, directory)))
          .as(() -> "seed " + seed + ", article " + index + ": "
              + MastheadJson.defaults().write(article))
          .isEqualTo(MAPPER.readTree(item));
      ATTRIBUTES.forEach((name, attribute) -> {
        if (!attribute.apply(article).equals(attribute.apply(read))) {
          differing.merge(name, 1, Integer::sum);
        }
      });
    }
    assertThat(LOST).as("seed %d: attributes that differ, and how often: %s", seed, differing)
        .containsAll(differing.keySet());
  }
}
