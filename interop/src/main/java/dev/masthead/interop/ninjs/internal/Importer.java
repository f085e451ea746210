package dev.masthead.interop.ninjs.internal;

import dev.masthead.interop.internal.Trees;
import dev.masthead.jackson.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ContentPath;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ContentValidationException;
import dev.masthead.model.Directory;
import dev.masthead.model.RawJson;
import dev.masthead.model.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A ninjs item read as an article. With a Masthead sidecar body, the article is the sidecar's,
 * exactly. Without one, the article is made from the mapped properties, and every property the
 * article's own projection would not write back identically is kept whole as a {@code
 * ninjs:<property>} extension ({@code null} for one the item does not have), so that writing
 * the article again gives the same item. {@link ForeignItem} reads the mapped attributes.
 */
public final class Importer {
  private static final String TYPE = "Article";
  private static final Directory NO_DIRECTORY = Directory.builder().build();

  /** Where a Masthead attribute came from in the item, for a violation's pointer. */
  private static final Map<String, String> SOURCES = Map.ofEntries(
      Map.entry("id", "/uri"), Map.entry("slug", "/slugline"),
      Map.entry("headline", "/headlines"), Map.entry("standfirst", "/descriptions"),
      Map.entry("body", "/bodies"), Map.entry("published", "/firstCreated"),
      Map.entry("updated", "/versionCreated"), Map.entry("language", "/language"),
      Map.entry("section", "/subjects"), Map.entry("byline", "/by"),
      Map.entry("leadImage", "/associations"), Map.entry("canonicalUrl", "/renditions"),
      Map.entry("related", "/associations"), Map.entry("events", "/events"),
      Map.entry("alternativeHeadlines", "/headlines"), Map.entry("revision", "/version"),
      Map.entry("genres", "/genres"), Map.entry("rights", ""), Map.entry("tags", ""));

  private final ObjectNode item;
  private final Optional<String> defaultLanguage;
  private final List<Violation> problems = new ArrayList<>();

  private Importer(ObjectNode item, Optional<String> defaultLanguage) {
    this.item = item;
    this.defaultLanguage = defaultLanguage;
  }

  /**
   * {@return the article a ninjs item holds}
   *
   * @param json the item, UTF-8 encoded
   * @param defaultLanguage the language of an item that names none
   * @param uris the identifiers the writer that will write the article back gives it
   * @throws ContentReadException if the item is not well-formed JSON, not valid ninjs 3.1, or
   *     cannot be an article, with the JSON Pointer into the item and the rule for each problem
   */
  public static Article read(byte[] json, Optional<String> defaultLanguage,
      Function<Article, Uris> uris) {
    JsonNode tree;
    try {
      tree = MastheadJson.defaults().mapper().readTree(json);
    } catch (JacksonException e) {
      throw fail(Violation.of(ContentPath.root(),
          "must be a well-formed JSON document: " + e.getOriginalMessage(), null), e);
    }
    if (tree == null || !tree.isObject()) {
      throw fail(Violation.of(ContentPath.root(), "must be a JSON object, a ninjs item", null),
          null);
    }
    List<Violation> invalid = NinjsSchema.check(tree);
    if (!invalid.isEmpty()) {
      throw new ContentReadException(TYPE, invalid);
    }
    Importer importer = new Importer((ObjectNode) tree, defaultLanguage);
    Optional<Article> sidecar = importer.sidecar();
    return sidecar.isPresent() ? sidecar.get() : importer.foreign(uris);
  }

  private static ContentReadException fail(Violation violation, @Nullable Throwable cause) {
    return new ContentReadException(TYPE, List.of(violation), 1, cause);
  }

  // ---------------------------------------------------------------- the sidecar

  private Optional<Article> sidecar() {
    JsonNode bodies = item.path("bodies");
    for (int i = 0; i < bodies.size(); i++) {
      JsonNode body = bodies.get(i);
      if (!Projection.SIDECAR_ROLE.equals(text(body, "role").orElse(null))) {
        continue;
      }
      ContentPath at = ContentPath.root().child("bodies").child(i);
      String contentType = text(body, "contentType").orElse("");
      if (!contentType.replace(" ", "")
          .equals(Projection.SIDECAR_CONTENT_TYPE.replace(" ", ""))) {
        throw fail(Violation.of(at.child("contentType"), "a Masthead sidecar must be "
            + Projection.SIDECAR_CONTENT_TYPE, contentType), null);
      }
      Article article;
      try {
        article = MastheadJson.defaults().read(body.path("value").asString(""), Article.class);
      } catch (ContentReadException e) {
        List<Violation> inside = new ArrayList<>();
        for (Violation v : e.violations()) {
          inside.add(Violation.of(at.child("value"), "the Masthead sidecar at "
              + (v.pointer().isEmpty() ? "its root" : v.pointer()) + ": " + v.rule(),
              v.value().orElse(null)));
        }
        throw new ContentReadException(TYPE, inside, e.violationCount(), e);
      }
      checkId(article.id());
      return Optional.of(article);
    }
    return Optional.empty();
  }

  /** The alternative id {@code masthead:id}, where there is one, must name the sidecar's. */
  private void checkId(ArticleId id) {
    JsonNode altIds = item.path("altIds");
    for (int i = 0; i < altIds.size(); i++) {
      JsonNode altId = altIds.get(i);
      if (Projection.ID_ROLE.equals(text(altId, "role").orElse(null))
          && !id.value().equals(text(altId, "value").orElse(null))) {
        throw fail(Violation.of(ContentPath.root().child("altIds").child(i).child("value"),
            "must be the Masthead sidecar's id (" + id.value() + ")",
            text(altId, "value").orElse(null)), null);
      }
    }
  }

  // ---------------------------------------------------------------- foreign items

  private Article foreign(Function<Article, Uris> uris) {
    Optional<String> type = text(item, "type");
    if (type.isPresent() && !type.get().equals("text") && !type.get().equals("composite")) {
      problems.add(Violation.of(ContentPath.root().child("type"),
          "an Article is a ninjs item of type text or composite", type.get()));
    }
    ForeignItem fields = new ForeignItem(item, problems);
    Optional<String> headline = fields.headline();
    Optional<Instant> published = fields.published();
    Optional<String> language = text(item, "language").or(() -> defaultLanguage);
    if (language.isEmpty()) {
      problems.add(Violation.of(ContentPath.root().child("language"),
          "an Article needs a language: the item has none and no default language is set",
          null));
    }
    if (!problems.isEmpty()) {
      throw new ContentReadException(TYPE, problems);
    }
    Article mapped;
    try {
      mapped = fields.article(headline.orElseThrow(), published.orElseThrow(),
          language.orElseThrow());
    } catch (ContentValidationException e) {
      List<Violation> placed = new ArrayList<>();
      for (Violation v : e.violations()) {
        placed.add(placed(v));
      }
      throw new ContentReadException(TYPE, placed, e.violationCount(), e);
    }
    ObjectNode projection = Projection.mapped(mapped, NO_DIRECTORY, uris.apply(mapped));
    Map<String, RawJson> kept = new LinkedHashMap<>();
    List<Violation> unkept = new ArrayList<>();
    for (String name : Projection.PROPERTIES) {
      JsonNode original = item.get(name);
      if (!Objects.equals(original, projection.get(name))) {
        try {
          kept.put(Projection.EXTENSION_PREFIX + name,
              original == null ? RawJson.of("null") : Trees.raw(original));
        } catch (ContentValidationException e) {
          // Beyond what an extension holds (RawJson's limits): the item cannot be kept whole.
          for (Violation v : e.violations()) {
            unkept.add(Violation.of(ContentPath.root().child(name),
                "cannot be kept as the Article's extension " + Projection.EXTENSION_PREFIX + name
                    + ": " + v.rule(), null));
          }
        }
      }
    }
    if (!unkept.isEmpty()) {
      throw new ContentReadException(TYPE, unkept);
    }
    try {
      return mapped.withExtensions(kept);
    } catch (ContentValidationException e) {
      List<Violation> placed = new ArrayList<>();
      for (Violation v : e.violations()) {
        placed.add(Violation.of(ContentPath.root(), "as the Article with the ninjs properties"
            + " it keeps, " + v.path() + ": " + v.rule(), v.value().orElse(null)));
      }
      throw new ContentReadException(TYPE, placed, e.violationCount(), e);
    }
  }

  /** A model violation, placed at the item's property its attribute came from. */
  private static Violation placed(Violation v) {
    String attribute = v.path().segments().isEmpty() ? ""
        : v.path().segments().get(0).toString();
    String source = SOURCES.getOrDefault(attribute, "");
    return Violation.of(ContentPath.parse(source.isEmpty() ? "" : source.substring(1)),
        "as the Article's " + v.path() + ": " + v.rule(), v.value().orElse(null));
  }

  private static Optional<String> text(JsonNode node, String name) {
    return ForeignItem.text(node, name);
  }
}
