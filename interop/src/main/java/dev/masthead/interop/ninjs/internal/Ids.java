package dev.masthead.interop.ninjs.internal;

import dev.masthead.model.ContentLimits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Masthead ids and slugs made from foreign names and URIs. */
final class Ids {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-_.:][a-z0-9]+)*");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");

  /** The longest slug made here: long enough for a headline's words, short for a URL. */
  private static final int SLUG_LENGTH = 80;

  private Ids() {}

  /** {@return whether {@code value} is a well-formed Masthead id} */
  static boolean isId(String value) {
    return value.length() <= ContentLimits.ID && ID.matcher(value).matches();
  }

  /** {@return whether {@code value} is a well-formed slug} */
  static boolean isSlug(String value) {
    return value.length() <= ContentLimits.SLUG && SLUG.matcher(value).matches();
  }

  /**
   * {@return lower-case ASCII words joined by '-', from the letters and digits of {@code text}
   * (accents dropped); empty when it has none}
   */
  static Optional<String> slugify(String text, int max) {
    String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    String slug = NOT_WORD.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = strip(slug);
    if (slug.length() > max) {
      slug = strip(slug.substring(0, max));
    }
    return slug.isEmpty() ? Optional.empty() : Optional.of(slug);
  }

  static Optional<String> slug(String text) {
    return slugify(text, SLUG_LENGTH);
  }

  /** {@return an id from a URI: its last path segment slugified, else a hash of it} */
  static String fromUri(String uri) {
    String trimmed = uri.replaceAll("[/#?]+$", "");
    int cut = Math.max(trimmed.lastIndexOf('/'), Math.max(trimmed.lastIndexOf(':'),
        trimmed.lastIndexOf('#')));
    return slugify(trimmed.substring(cut + 1), ContentLimits.ID).orElseGet(() -> hashed(uri));
  }

  /** {@return "n-" and the first 16 hex digits of the text's SHA-256} */
  static String hashed(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8));
      return "n-" + HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private static String strip(String slug) {
    int from = 0;
    int to = slug.length();
    while (from < to && slug.charAt(from) == '-') {
      from++;
    }
    while (to > from && slug.charAt(to - 1) == '-') {
      to--;
    }
    return slug.substring(from, to);
  }
}
