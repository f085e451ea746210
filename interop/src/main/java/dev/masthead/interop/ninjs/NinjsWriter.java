package dev.masthead.interop.ninjs;

import dev.masthead.interop.ninjs.internal.Projection;
import dev.masthead.interop.internal.Trees;
import dev.masthead.interop.ninjs.internal.Uris;
import dev.masthead.model.Article;
import dev.masthead.model.Directory;
import dev.masthead.model.Publication;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes an article as an IPTC ninjs 3.1 news item that validates against IPTC's stock schema.
 * Immutable and thread-safe: share one instance.
 *
 * <pre>{@code
 * NinjsWriter ninjs = NinjsWriter.builder().publication(publication).build();
 * String item = ninjs.write(article, directory);
 * }</pre>
 *
 * <p>Every attribute ninjs can say goes in its standard place: the headline and the alternative
 * headlines (with their roles), the standfirst as the summary description, the body as XHTML
 * built from its blocks (escaped; no markup is taken from the model), the dates, the revision
 * as the {@code version}, the language, the slug, the genres, the rights (copyright holder and
 * notice, the licence as {@code rightsInfo.linkedRights}), the tags as people, organisations,
 * places, subjects, events and objects (a tag's concept as the mention's {@code uri}), the
 * byline, the canonical URL as the {@code web} rendition, the lead image and body images (with
 * their rights) as picture associations, the related articles as partial associations, and the
 * id as the {@code masthead:id} alternative id. An imported
 * item's {@code ninjs:*} extensions go back to their places. ninjs is closed (no other
 * property is allowed anywhere), so the whole article travels as well in one last body, the
 * sidecar ({@value #SIDECAR_ROLE} role, {@value #SIDECAR_CONTENT_TYPE}), whose value is the
 * exact Masthead JSON: {@link NinjsReader} reads it back to the identical article.
 */
public final class NinjsWriter {
  /** The role of the body that holds the exact Masthead JSON. */
  public static final String SIDECAR_ROLE = Projection.SIDECAR_ROLE;

  /**
   * The content type of the sidecar body: Masthead's media type, the document's type and the
   * sidecar's version (1; the document inside follows the wire format's own compatibility).
   */
  public static final String SIDECAR_CONTENT_TYPE = Projection.SIDECAR_CONTENT_TYPE;

  /** The {@code profile} of every item this writer makes. */
  public static final String PROFILE = Projection.PROFILE;

  private static final NinjsWriter DEFAULTS = builder().build();

  private final Optional<Publication> publication;
  private final boolean sidecar;
  private final boolean indent;

  private NinjsWriter(Builder b) {
    this.publication = b.publication;
    this.sidecar = b.sidecar;
    this.indent = b.indent;
  }

  /** {@return the shared writer: URN identifiers, with the sidecar, compact output} */
  public static NinjsWriter defaults() {
    return DEFAULTS;
  }

  /** {@return a builder for a writer with other settings} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the publication whose host names the items, if set} */
  public Optional<Publication> publication() {
    return publication;
  }

  /** {@return whether items carry the Masthead sidecar body} */
  public boolean sidecar() {
    return sidecar;
  }

  /** {@return whether items are written indented} */
  public boolean indent() {
    return indent;
  }

  /**
   * {@return the article as a ninjs item}
   *
   * @param article the article
   * @param directory the people, organisations, places and events it refers to, for their
   *     names; ids stand in for entities it does not hold
   */
  public String write(Article article, Directory directory) {
    return new String(writeBytes(article, directory), StandardCharsets.UTF_8);
  }

  /**
   * {@return the article as a ninjs item, with ids standing in for the names of the entities
   * it refers to}
   *
   * @param article the article
   */
  public String write(Article article) {
    return write(article, Directory.builder().build());
  }

  /**
   * {@return the article as a UTF-8 encoded ninjs item}
   *
   * @param article the article
   * @param directory the people, organisations, places and events it refers to
   */
  public byte[] writeBytes(Article article, Directory directory) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(directory, "directory");
    return Trees.writeBytes(Projection.item(article, directory, uris(article), sidecar), indent);
  }

  /** The identifiers this writer gives the article's entities. */
  Uris uris(Article article) {
    return publication.map(p -> Uris.tag(p.url().getHost(),
            article.published().atZone(java.time.ZoneOffset.UTC).getYear()))
        .orElse(Uris.URN);
  }

  /** Sets a {@link NinjsWriter}'s options. */
  public static final class Builder {
    private Optional<Publication> publication = Optional.empty();
    private boolean sidecar = true;
    private boolean indent;

    private Builder() {}

    /**
     * {@return this builder, naming items by the publication's host}: {@code
     * tag:connectingregion.com,2025:article:some-id} (RFC 4151, dated with the year the article
     * was published) instead of {@code urn:masthead:article:some-id}
     *
     * @param publication the publication
     */
    public Builder publication(Publication publication) {
      this.publication = Optional.of(publication);
      return this;
    }

    /**
     * {@return this builder, adding the Masthead sidecar body or not}: without it an item says
     * only what ninjs can say, and reads back as a foreign item would (on by default)
     *
     * @param sidecar whether to add the sidecar
     */
    public Builder sidecar(boolean sidecar) {
      this.sidecar = sidecar;
      return this;
    }

    /**
     * {@return this builder, writing indented or compact JSON (compact by default)}
     *
     * @param indent whether to indent
     */
    public Builder indent(boolean indent) {
      this.indent = indent;
      return this;
    }

    /** {@return a new, immutable writer with these settings} */
    public NinjsWriter build() {
      return new NinjsWriter(this);
    }
  }
}
