package dev.masthead.jackson;

import dev.masthead.jackson.internal.Codecs;
import dev.masthead.jackson.internal.Problems;
import dev.masthead.jackson.internal.ReadFailure;
import dev.masthead.model.Violation;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectReader;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.jsontype.BasicPolymorphicTypeValidator;

/**
 * Reads and writes Masthead documents with one preconfigured, immutable, thread-safe mapper:
 * share one instance.
 *
 * <pre>{@code
 * MastheadJson json = MastheadJson.defaults();
 * String text = json.write(article);
 * Article again = json.read(text, Article.class);
 * }</pre>
 *
 * <p>Reading is strict and bounded, for input from anywhere: UTF-8 only, no byte order mark, no
 * repeated property, nothing after the document, no single value where a list belongs, never
 * a class name as a type id, and explicit limits on nesting depth, string, name and number
 * length, document size and token count (see {@link Builder}). The limits are this mapper's own,
 * never JVM-wide defaults. Every failure is a {@link ContentReadException} naming the offending
 * value by its JSON Pointer.
 *
 * <p>Writing puts properties in a fixed order and leaves out absent values and empty lists, so
 * that the same value is always the same bytes.
 */
public final class MastheadJson {
  /** Deepest nesting of objects and arrays, by default. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Longest string value, in characters, by default (2 MiB). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 2 * 1024 * 1024;

  /**
   * Longest property name by default: 256 UTF-8 bytes on byte and stream input, 256 characters
   * on text input (Jackson's units). The model bounds extension names to 256 UTF-8 bytes, so
   * any document it writes reads back either way.
   */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;

  /** Longest number, in digits as Jackson counts them, by default. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** Largest document, in bytes (or characters for text input), by default (10 MiB). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 10L * 1024 * 1024;

  /** Most tokens in one document, by default. */
  public static final long DEFAULT_MAX_TOKEN_COUNT = 1_000_000;

  private static final MastheadJson DEFAULTS = builder().build();

  private final JsonMapper mapper;
  private final ObjectWriter writer;
  private final Map<Class<?>, ObjectReader> readers;

  private MastheadJson(Builder b) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(b.maxNestingDepth)
            .maxStringLength(b.maxStringLength)
            .maxNameLength(b.maxNameLength)
            .maxNumberLength(b.maxNumberLength)
            .maxDocumentLength(b.maxDocumentLength)
            .maxTokenCount(b.maxTokenCount)
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .addModule(new MastheadModule())
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        // Nothing may name its own class: no subtype passes this validator.
        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
        .build();
    ObjectWriter plain = mapper.writer();
    this.writer = b.indent ? plain.with(prettyPrinter()) : plain;
    // One reader per model type, its deserializer looked up once. The codecs detect repeated
    // properties themselves, in every object they read and, through the model's RawJson, in
    // every raw value, with the repeated property's own pointer: the parser's detection, kept
    // for users of mapper(), would only do the same work twice.
    Map<Class<?>, ObjectReader> byType = new HashMap<>();
    for (Class<?> type : Codecs.all().keySet()) {
      byType.put(type, mapper.readerFor(type)
          .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    }
    this.readers = Map.copyOf(byType);
  }

  /** {@return the shared instance with the default limits, compact output} */
  public static MastheadJson defaults() {
    return DEFAULTS;
  }

  /** {@return a builder to set other limits or indented output} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return the configured mapper, for Jackson APIs this class does not wrap}; it is immutable.
   * Reading through it skips this class's checks for byte order marks and encodings, and its
   * failures are Jackson exceptions rather than {@link ContentReadException}.
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Reads one document.
   *
   * @param json the document, UTF-8 encoded
   * @param type the model type it holds, e.g. {@code Article.class}
   * @param <T> the model type
   * @return the value
   * @throws ContentReadException if the document cannot be read as {@code type}
   */
  public <T> T read(byte[] json, Class<T> type) {
    ObjectReader reader = readerFor(type);
    String encoding = encodingProblem(json, json.length);
    if (encoding != null) {
      throw failure(type, encoding, null);
    }
    return read(type, () -> reader.readValue(json));
  }

  /**
   * Reads one document.
   *
   * @param json the document
   * @param type the model type it holds, e.g. {@code Article.class}
   * @param <T> the model type
   * @return the value
   * @throws ContentReadException if the document cannot be read as {@code type}
   */
  public <T> T read(String json, Class<T> type) {
    ObjectReader reader = readerFor(type);
    if (!json.isEmpty() && json.charAt(0) == '\uFEFF') {
      throw failure(type, "must not start with a byte order mark", null);
    }
    return read(type, () -> reader.readValue(json));
  }

  /**
   * Reads one document from a stream, which it leaves open.
   *
   * @param json the document, UTF-8 encoded
   * @param type the model type it holds, e.g. {@code Article.class}
   * @param <T> the model type
   * @return the value
   * @throws ContentReadException if the document cannot be read as {@code type}, or the stream
   *     fails
   */
  public <T> T read(InputStream json, Class<T> type) {
    ObjectReader reader = readerFor(type);
    BufferedInputStream in = new BufferedInputStream(json);
    byte[] head = new byte[4];
    int n;
    try {
      in.mark(head.length);
      n = in.readNBytes(head, 0, head.length);
      in.reset();
    } catch (IOException e) {
      throw failure(type, "could not read the input: " + e.getClass().getSimpleName(), e);
    }
    String encoding = encodingProblem(head, n);
    if (encoding != null) {
      throw failure(type, encoding, null);
    }
    return read(type, () -> reader.readValue(in));
  }

  /**
   * {@return the value as a JSON document}
   *
   * @param value a model value (or a list or map of them)
   */
  public String write(Object value) {
    return writer.writeValueAsString(value);
  }

  /**
   * {@return the value as a UTF-8 encoded JSON document}
   *
   * @param value a model value (or a list or map of them)
   */
  public byte[] writeBytes(Object value) {
    return writer.writeValueAsBytes(value);
  }

  /**
   * Writes the value as a UTF-8 encoded JSON document to a stream, which it leaves open.
   *
   * @param value a model value (or a list or map of them)
   * @param out where to write
   */
  public void write(Object value, OutputStream out) {
    writer.writeValue(out, value);
  }

  private ObjectReader readerFor(Class<?> type) {
    ObjectReader reader = readers.get(type);
    if (reader == null) {
      throw new IllegalArgumentException(type.getName() + " is not a Masthead model type");
    }
    return reader;
  }

  /** A JSON text is UTF-8, without a BOM: no NUL byte can start it (UTF-16 and UTF-32 do). */
  private static @Nullable String encodingProblem(byte[] head, int length) {
    if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB
        && (head[2] & 0xFF) == 0xBF) {
      return "must not start with a byte order mark";
    }
    if (length >= 2 && ((head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF
        || (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE)) {
      return "must be UTF-8, not UTF-16 or UTF-32 (it starts with a byte order mark)";
    }
    for (int i = 0; i < Math.min(length, 4); i++) {
      if (head[i] == 0) {
        return "must be UTF-8, not UTF-16 or UTF-32";
      }
    }
    return null;
  }

  private interface Reading<T> {
    T read();
  }

  private static <T> T read(Class<T> type, Reading<T> reading) {
    T value;
    try {
      value = reading.read();
    } catch (ReadFailure e) {
      throw new ContentReadException(type.getSimpleName(), e.violations(), e);
    } catch (JacksonException e) {
      // Pathless: Jackson adds a path only in its own container deserializers, and these
      // readers read model types, whose deserializers are the codecs.
      throw failure(type, Problems.describe(e), e);
    } catch (StackOverflowError e) {
      throw failure(type, "nests too deeply", e);
    } catch (RuntimeException e) {
      // Not expected: every failure above is mapped. Still never an NPE or ISE to the caller.
      throw failure(type, "could not be read: " + e.getClass().getSimpleName(), e);
    }
    if (value == null) {
      throw failure(type, "must not be null", null);
    }
    return value;
  }

  private static ContentReadException failure(Class<?> type, String rule,
      @Nullable Throwable cause) {
    return new ContentReadException(type.getSimpleName(), List.of(Violation.of("", rule, null)),
        cause);
  }

  private static PrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** Sets {@link MastheadJson}'s limits and output; every limit has a documented default. */
  public static final class Builder {
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private long maxTokenCount = DEFAULT_MAX_TOKEN_COUNT;
    private boolean indent;

    private Builder() {}

    /**
     * {@return this builder, with the deepest nesting of objects and arrays set}
     *
     * @param depth at least 1
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive("maxNestingDepth", depth);
      return this;
    }

    /**
     * {@return this builder, with the longest string value set}
     *
     * @param length in characters, at least 1
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive("maxStringLength", length);
      return this;
    }

    /**
     * {@return this builder, with the longest property name set}
     *
     * @param length in UTF-8 bytes on byte and stream input, in characters on text input; at
     *     least 1
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = positive("maxNameLength", length);
      return this;
    }

    /**
     * {@return this builder, with the longest number set}
     *
     * @param length in digits, at least 1
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = positive("maxNumberLength", length);
      return this;
    }

    /**
     * {@return this builder, with the largest document set}
     *
     * @param length in bytes (characters for text input), at least 1
     */
    public Builder maxDocumentLength(long length) {
      this.maxDocumentLength = positive("maxDocumentLength", length);
      return this;
    }

    /**
     * {@return this builder, with the most tokens in one document set}
     *
     * @param count at least 1
     */
    public Builder maxTokenCount(long count) {
      this.maxTokenCount = positive("maxTokenCount", count);
      return this;
    }

    /**
     * {@return this builder, writing indented (two spaces, {@code \n} line ends) or compact}
     *
     * @param indent true for indented output; compact is the default
     */
    public Builder indent(boolean indent) {
      this.indent = indent;
      return this;
    }

    /** {@return a new, immutable {@link MastheadJson} with these settings} */
    public MastheadJson build() {
      return new MastheadJson(this);
    }

    private static int positive(String what, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(what + " must be at least 1, is " + value);
      }
      return value;
    }

    private static long positive(String what, long value) {
      if (value < 1) {
        throw new IllegalArgumentException(what + " must be at least 1, is " + value);
      }
      return value;
    }
  }
}
