package dev.masthead.interop.ninjs.internal;

import dev.masthead.interop.internal.Trees;
import dev.masthead.jackson.MastheadJson;
import dev.masthead.model.AlternativeHeadline;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.Block;
import dev.masthead.model.Contributor;
import dev.masthead.model.Directory;
import dev.masthead.model.EntityId;
import dev.masthead.model.Event;
import dev.masthead.model.EventId;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Organisation;
import dev.masthead.model.OrganisationId;
import dev.masthead.model.Person;
import dev.masthead.model.PersonId;
import dev.masthead.model.PlaceId;
import dev.masthead.model.RawJson;
import dev.masthead.model.Rights;
import dev.masthead.model.Tag;
import dev.masthead.model.TagKind;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An article as a ninjs 3.1 item: each mapped attribute in its ninjs place, then the article's
 * {@code ninjs:*} extensions in theirs, then the Masthead sidecar body. Each ninjs property is
 * written by one method here, in the order ninjs lists them.
 */
public final class Projection {
  /** The sidecar body's role. */
  public static final String SIDECAR_ROLE = "masthead";

  /** The sidecar body's content type: Masthead's media type, document type, sidecar version. */
  public static final String SIDECAR_CONTENT_TYPE =
      "application/vnd.masthead+json; type=article; version=1";

  /** The profile every export names. */
  public static final String PROFILE = "masthead:article:1";

  /** The role of the alternative id that holds the article's Masthead id. */
  public static final String ID_ROLE = "masthead:id";

  /** The prefix of an extension that holds a ninjs property of an imported item. */
  public static final String EXTENSION_PREFIX = "ninjs:";

  /** The properties of a ninjs 3.1 item ({@code ninjsType}), in the schema's order. */
  public static final List<String> PROPERTIES = List.of(
      "uri", "type", "representationType", "profile", "version", "firstCreated",
      "versionCreated", "contentCreated", "embargoedUntil", "pubStatus", "urgency",
      "copyrightHolder", "copyrightNotice", "usageTerms", "edNote", "language", "descriptions",
      "bodies", "headlines", "people", "organisations", "places", "subjects", "events",
      "eventDetails", "plannedCoverage", "objects", "infoSources", "title", "by", "slugline",
      "located", "renditions", "associations", "altIds", "trustIndicators", "standard",
      "genres", "expires", "rightsInfo", "digitalSourceType");

  private static final Set<String> PROPERTY_SET = Set.copyOf(PROPERTIES);

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Article article;
  private final Directory directory;
  private final Uris uris;

  private Projection(Article article, Directory directory, Uris uris) {
    this.article = article;
    this.directory = directory;
    this.uris = uris;
  }

  /**
   * {@return the article's mapped attributes as a ninjs item, without its {@code ninjs:*}
   * extensions and without the sidecar}: what an import compares a foreign item with
   *
   * @param article the article
   * @param directory the entities it refers to, for their names
   * @param uris how entities are named as URIs
   */
  public static ObjectNode mapped(Article article, Directory directory, Uris uris) {
    return new Projection(article, directory, uris).item();
  }

  /**
   * {@return the article as a complete ninjs item: the mapped attributes, the {@code ninjs:*}
   * extensions in their places (each only where the schema takes its value; any other stays in
   * the sidecar alone), and the sidecar body when asked for}
   *
   * @param article the article
   * @param directory the entities it refers to, for their names
   * @param uris how entities are named as URIs
   * @param sidecar whether to add the Masthead sidecar body
   */
  public static ObjectNode item(Article article, Directory directory, Uris uris,
      boolean sidecar) {
    ObjectNode item = mapped(article, directory, uris);
    for (Map.Entry<String, RawJson> extension : article.extensions().entrySet()) {
      String name = property(extension.getKey());
      if (name == null) {
        continue;
      }
      JsonNode value = Trees.parse(extension.getValue().text());
      if (value.isNull()) {
        item.remove(name);
      } else if (NinjsSchema.validAt(name, value)) {
        item.set(name, value);
      }
    }
    if (sidecar) {
      ArrayNode bodies = item.has("bodies") && item.get("bodies").isArray()
          ? (ArrayNode) item.get("bodies") : item.putArray("bodies");
      bodies.addObject()
          .put("role", SIDECAR_ROLE)
          .put("contentType", SIDECAR_CONTENT_TYPE)
          .put("value", MastheadJson.defaults().write(article));
    }
    return item;
  }

  /**
   * {@return the ninjs property an extension holds, or null when it holds none}
   *
   * @param extension an extension's name, e.g. {@code "ninjs:urgency"}
   */
  static @Nullable String property(String extension) {
    if (!extension.startsWith(EXTENSION_PREFIX)) {
      return null;
    }
    String name = extension.substring(EXTENSION_PREFIX.length());
    return PROPERTY_SET.contains(name) ? name : null;
  }

  private ObjectNode item() {
    ObjectNode item = NODES.objectNode();
    item.set("standard", standard());
    item.put("uri", uris.of("article", article.id().value()));
    List<ObjectNode> associations = associations();
    boolean pictures = associations.stream()
        .anyMatch(a -> "picture".equals(a.path("type").asString("")));
    item.put("type", pictures ? "composite" : "text");
    item.put("representationType", "full");
    item.put("profile", PROFILE);
    article.revision().ifPresent(revision -> item.put("version", Integer.toString(revision)));
    item.put("firstCreated", instant(article.published()));
    item.put("versionCreated", instant(article.updated().orElse(article.published())));
    article.rights().ifPresent(rights -> copyright(item, rights));
    item.put("language", article.language());
    item.put("slugline", article.slug());
    ArrayNode headlines = item.putArray("headlines");
    headlines.addObject().put("role", "main").put("value", article.headline());
    for (AlternativeHeadline alternative : article.alternativeHeadlines()) {
      ObjectNode headline = headlines.addObject();
      alternative.role().ifPresent(role -> headline.put("role", role.value()));
      headline.put("value", alternative.text());
    }
    article.standfirst().ifPresent(standfirst -> item.putArray("descriptions").addObject()
        .put("role", "summary").put("contentType", "text/plain").put("value", standfirst));
    body(item);
    by().ifPresent(by -> item.put("by", by));
    mentions(item);
    article.canonicalUrl().ifPresent(url -> item.putArray("renditions").addObject()
        .put("name", "web").put("href", url.toString()).put("contentType", "text/html"));
    if (!associations.isEmpty()) {
      item.putArray("associations").addAll(associations);
    }
    item.putArray("altIds").addObject().put("role", ID_ROLE).put("value", article.id().value());
    if (!article.genres().isEmpty()) {
      ArrayNode genres = item.putArray("genres");
      article.genres().forEach(genre -> genres.addObject().put("literal", genre.value()));
    }
    article.rights().flatMap(Rights::licence).ifPresent(licence -> linkedRights(item, licence));
    return item;
  }

  /** A copyright holder and notice as the properties of that name. */
  private static void copyright(ObjectNode node, Rights rights) {
    rights.copyrightHolder().ifPresent(holder -> node.put("copyrightHolder", holder));
    rights.copyrightNotice().ifPresent(notice -> node.put("copyrightNotice", notice));
  }

  /** A licence as {@code rightsInfo.linkedRights} (the schema takes it or encodedRights). */
  private static void linkedRights(ObjectNode node, URI licence) {
    node.putObject("rightsInfo").put("linkedRights", licence.toString());
  }

  private static ObjectNode standard() {
    return NODES.objectNode()
        .put("name", "ninjs")
        .put("version", "3.1")
        .put("schema", NinjsSchema.ID + "#");
  }

  /** RFC 3339 in UTC, always with seconds (ninjs' date-time needs them). */
  static String instant(Instant instant) {
    return instant.toString(); // ISO_INSTANT: UTC, always with seconds
  }

  private void body(ObjectNode item) {
    XhtmlWriter.Xhtml xhtml = XhtmlWriter.write(article.body(), directory);
    if (!xhtml.markup().isEmpty()) {
      ObjectNode main = item.putArray("bodies").addObject()
          .put("role", "main")
          .put("contentType", "application/xhtml+xml");
      count(main, "charCount", xhtml.charCount());
      count(main, "wordCount", xhtml.wordCount());
      main.put("value", xhtml.markup());
    }
  }

  /**
   * A count as the node a parser reads it as (an int when it fits), so that an item read back
   * compares equal to its projection.
   */
  private static void count(ObjectNode node, String name, long count) {
    if (count <= Integer.MAX_VALUE) {
      node.put(name, (int) count);
    } else {
      node.put(name, count);
    }
  }

  /** The byline's names: "A", "A and B", "A, B and C". */
  private Optional<String> by() {
    List<String> names = new ArrayList<>();
    for (Contributor contributor : article.byline()) {
      names.add(contributor.name().orElseGet(() -> personName(contributor.person().orElseThrow())));
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    if (names.size() == 1) {
      return Optional.of(names.get(0));
    }
    return Optional.of(String.join(", ", names.subList(0, names.size() - 1)) + " and "
        + names.get(names.size() - 1));
  }

  private String personName(PersonId id) {
    return directory.person(id).map(Person::displayName).orElse(id.value());
  }

  private void mentions(ObjectNode item) {
    List<ObjectNode> people = new ArrayList<>();
    List<ObjectNode> organisations = new ArrayList<>();
    List<ObjectNode> places = new ArrayList<>();
    List<ObjectNode> subjects = new ArrayList<>();
    List<ObjectNode> events = new ArrayList<>();
    List<ObjectNode> objects = new ArrayList<>();
    for (Contributor contributor : article.byline()) {
      contributor.person().ifPresent(person -> people.add(mention(
          contributor.name().orElseGet(() -> personName(person)), contributor.role().value(),
          person)));
    }
    article.section().ifPresent(section ->
        subjects.add(NODES.objectNode().put("name", section).put("rel", "section")));
    Set<EventId> covered = new HashSet<>(article.events());
    for (EventId event : article.events()) {
      ObjectNode node = NODES.objectNode().put("id", event.value())
          .put("name", directory.event(event).map(Event::name).orElse(event.value()))
          .put("rel", "about")
          .put("uri", uris.of("event", event.value()));
      events.add(node);
    }
    for (Tag tag : article.tags()) {
      TagKind kind = tag.kind();
      Optional<EntityId> entity = tag.entity();
      if (kind.equals(TagKind.PERSON)) {
        people.add(tagMention(tag, "mentions"));
      } else if (kind.equals(TagKind.ORGANISATION)) {
        organisations.add(tagMention(tag, "mentions"));
      } else if (kind.equals(TagKind.PLACE)) {
        places.add(tagMention(tag, "mentions"));
      } else if (kind.equals(TagKind.EVENT)) {
        if (entity.isPresent() && covered.contains((EventId) entity.get())) {
          continue; // written once, as a covered event
        }
        ObjectNode node = NODES.objectNode();
        entity.ifPresent(e -> node.put("id", e.value()));
        node.setAll(tagMention(tag, "mentions"));
        events.add(node);
      } else if (kind.equals(TagKind.TOPIC)) {
        subjects.add(tagMention(tag, "about"));
      } else if (kind.value().equals("object")) {
        objects.add(tagMention(tag, "mentions"));
      } else {
        subjects.add(tagMention(tag, kind.value()));
      }
    }
    array(item, "people", people);
    array(item, "organisations", organisations);
    array(item, "places", places);
    array(item, "subjects", subjects);
    array(item, "events", events);
    array(item, "objects", objects);
  }

  /**
   * A tag as a mention: {@code uri} is the tag's concept when it has one (the shared
   * vocabulary's URI ninjs expects there, as IPTC's examples show), else its entity's Masthead
   * URI; {@code literal} is the entity id, else the tag id.
   */
  private ObjectNode tagMention(Tag tag, String rel) {
    ObjectNode node = NODES.objectNode().put("name", tag.label()).put("rel", rel);
    Optional<EntityId> entity = tag.entity();
    Optional<String> uri = tag.concept().map(URI::toString)
        .or(() -> entity.map(e -> uris.of(kind(e), e.value())));
    uri.ifPresent(u -> node.put("uri", u));
    if (entity.isPresent()) {
      node.put("literal", entity.get().value());
      website(node, entity.get());
    } else {
      node.put("literal", tag.id().value());
    }
    return node;
  }

  private ObjectNode mention(String name, String rel, PersonId person) {
    ObjectNode node = NODES.objectNode().put("name", name).put("rel", rel)
        .put("uri", uris.of(kind(person), person.value())).put("literal", person.value());
    website(node, person);
    return node;
  }

  /** A person's profile page or an organisation's website, from the directory. */
  private void website(ObjectNode node, EntityId entity) {
    Optional<URI> web = Optional.empty();
    if (entity instanceof OrganisationId organisation) {
      web = directory.organisation(organisation).flatMap(Organisation::website);
    } else if (entity instanceof PersonId person) {
      web = directory.person(person).flatMap(Person::url);
    }
    web.ifPresent(url -> node.putArray("contactInfo").addObject().put("type", "web")
        .put("value", url.toString()));
  }

  private static String kind(EntityId entity) {
    if (entity instanceof PersonId) {
      return "person";
    } else if (entity instanceof OrganisationId) {
      return "organisation";
    } else if (entity instanceof PlaceId) {
      return "place";
    }
    return "event";
  }

  private List<ObjectNode> associations() {
    List<ObjectNode> associations = new ArrayList<>();
    Set<URI> images = new HashSet<>();
    article.leadImage().ifPresent(image -> {
      images.add(image.url());
      associations.add(picture("mainpic", "mainpic", image));
    });
    List<Block> body = article.body();
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i) instanceof ImageBlock block && images.add(block.image().url())) {
        associations.add(picture("image-" + i, "inline", block.image()));
      }
    }
    int n = 0;
    for (ArticleId related : article.related()) {
      associations.add(NODES.objectNode()
          .put("name", "related-" + ++n)
          .put("rel", "related")
          .put("uri", uris.of("article", related.value()))
          .put("type", "text")
          .put("representationType", "partial"));
    }
    return associations;
  }

  private ObjectNode picture(String name, String rel, Image image) {
    ObjectNode node = NODES.objectNode()
        .put("name", name)
        .put("rel", rel)
        .put("uri", image.url().toString())
        .put("type", "picture");
    image.rights().ifPresent(rights -> copyright(node, rights));
    List<ObjectNode> descriptions = new ArrayList<>();
    image.caption().ifPresent(caption ->
        descriptions.add(NODES.objectNode().put("role", "caption").put("value", caption)));
    if (!image.altText().isEmpty()) {
      descriptions.add(NODES.objectNode().put("role", "alt").put("value", image.altText()));
    }
    image.credit().ifPresent(credit ->
        descriptions.add(NODES.objectNode().put("role", "creditline").put("value", credit)));
    array(node, "descriptions", descriptions);
    List<ObjectNode> people = new ArrayList<>();
    for (PersonId person : image.depicted()) {
      people.add(mention(personName(person), "depicted", person));
    }
    array(node, "people", people);
    ObjectNode rendition = node.putArray("renditions").addObject()
        .put("name", "original").put("href", image.url().toString());
    image.width().ifPresent(w -> rendition.put("width", w));
    image.height().ifPresent(h -> rendition.put("height", h));
    image.rights().flatMap(Rights::licence).ifPresent(licence -> linkedRights(node, licence));
    return node;
  }

  private static void array(ObjectNode item, String name, List<ObjectNode> values) {
    if (!values.isEmpty()) {
      item.putArray(name).addAll(values);
    }
  }
}
