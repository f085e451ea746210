package dev.masthead.model;

/**
 * The lexical forms of ids, vocabulary terms and slugs: lower-case ASCII letters and digits in
 * words joined by separators. Checked char by char rather than with a regular expression: they
 * are checked for every id and term of every value read, and this is the hot path.
 */
final class Tokens {
  private Tokens() {}

  /** Words of {@code [a-z0-9]} joined by one of {@code - _ . :}. */
  static boolean isId(String s) {
    return words(s, "-_.:", false);
  }

  /** Like an id, but starting with a letter. */
  static boolean isTerm(String s) {
    return words(s, "-_.:", true);
  }

  /** Words of {@code [a-z0-9]} joined by {@code -}. */
  static boolean isSlug(String s) {
    return words(s, "-", false);
  }

  private static boolean words(String s, String separators, boolean letterFirst) {
    int n = s.length();
    if (n == 0 || letterFirst && !(s.charAt(0) >= 'a' && s.charAt(0) <= 'z')) {
      return false;
    }
    boolean afterSeparator = true;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
        afterSeparator = false;
      } else if (separators.indexOf(c) >= 0 && !afterSeparator) {
        afterSeparator = true;
      } else {
        return false;
      }
    }
    return !afterSeparator;
  }
}
