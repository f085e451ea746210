package dev.masthead.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The frozen documents of every released version, in {@code src/test/resources/compat/<version>/},
 * read by this one: a service on this version reads what any earlier one wrote. Each version's
 * directory holds what that version wrote, indented, and a {@code manifest.tsv} listing every file
 * with the model type it is read as and its SHA-256:
 *
 * <ul>
 *   <li>{@code golden/}: one document per model type with a codec (the golden files);
 *   <li>{@code seed/}: every document of the seed corpus (the magazine page);
 *   <li>{@code generated/}: generated documents of every type, plain and edge-case (Unicode,
 *       maximum lengths, unknown vocabulary values and block types, extensions, extreme dates).
 * </ul>
 *
 * <p>For every file: it reads, from bytes and from text, to the same value; written again, it is
 * the same JSON tree with every number digit for digit (nothing dropped, nothing invented); and
 * that reads to the same value again. A frozen file is never edited: its hash is checked, and
 * every file is listed. {@code docs/compatibility.md} is the policy these tests enforce; {@code
 * RELEASING.md} says how a release freezes its documents ({@link FreezeCompatibilityFixtures}).
 */
final class CompatibilityFixturesTest {
  private static final Path ROOT = Path.of("src", "test", "resources", "compat");
  private static final String MANIFEST = FreezeCompatibilityFixtures.MANIFEST;

  private static final MastheadJson JSON = MastheadJson.defaults();
  private static final JsonMapper MAPPER = JSON.mapper();

  /** A frozen file: the version that wrote it, its path there, its type and its hash. */
  record Fixture(String version, String path, Class<?> type, String sha256) {
    Path file() {
      return ROOT.resolve(version).resolve(path);
    }

    @Override
    public String toString() {
      return version + "/" + path;
    }
  }

  // ---- the frozen versions

  static Stream<String> versions() throws IOException {
    try (Stream<Path> children = Files.list(ROOT)) {
      return children.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          .sorted(Comparator.comparing(CompatibilityFixturesTest::versionKey)).toList().stream();
    }
  }

  /** "0.10" after "0.9": each part as a number, zero-padded. */
  private static String versionKey(String version) {
    StringBuilder key = new StringBuilder();
    for (String part : version.split("\\.")) {
      key.append(String.format("%09d.", Long.parseLong(part)));
    }
    return key.toString();
  }

  static Stream<Fixture> fixtures() throws IOException {
    return versions().flatMap(CompatibilityFixturesTest::manifest);
  }

  private static Stream<Fixture> manifest(String version) {
    try {
      List<Fixture> fixtures = new ArrayList<>();
      for (String line : Files.readAllLines(ROOT.resolve(version).resolve(MANIFEST), UTF_8)) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] fields = line.split("\t");
        assertThat(fields).as("%s/%s: path, type, sha256 in %s", version, MANIFEST, line)
            .hasSize(3);
        fixtures.add(new Fixture(version, fields[0], Class.forName(fields[1]), fields[2]));
      }
      return fixtures.stream();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(version + ": a frozen document's type is gone: " + e.getMessage()
          + " (docs/compatibility.md: a type is never renamed or removed in a minor release)", e);
    }
  }

  @Test
  void theFirstFormatIsFrozenAsZeroPointOne() throws IOException {
    assertThat(versions()).startsWith("0.1");
    System.out.printf("compatibility fixtures: %d documents of versions %s%n", fixtures().count(),
        versions().toList());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("versions")
  void everyFrozenFileIsListedOnceAndUnchanged(String version) throws IOException {
    Path directory = ROOT.resolve(version);
    List<Fixture> listed = manifest(version).toList();
    List<String> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files = walk.filter(Files::isRegularFile).map(p -> directory.relativize(p).toString()
          .replace('\\', '/')).filter(p -> !p.equals(MANIFEST)).toList();
    }
    List<String> changed = new ArrayList<>();
    for (Fixture fixture : listed) {
      if (!FreezeCompatibilityFixtures.sha256(Files.readAllBytes(fixture.file()))
          .equals(fixture.sha256())) {
        changed.add(fixture.path());
      }
    }

    assertThat(listed).as(version).isNotEmpty();
    assertThat(listed.stream().map(Fixture::path).toList()).as("files listed in %s/%s", version,
        MANIFEST).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
    assertThat(changed).as("frozen files of %s changed since they were frozen (RELEASING.md:"
        + " a frozen file is never edited)", version).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void readsAndWritesBackWithoutLosingAnything(Fixture fixture) throws IOException {
    byte[] input = Files.readAllBytes(fixture.file());

    Object read = JSON.read(input, fixture.type());
    byte[] written = JSON.writeBytes(read);

    assertThat(JSON.read(new String(input, UTF_8), fixture.type()))
        .as("%s read as text", fixture).isEqualTo(read);
    assertThat(MAPPER.readTree(written)).as("%s written again", fixture)
        .isEqualTo(MAPPER.readTree(input));
    assertThat(ForwardCompatibilityTest.numbers(written)).as("%s: numbers written again", fixture)
        .isEqualTo(ForwardCompatibilityTest.numbers(input));
    assertThat(JSON.read(written, fixture.type())).as("%s read again", fixture).isEqualTo(read);
  }
}
