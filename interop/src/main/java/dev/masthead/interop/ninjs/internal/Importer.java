package dev.masthead.interop.ninjs.internal;

import dev.masthead.interop.internal.Trees;
import dev.masthead.jackson.MastheadJson;
import dev.masthead.model.AlternativeHeadline;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.Block;
import dev.masthead.model.ContentLimits;
import dev.masthead.model.ContentPath;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ContentValidationException;
import dev.masthead.model.Contributor;
import dev.masthead.model.ContributorRole;
import dev.masthead.model.Directory;
import dev.masthead.model.EntityId;
import dev.masthead.model.EventId;
import dev.masthead.model.Genre;
import dev.masthead.model.HeadlineRole;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.OrganisationId;
import dev.masthead.model.Paragraph;
import dev.masthead.model.PersonId;
import dev.masthead.model.PlaceId;
import dev.masthead.model.RawJson;
import dev.masthead.model.Rights;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import dev.masthead.model.UnknownBlock;
import dev.masthead.model.Violation;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * A ninjs item read as an article. With a Masthead sidecar body, the article is the sidecar's,
 * exactly. Without one, the article is made from the mapped properties, and every property the
 * article's own projection would not write back identically is kept whole as a {@code
 * ninjs:<property>} extension ({@code null} for one the item does not have), so that writing
 * the article again gives the same item.
 */
public final class Importer {
  private static final String TYPE = "Article";
  private static final Directory NO_DIRECTORY = Directory.builder().build();

  /** The mention arrays and the kind of tag each holds. */
  private static final Map<String, TagKind> MENTIONS = mentions();

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

  private static Map<String, TagKind> mentions() {
    Map<String, TagKind> kinds = new LinkedHashMap<>();
    kinds.put("people", TagKind.PERSON);
    kinds.put("organisations", TagKind.ORGANISATION);
    kinds.put("places", TagKind.PLACE);
    kinds.put("subjects", TagKind.TOPIC);
    kinds.put("events", TagKind.EVENT);
    kinds.put("objects", TagKind.of("object"));
    return kinds;
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
    Optional<String> headline = headline();
    Optional<Instant> published = published();
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
      mapped = mapped(headline.orElseThrow(), published.orElseThrow(), language.orElseThrow());
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

  private Optional<String> headline() {
    JsonNode headlines = item.path("headlines");
    JsonNode chosen = null;
    for (JsonNode headline : headlines) {
      if ("main".equals(text(headline, "role").orElse(null))) {
        chosen = headline;
        break;
      }
    }
    if (chosen == null && headlines.size() > 0) {
      chosen = headlines.get(0);
    }
    // As it is when the model takes it as a line; else with its white space runs as one space.
    Optional<String> value = chosen == null ? Optional.empty()
        : text(chosen, "value").map(v -> isHeadline(v) ? v : v.replaceAll("\\s+", " ").strip())
            .filter(v -> !v.isEmpty());
    if (value.isEmpty()) {
      problems.add(Violation.of(ContentPath.root().child("headlines"),
          "an Article needs a headline: a headlines entry with a value", null));
    }
    return value;
  }

  /**
   * The headlines after the main one (the first with role {@code main}, else the first), each
   * with its role, or none when it has no role; one with a {@code contentType} other than
   * plain text, a role that is no vocabulary term, or a text the model does not take as a
   * headline (a repeat, the headline itself) is left to {@code ninjs:headlines}.
   */
  private List<AlternativeHeadline> alternativeHeadlines(String headline) {
    JsonNode headlines = item.path("headlines");
    int main = 0;
    for (int i = 0; i < headlines.size(); i++) {
      if ("main".equals(text(headlines.get(i), "role").orElse(null))) {
        main = i;
        break;
      }
    }
    List<AlternativeHeadline> alternatives = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    for (int i = 0; i < headlines.size() && alternatives.size() < ContentLimits.ITEMS; i++) {
      JsonNode entry = headlines.get(i);
      Optional<String> value = text(entry, "value");
      if (i == main || value.isEmpty() || value.get().equals(headline)
          || !text(entry, "contentType").map("text/plain"::equals).orElse(true)) {
        continue;
      }
      Optional<AlternativeHeadline> alternative = tolerant(() -> {
        AlternativeHeadline.Builder a = AlternativeHeadline.builder().text(value.get());
        text(entry, "role").map(HeadlineRole::of).ifPresent(a::role);
        return Optional.of(a.build());
      }, Optional.empty());
      if (alternative.isPresent()
          && seen.add(List.of(alternative.get().text(), alternative.get().role()))) {
        alternatives.add(alternative.get());
      }
    }
    return alternatives;
  }

  /** {@code version} when it is a whole number from 1 written plainly ("3", not "03"). */
  private OptionalInt revision() {
    Optional<String> version = text(item, "version").filter(v -> v.matches("[1-9][0-9]{0,9}"));
    if (version.isPresent()) {
      long revision = Long.parseLong(version.get());
      if (revision <= Integer.MAX_VALUE) {
        return OptionalInt.of((int) revision);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Genres: each entry's {@code literal}, else its {@code name}, else the last segment of its
   * {@code uri}, as a vocabulary term (as it is when it is one, else slugified); repeats and
   * entries with none are left to {@code ninjs:genres}.
   */
  private List<Genre> genres() {
    List<Genre> genres = new ArrayList<>();
    for (JsonNode entry : item.path("genres")) {
      Optional<String> source = text(entry, "literal").or(() -> text(entry, "name"))
          .or(() -> text(entry, "uri").map(Importer::lastSegment));
      Optional<Genre> genre = source.flatMap(Importer::term).map(Genre::of);
      if (genre.isPresent() && !genres.contains(genre.get())
          && genres.size() < ContentLimits.ITEMS) {
        genres.add(genre.get());
      }
    }
    return genres;
  }

  private static String lastSegment(String uri) {
    String trimmed = uri.replaceAll("[/#?]+$", "");
    return trimmed.substring(Math.max(trimmed.lastIndexOf('/'),
        Math.max(trimmed.lastIndexOf('#'), trimmed.lastIndexOf(':'))) + 1);
  }

  /** A vocabulary term: the text as it is when it is one, else slugified. */
  private static Optional<String> term(String text) {
    if (isTerm(text)) {
      return Optional.of(text);
    }
    return Ids.slugify(text, ContentLimits.VOCABULARY).filter(Importer::isTerm);
  }

  private static boolean isTerm(String text) {
    return tolerant(() -> {
      Genre.of(text);
      return true;
    }, false);
  }

  /**
   * Rights from an item or a picture association: {@code copyrightHolder} (one line), {@code
   * copyrightNotice} and {@code rightsInfo.linkedRights} as the licence (an http(s) URL); a
   * value the model does not take is left to the property's {@code ninjs:*} extension (on an
   * association, to {@code ninjs:associations}).
   */
  private static Optional<Rights> rights(JsonNode node) {
    Optional<String> holder = text(node, "copyrightHolder")
        .filter(h -> valid(Rights.builder().copyrightHolder(h)));
    Optional<String> notice = text(node, "copyrightNotice")
        .filter(n -> valid(Rights.builder().copyrightNotice(n)));
    Optional<URI> licence = text(node.path("rightsInfo"), "linkedRights").flatMap(Importer::http)
        .filter(l -> valid(Rights.builder().licence(l)));
    if (holder.isEmpty() && notice.isEmpty() && licence.isEmpty()) {
      return Optional.empty();
    }
    return tolerant(() -> Optional.of(Rights.builder().copyrightHolder(holder)
        .copyrightNotice(notice).licence(licence).build()), Optional.empty());
  }

  private static boolean valid(Rights.Builder rights) {
    return tolerant(() -> {
      rights.build();
      return true;
    }, false);
  }

  private Optional<Instant> published() {
    String name = item.has("firstCreated") ? "firstCreated" : "versionCreated";
    Optional<String> value = text(item, name);
    if (value.isEmpty()) {
      problems.add(Violation.of(ContentPath.root().child("firstCreated"),
          "an Article needs a date: firstCreated or versionCreated", null));
      return Optional.empty();
    }
    Optional<Instant> instant = instant(value.get());
    if (instant.isEmpty()) {
      problems.add(Violation.of(ContentPath.root().child(name),
          "must be an RFC 3339 date-time with an offset", value.get()));
    }
    return instant;
  }

  private static Optional<Instant> instant(String value) {
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private Article mapped(String headline, Instant published, String language) {
    String uri = text(item, "uri").orElse("");
    String id = altId().orElseGet(() -> Ids.fromUri(uri));
    String slug = text(item, "slugline").filter(Ids::isSlug)
        .or(() -> Ids.slug(headline)).orElse(id.replaceAll("[_.:]", "-"));
    Article.Builder b = Article.builder()
        .id(ArticleId.of(id))
        .slug(Ids.isSlug(slug) ? slug : Ids.slug(slug).orElse("article"))
        .headline(headline)
        .published(published)
        .language(language);
    text(item, "versionCreated").flatMap(Importer::instant)
        .filter(updated -> !updated.equals(published) && updated.isAfter(published))
        .ifPresent(b::updated);
    // What the model does not take in an optional part is left to the part's ninjs:*
    // extension, which keeps the item's property whole.
    alternativeHeadlines(headline).forEach(b::addAlternativeHeadline);
    revision().ifPresent(b::revision);
    genres().forEach(b::addGenres);
    rights(item).ifPresent(b::rights);
    standfirst().filter(Importer::isText).ifPresent(b::standfirst);
    b.body(tolerant(() -> withRights(body()), List.of()));
    mentionsInto(b);
    b.byline(tolerant(this::byline, List.of()));
    canonicalUrl().ifPresent(b::canonicalUrl);
    tolerant(this::leadImage, Optional.<Image>empty()).ifPresent(b::leadImage);
    related(id).forEach(b::addRelated);
    return b.build();
  }

  private static <T> T tolerant(java.util.function.Supplier<T> part, T otherwise) {
    try {
      return part.get();
    } catch (ContentValidationException e) {
      return otherwise;
    }
  }

  private static boolean isHeadline(String text) {
    return tolerant(() -> {
      dev.masthead.model.Heading.of(text);
      return true;
    }, false);
  }

  private static boolean isLine(String text) {
    return tolerant(() -> {
      Tag.of(TagId.of("line"), TagKind.TOPIC, text);
      return true;
    }, false);
  }

  private static boolean isText(String text) {
    return tolerant(() -> {
      dev.masthead.model.Quote.builder().text(text).build();
      return true;
    }, false);
  }

  private Optional<String> altId() {
    for (JsonNode altId : item.path("altIds")) {
      if (Projection.ID_ROLE.equals(text(altId, "role").orElse(null))) {
        return text(altId, "value").filter(Ids::isId);
      }
    }
    return Optional.empty();
  }

  private Optional<String> standfirst() {
    for (JsonNode description : item.path("descriptions")) {
      Optional<String> contentType = text(description, "contentType");
      if ("summary".equals(text(description, "role").orElse(null))
          && contentType.map("text/plain"::equals).orElse(true)) {
        return text(description, "value").filter(v -> !v.isBlank());
      }
    }
    return Optional.empty();
  }

  /**
   * The body: the first XHTML body, else the first plain text one, else the first other, never
   * the sidecar. XHTML that blocks cannot say, HTML and other types become one unknown block
   * {@code ninjs:body} holding the body's content type and value, whole.
   */
  private List<Block> body() {
    JsonNode xhtml = null;
    JsonNode plain = null;
    JsonNode other = null;
    for (JsonNode body : item.path("bodies")) {
      if (Projection.SIDECAR_ROLE.equals(text(body, "role").orElse(null))) {
        continue;
      }
      Optional<String> contentType = text(body, "contentType");
      if (contentType.filter("application/xhtml+xml"::equals).isPresent()) {
        xhtml = xhtml == null ? body : xhtml;
      } else if (contentType.map("text/plain"::equals).orElse(true)) {
        plain = plain == null ? body : plain;
      } else {
        other = other == null ? body : other;
      }
    }
    if (xhtml != null) {
      JsonNode chosen = xhtml;
      return XhtmlReader.read(xhtml.path("value").asString(""))
          .orElseGet(() -> List.of(unknownBody(chosen)));
    }
    if (plain != null) {
      return plainText(plain.path("value").asString(""));
    }
    if (other != null) {
      return List.of(unknownBody(other));
    }
    return List.of();
  }

  /**
   * Body images with the rights of their {@code inline} picture association (the same URL);
   * an image that is also the lead image has only the {@code mainpic} one, which is the lead
   * image's.
   */
  private List<Block> withRights(List<Block> blocks) {
    List<Block> with = new ArrayList<>(blocks.size());
    for (Block block : blocks) {
      if (block instanceof ImageBlock image && image.image().rights().isEmpty()) {
        Optional<Rights> rights = inlineRights(image.image().url().toString());
        if (rights.isPresent()) {
          with.add(image.withImage(image.image().withRights(rights.get())));
          continue;
        }
      }
      with.add(block);
    }
    return with;
  }

  private Optional<Rights> inlineRights(String url) {
    for (JsonNode association : item.path("associations")) {
      if ("inline".equals(text(association, "rel").orElse(null))
          && "picture".equals(text(association, "type").orElse(null))
          && url.equals(text(association, "uri").orElse(null))) {
        return rights(association);
      }
    }
    return Optional.empty();
  }

  private static List<Block> plainText(String text) {
    List<Block> blocks = new ArrayList<>();
    for (String paragraph : text.split("\\R[ \\t]*\\R\\s*")) {
      String stripped = paragraph.strip();
      if (!stripped.isEmpty()) {
        blocks.add(Paragraph.of(stripped));
      }
    }
    return blocks;
  }

  private static Block unknownBody(JsonNode body) {
    return unknown(body.path("value").asString(""), text(body, "contentType").orElse(""));
  }

  private static Block unknown(String value, String contentType) {
    UnknownBlock.Builder b = UnknownBlock.builder().type("ninjs:body");
    if (!contentType.isEmpty()) {
      b.putExtension("contentType", RawJson.ofString(contentType));
    }
    return b.putExtension("value", RawJson.ofString(value)).build();
  }

  private void mentionsInto(Article.Builder b) {
    Set<TagId> seen = new HashSet<>();
    Set<EventId> events = new HashSet<>();
    for (Map.Entry<String, TagKind> array : MENTIONS.entrySet()) {
      for (JsonNode mention : item.path(array.getKey())) {
        Optional<String> rel = text(mention, "rel");
        Optional<String> name = text(mention, "name").filter(n -> !n.isBlank());
        Optional<String> literal = text(mention, "literal").filter(Ids::isId);
        if (array.getKey().equals("subjects") && rel.filter("section"::equals).isPresent()
            && name.isPresent() && isLine(name.get())) {
          b.section(name.get());
          continue;
        }
        if (array.getKey().equals("people") && rel.filter(Importer::isContributorRole)
            .isPresent()) {
          continue; // a contributor: see byline()
        }
        if (array.getKey().equals("events") && rel.filter("about"::equals).isPresent()) {
          Optional<EventId> event = text(mention, "id").filter(Ids::isId).map(EventId::of);
          if (event.isPresent()) {
            if (events.add(event.get())) {
              b.addEvents(event.get());
            }
            continue;
          }
        }
        Optional<String> label = name.or(() -> literal);
        if (label.isEmpty()) {
          continue;
        }
        TagKind kind = array.getValue();
        Optional<String> entityId = array.getKey().equals("events")
            ? text(mention, "id").filter(Ids::isId).or(() -> literal) : literal;
        String id = literal.or(() -> Ids.slugify(label.get(), 100))
            .orElseGet(() -> Ids.hashed(label.get()));
        TagId tagId = TagId.of(id);
        for (int n = 2; !seen.add(tagId); n++) {
          tagId = TagId.of(id + "-" + n);
        }
        Optional<URI> concept = text(mention, "uri").flatMap(Importer::http);
        TagId unique = tagId;
        Optional<Tag> tag = tolerant(() -> Optional.of(tag(unique, kind, label.get(), entityId,
            concept)), Optional.empty());
        if (tag.isEmpty() && concept.isPresent()) {
          // A concept the model does not take: the tag without it, the uri in the extension.
          tag = tolerant(() -> Optional.of(tag(unique, kind, label.get(), entityId,
              Optional.empty())), Optional.empty());
        }
        if (tag.isPresent()) {
          b.addTags(tag.get());
        } else {
          seen.remove(tagId); // left to the property's ninjs:* extension
        }
      }
    }
  }

  private static Tag tag(TagId id, TagKind kind, String label, Optional<String> entityId,
      Optional<URI> concept) {
    Tag.Builder tag = Tag.builder().id(id).kind(kind).label(label.strip()).concept(concept);
    entity(kind, entityId).ifPresent(tag::entity);
    return tag.build();
  }

  private static Optional<EntityId> entity(TagKind kind, Optional<String> id) {
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Function<String, EntityId> of = kind.equals(TagKind.PERSON) ? PersonId::of
        : kind.equals(TagKind.ORGANISATION) ? OrganisationId::of
        : kind.equals(TagKind.PLACE) ? PlaceId::of
        : kind.equals(TagKind.EVENT) ? EventId::of : null;
    return of == null ? Optional.empty() : Optional.of(of.apply(id.get()));
  }

  private static boolean isContributorRole(String rel) {
    return ContributorRole.knownValues().stream().anyMatch(r -> r.value().equals(rel));
  }

  /** People with a contributor's role, else the {@code by} line as one name. */
  private List<Contributor> byline() {
    List<Contributor> byline = new ArrayList<>();
    for (JsonNode person : item.path("people")) {
      Optional<String> rel = text(person, "rel").filter(Importer::isContributorRole);
      if (rel.isEmpty()) {
        continue;
      }
      Contributor.Builder c = Contributor.builder().role(ContributorRole.of(rel.get()));
      text(person, "literal").filter(Ids::isId).map(PersonId::of).ifPresent(c::person);
      text(person, "name").filter(n -> !n.isBlank()).map(String::strip).ifPresent(c::name);
      byline.add(c.build());
    }
    if (byline.isEmpty()) {
      text(item, "by").filter(by -> !by.isBlank())
          .ifPresent(by -> byline.add(Contributor.builder().name(by.strip()).build()));
    }
    return byline;
  }

  private Optional<URI> canonicalUrl() {
    for (JsonNode rendition : item.path("renditions")) {
      if ("web".equals(text(rendition, "name").orElse(null))
          && "text/html".equals(text(rendition, "contentType").orElse(null))) {
        return text(rendition, "href").flatMap(Importer::http);
      }
    }
    return Optional.empty();
  }

  private Optional<Image> leadImage() {
    for (JsonNode association : item.path("associations")) {
      if (!"mainpic".equals(text(association, "name").orElse(null))
          || !"picture".equals(text(association, "type").orElse(null))) {
        continue;
      }
      JsonNode rendition = null;
      for (JsonNode r : association.path("renditions")) {
        if (text(r, "href").flatMap(Importer::http).isPresent()
            && (rendition == null || "original".equals(text(r, "name").orElse(null)))) {
          rendition = r;
        }
      }
      if (rendition == null) {
        return Optional.empty();
      }
      Image.Builder image = Image.builder()
          .url(http(text(rendition, "href").orElseThrow()).orElseThrow())
          .altText(description(association, "alt").orElse(""))
          .caption(description(association, "caption"))
          .credit(description(association, "creditline"));
      positive(rendition, "width").ifPresent(image::width);
      positive(rendition, "height").ifPresent(image::height);
      rights(association).ifPresent(image::rights);
      for (JsonNode person : association.path("people")) {
        if ("depicted".equals(text(person, "rel").orElse(null))) {
          text(person, "literal").filter(Ids::isId).map(PersonId::of)
              .ifPresent(image::addDepicted);
        }
      }
      return Optional.of(image.build());
    }
    return Optional.empty();
  }

  private static Optional<String> description(JsonNode association, String role) {
    for (JsonNode description : association.path("descriptions")) {
      if (role.equals(text(description, "role").orElse(null))) {
        return text(description, "value");
      }
    }
    return Optional.empty();
  }

  private static Optional<Integer> positive(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value != null && value.isIntegralNumber() && value.canConvertToInt()
        && value.intValue() > 0 ? Optional.of(value.intValue()) : Optional.empty();
  }

  /** Related articles: partial text associations whose uri ends in {@code :article:<id>}. */
  private List<ArticleId> related(String self) {
    List<ArticleId> related = new ArrayList<>();
    for (JsonNode association : item.path("associations")) {
      if (!"related".equals(text(association, "rel").orElse(null))) {
        continue;
      }
      String uri = text(association, "uri").orElse("");
      int at = uri.lastIndexOf(":article:");
      if (at >= 0) {
        String id = uri.substring(at + ":article:".length());
        if (Ids.isId(id) && !id.equals(self) && !related.contains(ArticleId.of(id))) {
          related.add(ArticleId.of(id));
        }
      }
    }
    return related;
  }

  private static Optional<URI> http(String href) {
    try {
      URI uri = new URI(href);
      return uri.isAbsolute() && ("http".equals(uri.getScheme())
          || "https".equals(uri.getScheme())) && uri.getHost() != null
          ? Optional.of(uri) : Optional.empty();
    } catch (java.net.URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static Optional<String> text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value instanceof StringNode ? Optional.of(value.stringValue()) : Optional.empty();
  }
}
