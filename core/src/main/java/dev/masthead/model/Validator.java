package dev.masthead.model;

import dev.masthead.internal.Rules;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Collects every violated invariant of one value under construction, then throws them together.
 * Each method names the attribute it checks; a {@code null} attribute (missing, or explicitly set
 * to null) is reported as "is required" by the first check that sees it.
 */
final class Validator {
  // A pragmatic RFC 5322 subset: what mail systems deliver, without quoted local parts or
  // IP-literal domains. The domain needs a dot and a letter-only top-level label.
  private static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

  private final String type;
  /** Created on the first violation: most values have none. The first MAX_VIOLATIONS only. */
  private @Nullable List<Violation> violations;
  /** Every violation found, kept or not. */
  private int count;

  private Validator(String type) {
    this.type = type;
  }

  static Validator of(String type) {
    return new Validator(type);
  }

  /** Throws every violation found so far, if any. */
  void done() {
    if (violations != null) {
      throw new ContentValidationException(type, violations, count);
    }
  }

  private void add(Violation violation) {
    if (violations == null) {
      violations = new ArrayList<>();
    }
    if (violations.size() < ContentException.MAX_VIOLATIONS) {
      violations.add(violation);
    }
    count++;
  }

  void fail(String path, String rule, @Nullable Object value) {
    add(Violation.of(ContentPath.parse(path), rule, value));
  }

  void check(boolean holds, String path, String rule, @Nullable Object value) {
    if (!holds) {
      fail(path, rule, value);
    }
  }

  /** Records "is required" for a null attribute; returns whether the value is present. */
  boolean required(String name, @Nullable Object value) {
    if (value == null) {
      fail(name, Rules.REQUIRED, null);
      return false;
    }
    return true;
  }

  /** A required instant in a year from {@link ContentLimits#MIN_YEAR} to MAX_YEAR, in UTC. */
  boolean instant(String name, java.time.@Nullable Instant value) {
    if (required(name, value)) {
      checkYear(name, value);
      return true;
    }
    return false;
  }

  void optionalInstant(String name, Optional<java.time.Instant> value) {
    if (value.isPresent()) {
      checkYear(name, value.get());
    }
  }

  void optionalDate(String name, Optional<java.time.LocalDate> value) {
    if (value.isPresent()) {
      checkYear(name, value.get().getYear(), value.get());
    }
  }

  private static final java.time.Instant FIRST_INSTANT =
      java.time.Instant.parse("0001-01-01T00:00:00Z");
  private static final java.time.Instant LAST_INSTANT =
      java.time.Instant.parse("9999-12-31T23:59:59.999999999Z");

  private void checkYear(String name, java.time.Instant value) {
    if (value.isBefore(FIRST_INSTANT) || value.isAfter(LAST_INSTANT)) {
      fail(name, "must be in a year from " + ContentLimits.MIN_YEAR + " to "
          + ContentLimits.MAX_YEAR, value);
    }
  }

  private void checkYear(String name, int year, Object value) {
    if (year < ContentLimits.MIN_YEAR || year > ContentLimits.MAX_YEAR) {
      fail(name, "must be in a year from " + ContentLimits.MIN_YEAR + " to "
          + ContentLimits.MAX_YEAR, value);
    }
  }

  /** A required single-line text: not blank, no control characters, at most {@code max}. */
  void line(String name, @Nullable String value, int max) {
    if (required(name, value)) {
      checkText(name, value, max, false, true);
    }
  }

  void optionalLine(String name, Optional<String> value, int max) {
    if (value.isPresent()) {
      checkText(name, value.get(), max, false, true);
    }
  }

  /** A required multi-line text: not blank, tabs and line breaks allowed, at most {@code max}. */
  void text(String name, @Nullable String value, int max) {
    if (required(name, value)) {
      checkText(name, value, max, true, true);
    }
  }

  void optionalText(String name, Optional<String> value, int max) {
    if (value.isPresent()) {
      checkText(name, value.get(), max, true, true);
    }
  }

  /** Like {@link #text} but blank (even empty) text is allowed, e.g. decorative alt text. */
  void textMayBeBlank(String name, @Nullable String value, int max) {
    if (required(name, value)) {
      checkText(name, value, max, true, false);
    }
  }

  /** A per-thread scratch copy of the text being checked (strings of any coder, one loop). */
  private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[1024]);

  private void checkText(String name, String value, int max, boolean multiLine, boolean notBlank) {
    int n = value.length();
    char[] chars = SCRATCH.get();
    if (chars.length < n) {
      chars = new char[Math.max(n, chars.length * 2)];
      if (n <= 65_536) {
        SCRATCH.set(chars);
      }
    }
    // Loop over a char[] rather than String.charAt: it compiles to a tight loop whatever the
    // string's internal coder (measured: about 3x faster on text with a curly quote in it).
    value.getChars(0, n, chars, 0);
    int length = 0;
    boolean blank = true;
    int i = 0;
    while (true) {
      // Most characters are printable ASCII, space to '~': one comparison each.
      int run = i;
      while (run < n && (char) (chars[run] - ' ') < 0x5F) {
        run++;
      }
      if (blank) {
        for (int k = i; k < run; k++) {
          if (chars[k] != ' ') {
            blank = false;
            break;
          }
        }
      }
      length += run - i;
      i = run;
      if (i >= n) {
        break;
      }
      // One character that is not printable ASCII, the careful way.
      int cp = Character.codePointAt(chars, i, n);
      if (cp < 0x80) {
        if (!(multiLine && (cp == '\n' || cp == '\t' || cp == '\r'))) {
          failControl(name, value, multiLine);
          return;
        }
      } else {
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
          fail(name, "must not contain an unpaired surrogate", value);
          return;
        }
        int type = Character.getType(cp);
        if (type == Character.CONTROL
            || (!multiLine && (type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR))) {
          failControl(name, value, multiLine);
          return;
        }
        if (blank && !Texts.isBlankCodePoint(cp)) {
          blank = false;
        }
      }
      length++;
      i += Character.charCount(cp);
    }
    if (notBlank && blank) {
      fail(name, "must not be blank", value);
    }
    if (length > max) {
      fail(name, "must be at most " + max + " characters long, is " + length, value);
    }
  }

  private void failControl(String name, String value, boolean multiLine) {
    fail(name, multiLine
        ? "must not contain control characters other than tab and line breaks"
        : "must not contain control characters or line breaks", value);
  }

  void slug(String name, @Nullable String value) {
    if (required(name, value)) {
      if (value.length() > ContentLimits.SLUG) {
        fail(name, "must be at most " + ContentLimits.SLUG + " characters long", value);
      } else if (!Tokens.isSlug(value)) {
        fail(name, "must be a slug: lower-case letters and digits in words joined by '-'", value);
      }
    }
  }

  /** A required absolute http or https URL with a host. */
  void httpUrl(String name, @Nullable URI value) {
    if (required(name, value)) {
      checkHttpUrl(name, value);
    }
  }

  void optionalHttpUrl(String name, Optional<URI> value) {
    if (value.isPresent()) {
      checkHttpUrl(name, value.get());
    }
  }

  private void checkHttpUrl(String name, URI value) {
    String scheme = value.getScheme();
    if (!value.isAbsolute()
        || value.isOpaque()
        || scheme == null
        || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
      fail(name, "must be an absolute http or https URL", value);
    } else if (value.getHost() == null) {
      fail(name, "must be a URL with a host name", value);
    } else if (value.toString().length() > ContentLimits.URL) {
      fail(name, "must be at most " + ContentLimits.URL + " characters long", value);
    }
  }

  void optionalEmail(String name, Optional<String> value) {
    if (value.isPresent()) {
      checkEmail(name, value.get());
    }
  }

  /** Addresses found well-formed: a service writes to a handful, checked once each. */
  private static final Map<String, Boolean> GOOD_EMAILS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private void checkEmail(String name, String value) {
    if (GOOD_EMAILS.containsKey(value)) {
      return;
    }
    int before = count;
    checkEmailOnce(name, value);
    if (count == before && GOOD_EMAILS.size() < 1024) {
      GOOD_EMAILS.put(value, Boolean.TRUE);
    }
  }

  private void checkEmailOnce(String name, String value) {
    int at = value.lastIndexOf('@');
    if (value.length() > ContentLimits.EMAIL
        || at > 64
        || !EMAIL.matcher(value).matches()) {
      fail(name, "must be an e-mail address such as news@example.com", value);
    }
  }

  /** A required name in the form of a vocabulary term, such as a block type name. */
  void term(String name, @Nullable String value) {
    if (required(name, value)) {
      String error = VocabularyTerm.formError(value);
      if (error != null) {
        fail(name, error, value);
      }
    }
  }

  /** A well-formed BCP 47 language tag, e.g. {@code en}, {@code sr-Latn-RS}. */
  void languageTag(String name, @Nullable String value) {
    if (required(name, value)) {
      checkLanguageTag(name, value);
    }
  }

  /** Tags found well-formed: a service uses a handful of languages, checked once each. */
  private static final Map<String, Boolean> GOOD_LANGUAGE_TAGS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private void checkLanguageTag(String name, String value) {
    if (GOOD_LANGUAGE_TAGS.containsKey(value)) {
      return;
    }
    int before = count;
    checkLanguageTagOnce(name, value);
    if (count == before
        && GOOD_LANGUAGE_TAGS.size() < 1024) {
      GOOD_LANGUAGE_TAGS.put(value, Boolean.TRUE);
    }
  }

  private void checkLanguageTagOnce(String name, String value) {
    try {
      Locale locale = new Locale.Builder().setLanguageTag(value).build();
      // BCP 47 also admits 5-8 letter language subtags ("english" is well-formed), which are
      // registered for no language; content languages are ISO 639 codes of 2 or 3 letters.
      int language = locale.getLanguage().length();
      if (value.length() > 35) {
        fail(name, "must be a BCP 47 language tag of at most 35 characters", value);
      } else if (language < 2 || language > 3) {
        fail(name, "must be a BCP 47 language tag starting with an ISO 639 language code,"
            + " such as en or sr-Latn", value);
      }
    } catch (IllformedLocaleException e) {
      fail(name, "must be a well-formed BCP 47 language tag, such as en or sr-Latn", value);
    }
  }

  /** No null elements, at most {@code max} of them. Returns false if any element is null. */
  boolean elements(String name, @Nullable List<?> list, int max) {
    if (!required(name, list)) {
      return false;
    }
    boolean clean = true;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        fail(name + "[" + i + "]", Rules.NOT_NULL, null);
        clean = false;
      }
    }
    if (list.size() > max) {
      fail(name, Rules.tooManyElements(max, list.size()), null);
    }
    return clean;
  }

  /** No null elements, none repeated by {@code key}; each repeat is reported at its index. */
  <T> void unique(String name, @Nullable List<T> list, int max, Function<T, ?> key, String what) {
    if (!elements(name, list, max) || list.size() < 2) {
      return;
    }
    if (list.size() <= 16) {
      // Small lists, nearly all of them: pairwise, without a set to allocate and hash into.
      for (int i = 1; i < list.size(); i++) {
        Object k = key.apply(list.get(i));
        for (int j = 0; j < i; j++) {
          if (k.equals(key.apply(list.get(j)))) {
            fail(name + "[" + i + "]", "must not repeat " + what, k);
            break;
          }
        }
      }
      return;
    }
    Set<Object> seen = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Object k = key.apply(list.get(i));
      if (!seen.add(k)) {
        fail(name + "[" + i + "]", "must not repeat " + what, k);
      }
    }
  }

  <T> void unique(String name, @Nullable List<T> list, String what) {
    unique(name, list, ContentLimits.ITEMS, Function.identity(), what);
  }

  private static ContentPath extension(String name) {
    return ContentPath.root().child("extensions").child(name);
  }

  /**
   * At most {@link ContentLimits#EXTENSION_NAME} bytes in UTF-8, not blank, nothing invisible or
   * line-breaking, no unpaired surrogate: in one pass, plain ASCII names the common case.
   */
  private static boolean isExtensionName(String name) {
    int bytes = 0;
    boolean blank = true;
    for (int i = 0, n = name.length(); i < n; ) {
      char c = name.charAt(i);
      if (c > ' ' && c < 0x7F) {
        bytes++;
        blank = false;
        i++;
        continue;
      }
      int cp = name.codePointAt(i);
      if (isInvisibleOrBreaking(cp)) {
        return false;
      }
      blank &= Texts.isBlankCodePoint(cp);
      bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
      i += Character.charCount(cp);
    }
    return !blank && bytes <= ContentLimits.EXTENSION_NAME;
  }

  private static boolean isInvisibleOrBreaking(int cp) {
    int type = Character.getType(cp);
    return type == Character.CONTROL || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
        || Character.isSurrogate((char) cp) && cp <= 0xFFFF;
  }

  /**
   * Extension names: not a property of {@code type} (it would be written twice), not empty, no
   * control characters, bounded; values are non-null valid JSON (RawJson guarantees syntax).
   */
  void extensions(Class<?> modelType, @Nullable Map<String, RawJson> extensions) {
    if (!required("extensions", extensions) || extensions.isEmpty()) {
      return;
    }
    if (extensions.size() > ContentLimits.EXTENSIONS) {
      fail("extensions", Rules.tooManyExtensions(extensions.size()), null);
    }
    Set<String> reserved = Properties.of(modelType);
    for (Map.Entry<String, RawJson> entry : extensions.entrySet()) {
      String key = entry.getKey();
      if (key == null) {
        fail("extensions", "must not have a null name", null);
        continue;
      }
      if (key.isEmpty()) {
        add(Violation.of(extension(key), "extension name must not be empty", key));
      } else if (reserved.contains(key)) {
        add(Violation.of(extension(key),
            "extension name must not be a property of " + modelType.getSimpleName(), key));
      } else if (!isExtensionName(key)) {
        add(Violation.of(extension(key), "extension name must be at most "
            + ContentLimits.EXTENSION_NAME + " bytes in UTF-8, not blank, without control, format or"
            + " line separator characters or unpaired surrogates", key));
      }
      if (entry.getValue() == null) {
        add(Violation.of(extension(key), "must not be null", null));
      }
    }
  }
}
