package dev.masthead.jackson2;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.json.PackageVersion;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import dev.masthead.codec.Documents;
import dev.masthead.codec.Wire;
import dev.masthead.codec.WireType;
import dev.masthead.jackson2.internal.Reads;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads and writes Masthead documents with one preconfigured, immutable, thread-safe Jackson 2
 * mapper: share one instance. It reads and writes exactly as {@code
 * dev.masthead.jackson.MastheadJson} does on Jackson 3: the same bytes, the same problems.
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
  /** jackson-core 2.18.2 is the first to combine surrogates right (its issue 1359). */
  private static final boolean COMBINES_CORRECTLY = PackageVersion.VERSION.compareTo(
      new Version(2, 18, 2, null, "com.fasterxml.jackson.core", "jackson-core")) >= 0;

  private static final MastheadJson DEFAULTS = builder().build();

  private final ReadLimits limits;
  private final JsonMapper mapper;
  private final JsonMapper exposed;
  private final ObjectWriter writer;
  private final Map<Class<?>, ObjectReader> readers;
  private final Map<Class<?>, ObjectReader> utf8Readers;

  private MastheadJson(Builder b) {
    this.limits = b.limits;
    // The codecs detect repeated properties themselves, in every object they read and, through
    // the model's RawJson, in every raw value, with the repeated property's own pointer; the
    // parser's detection is for users of mapper(), in their own objects. Unlike Jackson 3, a
    // Jackson 2 reader cannot turn it off for one read, so there are two mappers.
    this.mapper = mapper(limits, false);
    this.exposed = mapper(limits, true);
    ObjectWriter plain = mapper.writer();
    this.writer = b.indent ? plain.with(prettyPrinter()) : plain;
    // One reader per model type, its deserializer looked up once.
    Map<Class<?>, ObjectReader> byType = new HashMap<>();
    for (WireType<?> wire : Wire.types()) {
      byType.put(wire.type(), mapper.readerFor(wire.type()));
    }
    this.readers = Map.copyOf(byType);
    // And one for bytes that Masthead has found all UTF-8, made once as well.
    Map<Class<?>, ObjectReader> utf8 = new HashMap<>();
    byType.forEach((type, reader) ->
        utf8.put(type, Reads.withBadUtf8(reader, Documents.ALL_UTF8)));
    this.utf8Readers = Map.copyOf(utf8);
  }

  private static JsonMapper mapper(ReadLimits limits, boolean detectRepeats) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(Reads.constraints(limits))
        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, detectRepeats)
        .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Jackson 3's default, for values of the mapper() user's own: a character outside the
        // BMP as its four UTF-8 bytes; on by default only where jackson-core writes it right.
        // (Masthead's values are the same bytes either way: the module encodes those itself.)
        .configure(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8, COMBINES_CORRECTLY)
        .build();
    return JsonMapper.builder(factory)
        .addModule(new MastheadModule(limits))
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        // Nothing may name its own class: no subtype passes this validator.
        .polymorphicTypeValidator(BasicPolymorphicTypeValidator.builder().build())
        .build();
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
   * {@return a copy of the configured mapper, for Jackson APIs this class does not wrap}: a
   * Jackson 2 mapper can be reconfigured, so each call makes a new copy, and changing it leaves
   * this {@code MastheadJson} as it is. Reading through it holds documents to this mapper's limits but skips this class's checks of
   * the input's encoding (byte order marks, UTF-16 and -32, strict UTF-8), and its failures are
   * Jackson exceptions whose cause is the {@link ContentReadException}.
   */
  public JsonMapper mapper() {
    return exposed.copy();
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
    return Reads.read(type, () -> reader.<T>readValue(json), -1, limits);
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
    return Reads.read(type, () -> checked.<T>readValue(json, 0, length), bad, limits);
  }

  /**
   * {@return the value as a JSON document}
   *
   * @param value a model value (or a list or map of them)
   */
  public String write(Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * {@return the value as a UTF-8 encoded JSON document}
   *
   * @param value a model value (or a list or map of them)
   */
  public byte[] writeBytes(Object value) {
    try {
      return writer.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the value as a UTF-8 encoded JSON document to a stream, which it leaves open.
   *
   * @param value a model value (or a list or map of them)
   * @param out where to write
   * @throws UncheckedIOException if the stream fails
   */
  public void write(Object value, OutputStream out) {
    try {
      writer.writeValue(out, value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
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
