package dev.masthead.interop.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.SeedCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The seed article's ninjs item, checked in ({@code src/test/resources/golden/}) so that a
 * change to the mapping shows in review. Regenerate with {@code ./mvnw -B -ntp -o -pl interop
 * verify -Dtest=SeedGoldenNinjsTest -Dmasthead.updateGolden=true} and read the diff.
 */
final class SeedGoldenNinjsTest {
  private static final boolean UPDATE = Boolean.getBoolean("masthead.updateGolden");
  private static final String FILE = "golden/seed-article.ninjs.json";

  @Test
  void seedItemIsTheCheckedInOne() throws IOException {
    String item = NinjsWriter.builder().publication(SeedCorpus.publication()).indent(true)
        .build().write(SeedCorpus.article(), SeedCorpus.directory()) + "\n";
    Path source = moduleDir().resolve("src/test/resources").resolve(FILE);
    if (UPDATE) {
      Files.createDirectories(source.getParent());
      Files.writeString(source, item, StandardCharsets.UTF_8);
    }
    try (var in = SeedGoldenNinjsTest.class.getResourceAsStream("/" + FILE)) {
      String golden = UPDATE ? Files.readString(source, StandardCharsets.UTF_8)
          : new String(in.readAllBytes(), StandardCharsets.UTF_8);
      assertThat(item).isEqualTo(golden);
    }
    assertThat(StockSchema.errors(item)).isEmpty();
    assertThat(NinjsReader.defaults().read(item)).isEqualTo(SeedCorpus.article());
  }

  private static Path moduleDir() {
    Path dir = Path.of("").toAbsolutePath();
    return Files.exists(dir.resolve("interop")) ? dir.resolve("interop") : dir;
  }
}
