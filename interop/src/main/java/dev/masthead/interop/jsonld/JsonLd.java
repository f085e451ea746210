package dev.masthead.interop.jsonld;

import dev.masthead.interop.internal.Trees;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Directory;
import dev.masthead.model.Publication;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Writes an article as schema.org JSON-LD: one {@code @graph} holding the {@code NewsArticle},
 * its {@code WebPage}, the {@code WebSite}, the publisher, the images, and every event, person,
 * organisation and place the article covers, tags or reaches through them, each node with a
 * stable {@code @id}. Immutable and thread-safe: share one instance.
 *
 * <pre>{@code
 * JsonLd jsonLd = JsonLd.defaults();
 * String json = jsonLd.write(article, directory, publication);
 * String element = JsonLd.scriptElement(json);  // <script type="application/ld+json">…</script>
 * }</pre>
 *
 * <p>The same values always give the same bytes: nodes come in a fixed order (the article, the
 * page, the site, the publisher, images, events, people, organisations, places, each group in
 * the order the graph first reaches its nodes) and each node's properties in a fixed order. A
 * property that can hold several values is always an array, one that holds at most one never
 * is (inside a {@code Role}, the property it repeats holds its one value). Absent values are
 * left out. Dates are written in the publication's time zone with their
 * offset ({@code 2025-12-25T09:00:00+01:00}). The mapping, the {@code @id} scheme and what is
 * kept and lost are in {@code docs/interop.md}.
 */
public final class JsonLd {
  private static final JsonLd DEFAULTS = builder().build();

  private static final String SCRIPT_START = "<script type=\"application/ld+json\">";
  private static final String SCRIPT_END = "</script>";

  private final Optional<URI> siteUrl;
  private final Optional<ZoneId> timeZone;
  private final boolean indent;

  private JsonLd(Builder b) {
    this.siteUrl = b.siteUrl;
    this.timeZone = b.timeZone;
    this.indent = b.indent;
  }

  /** {@return the shared instance: ids under the publication's URL, its time zone, compact} */
  public static JsonLd defaults() {
    return DEFAULTS;
  }

  /** {@return a builder for another site URL, time zone or indented output} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the site URL the entities' {@code @id}s are made under, when it is set} */
  public Optional<URI> siteUrl() {
    return siteUrl;
  }

  /** {@return the time zone dates are written in, when it is set} */
  public Optional<ZoneId> timeZone() {
    return timeZone;
  }

  /** {@return whether the output is indented} */
  public boolean indent() {
    return indent;
  }

  /**
   * {@return the article's JSON-LD document}, without related links
   *
   * @param article the article
   * @param directory the people, organisations, places and events it refers to
   * @param publication the publication it appears in
   */
  public String write(Article article, Directory directory, Publication publication) {
    return write(article, directory, publication, List.of());
  }

  /**
   * {@return the article's JSON-LD document}, with the page's related links taken from the
   * teasers of its editorial related picks
   *
   * @param article the article
   * @param directory the people, organisations, places and events it refers to
   * @param publication the publication it appears in
   * @param related teasers of the articles in {@link Article#related()}, in any order; a pick
   *     without a teaser here, or whose teaser has no canonical URL, gets no related link
   */
  public String write(Article article, Directory directory, Publication publication,
      List<ArticleSummary> related) {
    return Trees.write(graph(article, directory, publication, related), indent);
  }

  /**
   * {@return the article's JSON-LD document as UTF-8 bytes}
   *
   * @param article the article
   * @param directory the people, organisations, places and events it refers to
   * @param publication the publication it appears in
   * @param related teasers of the articles in {@link Article#related()}, as for {@link
   *     #write(Article, Directory, Publication, List)}
   */
  public byte[] writeBytes(Article article, Directory directory, Publication publication,
      List<ArticleSummary> related) {
    return write(article, directory, publication, related).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * {@return the article's JSON-LD document in a {@code <script type="application/ld+json">}
   * element}, ready to be put in a page's {@code <head>}, as {@link #scriptElement(String)}
   * makes it
   *
   * @param article the article
   * @param directory the people, organisations, places and events it refers to
   * @param publication the publication it appears in
   * @param related teasers of the articles in {@link Article#related()}, as for {@link
   *     #write(Article, Directory, Publication, List)}
   */
  public String script(Article article, Directory directory, Publication publication,
      List<ArticleSummary> related) {
    return scriptElement(write(article, directory, publication, related));
  }

  /**
   * Wraps a JSON document in a {@code <script type="application/ld+json">} element so that no
   * text in it can end the element early or open an HTML comment: every {@code <}, {@code >} and
   * {@code &} is written as a JSON Unicode escape (a backslash, {@code u} and four hex digits), and
   * so are U+2028 and U+2029. In JSON those characters can only stand inside strings, where the
   * escape means the same character, so the document parses to the same value. Text that is not
   * JSON is escaped the same way: the element stays closed, but it is no longer the same text.
   *
   * @param json a JSON document, such as one {@link #write(Article, Directory, Publication)}
   *     gives
   * @return the element, {@code <script type="application/ld+json">} to {@code </script>}
   */
  public static String scriptElement(String json) {
    Objects.requireNonNull(json, "json");
    StringBuilder out = new StringBuilder(json.length() + SCRIPT_START.length()
        + SCRIPT_END.length() + 16);
    out.append(SCRIPT_START);
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      switch (c) {
        case '<' -> out.append("\\u003c");
        case '>' -> out.append("\\u003e");
        case '&' -> out.append("\\u0026");
        case '\u2028' -> out.append("\\u2028");
        case '\u2029' -> out.append("\\u2029");
        default -> out.append(c);
      }
    }
    return out.append(SCRIPT_END).toString();
  }

  private tools.jackson.databind.node.ObjectNode graph(Article article, Directory directory,
      Publication publication, List<ArticleSummary> related) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(directory, "directory");
    Objects.requireNonNull(publication, "publication");
    Objects.requireNonNull(related, "related");
    URI site = siteUrl.orElse(publication.url());
    ZoneId zone = timeZone.or(publication::timeZone).orElse(ZoneId.of("UTC"));
    return new Graph(article, directory, publication, related, site, zone).document();
  }

  /** Sets {@link JsonLd}'s site URL, time zone and output. */
  public static final class Builder {
    private Optional<URI> siteUrl = Optional.empty();
    private Optional<ZoneId> timeZone = Optional.empty();
    private boolean indent;

    private Builder() {}

    /**
     * {@return this builder, making entity {@code @id}s under this URL} ({@code
     * {site}#/schema/person/{id}}) and writing it as the {@code WebSite}'s URL
     *
     * @param siteUrl an absolute http or https URL; {@link Publication#url()} unless set
     * @throws IllegalArgumentException if it is not an absolute http or https URL
     */
    public Builder siteUrl(URI siteUrl) {
      Objects.requireNonNull(siteUrl, "siteUrl");
      String scheme = siteUrl.getScheme();
      if (!siteUrl.isAbsolute() || siteUrl.getHost() == null
          || !("http".equals(scheme) || "https".equals(scheme))) {
        throw new IllegalArgumentException(
            "siteUrl must be an absolute http or https URL (was " + siteUrl + ")");
      }
      this.siteUrl = Optional.of(siteUrl);
      return this;
    }

    /**
     * {@return this builder, writing dates in this time zone}
     *
     * @param timeZone the zone; {@link Publication#timeZone()} unless set, else UTC
     */
    public Builder timeZone(ZoneId timeZone) {
      this.timeZone = Optional.of(Objects.requireNonNull(timeZone, "timeZone"));
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

    /** {@return a new, immutable {@link JsonLd} with these settings} */
    public JsonLd build() {
      return new JsonLd(this);
    }
  }
}
