package dev.masthead.jackson;

import dev.masthead.codec.Documents;
import dev.masthead.codec.Wire;
import dev.masthead.codec.WireType;
import dev.masthead.jackson.internal.Reads;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.PrettyPrinter;
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
 * <p>Reading is strict and bounded, for input from anywhere: strict UTF-8 only (no overlong
 * forms, whichever Jackson version parses), no byte order mark, no repeated property, nothing
 * after the document, no single value where a list belongs, never a class name as a type id,
 * and explicit {@link ReadLimits} on nesting depth, string, name and number length, document
 * length and token count. The limits are this mapper's own, never JVM-wide defaults. Every
 * failure is a {@link ContentReadException} listing each problem with the JSON Pointer of the
 * offending value (the first {@value dev.masthead.model.ContentException#MAX_VIOLATIONS}, and
 * how many there are in all).
 *
 * <p>Writing puts properties in a fixed order and leaves out absent values and empty lists, so
 * that the same value is always the same bytes.
 */
public final class MastheadJson {
  private static final MastheadJson DEFAULTS = builder().build();

  private final ReadLimits limits;
  private final JsonMapper mapper;
  private final ObjectWriter writer;
  private final Map<Class<?>, ObjectReader> readers;
  private final Map<Class<?>, ObjectReader> utf8Readers;

  private MastheadJson(Builder b) {
    this.limits = b.limits;
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(Reads.constraints(limits))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        .build();
    this.mapper = JsonMapper.builder(factory)
        .addModule(new MastheadModule(limits))
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
    for (WireType<?> wire : Wire.types()) {
      byType.put(wire.type(), mapper.readerFor(wire.type())
          .without(StreamReadFeature.STRICT_DUPLICATE_DETECTION));
    }
    this.readers = Map.copyOf(byType);
    // And one for bytes that Masthead has found all UTF-8, made once as well.
    Map<Class<?>, ObjectReader> utf8 = new HashMap<>();
    byType.forEach((type, reader) ->
        utf8.put(type, Reads.withBadUtf8(reader, Documents.ALL_UTF8)));
    this.utf8Readers = Map.copyOf(utf8);
  }

  /** {@return the shared instance with the default limits, compact output} */
  public static MastheadJson defaults() {
    return DEFAULTS;
  }

  /** {@return a builder to set other limits or indented output} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the limits this mapper holds every document to} */
  public ReadLimits limits() {
    return limits;
  }

  /**
   * {@return the configured mapper, for Jackson APIs this class does not wrap}; it is immutable.
   * Reading through it holds documents to this mapper's limits but skips this class's checks of
   * the input's encoding (byte order marks, UTF-16 and -32, strict UTF-8), and its failures are
   * Jackson exceptions whose cause is the {@link ContentReadException}.
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
    return read(json, json.length, type);
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
    Documents.checkText(type, json, limits);
    return Reads.read(type, () -> reader.readValue(json), -1, limits);
  }

  /**
   * Reads one document from a stream, which it leaves open. It reads at most one byte more than
   * the document length limit.
   *
   * @param json the document, UTF-8 encoded
   * @param type the model type it holds, e.g. {@code Article.class}
   * @param <T> the model type
   * @return the value
   * @throws ContentReadException if the document cannot be read as {@code type}, or the stream
   *     fails
   */
  public <T> T read(InputStream json, Class<T> type) {
    readerFor(type);
    byte[] bytes;
    try {
      bytes = json.readNBytes((int) Math.min(Integer.MAX_VALUE - 8,
          limits.maxDocumentLength() + 1));
    } catch (IOException e) {
      throw Documents.inputFailed(type, e);
    }
    return read(bytes, bytes.length, type);
  }

  private <T> T read(byte[] json, int length, Class<T> type) {
    ObjectReader reader = readerFor(type);
    long bad = Documents.checkBytes(type, json, length, limits);
    ObjectReader checked = bad == Documents.ALL_UTF8 ? utf8Readers.get(type)
        : Reads.withBadUtf8(reader, bad);
    return Reads.read(type, () -> checked.readValue(json, 0, length), bad, limits);
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

  private static PrettyPrinter prettyPrinter() {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter);
  }

  /** Sets {@link MastheadJson}'s limits and output. */
  public static final class Builder {
    private ReadLimits limits = ReadLimits.defaults();
    private boolean indent;

    private Builder() {}

    /**
     * {@return this builder, with the limits every document is held to}
     *
     * @param limits the limits; {@link ReadLimits#defaults()} unless set
     */
    public Builder limits(ReadLimits limits) {
      this.limits = java.util.Objects.requireNonNull(limits, "limits");
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
  }
}
