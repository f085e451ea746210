package dev.masthead.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.fixtures.SeedDocument;
import dev.masthead.jackson.RoundTripPropertyTest.Kind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Freezes what this version writes as the compatibility fixtures of a release, read by every
 * later build ({@link CompatibilityFixturesTest}). Run by the release procedure (RELEASING.md):
 *
 * <pre>{@code
 * ./mvnw -B -ntp -Pfreeze-compat -pl jackson-module -am verify -DskipTests \
 *     -Dmasthead.freezeCompat=0.2
 * }</pre>
 *
 * <p>It writes {@code src/test/resources/compat/<version>/}: the golden document of every type,
 * every seed document, and generated documents of every type (even seeds plain, odd seeds
 * edge-case), each indented as {@code MastheadJson} writes it with a line end, and {@code
 * manifest.tsv} listing each file with its model type and SHA-256. It refuses to write a version
 * that is already frozen.
 */
public final class FreezeCompatibilityFixtures {
  static final String MANIFEST = "manifest.tsv";

  private static final int DOCUMENT_SEEDS = 10;
  private static final int PART_SEEDS = 4;
  private static final MastheadJson INDENTED = MastheadJson.builder().indent(true).build();

  /** A document this version writes, to be frozen at a path. */
  record Frozen(String path, Class<?> type, Object value) {}

  private FreezeCompatibilityFixtures() {}

  /**
   * Freezes this version's documents.
   *
   * @param args the directory of all frozen versions, and the version to freeze (major.minor)
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2 || !args[1].matches("[0-9]+\\.[0-9]+")) {
      throw new IllegalArgumentException("usage: FreezeCompatibilityFixtures <compat directory>"
          + " <major.minor> (-Dmasthead.freezeCompat=X.Y), not " + List.of(args));
    }
    Path directory = Path.of(args[0]).resolve(args[1]);
    if (Files.exists(directory)) {
      throw new IllegalStateException(directory + " is frozen already: a frozen version is never"
          + " written again (RELEASING.md)");
    }
    StringBuilder manifest = new StringBuilder("# Frozen documents of Masthead " + args[1]
        + ": path, model type, SHA-256. Never edit; see RELEASING.md.\n");
    List<Frozen> documents = current();
    for (Frozen document : documents) {
      byte[] bytes = (INDENTED.write(document.value()) + "\n").getBytes(UTF_8);
      Path file = directory.resolve(document.path());
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      manifest.append(document.path()).append('\t').append(document.type().getName())
          .append('\t').append(sha256(bytes)).append('\n');
    }
    Files.writeString(directory.resolve(MANIFEST), manifest, UTF_8);
    System.out.printf("froze %d documents in %s%n", documents.size(), directory);
  }

  /** What this version writes, to freeze. */
  static List<Frozen> current() {
    List<Frozen> documents = new ArrayList<>();
    GoldenFilesTest.goldens().forEach(golden ->
        documents.add(new Frozen("golden/" + golden.file(), golden.type(), golden.value())));
    for (SeedDocument<?> seed : SeedCorpus.documents()) {
      String resource = seed.resource();
      documents.add(new Frozen(resource.substring(resource.lastIndexOf("seed/")), seed.type(),
          seed.value()));
    }
    for (Kind<?> kind : RoundTripPropertyTest.documentKinds()) {
      for (long seed = 0; seed < DOCUMENT_SEEDS; seed++) {
        documents.add(generated(kind, seed));
      }
    }
    for (Kind<?> kind : RoundTripPropertyTest.partKinds()) {
      for (long seed = 0; seed < PART_SEEDS; seed++) {
        documents.add(generated(kind, seed));
      }
    }
    return documents;
  }

  private static <T> Frozen generated(Kind<T> kind, long seed) {
    T value = kind.generator().generate(RoundTripPropertyTest.generators(seed),
        new SplittableRandom(seed));
    return new Frozen("generated/" + kind + "-" + seed + ".json", kind.type(), value);
  }

  /** {@return the SHA-256 of the bytes, in lower-case hex} */
  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every Java platform has SHA-256", e);
    }
  }
}
