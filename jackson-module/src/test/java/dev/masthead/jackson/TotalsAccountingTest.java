package dev.masthead.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.Generators;
import dev.masthead.internal.ModelTotals;
import dev.masthead.jackson.RoundTripPropertyTest.Kind;
import dev.masthead.model.ContentLimits;
import dev.masthead.model.EventTime;
import dev.masthead.model.ReadLimits;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * The model's totals account for everything {@code MastheadJson} writes. For generated values of
 * every model type, with every optional attribute filled, the JSON written holds no more than the
 * totals say (its values, and its text outside known property names and fixed-format values),
 * and its tokens and bytes, compact and indented, are within the bounds {@link ContentLimits}
 * derives from the totals and on which reading the largest value back depends:
 *
 * <ul>
 *   <li>tokens ≤ {@value #TOKENS_PER_VALUE} per value;
 *   <li>compact bytes ≤ {@value #BYTES_PER_CHARACTER} per character of text + {@value
 *       #COMPACT_BYTES_PER_VALUE} per value;
 *   <li>indented bytes ≤ {@value #BYTES_PER_CHARACTER} per character of text + {@value
 *       #INDENTED_BYTES_PER_VALUE} per value.
 * </ul>
 *
 * <p>An attribute left out of a type's totals makes the written JSON hold more values or text
 * than the totals, and fails here for every seed whose value has that attribute.
 */
final class TotalsAccountingTest {
  /** The bounds {@link ContentLimits#TOTAL_VALUES} documents; see the derivation there. */
  static final int TOKENS_PER_VALUE = 3;

  static final int BYTES_PER_CHARACTER = 3;
  static final int COMPACT_BYTES_PER_VALUE = 45;
  static final int INDENTED_BYTES_PER_VALUE = 76;

  private static final int SEEDS = 25;

  private static final MastheadJson COMPACT = MastheadJson.defaults();
  private static final MastheadJson INDENTED = MastheadJson.builder().indent(true).build();
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** Properties whose string values are not text in the model: instants, dates, name order. */
  private static final Set<String> FIXED_FORMAT = Set.of("published", "updated", "start", "end",
      "order");

  /** Every property name of the wire format, from the JSON Schemas: not text in the model. */
  private static final Set<String> KNOWN_NAMES = knownNames();

  private static Set<String> knownNames() {
    Set<String> names = new HashSet<>();
    for (Class<?> type : dev.masthead.codec.Wire.documentTypes()) {
      collectNames(dev.masthead.codec.Wire.schema(type), names);
    }
    return Set.copyOf(names);
  }

  private static void collectNames(Object schema, Set<String> names) {
    if (schema instanceof Map<?, ?> map) {
      map.forEach((key, value) -> {
        if ("properties".equals(key) && value instanceof Map<?, ?> properties) {
          properties.keySet().forEach(name -> names.add((String) name));
        }
        collectNames(value, names);
      });
    } else if (schema instanceof List<?> list) {
      list.forEach(element -> collectNames(element, names));
    }
  }

  /** Each generator mode, all with every optional attribute filled. */
  private static final Map<String, Generators> MODES = Map.of(
      "plain", Generators.builder().optionalFill(1).build(),
      "edge cases", Generators.builder().optionalFill(1).edgeCases(0.3).build(),
      "all edge cases", Generators.builder().optionalFill(1).edgeCases(1).maxItems(8).build(),
      "future documents", Generators.builder().optionalFill(1).futureDocuments(true).build());

  static Stream<Arguments> kinds() {
    return Stream.concat(RoundTripPropertyTest.documentKinds().stream(),
            RoundTripPropertyTest.partKinds().stream())
        .filter(kind -> kind.type() != EventTime.class) // a scalar: one value, no totals
        .flatMap(kind -> MODES.keySet().stream().sorted().map(mode -> Arguments.of(kind, mode)));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("kinds")
  void writtenJsonIsWithinWhatTheTotalsAccountFor(Kind<?> kind, String mode) {
    List<String> failures = new ArrayList<>();
    for (long seed = 0; seed < SEEDS; seed++) {
      Object value = kind.generator().generate(MODES.get(mode), new SplittableRandom(seed));
      String problem = problem(value);
      if (problem != null) {
        failures.add("seed " + seed + ": " + problem);
      }
    }
    assertThat(failures).as("%s, %s", kind, mode).isEmpty();
  }

  /** {@return what is wrong with the value's totals against its JSON, or null} */
  static String problem(Object value) {
    return problem(value, COMPACT.writeBytes(value), INDENTED.writeBytes(value));
  }

  /**
   * {@return what is wrong with the value's totals against its JSON, or null}
   *
   * @param compact the value written by {@code MastheadJson.defaults()}
   * @param indented the value written indented
   */
  static String problem(Object value, byte[] compact, byte[] indented) {
    long values = ModelTotals.values(value);
    long text = ModelTotals.text(value);
    Wire wire = Wire.of(compact);
    List<String> problems = new ArrayList<>();
    if (wire.values > values) {
      problems.add("the JSON holds " + wire.values + " values, the totals " + values);
    }
    if (wire.text > text) {
      problems.add("the JSON holds " + wire.text + " characters of text, the totals " + text);
    }
    if (wire.tokens > TOKENS_PER_VALUE * values) {
      problems.add(wire.tokens + " tokens for " + values + " values");
    }
    long compactBound = BYTES_PER_CHARACTER * text + COMPACT_BYTES_PER_VALUE * values;
    if (compact.length > compactBound) {
      problems.add(compact.length + " bytes compact, bound " + compactBound);
    }
    long indentedBound = BYTES_PER_CHARACTER * text + INDENTED_BYTES_PER_VALUE * values;
    if (indented.length > indentedBound) {
      problems.add(indented.length + " bytes indented, bound " + indentedBound);
    }
    return problems.isEmpty() ? null : String.join("; ", problems);
  }

  /** What a JSON document holds, counted the way the model counts its totals. */
  record Wire(long tokens, long values, long text) {
    static Wire of(byte[] json) {
      long tokens = 0;
      long values = 0;
      long text = 0;
      try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
        for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
          tokens++;
          switch (token) {
            case PROPERTY_NAME -> {
              String name = parser.currentName();
              text += KNOWN_NAMES.contains(name) ? 0 : name.length();
            }
            case END_OBJECT, END_ARRAY -> { }
            case VALUE_STRING -> {
              values++;
              String name = parser.currentName();
              text += name != null && FIXED_FORMAT.contains(name) ? 0 : parser.getString().length();
            }
            default -> values++;
          }
        }
      }
      return new Wire(tokens, values, text);
    }
  }

  @Test
  void theTotalsFitTheDefaultReadLimits() {
    assertThat((long) TOKENS_PER_VALUE * ContentLimits.TOTAL_VALUES)
        .isLessThanOrEqualTo(ReadLimits.DEFAULT_MAX_TOKEN_COUNT);
    assertThat((long) BYTES_PER_CHARACTER * ContentLimits.TOTAL_TEXT
        + (long) INDENTED_BYTES_PER_VALUE * ContentLimits.TOTAL_VALUES)
        .isLessThanOrEqualTo(ReadLimits.DEFAULT_MAX_DOCUMENT_LENGTH);
  }
}
