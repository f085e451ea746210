package dev.masthead.related;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The forward index's bit packing: widths, and every value read back at every width. */
final class PackedIntsTest {
  @ParameterizedTest(name = "width({0}) = {1}")
  @CsvSource({"0, 1", "1, 1", "2, 2", "3, 2", "4, 3", "255, 8", "256, 9", "65535, 16",
      "65536, 17", "104999, 17", "2147483647, 31"})
  void widthIsTheBitsOfTheLargestValueAndAtLeastOne(int max, int width) {
    assertThat(PackedInts.width(max)).isEqualTo(width);
  }

  @Test
  void everyValueReadsBackAtEveryWidthAcrossWordBoundaries() {
    SplittableRandom random = new SplittableRandom(42);
    for (int width = 1; width <= 31; width++) {
      int max = (int) ((1L << width) - 1);
      // Enough values to cross several 64-bit words at every offset, the largest among them.
      int count = 200;
      int[] values = new int[count + 3]; // a longer array than the count: only count are packed
      for (int i = 0; i < count; i++) {
        values[i] = i % 7 == 0 ? max : i % 11 == 0 ? 0 : random.nextInt(max) + 1;
      }
      values[count] = max;
      long[] packed = PackedInts.pack(values, count, width);
      assertThat(packed).as("width %d", width).hasSize((count * width + 63) / 64 + 1);
      for (int i = 0; i < count; i++) {
        assertThat(PackedInts.get(packed, width, i)).as("width %d, value %d", width, i)
            .isEqualTo(values[i]);
      }
    }
  }

  @Test
  void packsExactlyTheCountAndKeepsOneSpareWord() {
    // 64 values of 1 bit fill one word exactly; the spare word stays empty.
    int[] ones = new int[64];
    Arrays.fill(ones, 1);
    assertThat(PackedInts.pack(ones, 64, 1)).containsExactly(-1L, 0L);
    // Only the first 3 of the 4 values are packed.
    assertThat(PackedInts.pack(new int[] {1, 2, 3, 3}, 3, 2)).containsExactly(0b11_10_01L, 0L);
    assertThat(PackedInts.pack(new int[0], 0, 5)).containsExactly(0L);
    // A value split between two words: its lowest bit ends the first, its high bits start the
    // next.
    long[] split = PackedInts.pack(new int[] {0, 0, 0, 0, 0, 0, 0, 0b1_1111_1111}, 8, 9);
    assertThat(split).containsExactly(1L << 63, 0b1111_1111L, 0L);
    assertThat(PackedInts.get(split, 9, 7)).isEqualTo(0b1_1111_1111);
    assertThat(PackedInts.get(split, 9, 6)).isZero();
  }
}
