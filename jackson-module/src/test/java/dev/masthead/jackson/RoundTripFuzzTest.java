package dev.masthead.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.masthead.fixtures.Generators;
import dev.masthead.jackson.RoundTripPropertyTest.Kind;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;

/**
 * Fuzzes the round trip of valid values: the fixtures' {@link Generators}, steered by the
 * fuzzer's input, build a value of one model type; writing it and reading it back (from bytes,
 * text and a stream) gives an equal value, writing that again gives the same bytes, and the
 * indented form reads to the same value too. Where {@code RoundTripPropertyTest} walks fixed
 * seeds, this lets coverage pick the generators' choices.
 *
 * <p>The input, byte by byte (every header byte printable in the committed inputs):
 *
 * <ol>
 *   <li>the kind: low six bits modulo the number of {@link #KINDS} ('@' + index in committed
 *       inputs: '@' {@code Article}, 'A' {@code ArticleSummary} and so on);
 *   <li>the most elements a list gets: low four bits ('0' to '9' for 0 to 9, up to 15);
 *   <li>how often an optional attribute is filled, and
 *   <li>how often a choice takes an edge case: each the low four bits in tenths, at most 1
 *       ('0' never, '5' half the time, ':' always);
 *   <li>flags: bit 0 for future documents (unknown properties, block types and vocabulary
 *       values), bit 1 for randomness from the input ('0' to '3');
 *   <li>the rest: with bit 1 set, the generators' random numbers themselves, eight bytes to a
 *       {@code long} (then, once used up, a {@link SplittableRandom} seeded with the input's
 *       length); without it, folded into the seed of a {@link SplittableRandom} ({@code seed =
 *       31 * seed + byte}, as in {@code String.hashCode}).
 * </ol>
 *
 * <p>A missing byte counts as zero. Committed inputs live in {@code
 * src/test/resources/dev/masthead/jackson/RoundTripFuzzTestInputs/generatedValuesRoundTrip/},
 * named after their kind; the default build replays them (Jazzer's regression mode). To fuzz
 * for real, instrumenting Jackson and Masthead:
 *
 * <pre>
 * jackson-module/fuzz.sh RoundTripFuzzTest#generatedValuesRoundTrip 5m
 * </pre>
 */
final class RoundTripFuzzTest {
  private static final MastheadJson COMPACT = MastheadJson.defaults();
  private static final MastheadJson INDENTED = MastheadJson.builder().indent(true).build();

  /**
   * Every type the fixtures generate, in the order the first input byte picks them: the document
   * kinds, then the part kinds, of {@link RoundTripPropertyTest}. Append new kinds at the end of
   * the parts, so that the committed inputs keep their meaning ({@link FuzzCorpusTest} checks).
   */
  static final List<Kind<?>> KINDS = Stream.concat(RoundTripPropertyTest.documentKinds().stream(),
      RoundTripPropertyTest.partKinds().stream()).toList();

  /** The kind an input's first byte picks. */
  static Kind<?> kindOf(byte first) {
    return KINDS.get((first & 0x3F) % KINDS.size());
  }

  @FuzzTest
  void generatedValuesRoundTrip(byte[] input) {
    Kind<?> kind = kindOf(at(input, 0));
    Generators generators = Generators.builder()
        .maxItems(at(input, 1) & 0x0F)
        .optionalFill(tenths(at(input, 2)))
        .edgeCases(tenths(at(input, 3)))
        .futureDocuments((at(input, 4) & 1) != 0)
        .build();
    RandomGenerator random = (at(input, 4) & 2) != 0
        ? new InputRandom(input, 5)
        : new SplittableRandom(fold(input, 5));
    assertRoundTrips(kind, generators, random);
  }

  private static <T> void assertRoundTrips(Kind<T> kind, Generators generators,
      RandomGenerator random) {
    T value = kind.generator().generate(generators, random);
    byte[] bytes = COMPACT.writeBytes(value);
    String text = COMPACT.write(value);
    assertThat(text).as("write(x) is writeBytes(x) as text").isEqualTo(new String(bytes, UTF_8));

    T read = COMPACT.read(bytes, kind.type());
    assertThat(read).as("read(writeBytes(x)) equals x").isEqualTo(value);
    assertThat(COMPACT.read(text, kind.type())).as("read(write(x)) equals x").isEqualTo(value);
    assertThat(COMPACT.read(new ByteArrayInputStream(bytes), kind.type()))
        .as("read(stream of writeBytes(x)) equals x").isEqualTo(value);
    assertThat(new String(COMPACT.writeBytes(read), UTF_8))
        .as("writeBytes(read(writeBytes(x))) is writeBytes(x)").isEqualTo(text);

    String indented = INDENTED.write(value);
    T fromIndented = INDENTED.read(indented, kind.type());
    assertThat(fromIndented).as("the indented form reads to x").isEqualTo(value);
    assertThat(INDENTED.write(fromIndented)).as("and is written the same again")
        .isEqualTo(indented);
  }

  private static byte at(byte[] input, int index) {
    return index < input.length ? input[index] : 0;
  }

  private static double tenths(byte b) {
    return Math.min(b & 0x0F, 10) / 10.0;
  }

  private static long fold(byte[] input, int from) {
    long seed = 0;
    for (int i = from; i < input.length; i++) {
      seed = 31 * seed + input[i];
    }
    return seed;
  }

  /**
   * Random numbers read from the input, eight bytes to a {@code long}, so that the fuzzer steers
   * each of the generators' choices; once the input is used up, a seeded {@link
   * SplittableRandom} goes on.
   */
  private static final class InputRandom implements RandomGenerator {
    private final byte[] input;
    private int next;
    private final SplittableRandom rest;

    InputRandom(byte[] input, int from) {
      this.input = input;
      this.next = from;
      this.rest = new SplittableRandom(input.length);
    }

    @Override
    public long nextLong() {
      if (next >= input.length) {
        return rest.nextLong();
      }
      long value = 0;
      for (int i = 0; i < Long.BYTES; i++) {
        value = value << 8 | (next < input.length ? input[next++] & 0xFF : 0);
      }
      return value;
    }
  }
}
