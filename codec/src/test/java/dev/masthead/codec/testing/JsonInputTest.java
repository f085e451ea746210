package dev.masthead.codec.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.codec.Names;
import dev.masthead.codec.ParseFailure;
import dev.masthead.codec.Token;
import dev.masthead.codec.TokenInput;
import dev.masthead.codec.read.Wording;
import dev.masthead.model.ContentPath;
import dev.masthead.model.ReadLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test input keeps the token input's contract as the Jackson adapter does: the codec's
 * tests mean something only if it does. Each token's path, the path of its container, the path
 * of what comes next, and the depth, as Jackson's read context gives them.
 */
final class JsonInputTest {
  /** Every token of {@code in} to its end, each as "TOKEN path container next depth". */
  private static List<String> walk(TokenInput in) {
    List<String> walk = new ArrayList<>();
    for (Token token = in.token() != null ? in.token() : in.next(); token != null;
        token = in.next()) {
      walk.add(token + " " + at(in.path()) + " " + at(in.containerPath()) + " "
          + at(in.nextPath()) + " " + in.depth());
    }
    return walk;
  }

  private static String at(ContentPath path) {
    return path.isRoot() ? "root" : path.pointer();
  }

  @Test
  void placesEveryTokenAsJacksonsReadContextDoes() {
    assertThat(walk(JsonInput.of("{\"a\":[1,{\"b\":null}],\"c\":\"x\"}"))).containsExactly(
        "START_OBJECT root root root 1",
        "NAME /a root /a 1",
        "START_ARRAY /a /a /a/0 2",
        "INTEGER /a/0 /a /a/1 2",
        "START_OBJECT /a/1 /a/1 /a/1 3",
        "NAME /a/1/b /a/1 /a/1/b 3",
        "NULL /a/1/b /a/1 /a/1 3",
        "END_OBJECT /a/1 /a /a/2 2",
        "END_ARRAY /a root root 1",
        "NAME /c root /c 1",
        "STRING /c root root 1",
        "END_OBJECT root root root 0");
  }

  @Test
  void replaysARecordedObjectWhereItIsInTheDocument() {
    JsonInput in = JsonInput.of("[0,{\"x\":[true,-0.50],\"y\":{}}]");
    in.next();
    in.next();
    in.next();
    assertThat(in.nextName(Names.NONE)).isEqualTo(Names.OTHER);
    TokenInput.Recording recording = in.record();
    recording.copyCurrent();
    do {
      in.next();
      recording.copyCurrent();
    } while (in.depth() > 1);

    TokenInput replay = recording.replay();

    assertThat(walk(replay)).containsExactly(
        "START_OBJECT /1 /1 /1 2",
        "NAME /1/x /1 /1/x 2",
        "START_ARRAY /1/x /1/x /1/x/0 3",
        "TRUE /1/x/0 /1/x /1/x/1 3",
        "DECIMAL /1/x/1 /1/x /1/x/2 3",
        "END_ARRAY /1/x /1 /1 2",
        "NAME /1/y /1 /1/y 2",
        "START_OBJECT /1/y /1/y /1/y 3",
        "END_OBJECT /1/y /1 /1 2",
        "END_OBJECT /1 /1 /1 1");
  }

  @Test
  void readsStringsAndNumbersAsRfc8259SpellsThem() {
    String json = " [\"a\\\"\\\\\\/\\b\\f\\n\\r\\t\\u00e9\\uD83D\\uDE00\", -0, "
        + "2147483647, 2147483648, 1E+2, 0.5 ] ";
    JsonInput in = JsonInput.of(json);
    in.next();

    assertThat(in.next()).isEqualTo(Token.STRING);
    assertThat(in.string()).isEqualTo("a\"\\/\b\f\n\r\té😀");
    assertThat(in.textLength()).isEqualTo(12);
    assertThat(in.next()).isEqualTo(Token.INTEGER);
    assertThat(in.isInt()).isTrue();
    assertThat(in.intValue()).isZero();
    assertThat(in.numberText()).isEqualTo("-0");
    assertThat(in.next()).isEqualTo(Token.INTEGER);
    assertThat(in.intValue()).isEqualTo(Integer.MAX_VALUE);
    assertThat(in.next()).isEqualTo(Token.INTEGER);
    assertThat(in.isInt()).isFalse();
    assertThat(in.next()).isEqualTo(Token.DECIMAL);
    assertThat(in.numberText()).isEqualTo("1E+2");
    assertThat(in.isInt()).isFalse();
    assertThat(in.next()).isEqualTo(Token.DECIMAL);
    assertThat(in.next()).isEqualTo(Token.END_ARRAY);
    assertThat(in.offset()).isEqualTo(json.lastIndexOf(']') + 1);
    assertThat(in.next()).isNull();
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of("{\"a\":1",
            "must be complete JSON: the input ends inside a value (line 1, column 7)"),
        Arguments.of("[1]x",
            "must be one JSON value: more follows after the document (line 1, column 4)"),
        Arguments.of("[01]", "must be well-formed JSON: an invalid number (line 1, column 3)"),
        Arguments.of("[1.]", "must be well-formed JSON: an invalid number (line 1, column 4)"),
        Arguments.of("[tru]",
            "must be well-formed JSON: unexpected text 'tru' (line 1)"),
        Arguments.of("[\"\\x\"]",
            "must be well-formed JSON: an invalid escape sequence 'x' (line 1, column 4)"),
        Arguments.of("[\"\\u00g0\"]",
            "must be well-formed JSON: an unexpected character 'g' (line 1, column 7)"),
        Arguments.of("[1}", "must be well-formed JSON: a closing bracket that does not match"
            + " '}' (line 1, column 3)"),
        Arguments.of("[1,]",
            "must be well-formed JSON: an unexpected character ']' (line 1, column 4)"),
        Arguments.of("{\"a\" 1}",
            "must be well-formed JSON: an unexpected character '1' (line 1, column 6)"),
        Arguments.of("{'a':1}",
            "must be well-formed JSON: an unexpected character ''' (line 1, column 2)"),
        Arguments.of("[1 2]",
            "must be well-formed JSON: an unexpected character '2' (line 1, column 4)"),
        Arguments.of("[\n\"a\tb\"]", "must be well-formed JSON: a control character U+0009"
            + " must be escaped in a string (line 2, column 3)"));
  }

  /** Malformed input fails where it is reached, in the words Masthead gives Jackson's. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void refusesMalformedInputWhereItIsReached(String json, String rule) {
    JsonInput in = JsonInput.of(json);

    ParseFailure e = catchThrowableOfType(ParseFailure.class, () -> {
      while (in.next() != null) {
        // every token
      }
    });

    assertThat(e).isNotNull();
    assertThat(e.kind()).isEqualTo(ParseFailure.Kind.MALFORMED);
    assertThat(Wording.describe(e, ReadLimits.defaults())).isEqualTo(rule);
  }
}
