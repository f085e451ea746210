package dev.masthead.wireidentity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.jackson.WorstDocuments;
import dev.masthead.wireidentity.Corpus.Type;
import dev.masthead.wireidentity.Line.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same problems on both Jackson lines: for every hostile document, reading it with Jackson 3
 * and with Jackson 2 gives the same outcome, an equal value or the same problems (each one's
 * JSON Pointer, rule and offending value, in order), the same count and the same message. The
 * hostile corpus: jackson-module's committed fuzz inputs read as every document type, its worst
 * documents, the next version's documents, and {@value #MUTANTS} seeded mutants per type of
 * generated documents (cut short, a byte dropped, replaced or inserted, a stretch repeated),
 * each read from bytes and from text, with the default limits and with {@link Line#TIGHT} ones.
 *
 * <p>And the same outcomes on every supported Jackson: each test's outcomes are digested and
 * held to the digest in {@code digests.properties}, in the run on the newest Jackson of each
 * line and in the run on the oldest.
 */
final class SameProblemsTest {
  /** Mutants of generated documents per type. */
  static final int MUTANTS = 400;

  /** Bytes a mutant puts in: JSON's structure, number and literal starts, and bad UTF-8. */
  private static final byte[] NOISE = {'{', '}', '[', ']', ',', ':', '"', '\\', '0', '-', '1',
      'e', '.', 'n', 't', 'f', ' ', 0x00, 0x1F, (byte) 0xC0, (byte) 0x80, (byte) 0xFF,
      (byte) 0xED, (byte) 0xF4};

  private static int documents;
  private static int failing;

  /** Every outcome of the test running, for {@link Digests}. */
  private final Digests.Digest outcomes = new Digests.Digest();

  @AfterAll
  static void report() {
    System.out.println("SameProblemsTest: " + documents + " hostile reads compared on both lines, "
        + failing + " of them failing with the same problems");
  }

  @Test
  void fuzzInputsGiveTheSameOutcomeOnBothLines() throws IOException {
    Path inputs = Corpus.jacksonModuleResources()
        .resolve("dev/masthead/jackson/ReadFuzzTestInputs");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(inputs)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThan(100);
    List<String> differences = new ArrayList<>();
    for (Path file : files) {
      byte[] input = Files.readAllBytes(file);
      // The first byte picks the type the fuzz test reads: here every type reads the rest.
      byte[] document = input.length == 0 ? input : Arrays.copyOfRange(input, 1, input.length);
      for (Type<?> type : Corpus.types()) {
        differences.addAll(compareBytes(document, type.type(), file.getFileName() + " as "
            + type));
      }
    }
    assertThat(differences).isEmpty();
    Digests.check("fuzz-inputs", outcomes);
  }

  @Test
  void worstDocumentsGiveTheSameProblemsOnBothLines() {
    List<String> differences = new ArrayList<>();
    for (WorstDocuments.Document worst : WorstDocuments.all(64 * 1024)) {
      differences.addAll(compare(worst.json(), dev.masthead.model.Article.class,
          worst.toString(), false));
    }
    assertThat(differences).isEmpty();
    Digests.check("worst-documents", outcomes);
  }

  @Test
  void nextVersionDocumentsReadIntoEqualValuesOnBothLines() throws IOException {
    Path next = Corpus.jacksonModuleResources().resolve("next-version");
    List<String> differences = new ArrayList<>();
    int read = 0;
    for (Type<?> type : Corpus.types()) {
      Path file = next.resolve(fileName(type));
      byte[] json = Files.readAllBytes(file);
      Outcome three = Outcome.of(() -> Line.JACKSON_3.read(json, type.type(), false));
      assertThat(three.failed()).as("%s reads", file).isFalse();
      differences.addAll(compare(json, type.type(), file.getFileName().toString(), false));
      read++;
    }
    assertThat(read).isEqualTo(Corpus.types().size());
    assertThat(differences).isEmpty();
    Digests.check("next-version", outcomes);
  }

  /** "ArticleSummary" is in article-summary.json. */
  private static String fileName(Type<?> type) {
    return type.toString().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT)
        + ".json";
  }

  static Stream<Type<?>> types() {
    return Corpus.types().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void mutantsOfGeneratedDocumentsGiveTheSameOutcomeOnBothLines(Type<?> type) {
    List<String> differences = new ArrayList<>();
    for (long seed = 0; seed < MUTANTS; seed++) {
      byte[] original = Line.JACKSON_3.write(type.generate(seed), seed % 3 == 0);
      byte[] mutant = mutate(original, new SplittableRandom(seed * 31 + 7));
      differences.addAll(compareBytes(mutant, type.type(), type + " mutant " + seed));
      String text = new String(mutant, UTF_8);
      for (boolean tight : new boolean[] {false, true}) {
        Outcome three = Outcome.of(() -> Line.JACKSON_3.read(text, type.type(), tight));
        Outcome two = Outcome.of(() -> Line.JACKSON_2.read(text, type.type(), tight));
        differences.addAll(differ(three, two, type + " mutant " + seed + " as text"
            + (tight ? ", tight limits" : "")));
      }
    }
    assertThat(differences).isEmpty();
    Digests.check("mutants-" + type, outcomes);
  }

  /** One mutation of the document, chosen by the random generator. */
  private static byte[] mutate(byte[] json, SplittableRandom random) {
    int at = random.nextInt(json.length);
    byte[] out;
    switch (random.nextInt(5)) {
      case 0 -> out = Arrays.copyOf(json, at);
      case 1 -> {
        out = new byte[json.length - 1];
        System.arraycopy(json, 0, out, 0, at);
        System.arraycopy(json, at + 1, out, at, json.length - at - 1);
      }
      case 2 -> {
        out = json.clone();
        out[at] = NOISE[random.nextInt(NOISE.length)];
      }
      case 3 -> {
        out = new byte[json.length + 1];
        System.arraycopy(json, 0, out, 0, at);
        out[at] = NOISE[random.nextInt(NOISE.length)];
        System.arraycopy(json, at, out, at + 1, json.length - at);
      }
      default -> {
        // A stretch repeated where it was: repeated properties, elements, brackets.
        int length = 1 + random.nextInt(Math.min(200, json.length - at));
        out = new byte[json.length + length];
        System.arraycopy(json, 0, out, 0, at + length);
        System.arraycopy(json, at, out, at + length, json.length - at);
      }
    }
    return out;
  }

  /** The differences reading bytes, with the default limits and with tight ones. */
  private List<String> compareBytes(byte[] json, Class<?> type, String what) {
    List<String> differences = new ArrayList<>(compare(json, type, what, false));
    differences.addAll(compare(json, type, what + ", tight limits", true));
    return differences;
  }

  private List<String> compare(byte[] json, Class<?> type, String what, boolean tight) {
    Outcome three = Outcome.of(() -> Line.JACKSON_3.read(json, type, tight));
    Outcome two = Outcome.of(() -> Line.JACKSON_2.read(json, type, tight));
    return differ(three, two, what);
  }

  private List<String> differ(Outcome three, Outcome two, String what) {
    documents++;
    outcomes.add(what, three.toString());
    if (three.failed()) {
      failing++;
    }
    if (three.equals(two)) {
      return List.of();
    }
    return List.of(what + ":\n  Jackson 3: " + three + "\n  Jackson 2: " + two);
  }
}
