package dev.masthead.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/**
 * What a rule must never say: Jackson's own wording or the names of its classes, features and
 * settings. A rule is Masthead's, the same on every Jackson version, and says what is wrong in
 * the document, not which parser found it.
 */
final class JacksonWords {
  private static final List<String> WORDS = List.of(
      "Jackson", "tools.jackson", "com.fasterxml", "StreamReadConstraints", "Feature",
      "getMax", "MaxStringLength", "MaxNameLength", "MaxNumberLength", "MaxDocumentLength",
      "MaxTokenCount", "MaxNestingDepth", "exceeds the maximum allowed", "Unrecognized token",
      "Unexpected character", "was expecting", "Trailing token", "end-of-input", "(code ",
      "CTRL-CHAR", "JsonToken", "START_OBJECT", "VALUE_", "FIELD_NAME", "PROPERTY_NAME",
      "with a fraction", "REDACTED", "Source:", "Illegal unquoted", "Invalid UTF-8",
      "DatabindException", "MismatchedInput", "bound as");

  private JacksonWords() {}

  static void assertNone(String rule) {
    assertThat(rule).as("a rule in Masthead's own words").doesNotContain(WORDS);
  }
}
