package dev.masthead.internal;

import dev.masthead.model.ContentLimits;
import dev.masthead.model.Place;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The string formats of the model, each defined once ({@link TextFormat}): the model's checks
 * call {@link TextFormat#problem}, and the JSON Schema of the wire format takes its keywords
 * from {@link TextFormat#schema}, so that what the schema accepts and what the model accepts
 * are the same strings. {@code docs/wire-format.md} says each in words.
 */
public final class Formats {
  private Formats() {}

  /** The rule a value before the year 1 or after 9999 breaks. */
  public static final String YEAR_RANGE = "must be in a year from " + ContentLimits.MIN_YEAR
      + " to " + ContentLimits.MAX_YEAR;

  /** The rule an instant before the year 1 or after 9999, in UTC, breaks. */
  public static final String INSTANT_YEAR_RANGE = YEAR_RANGE + " in UTC";

  // ---------------------------------------------------------------- ids, terms, slugs

  /**
   * An id: lower-case ASCII letters and digits in words joined by one of {@code - _ . :}, at
   * most {@link ContentLimits#ID} characters. Checked by a scan, not the expression: ids are
   * checked for every value read.
   */
  public static final TextFormat ID = TextFormat
      .builder("id", "^(?!.*[-_.:]{2})[a-z0-9](?:[a-z0-9_.:-]*[a-z0-9])?$")
      .maxLength(ContentLimits.ID)
      .accepts(s -> words(s, "-_.:", false))
      .rule(s -> s.length() > ContentLimits.ID
          ? "must be at most " + ContentLimits.ID + " characters long, is " + s.length()
          : "must be lower-case letters and digits in words joined by '-', '_', '.' or ':'")
      .build();

  /** A vocabulary term: like an id, but starting with a letter, at most 64 characters. */
  public static final TextFormat TERM = TextFormat
      .builder("vocabulary term", "^(?!.*[-_.:]{2})[a-z](?:[a-z0-9_.:-]*[a-z0-9])?$")
      .maxLength(ContentLimits.VOCABULARY)
      .accepts(s -> words(s, "-_.:", true))
      .rule(s -> s.length() > ContentLimits.VOCABULARY
          ? "must be at most " + ContentLimits.VOCABULARY + " characters long"
          : "must be lower-case words joined by '-', '_', '.' or ':', such as \"fireside-chat\"")
      .build();

  /** An article's slug: lower-case letters and digits in words joined by '-'. */
  public static final TextFormat SLUG = TextFormat
      .builder("slug", "^(?!.*--)[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")
      .maxLength(ContentLimits.SLUG)
      .accepts(s -> words(s, "-", false))
      .rule(s -> s.length() > ContentLimits.SLUG
          ? "must be at most " + ContentLimits.SLUG + " characters long"
          : "must be a slug: lower-case letters and digits in words joined by '-'")
      .build();

  /** Words of {@code [a-z0-9]} joined by one of {@code separators}; the hot path of ids. */
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

  // ---------------------------------------------------------------- language tags

  /** The longest language tag, in characters. */
  public static final int LANGUAGE_LENGTH = 35;

  private static final String LANGUAGE_AFTER_LANGUAGE =
      "(?:-[A-Za-z]{4})?" // script
          + "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?" // region
          + "(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*" // variants
          + "(?:-[0-9A-WYZa-wyz](?:-[A-Za-z0-9]{2,8})+)*" // extensions
          + "(?:-[Xx](?:-[A-Za-z0-9]{1,8})+)?"; // private use

  /**
   * Any well-formed tag (RFC 5646 {@code langtag}, or private use alone), whatever its
   * language subtag: only to say why a tag is refused.
   */
  private static final Pattern ANY_LANGUAGE_TAG = Pattern.compile(
      "^(?:(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})" + LANGUAGE_AFTER_LANGUAGE
          + "|[Xx](?:-[A-Za-z0-9]{1,8})+)$");

  /**
   * A language tag: well-formed BCP 47 (RFC 5646's {@code langtag}: language, extended
   * languages, script, region, variants, extensions, private use; letters in either case)
   * whose language subtag is a 2- or 3-letter ISO 639 code, at most 35 characters.
   * Grandfathered tags and private-use tags alone are refused, and so are tags whose language
   * subtag is of 4 to 8 letters (none is registered).
   */
  public static final TextFormat LANGUAGE = TextFormat
      .builder("language tag", "^(?=[A-Za-z0-9-]{2," + LANGUAGE_LENGTH + "}$)"
          + "[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}" + LANGUAGE_AFTER_LANGUAGE + "$")
      .maxLength(LANGUAGE_LENGTH)
      .rule(s -> s.length() > LANGUAGE_LENGTH
          ? "must be a BCP 47 language tag of at most " + LANGUAGE_LENGTH + " characters"
          : ANY_LANGUAGE_TAG.matcher(s).matches()
              ? "must be a BCP 47 language tag starting with an ISO 639 language code, such as"
                  + " en or sr-Latn"
              : "must be a well-formed BCP 47 language tag, such as en or sr-Latn")
      .build();

  // ---------------------------------------------------------------- e-mail, URLs

  /**
   * An e-mail address: a pragmatic subset of RFC 5321's, what mail systems deliver: dot-atoms
   * (no quoted local parts) at a domain name (no address literals) with a dot and a top-level
   * label of 2 to 63 letters; a local part of at most 64 characters, at most 254 in all.
   *
   * <p>No {@code format: email} in the schema: validators that assert it disagree with each
   * other and with this definition (some check top-level domains against a list).
   */
  public static final TextFormat EMAIL = TextFormat
      .builder("e-mail address", "^(?=.{1," + ContentLimits.EMAIL + "}$)(?=[^@]{1,64}@)"
          + "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
          + "@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}$")
      .maxLength(ContentLimits.EMAIL)
      .rule("must be an e-mail address such as news@example.com")
      .build();

  private static final String DEC_OCTET = "(?:25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])";
  private static final String IPV4 = DEC_OCTET + "(?:\\." + DEC_OCTET + "){3}";
  private static final String H16 = "[0-9A-Fa-f]{1,4}";
  private static final String LS32 = "(?:" + H16 + ":" + H16 + "|" + IPV4 + ")";
  /** RFC 3986's IPv6address, without a zone. */
  private static final String IPV6 = "(?:"
      + "(?:" + H16 + ":){6}" + LS32
      + "|::(?:" + H16 + ":){5}" + LS32
      + "|(?:" + H16 + ")?::(?:" + H16 + ":){4}" + LS32
      + "|(?:(?:" + H16 + ":){0,1}" + H16 + ")?::(?:" + H16 + ":){3}" + LS32
      + "|(?:(?:" + H16 + ":){0,2}" + H16 + ")?::(?:" + H16 + ":){2}" + LS32
      + "|(?:(?:" + H16 + ":){0,3}" + H16 + ")?::" + H16 + ":" + LS32
      + "|(?:(?:" + H16 + ":){0,4}" + H16 + ")?::" + LS32
      + "|(?:(?:" + H16 + ":){0,5}" + H16 + ")?::" + H16
      + "|(?:(?:" + H16 + ":){0,6}" + H16 + ")?::)";
  private static final String LABEL = "[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
  private static final String LETTER_LABEL = "[A-Za-z](?:[A-Za-z0-9-]*[A-Za-z0-9])?";
  /**
   * A host name as {@code java.net.URI} takes one: labels of letters, digits and inner hyphens;
   * the last, if there are several, starting with a letter; then an optional dot. At most 127
   * labels, as in DNS.
   */
  private static final String HOST_NAME =
      "(?:(?:" + LABEL + "\\.){1,126}" + LETTER_LABEL + "|" + LABEL + ")\\.?";
  private static final String PORT =
      "(?:6553[0-5]|655[0-2][0-9]|65[0-4][0-9]{2}|6[0-4][0-9]{3}|[1-5][0-9]{4}|[0-9]{1,4})";
  /** Characters of a user name and password: RFC 3986's unreserved, sub-delims and ':'. */
  private static final String USER_CHARS = "A-Za-z0-9._~!$&'()*+,;=:-";
  private static final String AUTHORITY = "(?:(?=[^/?#]*@)" + escaped(USER_CHARS, "+") + "@)?"
      + "(?:" + HOST_NAME + "|" + IPV4 + "|\\[" + IPV6 + "\\])(?::" + PORT + ")?";
  /** RFC 3986's pchar and '/', but for its %-escapes. */
  private static final String PATH_CHARS = "A-Za-z0-9._~!$&'()*+,;=:@/-";

  /**
   * One or more ({@code +}) or any number ({@code *}) of the characters and %-escapes: the
   * group repeats once a %-escape, not once a character, and at most as often as a URL has
   * room for, so that no input can take a backtracking engine deep.
   */
  private static String escaped(String chars, String quantifier) {
    String any = "[" + chars + "]*";
    String escapes = "(?:%[0-9A-Fa-f]{2}" + any + "){0," + ContentLimits.URL / 3 + "}";
    return quantifier.equals("+")
        ? "(?:[" + chars + "]|%[0-9A-Fa-f]{2})" + any + escapes
        : any + escapes;
  }
  private static final String HTTP = "[Hh][Tt][Tt][Pp][Ss]?";

  /** A URL that says it is hierarchical http(s): only its host can be missing or wrong. */
  private static final Pattern HTTP_SCHEME = Pattern.compile("^" + HTTP + ":/");
  private static final Pattern WITH_HOST =
      Pattern.compile("^" + HTTP + "://" + AUTHORITY + "(?:[/?#]|$)");

  /**
   * An http or https URL with a host: RFC 3986's absolute URI, ASCII only (anything else
   * %-encoded, host names in punycode), the scheme in either case; a host name, an IPv4
   * address or an IPv6 address in brackets; a port up to 65535; at most 2048 characters. Every
   * such string is one {@code new java.net.URI(s)} parses with a host (the model holds URIs;
   * {@code FormatsTest} checks it on many strings).
   */
  public static final TextFormat URL = TextFormat
      .builder("http(s) URL", "^" + HTTP + "://" + AUTHORITY
          + "(?:/" + escaped(PATH_CHARS, "*") + ")?"
          + "(?:\\?" + escaped("?" + PATH_CHARS, "*") + ")?"
          + "(?:#" + escaped("?" + PATH_CHARS, "*") + ")?$")
      .maxLength(ContentLimits.URL)
      // Most URLs are plain: a scan accepts them; the expression decides the rest.
      .acceptsSurely(PlainUrls::accepts)
      .format("uri")
      .rule(s -> !HTTP_SCHEME.matcher(s).find()
          ? "must be an absolute http or https URL"
          : s.length() > ContentLimits.URL
              ? "must be at most " + ContentLimits.URL + " characters long"
              : !WITH_HOST.matcher(s).find()
                  ? "must be a URL with a host name"
                  : "must be a URL of the characters RFC 3986 allows, others %-encoded")
      .build();

  // ---------------------------------------------------------------- dates and times

  /** A real day of the years 0001 to 9999: no 30 February, 29 February in leap years only. */
  private static final String DAY = "(?:(?!0000)[0-9]{4}-"
      + "(?:(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])"
      + "|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)"
      + "|02-(?:0[1-9]|1[0-9]|2[0-8]))"
      + "|(?:[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:0[48]|[2468][048]|[13579][26])00)"
      + "-02-29)";
  private static final String HOURS_MINUTES = "(?:[01][0-9]|2[0-3]):[0-5][0-9]";

  /**
   * An instant: RFC 3339's {@code date-time}, upper-case {@code T} and {@code Z}, seconds
   * always, 1 to 9 digits of a fraction, no leap second ({@code :60}: Java has none), an offset
   * up to ±18:00 (a reader converts it to UTC), years 0001 to 9999.
   */
  public static final TextFormat INSTANT = TextFormat
      .builder("instant", "^" + DAY + "T" + HOURS_MINUTES + ":[0-5][0-9](?:\\.[0-9]{1,9})?"
          + "(?:Z|[+-](?:(?:0[0-9]|1[0-7]):[0-5][0-9]|18:00))$")
      .maxLength(35)
      .format("date-time")
      .rule(s -> s.startsWith("0000-") && s.length() > 19
          ? INSTANT_YEAR_RANGE
          : "must be an RFC 3339 date-time such as 2025-12-25T08:00:00Z")
      .build();

  /** A day: {@code 2025-12-25}, a real date in the years 0001 to 9999. */
  public static final TextFormat DATE = TextFormat
      .builder("date", "^" + DAY + "$")
      .maxLength(10)
      .format("date")
      .rule(s -> s.matches("0000-[0-9]{2}-[0-9]{2}")
          ? YEAR_RANGE
          : "must be an ISO 8601 date such as 2025-12-25")
      .build();

  private static final Pattern EVENT_TIME_SHAPE = Pattern.compile("^[0-9]{4}(?:-[0-9]{2}"
      + "(?:-[0-9]{2}(?:T[0-9]{2}:[0-9]{2}(?::[0-9]{2})?(?:Z|[+-][0-9]{2}:[0-9]{2}"
      + "(?::[0-9]{2})?))?)?)?$");

  /**
   * An event time: a year ({@code 2025}), a month ({@code 2025-09}), a day ({@code
   * 2025-11-20}), or a local date and time to the minute or second, no fraction, with its UTC
   * offset ({@code Z} or up to ±18:00, seconds allowed): {@code 2025-11-20T10:00:00+01:00};
   * years 0001 to 9999, real dates and times only.
   */
  public static final TextFormat EVENT_TIME = TextFormat
      .builder("event time", "^(?:(?!0000)[0-9]{4}(?:-(?:0[1-9]|1[0-2]))?|" + DAY
          + "(?:T" + HOURS_MINUTES + "(?::[0-5][0-9])?"
          + "(?:Z|[+-](?:(?:0[0-9]|1[0-7]):[0-5][0-9](?::[0-5][0-9])?|18:00(?::00)?)))?)$")
      .maxLength(28)
      .description("a year, a month, a day, or a date-time with its UTC offset")
      .rule(Formats::eventTimeRule)
      .build();

  private static String eventTimeRule(String text) {
    if (!EVENT_TIME_SHAPE.matcher(text).matches()) {
      return "must be an ISO 8601 year, month, date, or date-time with an offset, such as"
          + " 2025, 2025-09, 2025-11-20 or 2025-11-20T10:00+01:00";
    }
    if (text.startsWith("0000")) {
      return YEAR_RANGE;
    }
    try {
      switch (text.length()) {
        case 4 -> { }
        case 7 -> YearMonth.parse(text);
        case 10 -> LocalDate.parse(text);
        default -> OffsetDateTime.parse(text);
      }
    } catch (DateTimeException e) {
      // Well-formed text of a day or time that does not exist: "2025-02-30", "25:00".
      Throwable root = e;
      while (root.getCause() != null) {
        root = root.getCause();
      }
      return "must be a real date and time: " + root.getMessage();
    }
    return "must be a real date and time";
  }

  // ---------------------------------------------------------------- places and zones

  /**
   * The ISO 3166-1 alpha-2 codes officially assigned (as Java 17 lists them), written down
   * here so that every JDK accepts the same codes.
   */
  private static final String ISO_3166_CODES = "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ"
      + " BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK"
      + " CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO"
      + " FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL"
      + " IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS"
      + " LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC"
      + " NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS"
      + " RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ"
      + " TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM"
      + " ZW";

  /**
   * The country codes a place may carry: the officially assigned ISO 3166-1 alpha-2 codes, and
   * {@link Place#EXTRA_COUNTRY_CODES} ({@code XK}, Kosovo: user-assigned but in common use).
   */
  public static final Set<String> COUNTRY_CODES = countryCodes();

  private static Set<String> countryCodes() {
    Set<String> codes = new TreeSet<>(Arrays.asList(ISO_3166_CODES.split(" ")));
    codes.addAll(Place.EXTRA_COUNTRY_CODES);
    return Set.copyOf(codes);
  }

  /** An ISO 3166-1 alpha-2 country code, upper case: one of {@link #COUNTRY_CODES}. */
  public static final TextFormat COUNTRY_CODE = TextFormat
      .builder("country code", countryCodePattern())
      .maxLength(2)
      .accepts(COUNTRY_CODES::contains)
      .rule("must be an ISO 3166-1 alpha-2 country code, upper case, such as RS")
      .build();

  /** {@code ^(?:A[DEF...]|B[AB...]|...)$}: the codes by first letter. */
  private static String countryCodePattern() {
    List<String> groups = new ArrayList<>();
    for (char first = 'A'; first <= 'Z'; first++) {
      StringBuilder seconds = new StringBuilder();
      for (String code : new TreeSet<>(COUNTRY_CODES)) {
        if (code.charAt(0) == first) {
          seconds.append(code.charAt(1));
        }
      }
      if (seconds.length() > 0) {
        groups.add(first + "[" + seconds + "]");
      }
    }
    return "^(?:" + String.join("|", groups) + ")$";
  }

  /** The rule a well-formed zone name the tz database does not know breaks. */
  public static final String UNKNOWN_TIME_ZONE =
      "must be a time zone the tz database knows, such as Europe/Belgrade";

  private static final Pattern ZONE_NAME =
      Pattern.compile("^(?!.*/(?![A-Za-z]))[A-Za-z][A-Za-z0-9._+/-]*$");

  /** The region ids of the JDK's tz database when this class was loaded. */
  private static final Set<String> KNOWN_ZONES = Set.copyOf(ZoneId.getAvailableZoneIds());

  /**
   * A publication's time zone: an IANA time zone name ({@code Europe/Belgrade}, {@code UTC}),
   * components of letters, digits and {@code . _ + -} that start with a letter, and one the
   * JDK's tz database knows. Not an offset ({@code +01:00}) nor a prefixed offset ({@code
   * UTC+01:00}): a publication's dates are shown by its zone's rules, summer time included.
   */
  public static final TextFormat TIME_ZONE = TextFormat
      .builder("time zone", ZONE_NAME.pattern())
      .maxLength(64)
      .accepts(s -> ZONE_NAME.matcher(s).matches() && isKnownZone(s))
      .rule(s -> ZONE_NAME.matcher(s).matches() && s.length() <= 64
          ? UNKNOWN_TIME_ZONE
          : "must be an IANA time zone name such as Europe/Belgrade, not an offset")
      .build();

  private static boolean isKnownZone(String id) {
    // A provider registered after this class was loaded: asked on the rare miss only.
    return KNOWN_ZONES.contains(id) || ZoneRulesProvider.getAvailableZoneIds().contains(id);
  }
}
