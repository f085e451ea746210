package dev.masthead.jackson.internal;

/**
 * Strict UTF-8 (RFC 3629): the shortest form only, no encoded surrogates, nothing above
 * U+10FFFF. Some Jackson versions decode an overlong form such as {@code C0 AF} as the
 * character it spells ({@code /}), which lets {@code "..\xC0\xAFetc"} pass a check for {@code
 * "../etc"}; {@code MastheadJson} checks its input here first when the Jackson it runs on does
 * not (see {@code Utf8Probe}).
 */
final class Utf8 {
  private Utf8() {}

  /** {@return the number of bytes of the text's UTF-8 encoding} */
  static int length(String text) {
    int bytes = 0;
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < n
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        // A lone surrogate is written as '?' by Java, but Jackson writes a three-byte form.
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * Checks bytes that may be one chunk of a longer input: it carries the state of a sequence
   * cut at a chunk's end over to the next chunk.
   */
  static final class Checker {
    /** Continuation bytes still expected in the current sequence. */
    private int pending;
    /** The lowest and highest allowed value of the next continuation byte. */
    private int low = 0x80;
    private int high = 0xBF;
    private long offset;
    /** The offset in the whole input of the current sequence's lead byte. */
    private long lead;

    /**
     * Checks {@code length} bytes from {@code from}; {@return the offset in the whole input of
     * the first byte that is not UTF-8 (the lead byte of a broken sequence), or -1}
     */
    long check(byte[] bytes, int from, int length) {
      int end = from + length;
      int i = from;
      while (i < end) {
        int b = bytes[i] & 0xFF;
        if (pending > 0) {
          if (b < low || b > high) {
            // The sequence is broken: it is not UTF-8 from its lead byte on.
            return lead;
          }
          low = 0x80;
          high = 0xBF;
          pending--;
          i++;
          continue;
        }
        if (b < 0x80) {
          // Runs of ASCII: the common case, one comparison a byte.
          i++;
          while (i < end && bytes[i] >= 0) {
            i++;
          }
          continue;
        }
        lead = offset + (i - from);
        if (b >= 0xC2 && b <= 0xDF) {
          pending = 1;
        } else if (b == 0xE0) {
          pending = 2;
          low = 0xA0; // not overlong
        } else if (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) {
          pending = 2;
        } else if (b == 0xED) {
          pending = 2;
          high = 0x9F; // not a surrogate
        } else if (b == 0xF0) {
          pending = 3;
          low = 0x90; // not overlong
        } else if (b >= 0xF1 && b <= 0xF3) {
          pending = 3;
        } else if (b == 0xF4) {
          pending = 3;
          high = 0x8F; // not above U+10FFFF
        } else {
          // 80-BF with no lead byte, C0 and C1 (overlong), F5-FF (never in UTF-8).
          return offset + (i - from);
        }
        i++;
      }
      offset += length;
      return -1;
    }

    /** {@return the number of bytes checked so far} */
    long offset() {
      return offset;
    }
  }
}
