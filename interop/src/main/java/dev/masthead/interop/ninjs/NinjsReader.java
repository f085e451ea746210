package dev.masthead.interop.ninjs;

import dev.masthead.interop.ninjs.internal.Importer;
import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads an IPTC ninjs 3.1 news item as an article. Immutable and thread-safe: share one
 * instance.
 *
 * <pre>{@code
 * Article article = NinjsReader.defaults().read(item);
 * }</pre>
 *
 * <p>Every item is first checked against IPTC's ninjs 3.1 schema (offline; formats are
 * annotations, as in the schema's dialect). An item with a Masthead sidecar body ({@link
 * NinjsWriter#SIDECAR_ROLE}) reads back as exactly the article it was written from. Any other
 * item is mapped: the main headline (else the first), the summary description as standfirst,
 * the body (XHTML read into blocks, plain text as paragraphs, anything else kept whole as an
 * unknown block {@code ninjs:body}), {@code firstCreated} (else {@code versionCreated}) as
 * published, a later {@code versionCreated} as updated, the language, the slugline, the
 * mentions as tags, people with a contributor's role (else {@code by}) as the byline, the
 * {@code web} rendition as canonical URL, the {@code mainpic} picture as lead image. Every ninjs
 * property that the article would not write back as it was is kept whole in an extension named
 * {@code ninjs:<property>} ({@code null} when the item lacks one the article would write), so
 * that the article's writer gives back the same JSON tree (without the sidecar, which it adds).
 *
 * <p>Every failure is a {@link ContentReadException} whose violations carry the JSON Pointer
 * into the item and the rule: not well-formed JSON; not valid ninjs (the schema's keyword and
 * message); not an article (a type other than {@code text} or {@code composite}, no headline,
 * no date, no language); or a value the model does not take (the article's attribute path in
 * the rule).
 */
public final class NinjsReader {
  private static final NinjsReader DEFAULTS = builder().build();

  private final Optional<String> defaultLanguage;
  private final NinjsWriter writer;

  private NinjsReader(Builder b) {
    this.defaultLanguage = b.defaultLanguage;
    this.writer = b.writer;
  }

  /** {@return the shared reader: no default language, compared with the default writer} */
  public static NinjsReader defaults() {
    return DEFAULTS;
  }

  /** {@return a builder for a reader with other settings} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the language given to an item that names none, if set} */
  public Optional<String> defaultLanguage() {
    return defaultLanguage;
  }

  /** {@return the writer whose items this reader keeps unchanged through an article} */
  public NinjsWriter writer() {
    return writer;
  }

  /**
   * Reads one ninjs item.
   *
   * @param json the item, UTF-8 encoded
   * @return the article
   * @throws ContentReadException if the item is not well-formed JSON, not valid ninjs 3.1, or
   *     cannot be an article
   */
  public Article read(byte[] json) {
    Objects.requireNonNull(json, "json");
    return Importer.read(json, defaultLanguage, writer::uris);
  }

  /**
   * Reads one ninjs item.
   *
   * @param json the item
   * @return the article
   * @throws ContentReadException if the item is not well-formed JSON, not valid ninjs 3.1, or
   *     cannot be an article
   */
  public Article read(String json) {
    Objects.requireNonNull(json, "json");
    return read(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Sets a {@link NinjsReader}'s options. */
  public static final class Builder {
    private Optional<String> defaultLanguage = Optional.empty();
    private NinjsWriter writer = NinjsWriter.defaults();

    private Builder() {}

    /**
     * {@return this builder, giving items without a {@code language} this one} (none by
     * default: such an item is not an article)
     *
     * @param language a BCP 47 language tag, e.g. {@code "en"}
     */
    public Builder defaultLanguage(String language) {
      this.defaultLanguage = Optional.of(language);
      return this;
    }

    /**
     * {@return this builder, keeping items unchanged through an article for this writer}
     *
     * @param writer the writer that will write the articles back
     */
    public Builder writer(NinjsWriter writer) {
      this.writer = Objects.requireNonNull(writer, "writer");
      return this;
    }

    /** {@return a new, immutable reader with these settings} */
    public NinjsReader build() {
      return new NinjsReader(this);
    }
  }
}
