package dev.masthead.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule definitions say the same thing twice over: the model's check of each format is the
 * language of its regular expression (which the JSON Schema uses), every expression is written in
 * the syntax java.util.regex and ECMA-262 share, and a URL the expression accepts is one {@code
 * java.net.URI} parses with a host.
 */
final class FormatsTest {
  static Stream<TextFormat> formats() {
    return Stream.of(Formats.ID, Formats.TERM, Formats.SLUG, Formats.LANGUAGE, Formats.EMAIL,
        Formats.URL, Formats.INSTANT, Formats.DATE, Formats.EVENT_TIME, Formats.COUNTRY_CODE,
        Formats.TIME_ZONE);
  }

  /** Every expression a JSON Schema carries: the formats', the text kinds', the names'. */
  static Stream<String> schemaPatterns() {
    return Stream.concat(formats().map(TextFormat::regex), Stream.of(
        TextKind.line(10).charactersPattern(), TextKind.text(10).charactersPattern(),
        TextKind.blankPattern(), (String) ExtensionNames.schema().get("pattern")));
  }

  // ---------------------------------------------------------------- portable syntax

  private static final Pattern ESCAPE = Pattern.compile("\\\\(u[0-9A-F]{4}|.)");

  @ParameterizedTest
  @MethodSource("schemaPatterns")
  void everyPatternIsInTheSyntaxJavaAndEcmaScriptShare(String regex) {
    assertThat(regex).startsWith("^").endsWith("$");
    Matcher escape = ESCAPE.matcher(regex);
    while (escape.find()) {
      // \\uXXXX, and the few metacharacters both read alike escaped.
      assertThat(escape.group(1)).as("escape in %s", regex)
          .matches("u[0-9A-F]{4}|[.?\\[\\]]");
    }
    StringBuilder outside = new StringBuilder();
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i += regex.charAt(i + 1) == 'u' ? 5 : 1;
        outside.append(inClass ? "" : "E");
        continue;
      }
      if (inClass) {
        // Java reads '[' in a class as a nested class and "&&" as an intersection.
        assertThat(c).as("'[' inside a class of %s", regex).isNotEqualTo('[');
        assertThat(regex.startsWith("&&", i)).as("&& inside a class of %s", regex).isFalse();
        if (c == ']') {
          inClass = false;
          outside.append('C');
        }
      } else if (c == '[') {
        inClass = true;
        if (regex.charAt(i + 1) == '^') {
          i++;
        }
      } else {
        outside.append(c);
      }
    }
    String structure = outside.toString();
    // No possessive quantifiers, atomic groups, inline flags, named groups or look-behinds.
    assertThat(structure).as(regex).doesNotContainPattern("[*+?}]\\+")
        .doesNotContain("(?>").doesNotContain("(?<").doesNotContainPattern("\\(\\?[a-zA-Z]");
    assertThat(structure.replace("(?:", "").replace("(?=", "").replace("(?!", ""))
        .as("only non-capturing groups and look-aheads in %s", regex).doesNotContain("(?");
  }

  // ---------------------------------------------------------------- the model's checks

  /** The fast scans of ids, terms and slugs accept exactly their expressions' strings. */
  @ParameterizedTest
  @ValueSource(strings = {"id", "vocabulary term", "slug"})
  void scansAcceptWhatTheirExpressionsAccept(String name) {
    TextFormat format = formats().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    String alphabet = "az09-_.:A ";
    every(alphabet, 5, s -> assertThat(format.accepts(s)).as("%s %s", name, s)
        .isEqualTo(format.pattern().matcher(s).matches()));
  }

  @Test
  void countryCodesAreTheirPattern() {
    every("ABCDEFGHIJKLMNOPQRSTUVWXYZa", 2, s -> assertThat(Formats.COUNTRY_CODE.accepts(s))
        .as(s).isEqualTo(Formats.COUNTRY_CODE.pattern().matcher(s).matches()));
    assertThat(Formats.COUNTRY_CODES).hasSize(250).contains("RS", "XK", "JP");
  }

  @Test
  void everyZoneOfTheJdkIsATimeZoneAndNoOffsetIs() {
    assertThat(ZoneId.getAvailableZoneIds()).allSatisfy(id ->
        assertThat(Formats.TIME_ZONE.problem(id)).as(id).isNull());
    for (String offset : List.of("+01:00", "-05:30", "Z", "UTC+01:00", "GMT+01:00", "UT")) {
      assertThat(Formats.TIME_ZONE.problem(offset)).as(offset).isNotNull();
    }
  }

  private static final List<String> CODE_POINTS = List.of("a", " ", "\t", "\n", "\r",
      "\u0001", "\u007F", "\u0085", "\u00A0", "\u200B", "\u2028", "\uFEFF", "\uD800",
      "\uDC00", "\uD83D\uDE80", "\uDB40\uDC01", "\uD804\uDCBD", "é", "\u0890");

  /** A text kind's check and its JSON Schema keywords accept the same strings. */
  @Test
  void textKindsAreTheirSchemas() {
    for (TextKind kind : List.of(TextKind.line(2), TextKind.text(2), TextKind.textMayBeBlank(2),
        TextKind.nonEmptyTextMayBeBlank(2))) {
      Map<String, Object> schema = kind.schema();
      everyOf(CODE_POINTS, 3, s -> assertThat(kind.problems(s) == null)
          .as("%s: %s", schema, escaped(s)).isEqualTo(accepts(schema, s)));
    }
  }

  @Test
  void extensionNamesAreTheirSchemaButForTheirLengthInBytes() {
    Map<String, Object> schema = ExtensionNames.schema();
    everyOf(CODE_POINTS, 4, s -> assertThat(ExtensionNames.problem(s) == null)
        .as(escaped(s)).isEqualTo(accepts(schema, s)));
    String long256 = "ü".repeat(128);
    String long258 = "ü".repeat(129);
    assertThat(ExtensionNames.problem(long256)).isNull();
    assertThat(accepts(schema, long258)).isTrue();
    assertThat(ExtensionNames.problem(long258)).isEqualTo(ExtensionNames.TOO_LONG);
  }

  private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

  /**
   * The expression as ECMA-262 reads it: its {@code $} is the end of the input, where Java's
   * also matches before a last line break (networknt's validator rewrites it the same way).
   */
  private static Pattern ecmaScript(String regex) {
    return Pattern.compile(regex.endsWith("$")
        ? regex.substring(0, regex.length() - 1) + "\\z" : regex);
  }

  /** What a JSON Schema validator does with these keywords (patterns as ECMA-262 finds them). */
  @SuppressWarnings("unchecked")
  private static boolean accepts(Map<String, Object> schema, String s) {
    int length = s.codePointCount(0, s.length());
    if (schema.get("minLength") instanceof Integer min && length < min) {
      return false;
    }
    if (schema.get("maxLength") instanceof Integer max && length > max) {
      return false;
    }
    if (schema.get("pattern") instanceof String p
        && !COMPILED.computeIfAbsent(p, FormatsTest::ecmaScript).matcher(s).find()) {
      return false;
    }
    return !(schema.get("not") instanceof Map<?, ?> not
        && accepts((Map<String, Object>) not, s));
  }

  // ---------------------------------------------------------------- dates and times

  @Test
  void datesAreTheRealDaysOfTheYearsOneTo9999() {
    for (String year : List.of("0000", "0001", "1900", "2000", "2023", "2024", "2100", "2400",
        "9999")) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          String date = String.format(Locale.ROOT, "%s-%02d-%02d", year, month, day);
          boolean real;
          try {
            real = LocalDate.parse(date).getYear() >= 1;
          } catch (DateTimeException e) {
            real = false;
          }
          assertThat(Formats.DATE.accepts(date)).as(date).isEqualTo(real);
        }
      }
    }
  }

  @Test
  void instantsAndEventTimesTheExpressionsAcceptAreOnesJavaParses() {
    SplittableRandom random = new SplittableRandom(1);
    List<String> hours = List.of("00", "09", "23", "24");
    List<String> seconds = List.of("00", "59", "60");
    List<String> fractions = List.of("", ".", ".5", ".123456789", ".1234567891");
    List<String> offsets = List.of("Z", "z", "+00:00", "-00:00", "+01:00", "+18:00", "+18:01",
        "-18:00", "+23:59", "+0100", "+01:00:30", "+18:00:00", "+00:19:32", "");
    List<String> days = List.of("2024-02-29", "2025-02-29", "0001-01-01", "9999-12-31",
        "2025-04-31", "2025-12-25");
    int instants = 0;
    int eventTimes = 0;
    for (int i = 0; i < 20_000; i++) {
      String day = days.get(random.nextInt(days.size()));
      String time = hours.get(random.nextInt(hours.size())) + ":"
          + List.of("00", "30", "59", "60").get(random.nextInt(4))
          + (random.nextInt(4) == 0 ? "" : ":" + seconds.get(random.nextInt(seconds.size())))
          + fractions.get(random.nextInt(fractions.size()));
      String text = day + (random.nextInt(8) == 0 ? "t" : "T") + time
          + offsets.get(random.nextInt(offsets.size()));
      if (Formats.INSTANT.accepts(text)) {
        instants++;
        OffsetDateTime.parse(text);
      }
      if (Formats.EVENT_TIME.accepts(text)) {
        eventTimes++;
        OffsetDateTime.parse(text);
        assertThat(text).doesNotContain(".");
      }
    }
    assertThat(instants).isGreaterThan(100);
    assertThat(eventTimes).isGreaterThan(100);
    for (String text : List.of("2025", "0001", "9999", "2025-09", "2025-12", "2024-02-29")) {
      assertThat(Formats.EVENT_TIME.accepts(text)).as(text).isTrue();
      if (text.length() == 7) {
        YearMonth.parse(text);
      }
    }
    for (String text : List.of("0000", "10000", "+2025", "2025-00", "2025-13", "2025-1",
        "2025-02-30", "2025-11-20T10:00:00.5+01:00", "2025-12-25T08:00:00.Z")) {
      assertThat(Formats.EVENT_TIME.accepts(text)).as(text).isFalse();
    }
    for (String text : List.of("2025-12-25T08:00:00.Z", "2025-12-25t08:00:00z",
        "2016-12-31T23:59:60Z", "2025-12-25T08:00Z", "0000-12-31T23:59:59Z",
        "2025-12-25T08:00:00.1234567891Z", "2025-12-25T08:00:00+01:00:30")) {
      assertThat(Formats.INSTANT.accepts(text)).as(text).isFalse();
    }
  }

  // ---------------------------------------------------------------- URLs

  /** Pieces URLs are made of: well-formed ones, then ill-formed ones, after the "|". */
  private static final List<List<String>> PIECES = List.of(
      List.of("http://", "https://", "HTTPS://", "hTtP://", "|", "ftp://", "http:/", "http:",
          "javascript:", "", "//", "http//"),
      List.of("", "user@", "user:pw@", "us%20er@", "!$&'()*+,;=:-._~@", "|", "@", "u@v@", "ü@",
          "a b@", "u%2@"),
      List.of("example.com", "a.b-c.example", "localhost", "123", "1.2.3.4", "255.255.255.255",
          "a.b1", "1a.com", "example.com.", "xn--bcher-kva.de", "[::1]", "[2001:db8::7]",
          "[::ffff:1.2.3.4]", "[1::]", "[1:2:3:4:5:6:7:8]", "[1:2:3:4:5:6:7::]",
          "[::1:2:3:4:5:6:7]", "a", "A.B.C", "x".repeat(63) + ".com", "0", "[::]",
          "[a:b:c:d:e:f:1.2.3.4]", "|", "256.1.1.1", "01.2.3.4", "1.2.3", "1.2.3.4.", "a.1b",
          "-a.com", "a-.com", "a..com", "exa_mple.com", "bücher.de", "[1::2::3]", "[::1", "[v1.x]",
          "[fe80::1%25eth0]", "", "a%41.com", "[1:2:3:4:5:6:7:8:9]", "[::1.2.3]"),
      List.of("", ":80", ":0", ":65535", ":8080", "|", ":65536", ":99999", ":", ":8a",
          ":2147483648", ":00080"),
      List.of("", "/", "/a/b", "/%41", "/;p=1/~a/!$&'()*+,=:@", "//a", "/%E2%82%AC", "/.", "/..",
          "|", "/a b", "/%zz", "/%4", "/ü", "/a[b]", "/\"", "/{x}", "/^", "/`", "/|", "/a\\b",
          "/\u0000", "/a%"),
      List.of("", "?", "?q=1&r=2", "?a/b?c", "?%41", "|", "?a[b]", "?%zz", "?a b", "?ü", "?#",
          "?<", "?>", "?=-?", "?\\"),
      List.of("", "#", "#top", "#a/b?c", "#%41", "|", "#a#b", "#ü", "# ", "#[x]", "#<", "#>",
          "#%", "#^"));

  /** A URL of one piece of each kind, each well-formed four times in five. */
  private static String url(SplittableRandom random) {
    StringBuilder url = new StringBuilder();
    for (List<String> pieces : PIECES) {
      int bar = pieces.indexOf("|");
      url.append(random.nextInt(5) > 0
          ? pieces.get(random.nextInt(bar))
          : pieces.get(bar + 1 + random.nextInt(pieces.size() - bar - 1)));
    }
    return url.toString();
  }

  /**
   * The model holds a URL as a {@link URI}: every string the expression (so the schema)
   * accepts is one it parses, with a host, unchanged; and well-formed ones are accepted.
   */
  @Test
  void everyUrlTheExpressionAcceptsIsAUriWithAHost() {
    SplittableRandom random = new SplittableRandom(11);
    int accepted = 0;
    for (int i = 0; i < 200_000; i++) {
      String url = url(random);
      if (Formats.URL.accepts(url)) {
        accepted++;
        assertIsHttpUriWithHost(url);
      } else {
        assertThat(Formats.URL.problem(url)).isNotNull();
      }
    }
    assertThat(accepted).isGreaterThan(30_000);
    for (String url : List.of("https://example.com", "http://example.com/", "HTTP://EXAMPLE.COM",
        "https://a.b.c.d.example.com:8080/p/a/t/h?q=1&r=2#f", "http://1.2.3.4/",
        "http://[::1]:8080/", "http://[2001:db8:85a3::8a2e:370:7334]/",
        "https://user:pw@example.com/", "https://example.com/%E2%82%AC",
        "https://xn--bcher-kva.de/", "http://localhost", "https://example.com." ,
        "https://example.com/" + "p".repeat(2028))) {
      assertThat(Formats.URL.accepts(url)).as(url).isTrue();
      assertIsHttpUriWithHost(url);
    }
    for (String url : List.of("javascript:alert(1)", "https://bücher.de/", "https://exa_mple.com/",
        "https://example.com/a b", "https://example.com/%zz", "https://example.com:65536/",
        "https://example.com/" + "p".repeat(2029), "https:///x", "http://@example.com/",
        "http://example.com:/")) {
      assertThat(Formats.URL.accepts(url)).as(url).isFalse();
    }
  }

  /**
   * The scan that spares most URLs the expression accepts only what the expression accepts,
   * and the common URLs (it would be no faster if it left them all to the expression).
   */
  @Test
  void plainUrlScanAcceptsOnlyWhatTheExpressionAccepts() {
    java.util.regex.Pattern expression = Formats.URL.pattern();
    SplittableRandom random = new SplittableRandom(12);
    int scanned = 0;
    for (int i = 0; i < 200_000; i++) {
      String url = url(random);
      if (PlainUrls.accepts(url)) {
        scanned++;
        assertThat(expression.matcher(url).matches()).as(url).isTrue();
      }
    }
    assertThat(scanned).isGreaterThan(2_000);
    for (String url : List.of("https://example.com", "http://example.com/",
        "https://connectingregion.com/images/5.jpg", "https://a.b-c.example:8080/p?q=1&r=2#f",
        "https://example.com/%E2%82%AC?a/b?c#d?e", "https://example.com.", "http://localhost")) {
      assertThat(PlainUrls.accepts(url)).as(url).isTrue();
    }
    for (String url : List.of("http://1.2.3.4/", "https://user@example.com/", "http://[::1]/",
        "https://example.com:65535/", "https://example.com/a b", "https://a..b/", "https://-a/",
        "https://example.com/#a#b", "https://example.com/%4", "ftp://example.com/")) {
      assertThat(PlainUrls.accepts(url)).as(url).isFalse();
    }
  }

  private static void assertIsHttpUriWithHost(String url) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw new AssertionError(url + " is accepted, but not a URI: " + e.getMessage(), e);
    }
    assertThat(uri.getHost()).as("host of %s", url).isNotNull();
    assertThat(uri.getScheme()).as(url).matches("(?i)https?");
    assertThat(uri.isOpaque()).as(url).isFalse();
    assertThat(uri).as(url).hasToString(url);
  }

  // ---------------------------------------------------------------- language tags

  @ParameterizedTest
  @ValueSource(strings = {"en", "EN", "en-GB", "sr-Latn-RS", "zh-yue-HK", "es-419", "de-CH-1996",
      "en-US-u-ca-gregory", "de-CH-1901-x-private", "art-lojban", "qaa-Qaaa-QM-x-southern",
      "en-US-POSIX", "haw", "en-x-a", "en-a-bb", "en-0abc1", "zh-min-nan"})
  void wellFormedTagsWithAnIsoLanguageAreLanguages(String tag) {
    assertThat(Formats.LANGUAGE.problem(tag)).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en-a", "en-a-b", "i-klingon", "en-GB-oed", "sgn-BE-FR", "x-private",
      "sr_RS", "en--GB", "en-", "english", "abcd", "e", "en-Latn-Latn", "ab-abc-abc-abc-abc",
      "en-x-aaaaaaaaa", "\u00E9n"})
  void otherTagsAreNot(String tag) {
    assertThat(Formats.LANGUAGE.problem(tag)).isNotNull();
  }

  // ---------------------------------------------------------------- helpers

  /** Every string of up to {@code max} characters from {@code alphabet}. */
  private static void every(String alphabet, int max, Consumer<String> check) {
    List<String> singles = new ArrayList<>();
    alphabet.chars().forEach(c -> singles.add(String.valueOf((char) c)));
    everyOf(singles, max, check);
  }

  /** Every concatenation of up to {@code max} of the pieces. */
  private static void everyOf(List<String> pieces, int max, Consumer<String> check) {
    List<String> level = List.of("");
    check.accept("");
    for (int n = 1; n <= max; n++) {
      List<String> next = new ArrayList<>(level.size() * pieces.size());
      for (String prefix : level) {
        for (String piece : pieces) {
          String s = prefix + piece;
          check.accept(s);
          next.add(s);
        }
      }
      level = next;
    }
  }

  private static String escaped(String s) {
    StringBuilder out = new StringBuilder();
    s.chars().forEach(c -> out.append(c >= 0x20 && c < 0x7F ? String.valueOf((char) c)
        : String.format(Locale.ROOT, "\\u%04X", c)));
    return out.toString();
  }
}
