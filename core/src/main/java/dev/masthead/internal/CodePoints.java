package dev.masthead.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A fixed set of code points, written down here rather than taken from the running JDK's
 * Unicode tables, so that the model and the JSON Schema written from these sets say the same
 * thing on every JDK. Each set is both a predicate and a regular-expression character class.
 */
public final class CodePoints {
  /** Control characters, Unicode's general category Cc: U+0000–U+001F and U+007F–U+009F. */
  public static final CodePoints CONTROL = of(0x0000, 0x001F, 0x007F, 0x009F);

  /** The control characters multi-line text may hold: tab, line feed, carriage return. */
  public static final CodePoints TAB_AND_LINE_BREAKS = of(0x0009, 0x000A, 0x000D, 0x000D);

  /** The line and paragraph separators U+2028 and U+2029 (categories Zl and Zp). */
  public static final CodePoints LINE_SEPARATORS = of(0x2028, 0x2029);

  /** Surrogate code units, which stand for themselves only when they are unpaired. */
  public static final CodePoints SURROGATES = of(0xD800, 0xDFFF);

  /**
   * Format characters, Unicode's general category Cf as of Unicode 15.1: invisible characters
   * such as the zero-width space, the byte order mark, bidirectional controls and tag characters.
   */
  public static final CodePoints FORMAT = of(
      0x00AD, 0x00AD, 0x0600, 0x0605, 0x061C, 0x061C, 0x06DD, 0x06DD, 0x070F, 0x070F,
      0x0890, 0x0891, 0x08E2, 0x08E2, 0x180E, 0x180E, 0x200B, 0x200F, 0x202A, 0x202E,
      0x2060, 0x2064, 0x2066, 0x206F, 0xFEFF, 0xFEFF, 0xFFF9, 0xFFFB, 0x110BD, 0x110BD,
      0x110CD, 0x110CD, 0x13430, 0x1343F, 0x1BCA0, 0x1BCA3, 0x1D173, 0x1D17A, 0xE0001, 0xE0001,
      0xE0020, 0xE007F);

  /**
   * White space: what {@link Character#isWhitespace} or {@link Character#isSpaceChar} is true
   * for (tab to carriage return, the information separators U+001C–U+001F, every space
   * separator including the no-break ones, and the line and paragraph separators).
   */
  public static final CodePoints WHITE_SPACE = of(0x0009, 0x000D, 0x001C, 0x0020, 0x00A0, 0x00A0,
      0x1680, 0x1680, 0x2000, 0x200A, 0x2028, 0x2029, 0x202F, 0x202F, 0x205F, 0x205F,
      0x3000, 0x3000);

  /** What text may consist of only and still count as blank: white space and format characters. */
  public static final CodePoints BLANK = WHITE_SPACE.union(FORMAT);

  /** Sorted, disjoint, non-adjacent ranges: first, last, first, last, ... */
  private final int[] ranges;
  /** The same set's ASCII members, a bit each: most text is ASCII, looked up at once. */
  private final long asciiLow;
  private final long asciiHigh;

  private CodePoints(int[] ranges) {
    this.ranges = ranges;
    long low = 0;
    long high = 0;
    for (int cp = 0; cp < 128; cp++) {
      if (inRanges(ranges, cp)) {
        if (cp < 64) {
          low |= 1L << cp;
        } else {
          high |= 1L << (cp - 64);
        }
      }
    }
    this.asciiLow = low;
    this.asciiHigh = high;
  }

  /**
   * {@return the code points in the given ranges}
   *
   * @param firstLast pairs of the first and last code point of each range, inclusive
   */
  public static CodePoints of(int... firstLast) {
    if (firstLast.length % 2 != 0) {
      throw new IllegalArgumentException("ranges come in pairs");
    }
    return new CodePoints(normalised(firstLast));
  }

  /**
   * {@return the code points in this set or in any of the others}
   *
   * @param others more sets
   */
  public CodePoints union(CodePoints... others) {
    int[] all = ranges;
    for (CodePoints other : others) {
      int[] both = Arrays.copyOf(all, all.length + other.ranges.length);
      System.arraycopy(other.ranges, 0, both, all.length, other.ranges.length);
      all = both;
    }
    return new CodePoints(normalised(all));
  }

  /**
   * {@return the code points in this set but not in {@code other}}
   *
   * @param other the code points to leave out
   */
  public CodePoints minus(CodePoints other) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < ranges.length; i += 2) {
      int first = ranges[i];
      int last = ranges[i + 1];
      for (int j = 0; j < other.ranges.length && first <= last; j += 2) {
        int cutFirst = other.ranges[j];
        int cutLast = other.ranges[j + 1];
        if (cutLast < first || cutFirst > last) {
          continue;
        }
        if (cutFirst > first) {
          out.add(new int[] {first, cutFirst - 1});
        }
        first = cutLast + 1;
      }
      if (first <= last) {
        out.add(new int[] {first, last});
      }
    }
    int[] flat = new int[out.size() * 2];
    for (int i = 0; i < out.size(); i++) {
      flat[2 * i] = out.get(i)[0];
      flat[2 * i + 1] = out.get(i)[1];
    }
    return new CodePoints(normalised(flat));
  }

  private static int[] normalised(int[] firstLast) {
    int n = firstLast.length / 2;
    long[] packed = new long[n];
    for (int i = 0; i < n; i++) {
      int first = firstLast[2 * i];
      int last = firstLast[2 * i + 1];
      if (first < 0 || last > Character.MAX_CODE_POINT || first > last) {
        throw new IllegalArgumentException("not a range: " + first + ".." + last);
      }
      packed[i] = (long) first << 32 | last;
    }
    Arrays.sort(packed);
    int[] out = new int[2 * n];
    int size = 0;
    for (long range : packed) {
      int first = (int) (range >>> 32);
      int last = (int) range;
      if (size > 0 && first <= out[size - 1] + 1) {
        out[size - 1] = Math.max(out[size - 1], last);
      } else {
        out[size++] = first;
        out[size++] = last;
      }
    }
    return Arrays.copyOf(out, size);
  }

  /**
   * {@return whether the set holds the code point}
   *
   * @param cp a code point; an unpaired surrogate stands for itself
   */
  public boolean contains(int cp) {
    if (cp >= 0 && cp < 128) {
      return ((cp < 64 ? asciiLow >>> cp : asciiHigh >>> (cp - 64)) & 1) != 0;
    }
    return inRanges(ranges, cp);
  }

  private static boolean inRanges(int[] ranges, int cp) {
    // The sets are small: a linear scan of a few ranges beats a binary search.
    for (int i = 0; i < ranges.length && cp >= ranges[i]; i += 2) {
      if (cp <= ranges[i + 1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@return the set as the inside of a regular-expression character class}: every code point
   * as a {@code \}{@code uXXXX} escape, one outside the Basic Multilingual Plane as its
   * surrogate pair of escapes. Java's {@code java.util.regex} and ECMA-262 with the {@code u}
   * flag (as JSON Schema 2020-12 asks) read it alike, as code points.
   */
  public String regexClass() {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < ranges.length; i += 2) {
      int first = ranges[i];
      int last = ranges[i + 1];
      // A range across the BMP's end is split: each half is written with its own escapes.
      if (first < 0x10000 && last >= 0x10000) {
        appendRange(out, first, 0xFFFF);
        first = 0x10000;
      }
      appendRange(out, first, last);
    }
    return out.toString();
  }

  private static void appendRange(StringBuilder out, int first, int last) {
    escape(out, first);
    if (last > first) {
      if (last > first + 1) {
        out.append('-');
      }
      escape(out, last);
    }
  }

  private static void escape(StringBuilder out, int cp) {
    for (char c : Character.toChars(cp)) {
      out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
    }
  }

  @Override
  public String toString() {
    return "[" + regexClass() + "]";
  }
}
