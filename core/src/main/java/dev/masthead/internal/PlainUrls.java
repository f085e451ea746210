package dev.masthead.internal;

/**
 * A scan that accepts the common http(s) URLs without a regular expression: the scheme, a host
 * name (no user, no IP address), a port of up to four digits, then a path, a query and a
 * fragment of RFC 3986's characters and %-escapes. Every URL it accepts is one {@link
 * Formats#URL}'s expression accepts ({@code FormatsTest} checks it); anything else it leaves to
 * the expression, which decides.
 */
final class PlainUrls {
  /** RFC 3986's pchar and '/', but for %-escapes: what a path, query or fragment may hold. */
  private static final boolean[] PATH = new boolean[128];

  static {
    for (char c : "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._~!$&'()*+,;=:@/-"
        .toCharArray()) {
      PATH[c] = true;
    }
  }

  private PlainUrls() {}

  /** {@return true if {@code s} is certainly an http(s) URL; false if it is not, or unsure} */
  static boolean accepts(String s) {
    int n = s.length();
    if (n < 8 || (s.charAt(0) | 0x20) != 'h' || (s.charAt(1) | 0x20) != 't'
        || (s.charAt(2) | 0x20) != 't' || (s.charAt(3) | 0x20) != 'p') {
      return false;
    }
    int i = (s.charAt(4) | 0x20) == 's' ? 5 : 4;
    if (!s.startsWith("://", i)) {
      return false;
    }
    i = host(s, i + 3);
    if (i < 0) {
      return false;
    }
    if (i < n && s.charAt(i) == ':') {
      int start = ++i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == start || i - start > 4) {
        return false;
      }
    }
    if (i < n && s.charAt(i) != '/' && s.charAt(i) != '?' && s.charAt(i) != '#') {
      return false;
    }
    // 0: path, 1: query, 2: fragment (which no second '#' may follow).
    int part = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c < 128 && PATH[c]) {
        i++;
      } else if (c == '%') {
        if (i + 2 >= n || !hex(s.charAt(i + 1)) || !hex(s.charAt(i + 2))) {
          return false;
        }
        i += 3;
      } else if (c == '?') {
        // Ends a path; a character like any other in a query or a fragment.
        part = Math.max(part, 1);
        i++;
      } else if (c == '#' && part < 2) {
        part = 2;
        i++;
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * Scans a host name from {@code i}: labels of letters, digits and inner hyphens, the last of
   * several starting with a letter, an optional final dot; {@return the index after it, or -1}.
   */
  private static int host(String s, int i) {
    int n = s.length();
    int labels = 0;
    boolean lastLetterFirst = false;
    while (true) {
      if (i >= n || !alphanumeric(s.charAt(i))) {
        // A final dot after at least one label; otherwise no host.
        return labels > 0 && s.charAt(i - 1) == '.' ? finish(labels, lastLetterFirst, i) : -1;
      }
      lastLetterFirst = letter(s.charAt(i));
      while (i < n && (alphanumeric(s.charAt(i)) || s.charAt(i) == '-')) {
        i++;
      }
      if (s.charAt(i - 1) == '-') {
        return -1;
      }
      labels++;
      if (i < n && s.charAt(i) == '.') {
        i++;
      } else {
        return finish(labels, lastLetterFirst, i);
      }
    }
  }

  private static int finish(int labels, boolean lastLetterFirst, int i) {
    // Several labels whose last starts with a digit may be an IPv4 address: the expression's.
    return labels > 127 || labels > 1 && !lastLetterFirst ? -1 : i;
  }

  private static boolean alphanumeric(char c) {
    return letter(c) || c >= '0' && c <= '9';
  }

  private static boolean letter(char c) {
    return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
  }

  private static boolean hex(char c) {
    return c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
  }
}
