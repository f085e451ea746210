package dev.masthead.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.masthead.fixtures.Generators;
import dev.masthead.model.AlternateName;
import dev.masthead.model.AlternativeHeadline;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Block;
import dev.masthead.model.CallToAction;
import dev.masthead.model.Contributor;
import dev.masthead.model.Event;
import dev.masthead.model.EventOrganisation;
import dev.masthead.model.EventTime;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.LinkBlock;
import dev.masthead.model.Organisation;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Participant;
import dev.masthead.model.Person;
import dev.masthead.model.PersonName;
import dev.masthead.model.Place;
import dev.masthead.model.Position;
import dev.masthead.model.Publication;
import dev.masthead.model.Quote;
import dev.masthead.model.RawJson;
import dev.masthead.model.Rights;
import dev.masthead.model.Span;
import dev.masthead.model.Tag;
import dev.masthead.model.UnknownBlock;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Round trips of generated values through every entry point of {@link MastheadJson}, seed by
 * seed: {@code new SplittableRandom(seed)} into the fixtures' generators in edge-case mode (text
 * outside the BMP, right-to-left text and combining marks, text at its maximum length, unknown
 * vocabulary values and block types, extensions with odd names, dates in the years 1 and 9999),
 * every third seed as a future document (unknown properties everywhere, unknown blocks in every
 * body). For every value: each way of writing gives the same bytes, each way of reading gives an
 * equal value, the indented form reads to the same value, and writing what was read gives the
 * same bytes again.
 *
 * <p>Per run: 7 document types × 40 seeds and 19 other types × 10 seeds, 470 values. A failure
 * names the type and the seed; {@code new SplittableRandom(seed)} gives that value again.
 */
final class RoundTripPropertyTest {
  private static final int DOCUMENT_SEEDS = 40;
  private static final int PART_SEEDS = 10;
  private static final int BLOCK = 10;

  private static final MastheadJson COMPACT = MastheadJson.defaults();
  private static final MastheadJson INDENTED = MastheadJson.builder().indent(true).build();
  private static final JsonMapper MAPPER = COMPACT.mapper();

  private static final Generators EDGE_CASES = Generators.builder().edgeCases(0.3).build();
  private static final Generators FUTURE =
      Generators.builder().edgeCases(0.3).futureDocuments(true).build();

  /** How a value of one type is generated. */
  interface Generator<T> {
    T generate(Generators generators, RandomGenerator random);
  }

  /** A model type and its generator. */
  record Kind<T>(Class<T> type, Generator<T> generator) {
    @Override
    public String toString() {
      return type.getSimpleName();
    }
  }

  static Generators generators(long seed) {
    return seed % 3 == 2 ? FUTURE : EDGE_CASES;
  }

  private static String describe(long seed) {
    return seed % 3 == 2 ? "edgeCases(0.3).futureDocuments(true)" : "edgeCases(0.3)";
  }

  /** Each kind with each block of {@value #BLOCK} seeds from 0 to {@code seeds - 1}. */
  private static Stream<Arguments> blocks(List<Kind<?>> kinds, int seeds) {
    return kinds.stream().flatMap(kind -> LongStream.iterate(0, s -> s < seeds, s -> s + BLOCK)
        .mapToObj(first -> Arguments.of(kind, first, first + BLOCK - 1)));
  }

  /** Checks every seed from {@code first} to {@code last}; fails listing each seed that failed. */
  private static void assertRoundTrips(Kind<?> kind, long first, long last) {
    List<String> failures = new ArrayList<>();
    for (long seed = first; seed <= last; seed++) {
      try {
        assertRoundTrips(kind, seed);
      } catch (AssertionError e) {
        String message = String.valueOf(e.getMessage());
        failures.add(message.length() > 4_000 ? message.substring(0, 4_000) + "…" : message);
      }
    }
    assertThat(failures).as("%s seeds %d to %d that did not round-trip", kind, first, last)
        .isEmpty();
  }

  private static <T> void assertRoundTrips(Kind<T> kind, long seed) {
    String what = String.format("%s seed %d (%s)", kind, seed, describe(seed));
    T value = kind.generator().generate(generators(seed), new SplittableRandom(seed));
    Class<T> type = kind.type();
    try {
      byte[] bytes = COMPACT.writeBytes(value);
      String text = COMPACT.write(value);
      ByteArrayOutputStream stream = new ByteArrayOutputStream();
      COMPACT.write(value, stream);
      assertThat(text.getBytes(StandardCharsets.UTF_8)).as("%s: write is writeBytes", what)
          .isEqualTo(bytes);
      assertThat(stream.toByteArray()).as("%s: write to a stream is writeBytes", what)
          .isEqualTo(bytes);
      assertThat(MAPPER.writeValueAsBytes(value)).as("%s: the mapper writes the same", what)
          .isEqualTo(bytes);

      T read = COMPACT.read(bytes, type);
      assertThat(read).as("%s: read(byte[]) of writeBytes(x) equals x", what).isEqualTo(value);
      assertThat(COMPACT.read(text, type)).as("%s: read(String) of write(x)", what)
          .isEqualTo(value);
      assertThat(COMPACT.read(new ByteArrayInputStream(bytes), type))
          .as("%s: read(InputStream) of writeBytes(x)", what).isEqualTo(value);
      assertThat(MAPPER.readValue(bytes, type)).as("%s: the mapper reads the same", what)
          .isEqualTo(value);
      assertThat(COMPACT.writeBytes(read)).as("%s: write(read(write(x))) is write(x)", what)
          .isEqualTo(bytes);

      byte[] indented = INDENTED.writeBytes(value);
      assertThat(COMPACT.read(new ByteArrayInputStream(indented), type))
          .as("%s: the indented form reads to the same value", what).isEqualTo(value);
      assertThat(INDENTED.read(new String(indented, StandardCharsets.UTF_8), type))
          .as("%s: the indented form read as text", what).isEqualTo(value);
    } catch (Exception e) {
      fail(what + ": " + e + "\n  value: " + value, e);
    }
  }

  static List<Kind<?>> documentKinds() {
    return List.of(
        new Kind<>(Article.class, Generators::article),
        new Kind<>(ArticleSummary.class, Generators::articleSummary),
        new Kind<>(Event.class, Generators::event),
        new Kind<>(Person.class, Generators::person),
        new Kind<>(Organisation.class, Generators::organisation),
        new Kind<>(Place.class, Generators::place),
        new Kind<>(Publication.class, Generators::publication));
  }

  static Stream<Arguments> documents() {
    return blocks(documentKinds(), DOCUMENT_SEEDS);
  }

  @ParameterizedTest(name = "{0} seeds {1} to {2}")
  @MethodSource("documents")
  void generatedDocumentsRoundTripThroughEveryEntryPoint(Kind<?> kind, long first, long last) {
    assertRoundTrips(kind, first, last);
  }

  static List<Kind<?>> partKinds() {
    return List.of(
        new Kind<>(Block.class, Generators::block),
        new Kind<>(Paragraph.class, Generators::paragraph),
        new Kind<>(Span.class, Generators::span),
        new Kind<>(Heading.class, Generators::heading),
        new Kind<>(Quote.class, Generators::quote),
        new Kind<>(ImageBlock.class, Generators::imageBlock),
        new Kind<>(LinkBlock.class, Generators::linkBlock),
        new Kind<>(CallToAction.class, Generators::callToAction),
        new Kind<>(UnknownBlock.class, Generators::unknownBlock),
        new Kind<>(Image.class, Generators::image),
        new Kind<>(Tag.class, Generators::tag),
        new Kind<>(Contributor.class, Generators::contributor),
        new Kind<>(Participant.class, Generators::participant),
        new Kind<>(EventOrganisation.class, Generators::eventOrganisation),
        new Kind<>(Position.class, Generators::position),
        new Kind<>(PersonName.class, Generators::personName),
        new Kind<>(AlternateName.class, Generators::alternateName),
        new Kind<>(EventTime.class, Generators::eventTime),
        new Kind<>(RawJson.class, Generators::rawJson),
        new Kind<>(Rights.class, Generators::rights),
        new Kind<>(AlternativeHeadline.class, Generators::alternativeHeadline));
  }

  static Stream<Arguments> parts() {
    return blocks(partKinds(), PART_SEEDS);
  }

  @ParameterizedTest(name = "{0} seeds {1} to {2}")
  @MethodSource("parts")
  void generatedValuesOfEveryOtherTypeRoundTrip(Kind<?> kind, long first, long last) {
    assertRoundTrips(kind, first, last);
  }
}
