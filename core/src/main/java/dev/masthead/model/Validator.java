package dev.masthead.model;

import dev.masthead.internal.ExtensionNames;
import dev.masthead.internal.Formats;
import dev.masthead.internal.Rules;
import dev.masthead.internal.TextFormat;
import dev.masthead.internal.TextKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Collects every violated invariant of one value under construction, then throws them together.
 * Each method names the attribute it checks; a {@code null} attribute (missing, or explicitly set
 * to null) is reported as "is required" by the first check that sees it.
 *
 * <p>The rules of text and of string formats are defined once, in {@code dev.masthead.internal}
 * ({@link TextKind}, {@link Formats}, {@link ExtensionNames}), where the JSON Schema of the wire
 * format takes them from too; this class applies them and collects what they find.
 */
final class Validator {
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
      fail(name, Formats.INSTANT_YEAR_RANGE, value);
    }
  }

  private void checkYear(String name, int year, Object value) {
    if (year < ContentLimits.MIN_YEAR || year > ContentLimits.MAX_YEAR) {
      fail(name, Formats.YEAR_RANGE, value);
    }
  }

  /** A required single-line text: not blank, no control characters, at most {@code max}. */
  void line(String name, @Nullable String value, int max) {
    if (required(name, value)) {
      checkText(name, value, TextKind.line(max));
    }
  }

  void optionalLine(String name, Optional<String> value, int max) {
    if (value.isPresent()) {
      checkText(name, value.get(), TextKind.line(max));
    }
  }

  /** A required multi-line text: not blank, tabs and line breaks allowed, at most {@code max}. */
  void text(String name, @Nullable String value, int max) {
    if (required(name, value)) {
      checkText(name, value, TextKind.text(max));
    }
  }

  void optionalText(String name, Optional<String> value, int max) {
    if (value.isPresent()) {
      checkText(name, value.get(), TextKind.text(max));
    }
  }

  /** Like {@link #text} but blank (even empty) text is allowed, e.g. decorative alt text. */
  void textMayBeBlank(String name, @Nullable String value, int max) {
    if (required(name, value)) {
      checkText(name, value, TextKind.textMayBeBlank(max));
    }
  }

  /** Like {@link #textMayBeBlank} but not empty: a span's text. */
  void nonEmptyTextMayBeBlank(String name, @Nullable String value, int max) {
    if (required(name, value)) {
      checkText(name, value, TextKind.nonEmptyTextMayBeBlank(max));
    }
  }

  private void checkText(String name, String value, TextKind kind) {
    List<String> problems = kind.problems(value);
    if (problems != null) {
      for (String problem : problems) {
        fail(name, problem, value);
      }
    }
  }

  void slug(String name, @Nullable String value) {
    if (required(name, value)) {
      checkFormat(name, value, Formats.SLUG);
    }
  }

  private void checkFormat(String name, String value, TextFormat format) {
    String problem = format.problem(value);
    if (problem != null) {
      fail(name, problem, value);
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

  /** Checks the URI's text, as it is written: what the JSON Schema's pattern checks. */
  private void checkHttpUrl(String name, URI value) {
    checkFormat(name, value.toString(), Formats.URL);
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
    checkFormat(name, value, Formats.EMAIL);
  }

  /** A required name in the form of a vocabulary term, such as a block type name. */
  void term(String name, @Nullable String value) {
    if (required(name, value)) {
      checkFormat(name, value, Formats.TERM);
    }
  }

  /** An ISO 3166-1 alpha-2 country code. */
  void optionalCountryCode(String name, Optional<String> value) {
    if (value.isPresent()) {
      checkFormat(name, value.get(), Formats.COUNTRY_CODE);
    }
  }

  /** An IANA time zone the tz database knows, by its id: never an offset. */
  void optionalTimeZone(String name, Optional<java.time.ZoneId> value) {
    if (value.isPresent()) {
      checkFormat(name, value.get().getId(), Formats.TIME_ZONE);
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
    checkFormat(name, value, Formats.LANGUAGE);
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
    unique(name, list, max, key, key, what);
  }

  /**
   * No null elements, none repeated by {@code key}; each repeat is reported at its index, with
   * {@code shown} as its value (when the key is not fit to be shown, e.g. a list of parts).
   */
  <T> void unique(String name, @Nullable List<T> list, int max, Function<T, ?> key,
      Function<T, ?> shown, String what) {
    if (!elements(name, list, max) || list.size() < 2) {
      return;
    }
    if (list.size() <= 16) {
      // Small lists, nearly all of them: pairwise, without a set to allocate and hash into.
      for (int i = 1; i < list.size(); i++) {
        Object k = key.apply(list.get(i));
        for (int j = 0; j < i; j++) {
          if (k.equals(key.apply(list.get(j)))) {
            fail(name + "[" + i + "]", "must not repeat " + what, shown.apply(list.get(i)));
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
        fail(name + "[" + i + "]", "must not repeat " + what, shown.apply(list.get(i)));
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
      if (reserved.contains(key)) {
        add(Violation.of(extension(key),
            "extension name must not be a property of " + modelType.getSimpleName(), key));
      } else {
        String problem = ExtensionNames.problem(key);
        if (problem != null) {
          add(Violation.of(extension(key), problem, key));
        }
      }
      if (entry.getValue() == null) {
        add(Violation.of(extension(key), "must not be null", null));
      }
    }
  }
}
