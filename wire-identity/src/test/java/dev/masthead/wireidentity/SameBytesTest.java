package dev.masthead.wireidentity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.fixtures.SeedDocument;
import dev.masthead.model.Article;
import dev.masthead.wireidentity.Corpus.Frozen;
import dev.masthead.wireidentity.Corpus.Type;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One wire format on both Jackson lines: every seed document, every frozen compatibility
 * document and {@value Corpus#GENERATED} generated documents of each type (edge cases and future
 * documents on) are the same bytes from Jackson 3 and Jackson 2, compact and indented, and from
 * a user's plain mapper with the module of either line; each line reads the other's bytes into
 * an equal value. Each failure names the document, and for a generated one its seed. The
 * generated documents' bytes are also held to a digest, the same in the run on the newest
 * Jackson of each line and in the run on the oldest.
 */
final class SameBytesTest {
  private static int compared;

  @AfterAll
  static void report() {
    System.out.println("SameBytesTest: " + compared + " documents written byte-identical by "
        + "Jackson 3 and Jackson 2 (compact, indented, user mappers) and read across");
  }

  static List<SeedDocument<?>> seedDocuments() {
    return SeedCorpus.documents();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("seedDocuments")
  void seedDocumentIsTheSameBytesOnBothLinesAsTheFixturesShipIt(SeedDocument<?> document)
      throws IOException {
    byte[] shipped;
    try (InputStream in = SeedCorpus.openJson(document.resource())) {
      shipped = in.readAllBytes();
    }
    assertThat(sameOnBothLines(document.value(), document.type(), document.resource())).isEmpty();
    // The fixtures ship each document indented, with a final line end.
    byte[] indented = Line.JACKSON_2.write(document.value(), true);
    assertThat(new String(indented, UTF_8) + "\n").isEqualTo(new String(shipped, UTF_8));
  }

  static List<Frozen> frozenDocuments() throws IOException {
    return Corpus.frozen();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("frozenDocuments")
  void frozenDocumentReadsIntoTheSameValueAndBytesOnBothLines(Frozen frozen) {
    Object three = Line.JACKSON_3.read(frozen.bytes(), frozen.type(), false);
    Object two = Line.JACKSON_2.read(frozen.bytes(), frozen.type(), false);
    assertThat(two).isEqualTo(three);
    assertThat(sameOnBothLines(three, frozen.type(), frozen.toString())).isEmpty();
  }

  @Test
  void thereAreFrozenDocumentsOfEveryVersion() throws IOException {
    assertThat(Corpus.frozen()).hasSizeGreaterThanOrEqualTo(100);
  }

  static Stream<Type<?>> types() {
    return Corpus.types().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void generatedDocumentsAreTheSameBytesOnBothLines(Type<?> type) {
    List<String> failures = new ArrayList<>();
    Digests.Digest written = new Digests.Digest();
    for (long seed = 0; seed < Corpus.GENERATED; seed++) {
      Object value = type.generate(seed);
      failures.addAll(sameOnBothLines(value, type.type(), type + " seed " + seed));
      written.add(type + " seed " + seed, new String(Line.JACKSON_3.write(value, true), UTF_8));
    }
    assertThat(failures).as("of %s %s documents", Corpus.GENERATED, type).isEmpty();
    Digests.check("generated-" + type, written);
  }

  @Test
  void aCharacterOutsideTheBasicMultilingualPlaneIsItsFourUtf8BytesOnBothLines() {
    Article seed = SeedCorpus.article();
    Article article = Article.builder().from(seed)
        .headline("Rockets \uD83D\uDE80 and flags \uD83C\uDDEF\uD83C\uDDF5")
        .build();
    assertThat(sameOnBothLines(article, Article.class, "emoji headline")).isEmpty();
    assertThat(new String(Line.JACKSON_2.writeWithUserMapper(article), UTF_8))
        .contains("Rockets \uD83D\uDE80 and flags")
        .doesNotContain("\\ud83d", "\\uD83D");
  }

  /**
   * {@return what differs between the lines for this value}: its bytes compact, indented and
   * from user mappers, and each line's reading of the other's bytes
   */
  private static List<String> sameOnBothLines(Object value, Class<?> type, String what) {
    compared++;
    List<String> failures = new ArrayList<>();
    for (boolean indent : new boolean[] {false, true}) {
      byte[] three = Line.JACKSON_3.write(value, indent);
      byte[] two = Line.JACKSON_2.write(value, indent);
      String form = indent ? "indented" : "compact";
      if (!Arrays.equals(three, two)) {
        failures.add(what + " (" + form + "): the bytes differ\n  Jackson 3: "
            + new String(three, UTF_8) + "\n  Jackson 2: " + new String(two, UTF_8));
        continue;
      }
      if (!value.equals(Line.JACKSON_2.read(three, type, false))) {
        failures.add(what + " (" + form + "): Jackson 2 reads Jackson 3's bytes differently");
      }
      if (!value.equals(Line.JACKSON_3.read(two, type, false))) {
        failures.add(what + " (" + form + "): Jackson 3 reads Jackson 2's bytes differently");
      }
    }
    byte[] compact = Line.JACKSON_3.write(value, false);
    for (Line line : Line.values()) {
      byte[] user = line.writeWithUserMapper(value);
      if (!Arrays.equals(compact, user)) {
        failures.add(what + ": a user's " + line + " mapper writes other bytes\n  MastheadJson: "
            + new String(compact, UTF_8) + "\n  user mapper:  " + new String(user, UTF_8));
      }
    }
    return failures;
  }
}
