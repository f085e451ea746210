package dev.masthead.jackson;

import dev.masthead.model.AlternativeHeadline;
import dev.masthead.model.AttendanceMode;
import dev.masthead.model.ContentReadException;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.masthead.model.AlternateName;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Block;
import dev.masthead.model.CallToAction;
import dev.masthead.model.CallToActionKind;
import dev.masthead.model.Contributor;
import dev.masthead.model.ContributorRole;
import dev.masthead.model.Event;
import dev.masthead.model.EventId;
import dev.masthead.model.EventKind;
import dev.masthead.model.EventOrganisation;
import dev.masthead.model.EventStatus;
import dev.masthead.model.EventTime;
import dev.masthead.model.Genre;
import dev.masthead.model.Heading;
import dev.masthead.model.HeadlineRole;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.LinkBlock;
import dev.masthead.model.LinkKind;
import dev.masthead.model.Mark;
import dev.masthead.model.NameOrder;
import dev.masthead.model.Organisation;
import dev.masthead.model.OrganisationId;
import dev.masthead.model.OrganisationKind;
import dev.masthead.model.OrganisationRole;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Participant;
import dev.masthead.model.ParticipantRole;
import dev.masthead.model.Person;
import dev.masthead.model.PersonId;
import dev.masthead.model.PersonName;
import dev.masthead.model.Place;
import dev.masthead.model.PlaceId;
import dev.masthead.model.PlaceKind;
import dev.masthead.model.Position;
import dev.masthead.model.Publication;
import dev.masthead.model.Quote;
import dev.masthead.model.RawJson;
import dev.masthead.model.Rights;
import dev.masthead.model.Span;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import dev.masthead.model.UnknownBlock;
import dev.masthead.model.Violation;
import java.io.ByteArrayInputStream;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Fuzzes {@link MastheadJson}'s read API with arbitrary input for every type the module reads.
 * The property: any input either reads, or fails with {@link ContentReadException} whose every
 * violation has a JSON Pointer and a rule; nothing else escapes (no Jackson exception, no {@code
 * NullPointerException}, no {@code StackOverflowError}). What reads is written, read again to an
 * equal value, and written again to the same text: unknown properties, block types and
 * vocabulary values are kept, so what was read always round-trips.
 *
 * <p>The input's first byte picks the type from {@link #TYPES}: its low six bits, modulo the
 * number of types (so that appending a type changes no committed input's meaning); the rest is
 * the document. Committed inputs start with the printable byte {@code '@' + index} ('@' for
 * {@code Article}, 'A' for {@code ArticleSummary} and so on) and are named after their type,
 * which {@code FuzzCorpusTest} checks.
 *
 * <p>In the default build, Jazzer runs each fuzz test in regression mode: once on an empty input
 * and once on each committed input, shared by both tests in {@code
 * src/test/resources/dev/masthead/jackson/ReadFuzzTestInputs/} and per test in its sub-directory
 * named after the method (findings land there as {@code crash-<sha1>}: rename them to say what
 * they are). To fuzz one test for real, instrumenting Jackson and Masthead (one test per run):
 *
 * <pre>
 * jackson-module/fuzz.sh ReadFuzzTest#readBytes 5m
 * </pre>
 *
 * <p>which runs {@code JAZZER_FUZZ=1 ./mvnw -B -ntp -Pfuzz -pl jackson-module -am test
 * -Dtest=ReadFuzzTest#readBytes -Djazzer.max_duration=5m -Dsurefire.failIfNoSpecifiedTests=false};
 * the generated corpus goes to {@code jackson-module/.cifuzz-corpus/} (not committed).
 */
final class ReadFuzzTest {
  /**
   * Every type the module reads, in the order the first input byte picks them: append new types
   * at the end, so that the committed inputs keep their meaning.
   */
  static final List<Class<?>> TYPES = List.of(
      Article.class, ArticleSummary.class, Block.class, Paragraph.class, Span.class,
      Heading.class, Quote.class, ImageBlock.class, LinkBlock.class, CallToAction.class,
      UnknownBlock.class, Image.class, Tag.class, Contributor.class, Event.class,
      Participant.class, EventOrganisation.class, Position.class, Person.class, PersonName.class,
      AlternateName.class, Organisation.class, Place.class, Publication.class, RawJson.class,
      EventTime.class, ArticleId.class, EventId.class, PersonId.class, OrganisationId.class,
      PlaceId.class, TagId.class, TagKind.class, EventKind.class, OrganisationKind.class,
      OrganisationRole.class, ParticipantRole.class, PlaceKind.class, ContributorRole.class,
      Mark.class, LinkKind.class, CallToActionKind.class, NameOrder.class, Rights.class,
      AlternativeHeadline.class, Genre.class, HeadlineRole.class, EventStatus.class,
      AttendanceMode.class);

  private static final MastheadJson JSON = MastheadJson.defaults();

  /** The type an input's first byte picks. */
  static Class<?> typeOf(byte first) {
    return TYPES.get((first & 0x3F) % TYPES.size());
  }

  /**
   * {@code read(byte[])} and {@code read(InputStream)} on the same bytes: each reads or fails
   * with {@link ContentReadException}, and the two agree.
   */
  @FuzzTest
  void readBytes(byte[] input) {
    if (input.length == 0) {
      return;
    }
    Class<?> type = typeOf(input[0]);
    byte[] document = Arrays.copyOfRange(input, 1, input.length);
    Outcome fromBytes = Outcome.of(() -> JSON.read(document, type), type);
    Outcome fromStream = Outcome.of(
        () -> JSON.read(new ByteArrayInputStream(document), type), type);
    assertThat(fromStream).as("read(InputStream) agrees with read(byte[])")
        .isEqualTo(fromBytes);
    if (fromBytes.value != null) {
      assertRoundTrips(fromBytes.value, type);
    }
  }

  /**
   * {@code read(String)}: the document is decoded from the input as UTF-8 that may also spell
   * lone surrogates (WTF-8), so that the fuzzer reaches every {@code String}, broken UTF-16
   * included, while the committed inputs stay readable.
   */
  @FuzzTest
  void readString(byte[] input) {
    if (input.length == 0) {
      return;
    }
    Class<?> type = typeOf(input[0]);
    String document = wtf8(input, 1);
    Outcome outcome = Outcome.of(() -> JSON.read(document, type), type);
    if (outcome.value != null) {
      assertRoundTrips(outcome.value, type);
    }
  }

  /** Written, read again to an equal value, written again to the same bytes. */
  private static void assertRoundTrips(Object value, Class<?> type) {
    byte[] written = JSON.writeBytes(value);
    Object again = JSON.read(written, type);
    assertThat(again).as("read(write(read(input)))").isEqualTo(value);
    assertThat(new String(JSON.writeBytes(again), UTF_8)).as("write(read(write(read(input))))")
        .isEqualTo(new String(written, UTF_8));
    assertThat(JSON.write(value)).as("write(value) as text").isEqualTo(new String(written, UTF_8));
  }

  /** What one read gave: a value, or the violations of its {@link ContentReadException}. */
  private record Outcome(@Nullable Object value, @Nullable List<Violation> violations) {
    static Outcome of(Reading reading, Class<?> type) {
      try {
        Object value = reading.read();
        assertThat(value).isInstanceOf(type);
        return new Outcome(value, null);
      } catch (ContentReadException e) {
        assertWellFormed(e, type);
        return new Outcome(null, e.violations());
      }
    }
  }

  private interface Reading {
    Object read();
  }

  /** Names the type, and places each problem by a JSON Pointer with a rule. */
  private static void assertWellFormed(ContentReadException e, Class<?> type) {
    assertThat(e.type()).isEqualTo(type.getSimpleName());
    assertThat(e.violations()).isNotEmpty();
    assertThat(e.pointer()).isEqualTo(e.violations().get(0).pointer());
    assertThat(e.rule()).isEqualTo(e.violations().get(0).rule());
    for (Violation v : e.violations()) {
      assertThat(v.pointer()).as("pointer of %s", v).matches("(/[^/]*)*");
      assertThat(v.rule()).as("rule of %s", v).isNotBlank();
      JacksonWords.assertNone(v.rule());
    }
    assertThat(e.violations().size()).isLessThanOrEqualTo(e.violationCount());
    assertThat(e.getMessage()).startsWith("Cannot read " + type.getSimpleName());
  }

  /**
   * Decodes UTF-8 from {@code from}, also taking the three-byte forms of surrogates (as WTF-8
   * does) to lone surrogates; each byte of any other malformed sequence becomes U+FFFD.
   */
  static String wtf8(byte[] bytes, int from) {
    StringBuilder out = new StringBuilder(bytes.length);
    int i = from;
    while (i < bytes.length) {
      int b = bytes[i] & 0xFF;
      int length = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3
          : b >= 0xF0 && b < 0xF5 ? 4 : 0;
      int cp = length == 1 ? b : length == 2 ? b & 0x1F : length == 3 ? b & 0x0F : b & 0x07;
      boolean ok = length > 0 && i + length <= bytes.length;
      for (int k = 1; ok && k < length; k++) {
        int c = bytes[i + k] & 0xFF;
        ok = (c & 0xC0) == 0x80;
        cp = cp << 6 | c & 0x3F;
      }
      ok = ok && (length < 3 || cp >= (length == 3 ? 0x800 : 0x10000)) && cp <= 0x10FFFF;
      if (ok) {
        out.appendCodePoint(cp);
        i += length;
      } else {
        out.append('\uFFFD');
        i++;
      }
    }
    return out.toString();
  }
}
