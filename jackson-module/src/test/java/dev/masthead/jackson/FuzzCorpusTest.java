package dev.masthead.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.codec.Wire;
import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the fuzz tests' committed inputs honest: each is named after the type its first byte
 * picks, and the read fuzz test covers every type the module reads.
 */
final class FuzzCorpusTest {
  @Test
  void readFuzzTestCoversEveryTypeTheModuleReads() {
    assertThat(new HashSet<>(ReadFuzzTest.TYPES)).hasSameSizeAs(ReadFuzzTest.TYPES)
        .isEqualTo(Wire.modelTypes());
  }

  @Test
  void everyReadInputIsNamedAfterTheTypeItReads() throws IOException {
    List<String> misnamed = misnamed("ReadFuzzTestInputs",
        first -> ReadFuzzTest.typeOf(first).getSimpleName());
    assertThat(misnamed).isEmpty();
  }

  @Test
  void everyRoundTripInputIsNamedAfterTheKindItGenerates() throws IOException {
    List<String> misnamed = misnamed("RoundTripFuzzTestInputs",
        first -> RoundTripFuzzTest.kindOf(first).type().getSimpleName());
    assertThat(misnamed).isEmpty();
  }

  @Test
  void readStringDecodesLoneSurrogatesAndKeepsValidUtf8() {
    byte[] input = {'x', 'a', (byte) 0xED, (byte) 0xA0, (byte) 0x80, (byte) 0xC3, (byte) 0xA9,
        (byte) 0xF0, (byte) 0x9F, (byte) 0x9A, (byte) 0x80, (byte) 0xC3, '(', (byte) 0xC0,
        (byte) 0xAF};
    assertThat(ReadFuzzTest.wtf8(input, 1))
        .isEqualTo("a\uD800é\uD83D\uDE80\uFFFD(\uFFFD\uFFFD");
  }

  /** The inputs whose name does not start with the name their first byte picks, and a '-'. */
  private static List<String> misnamed(String directory, Function<Byte, String> picks)
      throws IOException {
    URL url = FuzzCorpusTest.class.getResource(directory);
    assertThat(url).as("resource directory %s", directory).isNotNull();
    Path root;
    try {
      root = Paths.get(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    List<String> misnamed = new ArrayList<>();
    int count = 0;
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        count++;
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        String expected = bytes.length == 0 ? "(empty input)" : picks.apply(bytes[0]) + "-";
        if (!name.startsWith(expected)) {
          misnamed.add(root.relativize(file) + " picks " + expected);
        }
      }
    }
    assertThat(count).as("inputs in %s", directory).isPositive();
    return misnamed;
  }
}
