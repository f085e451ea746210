package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.internal.QuietExceptions;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The exception family: caps, bounded messages, serialization, stack traces. */
final class ContentExceptionTest {

  private static Article.Builder article() {
    return Article.builder()
        .id(ArticleId.of("a"))
        .slug("a")
        .headline("A")
        .published(Instant.parse("2025-12-25T08:00:00Z"))
        .language("en");
  }

  /** An article whose 1,000 tags all have the same id: 999 violations. */
  private static ContentValidationException repeatedTags() {
    Article.Builder builder = article();
    for (int i = 0; i < 1000; i++) {
      builder.addTag(Tag.of(TagId.of("serbia"), TagKind.TOPIC, "Serbia"));
    }
    return catchThrowableOfType(ContentValidationException.class, builder::build);
  }

  @Test
  void keepsTheFirstHundredViolationsAndCountsThemAll() {
    ContentValidationException e = repeatedTags();

    assertThat(e.violationCount()).isEqualTo(999);
    assertThat(e.violations()).hasSize(ContentException.MAX_VIOLATIONS);
    assertThat(e.violations().get(0).path()).hasToString("tags[1]");
    assertThat(e.violations().get(99).path()).hasToString("tags[100]");
  }

  @Test
  void messageListsTheFirstTwentyAndSaysHowManyMoreThereAre() {
    String message = repeatedTags().getMessage();

    assertThat(message).startsWith("Invalid Article (999 problems, the first 20 listed)\n"
        + "  - tags[1]: must not repeat a tag id (was \"serbia\")\n");
    assertThat(message).endsWith("\n  - tags[20]: must not repeat a tag id (was \"serbia\")\n"
        + "  - … and 979 more");
    assertThat(message.lines()).hasSize(1 + ContentException.MAX_LISTED + 1);
  }

  @Test
  void messageIsBoundedHoweverLongTheLocationsRulesAndValues() {
    ContentPath deep = ContentPath.root();
    for (int i = 0; i < 64; i++) {
      deep = deep.child("n".repeat(256)).child(i);
    }
    List<Violation> violations = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      violations.add(Violation.of(deep, "r".repeat(100_000), "v".repeat(100_000)));
    }
    ContentReadException e = new ContentReadException("Article", violations, 1_000_000, null);

    assertThat(e.violations()).hasSize(100);
    assertThat(e.violationCount()).isEqualTo(1_000_000);
    assertThat(e.getMessage().length()).isLessThan(25 * 600);
    assertThat(e.getMessage()).contains("(1000000 problems, the first 20 listed)",
        "… and 999980 more");
    // The structured values keep the whole location.
    assertThat(e.violations().get(0).path()).isEqualTo(deep);
  }

  @Test
  void locationInTheMessageIsCutInTheMiddleAndEscaped() {
    ContentPath path = ContentPath.root().child("a".repeat(300) + "\n" + "b".repeat(300));
    ContentReadException e = new ContentReadException("Tag",
        List.of(Violation.of(path, "is wrong", null)));

    assertThat(e.getMessage()).isEqualTo("Cannot read Tag at /" + "a".repeat(119) + "…"
        + "b".repeat(120) + ": is wrong");
  }

  @Test
  void countLessThanTheViolationsGivenIsRejected() {
    List<Violation> two = List.of(Violation.of("a", "r", null), Violation.of("b", "r", null));

    assertThatThrownBy(() -> new ContentReadException("X", two, 1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("violationCount 1 is less than the 2 violations given");
  }

  @Test
  void bothExceptionsAreContentExceptionsAndIllegalArgumentExceptions() {
    Violation v = Violation.of("a", "r", null);

    assertThat(new ContentReadException("X", List.of(v)))
        .isInstanceOf(ContentException.class).isInstanceOf(IllegalArgumentException.class);
    assertThat(new ContentValidationException("X", List.of(v)))
        .isInstanceOf(ContentException.class).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void readExceptionNamesTheFirstProblemsPointerAndRule() {
    ContentReadException e = new ContentReadException("Article", List.of(
        Violation.of("tags[2].label", "is required", null),
        Violation.of("id", "must be an id", "X")));

    assertThat(e.pointer()).isEqualTo("/tags/2/label");
    assertThat(e.rule()).isEqualTo("is required");
    assertThat(e).hasMessage("Cannot read Article (2 problems)\n"
        + "  - /tags/2/label: is required\n"
        + "  - /id: must be an id (was \"X\")");
    assertThat(new ContentReadException("Article", List.of(Violation.of("", "is empty", null))))
        .hasMessage("Cannot read Article at (document): is empty");
  }

  @Test
  void bothExceptionsSurviveJavaSerializationWithTheirViolations() throws Exception {
    ContentValidationException validation = repeatedTags();
    ContentReadException read = new ContentReadException("Article",
        List.of(Violation.of(ContentPath.root().child("body").child(3).child("acme:x"),
            "must be valid", "x")), 7, new IllegalStateException("cause"));

    ContentValidationException validationAgain = roundTrip(validation);
    ContentReadException readAgain = roundTrip(read);

    assertThat(validationAgain.violations()).isEqualTo(validation.violations());
    assertThat(validationAgain.violationCount()).isEqualTo(999);
    assertThat(validationAgain.type()).isEqualTo("Article");
    assertThat(validationAgain).hasMessage(validation.getMessage());
    assertThat(readAgain.violations()).isEqualTo(read.violations());
    assertThat(readAgain.violations().get(0).path().segments()).containsExactly(
        new ContentPath.Name("body"), new ContentPath.Index(3), new ContentPath.Name("acme:x"));
    assertThat(readAgain.violationCount()).isEqualTo(7);
    assertThat(readAgain).hasMessage(read.getMessage()).hasCauseInstanceOf(
        IllegalStateException.class);
  }

  @SuppressWarnings("unchecked")
  private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(value);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (T) in.readObject();
    }
  }

  @Test
  void carriesAStackTraceExceptWhileAReaderIsActiveOnTheThread() {
    assertThat(repeatedTags().getStackTrace()).isNotEmpty();

    QuietExceptions.enter();
    try {
      assertThat(QuietExceptions.active()).isTrue();
      assertThat(repeatedTags().getStackTrace()).isEmpty();
    } finally {
      QuietExceptions.exit();
    }

    assertThat(QuietExceptions.active()).isFalse();
    assertThat(repeatedTags().getStackTrace()).isNotEmpty();
  }

  @Test
  void validatorCountsBeyondTheCapWithoutKeeping() {
    Directory.Builder directory = Directory.builder();
    IntStream.range(0, 300).forEach(i -> directory.addPlace(
        Place.builder().id(PlaceId.of("p")).name("P").kind(PlaceKind.CITY).build()));

    ContentValidationException e =
        catchThrowableOfType(ContentValidationException.class, directory::build);

    assertThat(e.violationCount()).isEqualTo(299);
    assertThat(e.violations()).hasSize(100);
  }
}
