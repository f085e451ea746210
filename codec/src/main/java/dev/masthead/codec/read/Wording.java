package dev.masthead.codec.read;

import dev.masthead.model.ReadLimits;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import dev.masthead.codec.ParseFailure;
import dev.masthead.codec.Token;

/**
 * Masthead's own words for what the JSON parser reports: what is wrong, said the same way on
 * every Jackson line and version, with the line and column where the input broke, and never a Jackson
 * class, feature or setting name, nor more than a short excerpt of the input.
 */
public final class Wording {
  private static final Pattern QUOTED_TOKEN = Pattern.compile("token '(.*?)'", Pattern.DOTALL);
  private static final Pattern CHARACTER_CODE = Pattern.compile("code (\\d+)\\)");
  private static final Pattern ANY_CODE = Pattern.compile("\\(code (\\d+)");
  private static final Pattern MARKER = Pattern.compile("marker '(.)'");
  private static final int MAX_EXCERPT = 64;

  /** The rule for input that is not UTF-8, whoever finds it: the same on every Jackson. */
  public static final String NOT_UTF8 = "must be UTF-8";

  /** A name with an unpaired surrogate escape: refused by some Jackson versions, so by all. */
  public static final String UNPAIRED_SURROGATE = "must not contain an unpaired surrogate";

  private Wording() {}

  /**
   * {@return the rule a parser failure broke, in Masthead's words}
   *
   * @param e what the parser threw
   * @param limits the limits the read was held to, named in the rule when one was exceeded
   */
  public static String describe(ParseFailure e, ReadLimits limits) {
    return describe(e, limits, false);
  }

  /**
   * {@return the rule a parser failure broke, in Masthead's words}
   *
   * @param e what the parser threw
   * @param limits the limits the read was held to, named in the rule when one was exceeded
   * @param allUtf8 whether Masthead has checked that every byte of the input is UTF-8: then a
   *     parser that says otherwise has misread a bare word that starts with a letter outside
   *     ASCII (Jackson 2 before 2.23 and Jackson 3 before 3.1 do), and it is unexpected text
   */
  public static String describe(ParseFailure e, ReadLimits limits, boolean allUtf8) {
    String text = e.getMessage() == null ? "" : e.getMessage();
    String rule;
    if (e.kind() == ParseFailure.Kind.LIMIT) {
      return overLimit(text, limits);
    } else if (e.kind() == ParseFailure.Kind.INPUT_FAILED) {
      // The stream's own exception: the library's cause, or what the library wraps it in.
      Throwable cause = e.getCause();
      if (cause != null && !(cause instanceof java.io.IOException) && cause.getCause() != null) {
        cause = cause.getCause();
      }
      return "could not be read: the input failed"
          + (cause == null ? "" : " (" + cause.getClass().getSimpleName() + ")");
    } else if (text.startsWith("Unexpected end-of-input") || text.contains("end-of-input")) {
      rule = "must be complete JSON: the input ends inside a value";
    } else if (text.contains("Trailing token")) {
      rule = "must be one JSON value: more follows after the document";
    } else if (text.contains("Broken surrogate pair")) {
      return UNPAIRED_SURROGATE;
    } else if (text.contains("Invalid UTF-8") && allUtf8) {
      return "must be well-formed JSON: unexpected text" + where(e.line());
    } else if (text.contains("Invalid UTF-8") || text.contains("surrogate")
        || text.contains("overlong") || text.contains("U+10FFFF")) {
      // Without line and column: where Masthead finds it first, it has only the token.
      return NOT_UTF8;
    } else if (text.startsWith("Illegal unquoted character")) {
      rule = "must be well-formed JSON: a control character" + character(text)
          + " must be escaped in a string";
    } else if (text.startsWith("Unrecognized character escape")) {
      rule = "must be well-formed JSON: an invalid escape sequence" + character(text);
    } else if (text.startsWith("Unrecognized token")) {
      // The line only: Jackson versions before 2.21 (and 3.1) give the column after the text.
      return "must be well-formed JSON: unexpected text" + quotedToken(text) + where(e.line());
    } else if (text.contains("Leading zero") || text.contains("Invalid numeric value")
        || text.contains("Non-standard token") || text.contains("NaN")
        || text.contains("Infinity")) {
      rule = "must be well-formed JSON: an invalid number";
    } else if (text.contains("close marker")) {
      rule = "must be well-formed JSON: a closing bracket that does not match" + marker(text);
    } else if ((text.startsWith("Unexpected character") || text.startsWith("Illegal character"))
        && code(text) >= 0x80) {
      // A letter outside ASCII where a value starts: Jackson versions differ on whether that is
      // a character, a token or bad UTF-8, and where it is; it is text that JSON does not allow.
      return "must be well-formed JSON: unexpected text" + where(e.line());
    } else if (text.startsWith("Unexpected character") || text.startsWith("Illegal character")) {
      rule = "must be well-formed JSON: an unexpected character" + character(text);
    } else if (text.contains("Duplicate")) {
      rule = "must not appear twice in an object";
    } else {
      rule = "must be well-formed JSON";
    }
    return rule + where(e.line(), e.column());
  }

  /**
   * {@return whether the parser stopped at an unexpected point}: after a number, Jackson 3.3
   * reads it as part of the number ({@code 1.5.}), earlier versions as what follows the number
   *
   * @param e what the parser threw
   */
  public static boolean isUnexpectedPoint(ParseFailure e) {
    return e.getMessage() != null && e.getMessage().startsWith("Unexpected character ('.'");
  }

  /** The rule for a limit the parser found exceeded: which one, from its report. */
  private static String overLimit(String text, ReadLimits limits) {
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.contains("nesting depth")) {
      return nesting(limits);
    } else if (lower.startsWith("string")) {
      return string(limits);
    } else if (lower.startsWith("name") || lower.contains("property name")) {
      return name(limits);
    } else if (lower.startsWith("number")) {
      return number(limits);
    } else if (lower.startsWith("document length") || lower.contains("document size")) {
      return document(limits);
    } else if (lower.startsWith("token count")) {
      return tokens(limits);
    }
    return "must be within the document's read limits";
  }

  public static String nesting(ReadLimits limits) {
    return "must not nest objects and arrays more than " + limits.maxNestingDepth()
        + " levels deep";
  }

  public static String string(ReadLimits limits) {
    return "must be a string of at most " + limits.maxStringLength() + " characters";
  }

  public static String name(ReadLimits limits) {
    return "must be a property name of at most " + limits.maxNameLength() + " bytes in UTF-8";
  }

  public static String number(ReadLimits limits) {
    return "must be a number of at most " + limits.maxNumberLength() + " digits";
  }

  public static String document(ReadLimits limits) {
    return "must be a document of at most " + limits.maxDocumentLength()
        + " bytes (characters, for text)";
  }

  public static String tokens(ReadLimits limits) {
    return "must be a document of at most " + limits.maxTokenCount() + " tokens";
  }

  /** {@return the character code in a parser's report, from "(code 120", or -1} */
  private static int code(String text) {
    return number(ANY_CODE, text);
  }

  /** {@code " 'x'"}, or {@code " U+0001"} for an invisible one, from "code 120)". */
  private static String character(String text) {
    int cp = number(CHARACTER_CODE, text);
    if (cp < 0) {
      return "";
    }
    if (cp < 0x21 || cp > 0x7E) {
      return String.format(Locale.ROOT, " U+%04X", cp);
    }
    return " '" + (char) cp + "'";
  }

  /** {@return the number the pattern's first group finds in the text, or -1} */
  private static int number(Pattern pattern, String text) {
    Matcher found = pattern.matcher(text);
    if (!found.find()) {
      return -1;
    }
    try {
      return Integer.parseInt(found.group(1));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** {@code " ']'"}: the closing bracket the parser names, or "". */
  private static String marker(String text) {
    Matcher marker = MARKER.matcher(text);
    return marker.find() ? " '" + marker.group(1) + "'" : "";
  }

  /** The token the parser quotes, at most 64 code points of it, or "" if there is none. */
  /**
   * {@code " 'nul'"}, from "token 'nul'": not when it starts outside ASCII, which some Jackson
   * versions misread (see {@link #describe(ParseFailure, ReadLimits, boolean)}).
   */
  private static String quotedToken(String text) {
    Matcher token = QUOTED_TOKEN.matcher(text);
    if (!token.find() || token.group(1).isEmpty() || token.group(1).charAt(0) >= 0x80) {
      return "";
    }
    String value = token.group(1);
    if (value.codePointCount(0, value.length()) > MAX_EXCERPT) {
      value = value.substring(0, value.offsetByCodePoints(0, MAX_EXCERPT)) + "…";
    }
    return " '" + value + "'";
  }

  private static String where(int line) {
    return line <= 0 ? "" : " (line " + line + ")";
  }

  private static String where(int line, int column) {
    if (line <= 0) {
      return "";
    }
    return " (line " + line + ", column " + column + ")";
  }

  /** {@return what a token is, in words, for "must be X, is Y"} */
  static String describe(@Nullable Token token) {
    if (token == null) {
      return "nothing";
    }
    return switch (token) {
      case START_OBJECT -> "an object";
      case START_ARRAY -> "an array";
      case STRING -> "a string";
      case INTEGER, DECIMAL -> "a number";
      case TRUE, FALSE -> "a boolean";
      case NULL -> "null";
      case NAME -> "a property name";
      case END_OBJECT -> "an end object";
      case END_ARRAY -> "an end array";
    };
  }
}
