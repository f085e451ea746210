package dev.masthead.interop.ninjs.internal;

import dev.masthead.model.AlternativeHeadline;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.Block;
import dev.masthead.model.ContentLimits;
import dev.masthead.model.ContentPath;
import dev.masthead.model.ContentValidationException;
import dev.masthead.model.Contributor;
import dev.masthead.model.ContributorRole;
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
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The attributes of an article read from a ninjs item without a Masthead sidecar, each from its
 * ninjs place ({@code docs/interop.md}, "Import"). A required attribute the item lacks is a
 * problem; an optional one the model does not take is left out, so that {@link Importer} keeps
 * its property whole as a {@code ninjs:*} extension.
 */
final class ForeignItem {
  /** The mention arrays and the kind of tag each holds. */
  private static final Map<String, TagKind> MENTIONS = mentions();

  private final ObjectNode item;
  private final List<Violation> problems;

  /**
   * Reads from an item.
   *
   * @param item the ninjs item
   * @param problems where a missing required attribute is reported
   */
  ForeignItem(ObjectNode item, List<Violation> problems) {
    this.item = item;
    this.problems = problems;
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

  /** {@return the headline: the one with role {@code main}, else the first}; without, a problem */
  Optional<String> headline() {
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
          .or(() -> text(entry, "uri").map(ForeignItem::lastSegment));
      Optional<Genre> genre = source.flatMap(ForeignItem::term).map(Genre::of);
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
    return Ids.slugify(text, ContentLimits.VOCABULARY).filter(ForeignItem::isTerm);
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
    Optional<URI> licence = text(node.path("rightsInfo"), "linkedRights").flatMap(ForeignItem::http)
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

  /**
   * {@return when it was first published}: {@code firstCreated}, else {@code versionCreated};
   * without either, or not RFC 3339, a problem
   */
  Optional<Instant> published() {
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

  /**
   * {@return the article of the mapped attributes}
   *
   * @param headline its headline
   * @param published when it was first published
   * @param language its language
   * @throws ContentValidationException if the model refuses a required attribute
   */
  Article article(String headline, Instant published, String language) {
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
    text(item, "versionCreated").flatMap(ForeignItem::instant)
        .filter(updated -> !updated.equals(published) && updated.isAfter(published))
        .ifPresent(b::updated);
    // What the model does not take in an optional part is left to the part's ninjs:*
    // extension, which keeps the item's property whole.
    alternativeHeadlines(headline).forEach(b::addAlternativeHeadline);
    revision().ifPresent(b::revision);
    genres().forEach(b::addGenres);
    rights(item).ifPresent(b::rights);
    standfirst().filter(ForeignItem::isText).ifPresent(b::standfirst);
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
        if (array.getKey().equals("people") && rel.filter(ForeignItem::isContributorRole)
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
        Optional<URI> concept = text(mention, "uri").flatMap(ForeignItem::http);
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
      Optional<String> rel = text(person, "rel").filter(ForeignItem::isContributorRole);
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
        return text(rendition, "href").flatMap(ForeignItem::http);
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
        if (text(r, "href").flatMap(ForeignItem::http).isPresent()
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

  /** {@return the string property {@code name} of a node, when it is a string} */
  static Optional<String> text(JsonNode node, String name) {
    JsonNode value = node.get(name);
    return value instanceof StringNode ? Optional.of(value.stringValue()) : Optional.empty();
  }
}
