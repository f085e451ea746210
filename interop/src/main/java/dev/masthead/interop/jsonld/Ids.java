package dev.masthead.interop.jsonld;

import dev.masthead.model.Article;
import dev.masthead.model.EntityId;
import dev.masthead.model.EventId;
import dev.masthead.model.OrganisationId;
import dev.masthead.model.PersonId;
import java.net.URI;
import java.util.Optional;

/**
 * The {@code @id}s of one article's graph. The page is the canonical URL and the article's own
 * nodes are fragments of it ({@code #article}, {@code #primaryimage}); the site is {@code
 * {site}#website}; entities are {@code {site}#/schema/{kind}/{id}}, the same in every article's
 * graph, so that a crawler joins them across pages. Model ids are lower-case letters, digits and
 * {@code - _ . :}, all allowed in a URL fragment as they are.
 */
final class Ids {
  private final String site;
  private final Optional<String> page;
  private final String article;

  Ids(URI site, Article article) {
    this.site = withPath(withoutFragment(site.toString()), site);
    this.page = article.canonicalUrl().map(url -> withoutFragment(url.toString()));
    this.article = page.map(p -> p + "#article")
        .orElse(this.site + "#/schema/article/" + article.id().value());
  }

  /** {@return the site's URL, with a path of at least {@code /} and no fragment} */
  String siteUrl() {
    return site;
  }

  /** {@return the {@code WebSite}'s id} */
  String site() {
    return site + "#website";
  }

  /** {@return the {@code WebPage}'s id, the canonical URL, if the article has one} */
  Optional<String> page() {
    return page;
  }

  /** {@return the article's id: {@code {canonicalUrl}#article}, else under the site} */
  String article() {
    return article;
  }

  /**
   * {@return the id of a node that belongs to this article alone}: {@code {canonicalUrl}#name},
   * else {@code {article id}/name}
   *
   * @param name the node's name in the article, such as {@code primaryimage}
   */
  String local(String name) {
    return page.map(p -> p + "#" + name).orElse(article + "/" + name);
  }

  /**
   * {@return the id of the publication's logo: {@code {site}#/schema/logo/image/}}, the same in
   * every article's graph, as the publisher's is
   */
  String logo() {
    return site + "#/schema/logo/image/";
  }

  /** {@return the entity's id: {@code {site}#/schema/{kind}/{id}}} */
  String entity(EntityId id) {
    String kind = id instanceof PersonId ? "person"
        : id instanceof OrganisationId ? "organisation"
        : id instanceof EventId ? "event"
        : "place";
    return site + "#/schema/" + kind + "/" + id.value();
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }

  /** {@code https://example.com} and {@code https://example.com/} are one site: use the latter. */
  private static String withPath(String url, URI uri) {
    String path = uri.getRawPath();
    if (path != null && !path.isEmpty()) {
      return url;
    }
    int query = url.indexOf('?');
    return query < 0 ? url + "/" : url.substring(0, query) + "/" + url.substring(query);
  }
}
