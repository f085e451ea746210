package dev.masthead.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A kind of free text: single-line (names, labels, headlines) or multi-line (a standfirst, a
 * caption), blank or not, at most so many code points. One definition gives both the check the
 * model runs ({@link #problems}) and the JSON Schema keywords that say the same ({@link
 * #schema}).
 *
 * <ul>
 *   <li>no control characters (Cc), except tab, line feed and carriage return in multi-line
 *       text; single-line text has no line or paragraph separator either;
 *   <li>no unpaired surrogates;
 *   <li>unless it may be blank, at least one code point that is not {@link CodePoints#BLANK};
 *   <li>at most {@code max} code points (JSON Schema's {@code maxLength} counts them too).
 * </ul>
 */
public final class TextKind {
  /** The rule a single-line text with a control character or a line break breaks. */
  public static final String CONTROL_IN_LINE = "must not contain control characters or line breaks";

  /** The rule a multi-line text with a control character other than tab and line breaks breaks. */
  public static final String CONTROL_IN_TEXT =
      "must not contain control characters other than tab and line breaks";

  /** The rule a text with an unpaired surrogate breaks. */
  public static final String UNPAIRED_SURROGATE = "must not contain an unpaired surrogate";

  /** The rule a blank text breaks. */
  public static final String BLANK = "must not be blank";

  /** The rule an empty text breaks where blank text is allowed but empty text is not. */
  public static final String EMPTY = "must not be empty";

  /** What single-line text must not contain. */
  static final CodePoints NOT_IN_LINE =
      CodePoints.CONTROL.union(CodePoints.LINE_SEPARATORS, CodePoints.SURROGATES);

  /** What multi-line text must not contain. */
  static final CodePoints NOT_IN_TEXT =
      CodePoints.CONTROL.minus(CodePoints.TAB_AND_LINE_BREAKS).union(CodePoints.SURROGATES);

  /** A per-thread scratch copy of the text being checked (strings of any coder, one loop). */
  private static final ThreadLocal<char[]> SCRATCH = ThreadLocal.withInitial(() -> new char[1024]);

  private final boolean multiLine;
  private final boolean mayBeBlank;
  private final boolean mayBeEmpty;
  private final int max;

  private TextKind(boolean multiLine, boolean mayBeBlank, boolean mayBeEmpty, int max) {
    this.multiLine = multiLine;
    this.mayBeBlank = mayBeBlank;
    this.mayBeEmpty = mayBeEmpty;
    this.max = max;
  }

  /**
   * {@return single-line text, not blank}: a name, a label, a headline
   *
   * @param max the most code points
   */
  public static TextKind line(int max) {
    return new TextKind(false, false, false, max);
  }

  /**
   * {@return multi-line text, not blank}: a standfirst, a caption, a quote
   *
   * @param max the most code points
   */
  public static TextKind text(int max) {
    return new TextKind(true, false, false, max);
  }

  /**
   * {@return multi-line text that may be blank, even empty}: an image's alt text
   *
   * @param max the most code points
   */
  public static TextKind textMayBeBlank(int max) {
    return new TextKind(true, true, true, max);
  }

  /**
   * {@return multi-line text that may be blank but not empty}: a span, white space between two
   * marked runs
   *
   * @param max the most code points
   */
  public static TextKind nonEmptyTextMayBeBlank(int max) {
    return new TextKind(true, true, false, max);
  }

  /** {@return the most code points a text of this kind may have} */
  public int max() {
    return max;
  }

  /**
   * {@return the rules {@code value} breaks, or null if none}: a control character or an
   * unpaired surrogate is reported alone; otherwise emptiness or blankness, and length
   *
   * @param value the text
   */
  public @Nullable List<String> problems(String value) {
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
      if ((multiLine ? NOT_IN_TEXT : NOT_IN_LINE).contains(cp)) {
        return List.of(CodePoints.SURROGATES.contains(cp) ? UNPAIRED_SURROGATE
            : multiLine ? CONTROL_IN_TEXT : CONTROL_IN_LINE);
      }
      if (blank && !CodePoints.BLANK.contains(cp)) {
        blank = false;
      }
      length++;
      i += Character.charCount(cp);
    }
    List<String> problems = null;
    if (n == 0 && !mayBeEmpty && mayBeBlank) {
      problems = new ArrayList<>(2);
      problems.add(EMPTY);
    } else if (blank && !mayBeBlank) {
      problems = new ArrayList<>(2);
      problems.add(BLANK);
    }
    if (length > max) {
      if (problems == null) {
        problems = new ArrayList<>(1);
      }
      problems.add(tooLong(max, length));
    }
    return problems;
  }

  /**
   * {@return the rule a text over its length breaks}
   *
   * @param max the most code points
   * @param length how many it has
   */
  public static String tooLong(int max, long length) {
    return "must be at most " + max + " characters long, is " + length;
  }

  /** {@return the pattern of the characters text of this kind may hold} */
  public String charactersPattern() {
    return "^[^" + (multiLine ? NOT_IN_TEXT : NOT_IN_LINE).regexClass() + "]*$";
  }

  /**
   * {@return the pattern of blank text}: a text that matches it is blank (a JSON Schema says
   * "not blank" as {@code "not": {"pattern": ...}})
   */
  public static String blankPattern() {
    return "^[" + CodePoints.BLANK.regexClass() + "]*$";
  }

  /**
   * {@return what {@code "not"} holds in the JSON Schema of a text that must not be blank}: a
   * blank string (a {@code null} where one is allowed is not refused by it)
   */
  public static Map<String, Object> notBlank() {
    Map<String, Object> blank = new LinkedHashMap<>();
    blank.put("type", "string");
    blank.put("pattern", blankPattern());
    return blank;
  }

  /**
   * {@return the JSON Schema keywords of a string of this kind}, besides {@code "type":
   * "string"}: {@code minLength}, {@code maxLength}, the pattern of its characters and, unless
   * it may be blank, a {@code not} of the blank pattern
   */
  public Map<String, Object> schema() {
    Map<String, Object> schema = new LinkedHashMap<>();
    if (!mayBeEmpty) {
      schema.put("minLength", 1);
    }
    schema.put("maxLength", max);
    schema.put("pattern", charactersPattern());
    if (!mayBeBlank) {
      schema.put("not", notBlank());
    }
    return schema;
  }
}
