package dev.masthead.related;

/**
 * Non-negative ints packed at a fixed width of bits into longs, read by position: the forward
 * index keeps each tag number in as many bits as the snapshot's largest needs (17 for the 105,000
 * tags of a million synthetic articles) instead of 32.
 */
final class PackedInts {
  private PackedInts() {}

  /** {@return the bits needed for any value up to {@code max}, at least 1} */
  static int width(int max) {
    return Math.max(1, 32 - Integer.numberOfLeadingZeros(max));
  }

  /**
   * {@return {@code values[0, count)} packed at {@code width} bits each, with one spare long so
   * that a read never goes past the end}
   *
   * @param values the values, each below {@code 2^width}
   * @param count how many to pack
   * @param width bits a value, 1 to 31
   */
  static long[] pack(int[] values, int count, int width) {
    long[] packed = new long[(int) (((long) count * width + 63) >>> 6) + 1];
    for (int i = 0; i < count; i++) {
      long bit = (long) i * width;
      int word = (int) (bit >>> 6);
      int offset = (int) (bit & 63);
      packed[word] |= (long) values[i] << offset;
      if (offset + width > 64) {
        packed[word + 1] |= (long) values[i] >>> (64 - offset);
      }
    }
    return packed;
  }

  /**
   * {@return the value at {@code index}}
   *
   * @param packed values packed by {@link #pack}
   * @param width their width
   * @param index the value's position
   */
  static int get(long[] packed, int width, long index) {
    long bit = index * width;
    int word = (int) (bit >>> 6);
    int offset = (int) (bit & 63);
    // The next long's low bits above this one's high bits; a shift by 64 would be a shift by 0.
    long value = packed[word] >>> offset | (packed[word + 1] << 1) << (63 - offset);
    return (int) (value & ((1L << width) - 1));
  }
}
