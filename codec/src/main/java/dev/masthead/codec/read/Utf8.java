package dev.masthead.codec.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Strict UTF-8 (RFC 3629): the shortest form only, no encoded surrogates, nothing above
 * U+10FFFF. Jackson 3.0 and 3.1 decode an overlong form such as {@code C0 AF} as the character
 * it spells ({@code /}), which lets {@code "..\xC0\xAFetc"} pass a check for {@code "../etc"};
 * {@code MastheadJson} checks its input here before parsing, on every Jackson version.
 */
public final class Utf8 {
  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Utf8() {}

  /** {@return the number of bytes of the text's UTF-8 encoding} */
  public static int length(String text) {
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
        // A lone surrogate: Jackson writes it in a three-byte form.
        bytes += 3;
      }
    }
    return bytes;
  }

  /**
   * {@return the offset of the first byte of {@code bytes[0..length)} that is not UTF-8 (the
   * lead byte of a broken sequence), or -1}. A sequence cut short by the end is not reported
   * here: see {@link #cutShortAt}.
   */
  public static int firstInvalid(byte[] bytes, int length) {
    int i = 0;
    while (i < length) {
      int b = bytes[i] & 0xFF;
      if (b < 0x80) {
        // Runs of ASCII, the common case: eight bytes at a time, then one at a time.
        i++;
        while (i + 8 <= length && ((long) LONGS.get(bytes, i) & 0x8080808080808080L) == 0) {
          i += 8;
        }
        while (i < length && bytes[i] >= 0) {
          i++;
        }
        continue;
      }
      int continuation;
      int low = 0x80;
      int high = 0xBF;
      if (b >= 0xC2 && b <= 0xDF) {
        continuation = 1;
      } else if (b == 0xE0) {
        continuation = 2;
        low = 0xA0; // not overlong
      } else if (b >= 0xE1 && b <= 0xEC || b == 0xEE || b == 0xEF) {
        continuation = 2;
      } else if (b == 0xED) {
        continuation = 2;
        high = 0x9F; // not a surrogate
      } else if (b == 0xF0) {
        continuation = 3;
        low = 0x90; // not overlong
      } else if (b >= 0xF1 && b <= 0xF3) {
        continuation = 3;
      } else if (b == 0xF4) {
        continuation = 3;
        high = 0x8F; // not above U+10FFFF
      } else {
        // 80-BF with no lead byte, C0 and C1 (overlong), F5-FF (never in UTF-8).
        return i;
      }
      for (int k = 1; k <= continuation; k++) {
        if (i + k >= length) {
          return -1;
        }
        int c = bytes[i + k] & 0xFF;
        if (c < low || c > high) {
          return i;
        }
        low = 0x80;
        high = 0xBF;
      }
      i += continuation + 1;
    }
    return -1;
  }

  /**
   * {@return the offset of the lead byte of a UTF-8 sequence that {@code bytes[0..length)} ends
   * inside, or -1}: for input in which {@link #firstInvalid} finds nothing, this tells a whole
   * UTF-8 document from one cut short
   */
  public static int cutShortAt(byte[] bytes, int length) {
    for (int k = 1; k <= 4 && k <= length; k++) {
      int b = bytes[length - k] & 0xFF;
      if (b >= 0x80 && b <= 0xBF) {
        continue;
      }
      int wanted = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : b >= 0xC0 ? 1 : 0;
      return wanted > k - 1 ? length - k : -1;
    }
    return -1;
  }
}
