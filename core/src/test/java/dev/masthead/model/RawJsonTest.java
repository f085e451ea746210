package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class RawJsonTest {

  static Stream<String> validJson() {
    return Stream.of(
        // scalars
        "0",
        "9",
        "-0",
        "42",
        "-1.5",
        "0.0",
        "1e10",
        "1E+2",
        "-2.5e-3",
        "1e-0",
        "6.02214076E23",
        "123456789012345678901234567890",
        "true",
        "false",
        "null",
        // strings and escapes
        "\"\"",
        "\"crm-1\"",
        "\"\\\"\"",
        "\"\\\\\"",
        "\"\\/\"",
        "\"/\"",
        "\"\\b\\f\\n\\r\\t\"",
        "\"\\u0041\"",
        "\"\\u00e9\\u00E9\"",
        "\"\\u0000\"",
        "\"\\uD83D\\uDE00\"",
        "\"\uD83D\uDE00 \uD834\uDD1E\"",
        "\"é ü ß 日本語 Београд\"",
        "\"\u2028\u2029\"",
        "\"\u007f\u0080\u009f\"",
        "\"quote \\\" backslash \\\\ slash \\/\"",
        // structures
        "[]",
        "{}",
        "[1,2,3]",
        "[null,true,false,\"x\",1.5,[],{}]",
        "{\"a\":1}",
        "{\"a\":[1,{\"b\":null}]}",
        "[[[]]]",
        "[9,0]",
        "[ ]",
        "{ }",
        "[\n\t]",
        "{\"\uD83D\uDE00\":1,\"\uD83D\uDE01\":2}",
        "{\"\":0}",
        "{\"a\":{\"a\":{\"a\":1}}}",
        "[{\"a\":1},{\"a\":1}]",
        "{\"a\":1,\"A\":2}",
        "{\"\\u0061\":1,\"b\":2}",
        "{\"acme:crmId\":\"x-1\",\"nested\":{\"deep\":[1,2,{\"k\":\"v\"}]}}",
        // white space
        "  42  ",
        "\t\n\r [ 1 , 2 ] \n",
        "{ \"a\" : 1 , \"b\" : [ true , false ] }",
        "[\n  {\n    \"a\": \"b\"\n  }\n]\n");
  }

  @Test
  void validTableHasAtLeastFortyEntries() {
    assertThat(validJson().count()).isGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("validJson")
  void acceptsValidJsonAndKeepsItByteForByte(String json) {
    RawJson raw = RawJson.of(json);

    assertThat(raw.text()).isEqualTo(json);
    assertThat(raw).hasToString(json);
  }

  static Stream<Arguments> invalidJson() {
    return Stream.of(
        // trailing and misplaced commas
        Arguments.of("[1,]", "unexpected character ']' at offset 3"),
        Arguments.of("{\"a\":1,}", "expected a property name at offset 7"),
        Arguments.of("[,1]", "unexpected character ',' at offset 1"),
        Arguments.of("{,}", "expected a property name at offset 1"),
        Arguments.of("[1,,2]", "unexpected character ',' at offset 3"),
        // not JSON's quotes, comments, names or literals
        Arguments.of("'a'", "unexpected character ''' at offset 0"),
        Arguments.of("{'a':1}", "expected a property name at offset 1"),
        Arguments.of("{a:1}", "expected a property name at offset 1"),
        Arguments.of("{1:2}", "expected a property name at offset 1"),
        Arguments.of("// comment\n1", "unexpected character '/' at offset 0"),
        Arguments.of("/* comment */ 1", "unexpected character '/' at offset 0"),
        Arguments.of("[1 /* comment */]", "expected ',' or ']' at offset 3"),
        Arguments.of("NaN", "unexpected character 'N' at offset 0"),
        Arguments.of("Infinity", "unexpected character 'I' at offset 0"),
        Arguments.of("-Infinity", "bad number at offset 1"),
        Arguments.of("True", "unexpected character 'T' at offset 0"),
        Arguments.of("tru", "bad literal, expected true at offset 0"),
        Arguments.of("nul", "bad literal, expected null at offset 0"),
        Arguments.of("undefined", "unexpected character 'u' at offset 0"),
        // numbers
        Arguments.of("01", "unexpected text after the JSON value at offset 1"),
        Arguments.of("-01", "unexpected text after the JSON value at offset 2"),
        Arguments.of("[00]", "expected ',' or ']' at offset 2"),
        Arguments.of("1.", "bad number: digits must follow '.' at offset 2"),
        Arguments.of("1.e5", "bad number: digits must follow '.' at offset 2"),
        Arguments.of(".5", "unexpected character '.' at offset 0"),
        Arguments.of("-", "bad number at offset 1"),
        Arguments.of("+1", "unexpected character '+' at offset 0"),
        Arguments.of("1e", "bad number: digits must follow the exponent at offset 2"),
        Arguments.of("1e+", "bad number: digits must follow the exponent at offset 3"),
        Arguments.of("0x1F", "unexpected text after the JSON value at offset 1"),
        // strings: control characters, lone surrogates, escapes, truncation
        Arguments.of("\"a\tb\"", "unescaped control character in a string at offset 2"),
        Arguments.of("\"a\nb\"", "unescaped control character in a string at offset 2"),
        Arguments.of("\"\u0000\"", "unescaped control character in a string at offset 1"),
        Arguments.of("\"\u001f\"", "unescaped control character in a string at offset 1"),
        Arguments.of("\"\uD800\"", "unpaired surrogate in a string at offset 1"),
        Arguments.of("\"a\uDC00\"", "unpaired surrogate in a string at offset 2"),
        Arguments.of("\"\uDE00\uD83D\"", "unpaired surrogate in a string at offset 1"),
        Arguments.of("\"\uD83D", "unpaired surrogate in a string at offset 1"),
        Arguments.of("{\"\uD800\":1}", "unpaired surrogate in a string at offset 2"),
        Arguments.of("\"\\x41\"", "bad escape \\x at offset 1"),
        Arguments.of("\"\\'\"", "bad escape \\' at offset 1"),
        Arguments.of("\"\\U0041\"", "bad escape \\U at offset 1"),
        Arguments.of("\"\\u12G4\"", "bad \\u escape at offset 1"),
        Arguments.of("\"\\u12\"", "truncated \\u escape at offset 1"),
        Arguments.of("\"abc", "unterminated string at offset 4"),
        Arguments.of("\"abc\\", "unterminated string at offset 4"),
        Arguments.of("\"\\u0041", "unterminated string at offset 7"),
        // truncated structures
        Arguments.of("[", "unexpected end of input at offset 1"),
        Arguments.of("[1,2", "expected ',' or ']' at offset 4"),
        Arguments.of("{\"a\":1", "expected ',' or '}' at offset 6"),
        Arguments.of("{\"a\"", "expected ':' at offset 4"),
        Arguments.of("{\"a\" 1}", "expected ':' at offset 5"),
        Arguments.of("{\"a\":}", "unexpected character '}' at offset 5"),
        Arguments.of("[\"a\" \"b\"]", "expected ',' or ']' at offset 5"),
        // more than one value
        Arguments.of("1 2", "unexpected text after the JSON value at offset 2"),
        Arguments.of("{}{}", "unexpected text after the JSON value at offset 2"),
        Arguments.of("[1]]", "unexpected text after the JSON value at offset 3"),
        Arguments.of("{\"a\":1}}", "unexpected text after the JSON value at offset 7"),
        Arguments.of("\"a\",\"b\"", "unexpected text after the JSON value at offset 3"),
        // white space JSON does not allow
        Arguments.of("\uFEFF1", "unexpected character '\\ufeff' at offset 0"),
        Arguments.of("\u00A01", "at offset 0"),
        Arguments.of("[1,\u000B2]", "unexpected character '\\u000b' at offset 3"),
        // empty
        Arguments.of("", "must be a JSON value, is empty"),
        Arguments.of("  \n\t ", "must be a JSON value, is empty"),
        // duplicate names, at any depth, however they are escaped
        Arguments.of("{\"a\":1,\"a\":2}", "duplicate property name \"a\" at offset 7"),
        Arguments.of("{\"a\":1,\"b\":2,\"a\":3}", "duplicate property name \"a\" at offset 13"),
        Arguments.of("[{\"x\":{\"b\":1,\"b\":2}}]", "duplicate property name \"b\" at offset 13"),
        Arguments.of("{\"x\":[{},{\"k\":[],\"k\":[]}]}", "duplicate property name \"k\" at offset 17"),
        Arguments.of("{\"a\":1,\"\\u0061\":2}", "duplicate property name \"a\" at offset 7"),
        Arguments.of("{\"\":1,\"\":2}", "duplicate property name \"\" at offset 6"),
        Arguments.of("{\"\uD83D\uDE00\":1,\"\uD83D\uDE00\":2}",
            "duplicate property name \"\uD83D\uDE00\" at offset 8"));
  }

  @Test
  void invalidTableHasAtLeastFortyEntries() {
    assertThat(invalidJson().count()).isGreaterThanOrEqualTo(40);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("invalidJson")
  void rejectsInvalidJsonNamingTheProblemAndOffset(String json, String problem) {
    ContentValidationException e =
        catchThrowableOfType(ContentValidationException.class, () -> RawJson.of(json));

    assertThat(e).as("accepted %s", json).isNotNull();
    assertThat(e.type()).isEqualTo("RawJson");
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path().isRoot()).isTrue();
      assertThat(v.rule()).endsWith(problem);
      assertThat(v.value()).isPresent();
    });
  }

  @Test
  void syntaxErrorRuleSaysValidJsonAndNamesTheOffset() {
    assertThatThrownBy(() -> RawJson.of("[1,]"))
        .isInstanceOf(ContentValidationException.class)
        .hasMessage("Invalid RawJson: value: must be valid JSON: unexpected character ']' at offset 3"
            + " (was \"[1,]\")");
  }

  @Test
  void rejectsNullAsRequired() {
    assertThatThrownBy(() -> RawJson.of(null))
        .isInstanceOf(ContentValidationException.class)
        .hasMessage("Invalid RawJson: value: is required");
  }

  private static String nestedArrays(int depth) {
    return "[".repeat(depth) + "]".repeat(depth);
  }

  private static String nestedObjects(int depth) {
    return "{\"a\":".repeat(depth - 1) + "{}" + "}".repeat(depth - 1);
  }

  private static String nestedMixed(int depth) {
    StringBuilder open = new StringBuilder();
    StringBuilder close = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      if (i % 2 == 0) {
        open.append("[1,");
        close.insert(0, "]");
      } else {
        open.append("{\"k\":");
        close.insert(0, "}");
      }
    }
    return open + "2" + close;
  }

  static Stream<Arguments> nestingAtTheLimit() {
    int limit = ContentLimits.RAW_JSON_DEPTH;
    return Stream.of(
        Arguments.of("arrays", nestedArrays(limit), nestedArrays(limit + 1)),
        Arguments.of("objects", nestedObjects(limit), nestedObjects(limit + 1)),
        Arguments.of("arrays and objects", nestedMixed(limit), nestedMixed(limit + 1)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nestingAtTheLimit")
  void acceptsNestingOf32AndRejects33(String what, String deepest, String tooDeep) {
    assertThat(ContentLimits.RAW_JSON_DEPTH).isEqualTo(32);

    assertThat(RawJson.of(deepest).text()).isEqualTo(deepest);
    assertThatThrownBy(() -> RawJson.of(tooDeep))
        .isInstanceOf(ContentValidationException.class)
        .hasMessageContaining("must be valid JSON: nesting deeper than 32 at offset ");
  }

  @Test
  void rejectsVeryDeepNestingWithoutOverflowingTheStack() {
    String deep = "[".repeat(500_000);

    assertThatThrownBy(() -> RawJson.of(deep))
        .isInstanceOf(ContentValidationException.class)
        .hasMessageContaining("nesting deeper than 32 at offset 32");
  }

  @Test
  void acceptsTextOfExactlyTheLengthLimit() {
    String json = "\"" + "a".repeat(ContentLimits.RAW_JSON - 2) + "\"";

    assertThat(json).hasSize(ContentLimits.RAW_JSON);
    assertThat(RawJson.of(json).text()).isEqualTo(json);
  }

  @Test
  void rejectsTextOverTheLengthLimitWithoutEchoingIt() {
    String json = "\"" + "a".repeat(ContentLimits.RAW_JSON - 1) + "\"";

    ContentValidationException e =
        catchThrowableOfType(ContentValidationException.class, () -> RawJson.of(json));

    assertThat(e).isNotNull();
    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.rule()).isEqualTo("must be at most 1000000 characters of JSON");
      // 64 code points (the quote escaped as \") and an ellipsis
      assertThat(v.value()).contains("\\\"" + "a".repeat(63) + "…");
    });
    assertThat(e.getMessage()).hasSizeLessThan(200);
  }

  /**
   * As many digits as MastheadJson reads by default, counted as Jackson counts them: integer,
   * fraction and exponent digits, not the signs, the point or the e.
   */
  @Test
  void rejectsNumberOfMoreThanAHundredDigits() {
    assertThat(ContentLimits.RAW_JSON_NUMBER).isEqualTo(100);
    String longest = "-1." + "2".repeat(98) + "e+5";

    assertThat(longest.chars().filter(Character::isDigit).count()).isEqualTo(100);
    assertThat(RawJson.of(longest).text()).isEqualTo(longest);
    assertThat(RawJson.of("-" + "1".repeat(100)).text()).hasSize(101);
    assertThatThrownBy(() -> RawJson.of("1".repeat(101)))
        .isInstanceOf(ContentValidationException.class)
        .hasMessageContaining("number of more than 100 digits at offset 0");
    assertThatThrownBy(() -> RawJson.of("[0, 1." + "1".repeat(98) + "e12]"))
        .isInstanceOf(ContentValidationException.class)
        .hasMessageContaining("number of more than 100 digits at offset 4");
  }

  @Test
  void acceptsNestedPropertyNamesOf256Utf8Bytes() {
    String ascii = "{\"a\":{\"" + "n".repeat(256) + "\":1}}";
    String twoByte = "[{\"" + "é".repeat(128) + "\":1}]";

    assertThat(RawJson.of(ascii).text()).isEqualTo(ascii);
    assertThat(RawJson.of(twoByte).text()).isEqualTo(twoByte);
  }

  /**
   * Found by ReadFuzzTest#readString: MastheadJson reads a name of 121 characters (364 UTF-8
   * bytes) nested in an extension from text, where Jackson counts characters, but could not read
   * back the bytes it writes, where Jackson counts bytes. Now every name in raw JSON has the
   * extension name's bound, 256 bytes in UTF-8, whatever the nesting.
   */
  @Test
  void rejectsNestedPropertyNameOver256Utf8BytesThoughUnder256Characters() {
    String name = "é".repeat(129); // 129 characters, 258 bytes

    assertThatThrownBy(() -> RawJson.of("{\"a\":{\"" + name + "\":1}}"))
        .isInstanceOf(ContentValidationException.class)
        .hasMessageContaining("must be valid JSON: property name longer than 256 bytes in UTF-8"
            + " at offset 6");
    assertThatThrownBy(() -> RawJson.of("{\"" + "n".repeat(257) + "\":1}"))
        .isInstanceOf(ContentValidationException.class)
        .hasMessageContaining("property name longer than 256 bytes in UTF-8 at offset 1");
  }

  static Stream<Arguments> quotedStrings() {
    return Stream.of(
        Arguments.of("", "\"\""),
        Arguments.of("plain", "\"plain\""),
        Arguments.of("say \"hi\"", "\"say \\\"hi\\\"\""),
        Arguments.of("C:\\dir\\file", "\"C:\\\\dir\\\\file\""),
        Arguments.of("\\\"", "\"\\\\\\\"\""),
        Arguments.of("a\nb\r\nc", "\"a\\nb\\r\\nc\""),
        Arguments.of("\t\b\f", "\"\\t\\b\\f\""),
        Arguments.of("\u0000", "\"\\u0000\""),
        Arguments.of("\u0001\u001b\u001f", "\"\\u0001\\u001B\\u001F\""),
        Arguments.of("\u007f", "\"\u007f\""),
        Arguments.of("a/b", "\"a/b\""),
        Arguments.of("é 日本 \uD83D\uDE00", "\"é 日本 \uD83D\uDE00\""),
        Arguments.of("\u2028\u2029\u202E", "\"\u2028\u2029\u202E\""),
        Arguments.of("\uD800", "\"\\uD800\""),
        Arguments.of("a\uDC00b", "\"a\\uDC00b\""),
        Arguments.of("\uDE00\uD83D", "\"\\uDE00\\uD83D\""),
        Arguments.of("x\uD83D", "\"x\\uD83D\""));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("quotedStrings")
  void ofStringEscapesWhatJsonRequires(String value, String expectedJson) {
    RawJson raw = RawJson.ofString(value);

    assertThat(raw.text()).isEqualTo(expectedJson);
    assertThat(RawJson.of(raw.text())).isEqualTo(raw);
  }

  @ParameterizedTest(name = "[{index}]")
  @MethodSource("quotedStrings")
  void ofStringRoundTripsThroughAJsonStringDecoder(String value, String ignored) {
    assertThat(decodeJsonString(RawJson.ofString(value).text())).isEqualTo(value);
  }

  @Test
  void ofStringRoundTripsEveryAsciiCharacter() {
    StringBuilder all = new StringBuilder();
    for (char c = 0; c < 0x80; c++) {
      all.append(c);
    }
    String value = all.toString();

    RawJson raw = RawJson.ofString(value);

    assertThat(raw.text()).doesNotContainPattern("[\\x00-\\x1f]");
    assertThat(decodeJsonString(raw.text())).isEqualTo(value);
  }

  @Test
  void equalityIsEqualityOfTheText() {
    assertThat(RawJson.of("{\"a\":1}")).isEqualTo(RawJson.of("{\"a\":1}"))
        .hasSameHashCodeAs(RawJson.of("{\"a\":1}"));
    assertThat(RawJson.of("1")).isNotEqualTo(RawJson.of(" 1"));
    assertThat(RawJson.of("{\"a\":1,\"b\":2}")).isNotEqualTo(RawJson.of("{\"b\":2,\"a\":1}"));
    assertThat(RawJson.of("\"\\u0041\"")).isNotEqualTo(RawJson.of("\"A\""));
    assertThat(RawJson.ofString("x")).isEqualTo(RawJson.of("\"x\""));
    assertThat(RawJson.of("1").equals("1")).isFalse();
    assertThat(RawJson.of("1").hashCode()).isNotEqualTo(RawJson.of("2").hashCode());
  }

  /** A minimal decoder of one JSON string literal, independent of the code under test. */
  private static String decodeJsonString(String json) {
    assertThat(json).startsWith("\"").endsWith("\"");
    StringBuilder out = new StringBuilder();
    for (int i = 1; i < json.length() - 1; i++) {
      char c = json.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = json.charAt(++i);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> throw new AssertionError("bad escape \\" + e + " in " + json);
      }
    }
    return out.toString();
  }
}
