package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class ContentValidationExceptionTest {

  // --- the exception ---

  @Test
  void messageWithOneViolationIsOnOneLine() {
    ContentValidationException e = new ContentValidationException(
        "Article", List.of(Violation.of("headline", "must not be blank", "  ")));

    assertThat(e).hasMessage("Invalid Article: headline: must not be blank (was \"  \")");
    assertThat(e.type()).isEqualTo("Article");
  }

  @Test
  void messageWithSeveralViolationsCountsThemAndListsOnePerLine() {
    ContentValidationException e = new ContentValidationException("Article", List.of(
        Violation.of("headline", "must not be blank", "  "),
        Violation.of("id", "is required", null),
        Violation.of("tags[2]", "must not repeat a tag id", "serbia")));

    assertThat(e).hasMessage("Invalid Article (3 problems)\n"
        + "  - headline: must not be blank (was \"  \")\n"
        + "  - id: is required\n"
        + "  - tags[2]: must not repeat a tag id (was \"serbia\")");
  }

  @Test
  void violationOfTheValueItselfIsCalledValue() {
    ContentValidationException e = new ContentValidationException(
        "PersonId", List.of(Violation.of("", "is required", null)));

    assertThat(e).hasMessage("Invalid PersonId: value: is required");
  }

  @Test
  void rejectsEmptyViolationList() {
    assertThatThrownBy(() -> new ContentValidationException("Article", List.of()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("a content exception needs at least one violation");
  }

  @Test
  void isAnIllegalArgumentException() {
    assertThat(new ContentValidationException("X", List.of(Violation.of("a", "r", null))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void violationsAreUnmodifiable() {
    ContentValidationException e = new ContentValidationException(
        "Article", List.of(Violation.of("headline", "must not be blank", "  ")));

    assertThatThrownBy(() -> e.violations().add(Violation.of("id", "is required", null)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> e.violations().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void violationsAreACopyOfTheGivenList() {
    List<Violation> given = new ArrayList<>(List.of(Violation.of("a", "r", null)));
    ContentValidationException e = new ContentValidationException("X", given);

    given.add(Violation.of("b", "r", null));

    assertThat(e.violations()).containsExactly(Violation.of("a", "r", null));
  }

  @Test
  void modelReportsEveryViolationInAttributeOrder() {
    ContentValidationException e = catchThrowableOfType(ContentValidationException.class,
        () -> Heading.builder().text("\u0007").level(9).putExtension("", RawJson.of("1")).build());

    assertThat(e.type()).isEqualTo("Heading");
    assertThat(e.violations()).extracting(v -> v.path().toString())
        .containsExactly("text", "level", "extensions[\"\"]");
    assertThat(e).hasMessageStartingWith("Invalid Heading (3 problems)\n  - text: ");
  }

  // --- paths and pointers ---

  /** A path from names (String) and indexes (Integer). */
  static ContentPath path(List<?> segments) {
    ContentPath path = ContentPath.root();
    for (Object segment : segments) {
      path = segment instanceof Integer index ? path.child(index) : path.child((String) segment);
    }
    return path;
  }

  static Stream<Arguments> paths() {
    return Stream.of(
        Arguments.of(List.of(), "", ""),
        Arguments.of(List.of("headline"), "headline", "/headline"),
        Arguments.of(List.of("tags", 2), "tags[2]", "/tags/2"),
        Arguments.of(List.of("positions", 0, "end"), "positions[0].end", "/positions/0/end"),
        Arguments.of(List.of(0, "text"), "[0].text", "/0/text"),
        Arguments.of(List.of("body", 3, "spans", 1, "text"), "body[3].spans[1].text",
            "/body/3/spans/1/text"),
        Arguments.of(List.of("extensions", "acme:crmId"), "extensions[\"acme:crmId\"]",
            "/extensions/acme:crmId"),
        Arguments.of(List.of("extensions", "a/b"), "extensions[\"a/b\"]", "/extensions/a~1b"),
        Arguments.of(List.of("extensions", "a~b"), "extensions[\"a~b\"]", "/extensions/a~0b"),
        Arguments.of(List.of("extensions", "~1"), "extensions[\"~1\"]", "/extensions/~01"),
        Arguments.of(List.of("extensions", "/~"), "extensions[\"/~\"]", "/extensions/~1~0"),
        Arguments.of(List.of("extensions", "say \"hi\""), "extensions[\"say \\\"hi\\\"\"]",
            "/extensions/say \"hi\""),
        Arguments.of(List.of("extensions", "a.b"), "extensions[\"a.b\"]", "/extensions/a.b"),
        Arguments.of(List.of("extensions", "back\\slash"), "extensions[\"back\\\\slash\"]",
            "/extensions/back\\slash"),
        Arguments.of(List.of("extensions", ""), "extensions[\"\"]", "/extensions/"),
        Arguments.of(List.of("extensions", "0"), "extensions[\"0\"]", "/extensions/0"),
        Arguments.of(List.of("extensions", "a[0]"), "extensions[\"a[0]\"]", "/extensions/a[0]"),
        Arguments.of(List.of("extensions", "a b"), "extensions[\"a b\"]", "/extensions/a b"),
        Arguments.of(List.of("extensions", "\"]"), "extensions[\"\\\"]\"]", "/extensions/\"]"),
        Arguments.of(List.of("extensions", "a.b/c~d\"e"), "extensions[\"a.b/c~d\\\"e\"]",
            "/extensions/a.b~1c~0d\"e"),
        Arguments.of(List.of("extensions", "café"), "extensions[\"café\"]", "/extensions/café"),
        Arguments.of(List.of("a.b", "c"), "[\"a.b\"].c", "/a.b/c"),
        Arguments.of(List.of("body", 3, "extensions", "x.y/z"), "body[3].extensions[\"x.y/z\"]",
            "/body/3/extensions/x.y~1z"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("paths")
  void pathAndPointerNameTheSameLocation(List<Object> segments, String path, String pointer) {
    Violation violation = Violation.of(path(segments), "r", null);

    assertThat(violation.path()).hasToString(path);
    assertThat(violation.pointer()).isEqualTo(pointer);
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("paths")
  void violationOfPathParsesWhatPathPrints(List<Object> segments, String path, String pointer) {
    Violation printed = Violation.of(path(segments), "must be valid", "x");

    Violation parsed = Violation.of(printed.path().toString(), "must be valid", "x");

    assertThat(parsed).isEqualTo(printed).hasSameHashCodeAs(printed);
    assertThat(parsed.path()).hasToString(path);
    assertThat(parsed.pointer()).isEqualTo(pointer);
  }

  @Test
  void extensionNameViolationFromTheModelCarriesAnEscapedPointer() {
    ContentValidationException e = catchThrowableOfType(ContentValidationException.class,
        () -> Heading.builder().text("Hi").putExtension("level", RawJson.of("1")).build());
    ContentValidationException slashes = catchThrowableOfType(ContentValidationException.class,
        () -> Heading.builder().text("Hi")
            .putExtension("a/b.c~\"d\"\u0000", RawJson.of("1")).build());

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.path()).hasToString("extensions.level");
      assertThat(v.pointer()).isEqualTo("/extensions/level");
    });
    assertThat(slashes.violations()).singleElement().satisfies(v -> {
      assertThat(v.path().toString()).startsWith("extensions[\"a/b.c~\\\"d\\\"");
      assertThat(v.pointer()).startsWith("/extensions/a~1b.c~0\"d\"");
    });
  }

  // --- the violation ---

  @Test
  void toStringShowsPathRuleAndQuotedValue() {
    assertThat(Violation.of("tags[0]", "must not repeat a tag id", "x"))
        .hasToString("tags[0]: must not repeat a tag id (was \"x\")");
    assertThat(Violation.of("id", "is required", null)).hasToString("id: is required");
    assertThat(Violation.of("", "must be valid", 7)).hasToString("value: must be valid (was \"7\")");
  }

  @Test
  void valueIsEmptyForAMissingValueAndTheTextOfAnyOther() {
    assertThat(Violation.of("id", "is required", null).value()).isEmpty();
    assertThat(Violation.of("level", "must be from 2 to 6", 9).value()).contains("9");
    assertThat(Violation.of("text", "must not be blank", "").value()).contains("");
  }

  @Test
  void accessorsReturnWhatWasGiven() {
    Violation violation = Violation.of("positions[0].end", "must not be before start", "x");

    assertThat(violation.path()).hasToString("positions[0].end");
    assertThat(violation.pointer()).isEqualTo("/positions/0/end");
    assertThat(violation.rule()).isEqualTo("must not be before start");
  }

  @Test
  void violationsAreEqualByPathRuleAndValue() {
    Violation a = Violation.of("tags[2]", "r", "v");

    assertThat(a).isEqualTo(Violation.of(path(List.of("tags", 2)), "r", "v"))
        .hasSameHashCodeAs(Violation.of(path(List.of("tags", 2)), "r", "v"));
    assertThat(a).isNotEqualTo(Violation.of("tags[3]", "r", "v"));
    assertThat(a).isNotEqualTo(Violation.of("tags[2]", "other", "v"));
    assertThat(a).isNotEqualTo(Violation.of("tags[2]", "r", "w"));
    assertThat(a).isNotEqualTo(Violation.of("tags[2]", "r", null));
    // "2" the name and 2 the index are different locations
    assertThat(Violation.of(path(List.of("tags", "2")), "r", null))
        .isNotEqualTo(Violation.of(path(List.of("tags", 2)), "r", null));
  }

  @Test
  void unequalViolationsHashApart() {
    assertThat(Violation.of("tags[2]", "r", "v").hashCode())
        .isNotEqualTo(Violation.of("tags[3]", "r", "v").hashCode());
  }

  @Test
  void underPrefixesThePathWithTheHoldersPropertyOrIndex() {
    Violation end = Violation.of("end", "must not be before start", "x");

    Violation held = end.under(0).under("positions");

    assertThat(held.path()).hasToString("positions[0].end");
    assertThat(held.pointer()).isEqualTo("/positions/0/end");
    assertThat(held.rule()).isEqualTo("must not be before start");
    assertThat(held.value()).contains("x");
    assertThat(held).isEqualTo(Violation.of("positions[0].end", "must not be before start", "x"));
    assertThat(end.path()).as("unchanged").hasToString("end");
    // The value itself, held in a list and then by a property.
    assertThat(Violation.of("", "is required", null).under(3).path()).hasToString("[3]");
    assertThat(Violation.of("", "is required", null).under("acme:x").path())
        .hasToString("[\"acme:x\"]");
    assertThatThrownBy(() -> end.under(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("index must not be negative, is -1");
  }

  static Stream<Arguments> malformedPaths() {
    return Stream.of(
        // a quoted name cut short is read to the end
        Arguments.of("x[\"ab", "x.ab"),
        Arguments.of("x[\"a\\", "x[\"a\\\\\"]"),
        Arguments.of("x[\"\\u00", "x.u00"),
        Arguments.of("x[\"\\u0041", "x.A"),
        Arguments.of("x[\"", "x[\"\"]"));
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("malformedPaths")
  void violationOfAPathCutShortReadsWhatIsThere(String path, String read) {
    assertThat(Violation.of(path, "r", null).path()).hasToString(read);
  }

  @Test
  void violationOfAPathWithAnUnclosedIndexIsRejected() {
    assertThatThrownBy(() -> Violation.of("x[", "r", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unclosed index in path: x[");
    assertThatThrownBy(() -> Violation.of("tags[2", "r", null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unclosed index in path: tags[2");
  }

  // --- excerpts of the offending value ---

  @Test
  void valueOfAtMost64CodePointsIsKeptWhole() {
    String value = "a".repeat(64);

    assertThat(Violation.of("x", "r", value).value()).contains(value);
  }

  @Test
  void valueOfMoreThan64CodePointsIsCutWithAnEllipsis() {
    assertThat(Violation.of("x", "r", "a".repeat(65)).value()).contains("a".repeat(64) + "…");
    assertThat(Violation.of("x", "r", "b".repeat(100_000)).value())
        .contains("b".repeat(64) + "…");
  }

  @Test
  void valueIsCutByCodePointsAndNeverSplitsASurrogatePair() {
    String emoji = "\uD83D\uDE00";

    assertThat(Violation.of("x", "r", emoji.repeat(64)).value()).contains(emoji.repeat(64));
    assertThat(Violation.of("x", "r", emoji.repeat(65)).value()).contains(emoji.repeat(64) + "…");
    assertThat(Violation.of("x", "r", "a" + emoji.repeat(64)).value())
        .contains("a" + emoji.repeat(63) + "…");
  }

  @Test
  void escapedCharactersCountOnceTowardsTheCut() {
    assertThat(Violation.of("x", "r", "\n".repeat(70)).value())
        .contains("\\n".repeat(64) + "…");
  }

  static Stream<Arguments> escapes() {
    return Stream.of(
        Arguments.of("line\nbreak", "line\\nbreak"),
        Arguments.of("\r", "\\r"),
        Arguments.of("\t", "\\t"),
        Arguments.of("\u0000", "\\u0000"),
        Arguments.of("\u0007", "\\u0007"),
        Arguments.of("\u001b[31m", "\\u001b[31m"),
        Arguments.of("\u007f", "\\u007f"),
        Arguments.of("\u0085", "\\u0085"),
        Arguments.of("say \"hi\"", "say \\\"hi\\\""),
        Arguments.of("C:\\dir", "C:\\\\dir"),
        Arguments.of("abc\u202Edef", "abc\\u202edef"),
        Arguments.of("\u202D\u2066\u2067\u2068\u2069", "\\u202d\\u2066\\u2067\\u2068\\u2069"),
        Arguments.of("zero\u200Bwidth", "zero\\u200bwidth"),
        Arguments.of("\uFEFF", "\\ufeff"),
        Arguments.of("\uD800", "\\ud800"),
        Arguments.of("a\uDC00b", "a\\udc00b"),
        Arguments.of("\uDE00\uD83D", "\\ude00\\ud83d"),
        Arguments.of("\uD83D\uDE00", "\uD83D\uDE00"),
        Arguments.of("\uD83D\uDC69\u200D\uD83D\uDCBB", "\uD83D\uDC69\u200D\uD83D\uDCBB"),
        Arguments.of("Beograd, Београд, 東京, café", "Beograd, Београд, 東京, café"),
        Arguments.of("non\u00A0breaking", "non\u00A0breaking"));
  }

  @ParameterizedTest(name = "[{index}] {1}")
  @MethodSource("escapes")
  void valueExcerptEscapesUnprintableAndQuotingCharacters(String value, String excerpt) {
    Violation violation = Violation.of("x", "r", value);

    assertThat(violation.value()).contains(excerpt);
    assertThat(violation).hasToString("x: r (was \"" + excerpt + "\")");
  }

  @Test
  void messageOfAValueWithControlCharactersStaysOnOneLine() {
    ContentValidationException e = new ContentValidationException("Heading",
        List.of(Violation.of("text", "must not contain control characters or line breaks",
            "a\nb\r\nc\u202Ed")));

    assertThat(e.getMessage()).doesNotContain("\n", "\r", "\u202E");
  }

  @Test
  void modelExcerptsAnOverlongValue() {
    String longText = "word ".repeat(200) + "\u0007";

    ContentValidationException e = catchThrowableOfType(ContentValidationException.class,
        () -> Heading.builder().text(longText).extensions(Map.of()).build());

    assertThat(e.violations()).singleElement()
        .satisfies(v -> assertThat(v.value()).contains("word ".repeat(12) + "word…"));
  }

  @Test
  void pathQuotesAndEscapesNamesWithControlBidiOrLineSeparatorCharacters() {
    Violation violation =
        Violation.of(path(List.of("extensions", "a\u202Eb\nc\u2028d")), "rule", null);
    assertThat(violation.path()).hasToString("extensions[\"a\\u202eb\\nc\\u2028d\"]");
    assertThat(Violation.of(violation.path().toString(), "rule", null)).isEqualTo(violation);
    assertThat(violation.pointer()).isEqualTo("/extensions/a\u202Eb\nc\u2028d");
  }

  @Test
  void excerptEscapesLineAndParagraphSeparators() {
    assertThat(Violation.of("x", "rule", "a\u2028b\u2029c").value())
        .contains("a\\u2028b\\u2029c");
  }

  @Test
  void escapedCharacterAboveTheBasicPlaneReadsBackFromThePath() {
    Violation violation = Violation.of(path(List.of("extensions", "a\uDB40\uDC01b")), "rule", null);
    assertThat(violation.path()).hasToString("extensions[\"a\\udb40\\udc01b\"]");
    assertThat(Violation.of(violation.path().toString(), "rule", null)).isEqualTo(violation);
  }
}
