package dev.masthead.wireidentity;

import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One Jackson line as a user meets it: {@code MastheadJson} compact and indented, and a plain
 * mapper of the user's own with {@code MastheadModule} registered and nothing else set.
 */
enum Line {
  JACKSON_3 {
    private final dev.masthead.jackson.MastheadJson compact =
        dev.masthead.jackson.MastheadJson.defaults();
    private final dev.masthead.jackson.MastheadJson indented =
        dev.masthead.jackson.MastheadJson.builder().indent(true).build();
    private final tools.jackson.databind.json.JsonMapper userMapper =
        tools.jackson.databind.json.JsonMapper.builder()
            .addModule(new dev.masthead.jackson.MastheadModule())
            .build();

    @Override
    byte[] write(Object value, boolean indent) {
      return (indent ? indented : compact).writeBytes(value);
    }

    @Override
    byte[] writeWithUserMapper(Object value) {
      return userMapper.writeValueAsBytes(value);
    }

    @Override
    <T> T read(byte[] json, Class<T> type, boolean tight) {
      return json(tight).read(json, type);
    }

    @Override
    <T> T read(String json, Class<T> type, boolean tight) {
      return json(tight).read(json, type);
    }

    private dev.masthead.jackson.MastheadJson json(boolean tight) {
      return tight ? TIGHT_3 : compact;
    }
  },

  JACKSON_2 {
    private final dev.masthead.jackson2.MastheadJson compact =
        dev.masthead.jackson2.MastheadJson.defaults();
    private final dev.masthead.jackson2.MastheadJson indented =
        dev.masthead.jackson2.MastheadJson.builder().indent(true).build();
    private final com.fasterxml.jackson.databind.ObjectMapper userMapper =
        new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new dev.masthead.jackson2.MastheadModule());

    @Override
    byte[] write(Object value, boolean indent) {
      return (indent ? indented : compact).writeBytes(value);
    }

    @Override
    byte[] writeWithUserMapper(Object value) {
      try {
        return userMapper.writeValueAsBytes(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    <T> T read(byte[] json, Class<T> type, boolean tight) {
      return json(tight).read(json, type);
    }

    @Override
    <T> T read(String json, Class<T> type, boolean tight) {
      return json(tight).read(json, type);
    }

    private dev.masthead.jackson2.MastheadJson json(boolean tight) {
      return tight ? TIGHT_2 : compact;
    }
  };

  /**
   * Limits far below the defaults, so that hostile input reaches every limit: each is still
   * large enough for the generated documents that the hostile ones are made from to start.
   */
  static final ReadLimits TIGHT = ReadLimits.builder()
      .maxNestingDepth(12)
      .maxStringLength(200)
      .maxNameLength(40)
      .maxNumberLength(12)
      .maxDocumentLength(6_000)
      .maxTokenCount(600)
      .build();

  static final dev.masthead.jackson.MastheadJson TIGHT_3 =
      dev.masthead.jackson.MastheadJson.builder().limits(TIGHT).build();
  private static final dev.masthead.jackson2.MastheadJson TIGHT_2 =
      dev.masthead.jackson2.MastheadJson.builder().limits(TIGHT).build();

  /** {@return the value as this line's {@code MastheadJson} writes it} */
  abstract byte[] write(Object value, boolean indent);

  /** {@return the value as a user's plain mapper with this line's module writes it} */
  abstract byte[] writeWithUserMapper(Object value);

  /** {@return the document read by this line's {@code MastheadJson}, {@link #TIGHT} or not} */
  abstract <T> T read(byte[] json, Class<T> type, boolean tight);

  /** {@return the document read from text by this line's {@code MastheadJson}} */
  abstract <T> T read(String json, Class<T> type, boolean tight);

  /**
   * What reading gives: the value, or every problem (pointer, rule, offending value), their
   * count and the message; any other exception is an outcome too, so that it shows in a diff.
   */
  record Outcome(Object value, List<String> problems, int count, String message) {
    static Outcome of(Read read) {
      try {
        return new Outcome(read.read(), List.of(), 0, "");
      } catch (ContentReadException e) {
        return new Outcome(null, e.violations().stream()
            .map(v -> v.pointer() + " " + v.rule() + " " + v.value().orElse("-"))
            .collect(Collectors.toList()), e.violationCount(), e.getMessage());
      } catch (RuntimeException | StackOverflowError e) {
        return new Outcome(null, List.of("unexpected " + e), -1, String.valueOf(e.getMessage()));
      }
    }

    boolean failed() {
      return value == null;
    }
  }

  /** A read that may fail. */
  interface Read {
    /** {@return the value read} */
    Object read();
  }
}
