package dev.masthead.codec.read;

import static dev.masthead.codec.testing.TestJson.failure;
import static dev.masthead.codec.testing.TestJson.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.masthead.codec.testing.JsonInput;
import dev.masthead.codec.wire.AnyType;
import dev.masthead.codec.wire.ValueType;
import dev.masthead.codec.wire.WireTable;
import dev.masthead.model.AlternateName;
import dev.masthead.model.ContentPath;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.RawJson;
import dev.masthead.model.ReadLimits;
import dev.masthead.model.Violation;
import org.assertj.core.api.ListAssert;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The cursor holds the read limits on every token, whatever the input: each token counted once
 * as it is read (skipped ones too), each checked for what it can break, and a read that cannot
 * go on stopped at the token, placed where the input says it is. The codec keeps no path of its
 * own: every pointer here comes from the test input's {@code path()}, {@code containerPath()}
 * or {@code nextPath()}.
 */
final class CursorTest {
  private static final AnyType ANY = AnyType.INSTANCE;

  @SuppressWarnings("unchecked")
  private static final ValueType<AlternateName> ALTERNATE_NAME =
      (ValueType<AlternateName>) WireTable.all().get(AlternateName.class);

  private static ReadLimits.Builder limits() {
    return ReadLimits.defaults().toBuilder();
  }

  private static ListAssert<Tuple> assertProblems(ContentReadException e) {
    return assertThat(e.violations().stream().map(v -> tuple(v.pointer(), v.rule())).toList());
  }

  /** The document is 9 tokens: { a [ 1 2 ] b true }. */
  @ParameterizedTest(name = "at most {0} tokens: stops at ''{1}''")
  @CsvSource({"1, ''", "2, /a", "3, /a/0", "4, /a/1", "5, /a", "6, ''", "7, /b", "8, ''"})
  void countsEveryTokenOnceAndStopsAtTheFirstOverTheLimit(long maxTokens, String pointer) {
    String json = "{\"a\":[1,2],\"b\":true}";

    assertThat(read(ANY, json, limits().maxTokenCount(9).build()))
        .isEqualTo(RawJson.of(json));
    assertProblems(failure(ANY, json, limits().maxTokenCount(maxTokens).build()))
        .containsExactly(tuple(pointer, "must be a document of at most " + maxTokens + " tokens"));
  }

  @Test
  void countsTheTokensOfAValueItSkips() {
    // { name [ 1 2 3 ] language "en" }: 10 tokens, the array skipped as the wrong type.
    String json = "{\"name\":[1,2,3],\"language\":\"en\"}";

    assertProblems(failure(ALTERNATE_NAME, json, limits().maxTokenCount(10).build()))
        .containsExactly(tuple("/name", "must be a string, is an array"));
    assertProblems(failure(ALTERNATE_NAME, json, limits().maxTokenCount(5).build()))
        .containsExactly(tuple("/name/2", "must be a document of at most 5 tokens"),
            tuple("/name", "must be a string, is an array"));
  }

  @Test
  void holdsTheNestingDepthAtTheObjectOrArrayThatIsTooDeep() {
    String json = "{\"a\":[[{}]]}";

    assertThat(read(ANY, json, limits().maxNestingDepth(4).build())).isEqualTo(RawJson.of(json));
    assertProblems(failure(ANY, json, limits().maxNestingDepth(3).build())).containsExactly(
        tuple("/a/0/0", "must not nest objects and arrays more than 3 levels deep"));
  }

  @Test
  void holdsTheStringLengthInCharactersOfTheValueNotOfItsEscapedSpelling() {
    ReadLimits three = limits().maxStringLength(3).build();

    assertThat(read(ANY, "[\"\\u0041\\n\\\"\",{\"name\":1}]", three))
        .isEqualTo(RawJson.of("[\"A\\n\\\"\",{\"name\":1}]"));
    assertProblems(failure(ANY, "[\"abc\",\"abcd\"]", three))
        .containsExactly(tuple("/1", "must be a string of at most 3 characters"));
  }

  @Test
  void holdsTheNameLengthInUtf8BytesAtTheObjectThatHasTheName() {
    ReadLimits four = limits().maxNameLength(4).build();

    assertThat(read(ANY, "{\"éé\":1}", four)).isEqualTo(RawJson.of("{\"éé\":1}"));
    assertProblems(failure(ANY, "{\"x\":{\"ab\":1,\"ééa\":2}}", four))
        .containsExactly(tuple("/x", "must be a property name of at most 4 bytes in UTF-8"));
  }

  @Test
  void holdsTheNumberLengthInDigitsNotInSignPointAndExponent() {
    ReadLimits three = limits().maxNumberLength(3).build();

    assertThat(read(ANY, "[-1.5e+2,-12.3,999]", three))
        .isEqualTo(RawJson.of("[-1.5e+2,-12.3,999]"));
    assertProblems(failure(ANY, "[-1.5e+2,-12.3,1000]", three))
        .containsExactly(tuple("/2", "must be a number of at most 3 digits"));
  }

  @Test
  void holdsTheDocumentLengthAtALongStringAndAtTheEnd() {
    String x = "x".repeat(16_384);
    String json = "{\"a\":\"" + "y".repeat(8_000) + "\",\"b\":\"" + x + "\",\"c\":1}";
    ReadLimits limits = limits().maxDocumentLength(20_000).build();
    String rule = "must be a document of at most 20000 bytes (characters, for text)";

    assertProblems(failure(ANY, json, limits)).containsExactly(tuple("/b", rule));
    // A short document over the limit, with no long string: found at its last token.
    assertProblems(failure(ANY, "{\"a\":\"xxxxxxxx\"}", limits().maxDocumentLength(10).build()))
        .containsExactly(tuple("", "must be a document of at most 10 bytes (characters, for text)"));
  }

  @Test
  void refusesTheTokenThatHoldsTheFirstByteThatIsNotUtf8() {
    String json = "{\"a\":\"x\",\"b\":\"y\"}";
    JsonInput input = JsonInput.of(json);
    input.next();

    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> Reads.value(RawJson.class, ANY, input, ReadLimits.defaults(), json.indexOf('y')));

    assertProblems(e).containsExactly(tuple("/b", "must be UTF-8"));
  }

  @Test
  void placesStopsAndProblemsWhereTheInputSaysTheValueIs() {
    ContentPath base = ContentPath.root().child("items").child(7);
    ReadLimits three = limits().maxStringLength(3).build();

    JsonInput tooLong = JsonInput.at(base, "{\"a\":[1,\"abcd\"]}");
    tooLong.next();
    JsonInput wrong = JsonInput.at(base, "{\"name\":5}");
    wrong.next();

    assertProblems(catchThrowableOfType(ContentReadException.class,
        () -> Reads.value(RawJson.class, ANY, tooLong, three, -1)))
        .containsExactly(tuple("/items/7/a/1", "must be a string of at most 3 characters"));
    assertProblems(catchThrowableOfType(ContentReadException.class,
        () -> Reads.value(AlternateName.class, ALTERNATE_NAME, wrong, three, -1)))
        .containsExactly(tuple("/items/7/name", "must be a string, is a number"),
            tuple("/items/7/language", "is required"));
  }

  /**
   * A parser fails before it reports the token it could not read: the failure is placed where
   * the input would have read next, the next element of an array, the value of a name, or else
   * the object.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "{\"a\":[1,2,}           | /a/2",
      "{\"a\":[}               | /a/0",
      "{\"a\":1,\"b\":tru}     | /b",
      "{\"a\":{\"b\" 1}}       | /a",
      "{\"a\":{\"b\":1 \"c\"}} | /a"})
  void placesWhatTheParserCannotReadWhereItWouldHaveReadNext(String json, String pointer) {
    ContentReadException e = failure(ANY, json.strip());

    assertThat(e.violations()).extracting(Violation::pointer).containsExactly(pointer);
    assertThat(e.violations().get(0).rule()).startsWith("must be well-formed JSON: ");
  }

  @Test
  void placesWhatTheParserCannotReadOfAnObjectsPropertiesAtTheObjectOrTheProperty() {
    ContentPath base = ContentPath.root().child("items").child(7);
    JsonInput noColon = JsonInput.at(base, "{\"name\":\"x\",\"language\" \"en\"}");
    noColon.next();
    JsonInput badValue = JsonInput.at(base, "{\"name\":\"x\",\"language\":en}");
    badValue.next();

    assertThat(catchThrowableOfType(ContentReadException.class, () -> Reads.value(
        AlternateName.class, ALTERNATE_NAME, noColon, ReadLimits.defaults(), -1)).violations())
        .extracting(Violation::pointer).containsExactly("/items/7");
    assertThat(catchThrowableOfType(ContentReadException.class, () -> Reads.value(
        AlternateName.class, ALTERNATE_NAME, badValue, ReadLimits.defaults(), -1)).violations())
        .extracting(Violation::pointer).containsExactly("/items/7/language");
  }
}
