package dev.masthead.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

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
 * Round trips of generated values, seed by seed: {@code new SplittableRandom(seed)} into the
 * fixtures' generators, the plain ones for even seeds and the edge-case ones (Unicode, maximum
 * lengths, unknown vocabulary values and block types, extensions, extreme dates) for odd seeds.
 * For every value: writing then reading gives an equal value, writing what was read gives the
 * same bytes, and the indented form reads to the same value as the compact one.
 *
 * <p>Per build: 7 document types × 1,000 seeds = 7,000 documents, and 19 other types × 200 seeds
 * = 3,800 values; 10,800 round trips in all, with 0 mismatches allowed. Each invocation checks a
 * block of 100 seeds, since one invocation per seed costs JUnit and Surefire more than most
 * round trips do, and reports every failing seed in the block with its type; re-run that one seed
 * to debug it.
 */
final class RoundTripPropertyTest {
  private static final int DOCUMENT_SEEDS = 1_000;
  private static final int PART_SEEDS = 200;
  private static final int BLOCK = 100;

  private static final MastheadJson COMPACT = MastheadJson.defaults();
  private static final MastheadJson INDENTED = MastheadJson.builder().indent(true).build();

  private static final Generators PLAIN = Generators.defaults();
  private static final Generators EDGE_CASES = Generators.builder().edgeCases(0.3).build();

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

  /** Each kind with each block of {@value #BLOCK} seeds from 0 to {@code seeds - 1}. */
  private static Stream<Arguments> blocks(List<Kind<?>> kinds, int seeds) {
    return kinds.stream().flatMap(kind -> LongStream.iterate(0, s -> s < seeds, s -> s + BLOCK)
        .mapToObj(first -> Arguments.of(kind, first, first + BLOCK - 1)));
  }

  /** The plain generators for an even seed, the edge-case ones for an odd one. */
  static Generators generators(long seed) {
    return seed % 2 == 0 ? PLAIN : EDGE_CASES;
  }

  /** Checks every seed from {@code first} to {@code last}; fails listing each seed that failed. */
  private static void assertRoundTrips(Kind<?> kind, long first, long last) {
    List<String> failures = new ArrayList<>();
    long checked = 0;
    for (long seed = first; seed <= last; seed++) {
      try {
        assertRoundTrips(kind, seed);
      } catch (AssertionError e) {
        String message = String.valueOf(e.getMessage());
        failures.add(message.length() > 4_000 ? message.substring(0, 4_000) + "…" : message);
      }
      checked++;
    }
    assertThat(checked).isEqualTo(BLOCK);
    assertThat(failures).as("%s seeds %d to %d that did not round-trip", kind, first, last)
        .isEmpty();
  }

  /** Generates the value of {@code seed} and checks every round trip of it. */
  private static <T> void assertRoundTrips(Kind<T> kind, long seed) {
    String what = String.format("%s seed %d (%s)", kind, seed,
        seed % 2 == 0 ? "Generators.defaults()" : "edgeCases(0.3)");
    T value = kind.generator().generate(generators(seed), new SplittableRandom(seed));
    try {
      byte[] compact = COMPACT.writeBytes(value);
      T read = COMPACT.read(compact, kind.type());
      assertThat(read).as("%s: read(write(x)) equals x", what).isEqualTo(value);
      assertThat(COMPACT.writeBytes(read)).as("%s: write(read(write(x))) is write(x)", what)
          .isEqualTo(compact);

      byte[] indented = INDENTED.writeBytes(value);
      assertThat(INDENTED.read(new ByteArrayInputStream(indented), kind.type()))
          .as("%s: the indented form reads to the same value", what).isEqualTo(read);
    } catch (RuntimeException e) {
      fail(what + ": " + e.getMessage() + "\n  value: " + value, e);
    }
  }

  // ---- documents: 1,000 seeds each

  /** The document types and their generators; {@code CompatibilityFixturesTest} freezes them. */
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
  void thousandGeneratedDocumentsOfEachTypeRoundTrip(Kind<?> kind, long first, long last) {
    assertRoundTrips(kind, first, last);
  }

  // ---- every other type with a codec: 200 seeds each

  /** Every other type with a codec and its generator. */
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
  void twoHundredGeneratedValuesOfEveryOtherTypeRoundTrip(Kind<?> kind, long first, long last) {
    assertRoundTrips(kind, first, last);
  }
}
