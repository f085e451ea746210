package dev.masthead.interop.jsonld;

import dev.masthead.model.AlternateName;
import dev.masthead.model.AlternativeHeadline;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Block;
import dev.masthead.model.Contributor;
import dev.masthead.model.ContributorRole;
import dev.masthead.model.Directory;
import dev.masthead.model.EntityId;
import dev.masthead.model.Event;
import dev.masthead.model.EventId;
import dev.masthead.model.EventOrganisation;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Organisation;
import dev.masthead.model.OrganisationId;
import dev.masthead.model.Participant;
import dev.masthead.model.Person;
import dev.masthead.model.PersonId;
import dev.masthead.model.Place;
import dev.masthead.model.PlaceId;
import dev.masthead.model.Position;
import dev.masthead.model.Publication;
import dev.masthead.model.Rights;
import dev.masthead.model.Tag;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One article's graph, built once: the article's own nodes first, then every entity they
 * reach, each group in the order the graph first reaches its nodes. An entity that the
 * directory does not hold is written as a node with only its type and name when a tag names it,
 * and left out otherwise, so that every {@code @id} the graph refers to is defined in it.
 */
final class Graph {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** ISO 8601 with seconds and the offset as {@code +01:00} (never {@code Z}), as Google asks. */
  private static final DateTimeFormatter DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE_TIME)
      .appendOffset("+HH:MM", "+00:00")
      .toFormatter(Locale.ROOT);

  /** The groups of nodes, in the order they are written. */
  private enum Group { ARTICLE, PAGE, SITE, PUBLISHER, IMAGE, EVENT, PERSON, ORGANISATION, PLACE }

  private final Article article;
  private final Directory directory;
  private final Publication publication;
  private final List<ArticleSummary> related;
  private final ZoneId zone;
  private final Ids ids;

  private final Map<Group, Map<String, ObjectNode>> nodes = new EnumMap<>(Group.class);
  /** Every {@code @id} that is or will be defined, so that each entity is written once. */
  private final Set<String> defined = new HashSet<>();
  /** Entities the graph reaches that the directory holds, to be written in this order. */
  private final Deque<EntityId> pending = new ArrayDeque<>();
  private final Optional<OrganisationId> publisher;
  /** Each event's parts, made when first needed. */
  private @Nullable Map<EventId, List<EventId>> parts;
  /** The concepts of the tags that stand for each entity, made when first needed. */
  private @Nullable Map<EntityId, Set<String>> concepts;

  Graph(Article article, Directory directory, Publication publication,
      List<ArticleSummary> related, URI site, ZoneId zone) {
    this.article = article;
    this.directory = directory;
    this.publication = publication;
    this.related = related;
    this.zone = zone;
    this.ids = new Ids(site, article);
    this.publisher = publication.publisher();
    for (Group group : Group.values()) {
      nodes.put(group, new LinkedHashMap<>());
    }
  }

  /** {@return the whole document: {@code @context} and {@code @graph}} */
  ObjectNode document() {
    articleNode();
    pageNode();
    siteNode();
    publisherNode();
    while (!pending.isEmpty()) {
      entityNode(pending.removeFirst());
    }
    ObjectNode document = NODES.objectNode();
    document.put("@context", "https://schema.org");
    ArrayNode graph = document.putArray("@graph");
    for (Map<String, ObjectNode> group : nodes.values()) {
      group.values().forEach(graph::add);
    }
    return document;
  }

  // ---------------------------------------------------------------- the article and its page

  private void articleNode() {
    ObjectNode n = node(Schema.articleType(article), ids.article());
    put(Group.ARTICLE, n);
    ids.page().ifPresent(page -> n.set("mainEntityOfPage", reference(page)));
    article.canonicalUrl().ifPresent(url -> n.put("url", url.toString()));
    n.put("headline", article.headline());
    Set<String> alternatives = new LinkedHashSet<>();
    for (AlternativeHeadline alternative : article.alternativeHeadlines()) {
      alternatives.add(alternative.text());
    }
    putStrings(n, "alternativeHeadline", alternatives);
    article.standfirst().ifPresent(s -> n.put("description", s));
    n.put("datePublished", dateTime(article.published()));
    n.put("dateModified", dateTime(article.updated().orElse(article.published())));
    n.put("inLanguage", article.language());
    article.section().ifPresent(s -> n.put("articleSection", s));
    Set<String> genres = new LinkedHashSet<>();
    article.genres().forEach(genre -> genres.add(genre.value()));
    putStrings(n, "genre", genres);
    article.revision().ifPresent(revision -> n.put("version", revision));
    byline(n);
    putArray(n, "image", images());
    publisherReference().ifPresent(ref -> n.set("publisher", ref));
    n.set("isPartOf", reference(ids.site()));
    article.rights().ifPresent(rights -> rights(n, rights));
    Map<String, ObjectNode> about = new LinkedHashMap<>();
    for (EventId event : article.events()) {
      ref(event, tagLabel(event)).ifPresent(ref -> about.putIfAbsent(idOf(ref), ref));
    }
    List<ObjectNode> subjects = new ArrayList<>(about.values());
    subjects.addAll(terms(article.tags()));
    putArray(n, "about", subjects);
    Map<String, ObjectNode> mentions = new LinkedHashMap<>();
    for (Tag tag : article.tags()) {
      tag.entity().ifPresent(entity -> ref(entity, tag.label()).ifPresent(ref -> {
        if (!about.containsKey(idOf(ref))) {
          mentions.putIfAbsent(idOf(ref), ref);
        }
      }));
    }
    putArray(n, "mentions", List.copyOf(mentions.values()));
    Set<String> keywords = new LinkedHashSet<>();
    article.tags().forEach(tag -> keywords.add(tag.label()));
    putStrings(n, "keywords", keywords);
    n.put("wordCount", Words.count(article));
  }

  /** Writes the byline: author, editor and translator, and every other role as a contributor. */
  private void byline(ObjectNode n) {
    Map<String, Map<String, JsonNode>> byProperty = new LinkedHashMap<>();
    for (String property : List.of("author", "editor", "translator", "contributor")) {
      byProperty.put(property, new LinkedHashMap<>());
    }
    for (Contributor contributor : article.byline()) {
      Optional<Credit> credit = credit(contributor);
      if (credit.isEmpty()) {
        continue;
      }
      ObjectNode who = credit.orElseThrow().value();
      ContributorRole role = contributor.role();
      Optional<String> property = Schema.contributorProperty(role)
          // schema.org's editor is a Person: an organisation that edits is a contributor, below.
          .filter(p -> !"editor".equals(p) || credit.orElseThrow().person());
      if (property.isPresent()) {
        byProperty.get(property.orElseThrow()).putIfAbsent(key(who), who);
      } else {
        ObjectNode roleNode = NODES.objectNode();
        roleNode.put("@type", "Role");
        roleNode.put("roleName", role.value());
        roleNode.set("contributor", who);
        byProperty.get("contributor").putIfAbsent(role.value() + " " + key(who), roleNode);
      }
    }
    byProperty.forEach((property, values) -> putArray(n, property, List.copyOf(values.values())));
  }

  /** A byline entry's value, and whether it is a person (else the publisher organisation). */
  private record Credit(ObjectNode value, boolean person) {}

  /**
   * {@return the contributor as a reference to their node, or as a node of their own for a name
   * alone}: the publication's own name, or its publisher's, is the publisher organisation
   */
  private Optional<Credit> credit(Contributor contributor) {
    if (contributor.person().isPresent()) {
      Optional<ObjectNode> known = ref(contributor.person().orElseThrow(), null);
      if (known.isPresent()) {
        return Optional.of(new Credit(known.orElseThrow(), true));
      }
    }
    if (contributor.name().isEmpty()) {
      return Optional.empty();
    }
    String name = contributor.name().orElseThrow();
    if (namesThePublisher(name)) {
      return publisherReference().map(ref -> new Credit(ref, false));
    }
    ObjectNode person = NODES.objectNode();
    person.put("@type", "Person");
    person.put("name", name);
    return Optional.of(new Credit(person, true));
  }

  /**
   * Writes the rights of the article or an image: {@code license}, {@code copyrightNotice} and
   * {@code copyrightHolder}, a reference to the node of whom the holder names when the graph can
   * tell ({@link #holder}).
   */
  private void rights(ObjectNode n, Rights rights) {
    rights.licence().ifPresent(licence -> n.put("license", licence.toString()));
    rights.copyrightNotice().ifPresent(notice -> n.put("copyrightNotice", notice));
    rights.copyrightHolder().ifPresent(holder -> n.set("copyrightHolder", holder(holder)));
  }

  /**
   * {@return the copyright holder's value}: the publisher's node if the text is the
   * publication's name or its publisher's, as in a byline; else the node of the byline's first
   * contributor of that name (a person the directory holds, by their display name, or a name
   * alone); else an {@code Organization} with that name, since a holder named nowhere else is
   * in news mostly a publisher or an agency ("Reuters", "Getty Images")
   */
  private ObjectNode holder(String holder) {
    if (namesThePublisher(holder)) {
      return publisherReference().orElseThrow();
    }
    for (Contributor contributor : article.byline()) {
      Optional<Person> known = contributor.person().flatMap(directory::person);
      boolean named = known.isPresent()
          ? known.orElseThrow().displayName().equals(holder)
          : contributor.name().map(holder::equals).orElse(false);
      if (named) {
        Optional<Credit> credit = credit(contributor);
        if (credit.isPresent()) {
          return credit.orElseThrow().value().deepCopy();
        }
      }
    }
    ObjectNode organisation = NODES.objectNode();
    organisation.put("@type", "Organization");
    organisation.put("name", holder);
    return organisation;
  }

  /** {@return whether the name is the publication's or its publisher's, when it has one} */
  private boolean namesThePublisher(String name) {
    return publisher.isPresent() && (name.equals(publication.name())
        || directory.organisation(publisher.orElseThrow())
            .map(o -> o.name().equals(name)).orElse(false));
  }

  /**
   * {@return a {@code DefinedTerm} for each tag that stands for no entity but for a concept
   * (an IPTC media topic, a Wikidata entity), once per concept}: its label as {@code name}, the
   * concept as {@code sameAs}
   */
  private static List<ObjectNode> terms(List<Tag> tags) {
    Map<String, ObjectNode> terms = new LinkedHashMap<>();
    for (Tag tag : tags) {
      if (tag.entity().isEmpty() && tag.concept().isPresent()) {
        String concept = tag.concept().orElseThrow().toString();
        if (!terms.containsKey(concept)) {
          ObjectNode term = NODES.objectNode();
          term.put("@type", "DefinedTerm");
          term.put("name", tag.label());
          term.putArray("sameAs").add(concept);
          terms.put(concept, term);
        }
      }
    }
    return List.copyOf(terms.values());
  }

  /** {@return the lead image and then the body's images, one node each per URL} */
  private List<ObjectNode> images() {
    Map<URI, Image> byUrl = new LinkedHashMap<>();
    article.leadImage().ifPresent(image -> byUrl.put(image.url(), image));
    for (Block block : article.body()) {
      if (block instanceof ImageBlock imageBlock) {
        byUrl.putIfAbsent(imageBlock.image().url(), imageBlock.image());
      }
    }
    List<ObjectNode> references = new ArrayList<>();
    Set<String> names = new HashSet<>();
    int index = 0;
    for (Image image : byUrl.values()) {
      index++;
      boolean lead = index == 1 && article.leadImage().isPresent();
      String name = lead ? "primaryimage"
          : "image-" + (image.depicted().isEmpty() ? String.valueOf(index)
              : image.depicted().get(0).value());
      String unique = name;
      for (int n = 2; !names.add(unique); n++) {
        unique = name + "-" + n;
      }
      String id = ids.local(unique);
      put(Group.IMAGE, imageNode(image, id));
      references.add(reference(id));
    }
    return references;
  }

  private ObjectNode imageNode(Image image, String id) {
    ObjectNode n = node("ImageObject", id);
    n.put("url", image.url().toString());
    n.put("contentUrl", image.url().toString());
    image.caption().ifPresent(c -> n.put("caption", c));
    if (!image.altText().isBlank()) {
      n.put("description", image.altText());
    }
    image.credit().ifPresent(c -> n.put("creditText", c));
    image.rights().ifPresent(rights -> rights(n, rights));
    image.width().ifPresent(w -> n.put("width", w));
    image.height().ifPresent(h -> n.put("height", h));
    List<ObjectNode> about = new ArrayList<>();
    for (PersonId person : image.depicted()) {
      ref(person, null).ifPresent(about::add);
    }
    putArray(n, "about", distinct(about));
    return n;
  }

  private void pageNode() {
    if (ids.page().isEmpty()) {
      return;
    }
    ObjectNode n = node("WebPage", ids.page().orElseThrow());
    put(Group.PAGE, n);
    n.put("url", article.canonicalUrl().orElseThrow().toString());
    n.put("name", article.headline());
    n.put("inLanguage", article.language());
    n.set("isPartOf", reference(ids.site()));
    if (article.leadImage().isPresent()) {
      n.set("primaryImageOfPage", reference(ids.local("primaryimage")));
    }
    n.put("datePublished", dateTime(article.published()));
    n.put("dateModified", dateTime(article.updated().orElse(article.published())));
    Map<ArticleId, URI> urls = new HashMap<>();
    for (ArticleSummary teaser : related) {
      teaser.canonicalUrl().ifPresent(url -> urls.putIfAbsent(teaser.id(), url));
    }
    Set<String> links = new LinkedHashSet<>();
    for (ArticleId pick : article.related()) {
      Optional.ofNullable(urls.get(pick)).ifPresent(url -> links.add(url.toString()));
    }
    putStrings(n, "relatedLink", links);
  }

  private void siteNode() {
    ObjectNode n = node("WebSite", ids.site());
    put(Group.SITE, n);
    n.put("url", ids.siteUrl());
    n.put("name", publication.name());
    publication.description().ifPresent(d -> n.put("description", d));
    publisherReference().ifPresent(ref -> n.set("publisher", ref));
  }

  /**
   * Adds what only the publisher says, its slogan and the tips address, to its node: the node
   * the directory's organisation makes, or one named after the publication if it holds none.
   */
  private void publisherNode() {
    if (publisher.isEmpty()) {
      return;
    }
    OrganisationId id = publisher.orElseThrow();
    String at = ids.entity(id);
    pending.remove(id);
    if (directory.organisation(id).isPresent()) {
      put(Group.PUBLISHER, organisationNode(directory.organisation(id).orElseThrow()));
    }
    ObjectNode n = nodes.get(Group.PUBLISHER).get(at);
    if (n == null) {
      n = node(Schema.NEWS_MEDIA_ORGANIZATION, at);
      n.put("name", publication.name());
      putStrings(n, "sameAs", sameAs(id, List.of()));
      put(Group.PUBLISHER, n);
    }
    if (publication.tagline().isPresent()) {
      n.put("slogan", publication.tagline().orElseThrow());
    }
    if (publication.logo().isPresent()) {
      n.set("logo", reference(ids.logo()));
      put(Group.PUBLISHER, imageNode(publication.logo().orElseThrow(), ids.logo()));
    }
    if (publication.tipsEmail().isPresent()) {
      ObjectNode contact = n.putObject("contactPoint");
      contact.put("@type", "ContactPoint");
      contact.put("contactType", "news tips");
      contact.put("email", publication.tipsEmail().orElseThrow());
    }
  }

  private Optional<ObjectNode> publisherReference() {
    if (publisher.isEmpty()) {
      return Optional.empty();
    }
    String at = ids.entity(publisher.orElseThrow());
    if (defined.add(at) && directory.organisation(publisher.orElseThrow()).isPresent()) {
      pending.add(publisher.orElseThrow());
    }
    return Optional.of(reference(at));
  }

  // ---------------------------------------------------------------- entities

  private void entityNode(EntityId id) {
    if (id instanceof PersonId person) {
      put(Group.PERSON, personNode(directory.person(person).orElseThrow()));
    } else if (id instanceof OrganisationId organisation) {
      put(Group.ORGANISATION, organisationNode(directory.organisation(organisation).orElseThrow()));
    } else if (id instanceof PlaceId place) {
      put(Group.PLACE, placeNode(directory.place(place).orElseThrow()));
    } else {
      put(Group.EVENT, eventNode(directory.event((EventId) id).orElseThrow()));
    }
  }

  private ObjectNode eventNode(Event event) {
    ObjectNode n = node(Schema.eventType(event.kind()), ids.entity(event.id()));
    n.put("name", event.name());
    // An array, as alternateName is on people, organisations and places: one shape per name.
    event.subtitle().ifPresent(s -> n.putArray("alternateName").add(event.name() + " – " + s));
    event.description().ifPresent(d -> n.put("description", d));
    event.url().ifPresent(u -> n.put("url", u.toString()));
    event.start().ifPresent(t -> n.put("startDate", t.toString()));
    event.end().ifPresent(t -> n.put("endDate", t.toString()));
    event.status().flatMap(Schema::eventStatus)
        .ifPresent(status -> n.set("eventStatus", reference(status)));
    event.attendanceMode().flatMap(Schema::attendanceMode)
        .ifPresent(mode -> n.set("eventAttendanceMode", reference(mode)));
    location(event).ifPresent(location -> n.set("location", location));
    event.parent().flatMap(parent -> ref(parent, null))
        .ifPresent(parent -> n.set("superEvent", parent));
    List<ObjectNode> parts = new ArrayList<>();
    for (EventId part : parts().getOrDefault(event.id(), List.of())) {
      ref(part, null).ifPresent(parts::add);
    }
    putArray(n, "subEvent", parts);
    Map<String, Map<String, ObjectNode>> roles = new LinkedHashMap<>();
    for (String property : List.of("performer", "attendee", "organizer", "sponsor", "funder",
        "contributor")) {
      roles.put(property, new LinkedHashMap<>());
    }
    for (Participant participant : event.participants()) {
      Optional<String> property = Schema.participantProperty(participant.role());
      Optional<ObjectNode> person = ref(participant.person(), null);
      if (property.isPresent() && person.isPresent()) {
        ObjectNode role = NODES.objectNode();
        role.put("@type", "Role");
        role.put("roleName", participant.role().value());
        role.set(property.orElseThrow(), person.orElseThrow());
        roles.get(property.orElseThrow())
            .putIfAbsent(participant.role().value() + " " + idOf(person.orElseThrow()), role);
      }
    }
    for (EventOrganisation organisation : event.organisations()) {
      Optional<String> property = Schema.organisationProperty(organisation.role());
      if (property.isPresent()) {
        ref(organisation.organisation(), null).ifPresent(ref ->
            roles.get(property.orElseThrow()).putIfAbsent(idOf(ref), ref));
      }
    }
    roles.forEach((property, values) -> putArray(n, property, List.copyOf(values.values())));
    List<ObjectNode> subjects = new ArrayList<>(tagged(event.tags()));
    subjects.addAll(terms(event.tags()));
    putArray(n, "about", subjects);
    event.gallery().ifPresent(gallery -> {
      ObjectNode subject = n.putObject("subjectOf");
      subject.put("@type", "ImageGallery");
      subject.put("url", gallery.toString());
    });
    putStrings(n, "sameAs", sameAs(event.id(), List.of()));
    return n;
  }

  /**
   * {@return each event's parts, as {@link Directory#partsOf} gives them}, indexed in one pass
   * over the directory's events when the graph first reaches an event, rather than one pass per
   * event
   */
  private Map<EventId, List<EventId>> parts() {
    if (parts == null) {
      Map<EventId, List<EventId>> index = new HashMap<>();
      for (Event e : directory.events()) {
        e.parent().ifPresent(p -> index.computeIfAbsent(p, k -> new ArrayList<>()).add(e.id()));
      }
      parts = index;
    }
    return parts;
  }

  /**
   * {@return the event's location}: its place, or a place named after its venue, which lies in
   * its place when it has both
   */
  private Optional<ObjectNode> location(Event event) {
    Optional<ObjectNode> place = event.place().flatMap(p -> ref(p, null));
    if (event.venue().isEmpty()) {
      return place;
    }
    ObjectNode venue = NODES.objectNode();
    venue.put("@type", "Place");
    venue.put("name", event.venue().orElseThrow());
    place.ifPresent(p -> venue.putArray("containedInPlace").add(p));
    return Optional.of(venue);
  }

  private ObjectNode personNode(Person person) {
    ObjectNode n = node("Person", ids.entity(person.id()));
    n.put("name", person.displayName());
    person.name().given().ifPresent(g -> n.put("givenName", g));
    person.name().family().ifPresent(f -> n.put("familyName", f));
    person.honorificPrefix().ifPresent(h -> n.put("honorificPrefix", h));
    person.honorificSuffix().ifPresent(h -> n.put("honorificSuffix", h));
    putArray(n, "alternateName", alternateNames(person.alternateNames()));
    person.url().ifPresent(url -> n.put("url", url.toString()));
    Set<String> titles = new LinkedHashSet<>();
    List<ObjectNode> worksFor = new ArrayList<>();
    List<ObjectNode> affiliations = new ArrayList<>();
    for (Position position : person.positions()) {
      titles.add(jobTitle(position));
      Optional<ObjectNode> organisation = position.organisation().flatMap(o -> ref(o, null));
      if (organisation.isPresent()) {
        ObjectNode role = NODES.objectNode();
        role.put("@type", "EmployeeRole");
        role.put("roleName", position.title());
        position.start().ifPresent(d -> role.put("startDate", d.toString()));
        position.end().ifPresent(d -> role.put("endDate", d.toString()));
        role.set("worksFor", organisation.orElseThrow());
        worksFor.add(role);
        affiliations.add(organisation.orElseThrow().deepCopy());
      }
    }
    putStrings(n, "jobTitle", titles);
    putArray(n, "worksFor", worksFor);
    putArray(n, "affiliation", distinct(affiliations));
    putStrings(n, "sameAs", sameAs(person.id(), person.sameAs()));
    return n;
  }

  /** {@return the post's title, and the jurisdiction it is held to: "Ambassador of Japan to Serbia"} */
  private String jobTitle(Position position) {
    return position.jurisdiction().flatMap(directory::place)
        .map(place -> position.title() + " to " + place.name())
        .orElse(position.title());
  }

  private ObjectNode organisationNode(Organisation organisation) {
    ObjectNode n = node(Schema.organisationType(organisation.kind()),
        ids.entity(organisation.id()));
    n.put("name", organisation.name());
    List<JsonNode> names = new ArrayList<>();
    organisation.acronym().ifPresent(a -> names.add(NODES.stringNode(a)));
    names.addAll(alternateNames(organisation.alternateNames()));
    putArray(n, "alternateName", names);
    organisation.website().ifPresent(w -> n.put("url", w.toString()));
    organisation.parent().flatMap(parent -> ref(parent, null))
        .ifPresent(parent -> n.set("parentOrganization", parent));
    putStrings(n, "sameAs", sameAs(organisation.id(), organisation.sameAs()));
    return n;
  }

  private ObjectNode placeNode(Place place) {
    ObjectNode n = node(Schema.placeType(place.kind()), ids.entity(place.id()));
    n.put("name", place.name());
    putArray(n, "alternateName", alternateNames(place.alternateNames()));
    place.countryCode().ifPresent(code -> {
      ObjectNode identifier = n.putObject("identifier");
      identifier.put("@type", "PropertyValue");
      identifier.put("propertyID", "ISO 3166-1 alpha-2");
      identifier.put("value", code);
    });
    List<ObjectNode> outer = new ArrayList<>();
    for (PlaceId container : place.containedIn()) {
      ref(container, null).ifPresent(outer::add);
    }
    putArray(n, "containedInPlace", distinct(outer));
    putStrings(n, "sameAs", sameAs(place.id(), place.sameAs()));
    return n;
  }

  // ---------------------------------------------------------------- references

  /**
   * {@return a reference to the entity's node}, queueing the node if the directory holds it;
   * else a reference to a node with only its type and this name, or nothing without a name
   */
  private Optional<ObjectNode> ref(EntityId id, @Nullable String name) {
    String at = ids.entity(id);
    if (defined.contains(at)) {
      return Optional.of(reference(at));
    }
    if (inDirectory(id)) {
      defined.add(at);
      pending.add(id);
      return Optional.of(reference(at));
    }
    if (name == null) {
      return Optional.empty();
    }
    defined.add(at);
    ObjectNode n = node(minimalType(id), at);
    n.put("name", name);
    putStrings(n, "sameAs", sameAs(id, List.of()));
    put(group(id), n);
    return Optional.of(reference(at));
  }

  private boolean inDirectory(EntityId id) {
    if (id instanceof PersonId person) {
      return directory.person(person).isPresent();
    } else if (id instanceof OrganisationId organisation) {
      return directory.organisation(organisation).isPresent();
    } else if (id instanceof PlaceId place) {
      return directory.place(place).isPresent();
    }
    return directory.event((EventId) id).isPresent();
  }

  private String minimalType(EntityId id) {
    if (id instanceof PersonId) {
      return "Person";
    } else if (id instanceof OrganisationId) {
      return publisher.map(id::equals).orElse(false)
          ? Schema.NEWS_MEDIA_ORGANIZATION : "Organization";
    } else if (id instanceof PlaceId) {
      return "Place";
    }
    return "Event";
  }

  private Group group(EntityId id) {
    if (id instanceof PersonId) {
      return Group.PERSON;
    } else if (id instanceof OrganisationId) {
      return publisher.map(id::equals).orElse(false) ? Group.PUBLISHER : Group.ORGANISATION;
    } else if (id instanceof PlaceId) {
      return Group.PLACE;
    }
    return Group.EVENT;
  }

  /** {@return references to the entities the tags stand for, each once} */
  private List<ObjectNode> tagged(List<Tag> tags) {
    List<ObjectNode> references = new ArrayList<>();
    for (Tag tag : tags) {
      tag.entity().flatMap(entity -> ref(entity, tag.label())).ifPresent(references::add);
    }
    return distinct(references);
  }

  /** {@return the label of the article's first tag that stands for this event, if any} */
  private @Nullable String tagLabel(EventId event) {
    for (Tag tag : article.tags()) {
      if (tag.entity().map(event::equals).orElse(false)) {
        return tag.label();
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- values

  private String dateTime(Instant instant) {
    return DATE_TIME.format(instant.atZone(zone).toOffsetDateTime());
  }

  private static List<JsonNode> alternateNames(List<AlternateName> names) {
    List<JsonNode> values = new ArrayList<>();
    for (AlternateName name : names) {
      ObjectNode value = NODES.objectNode();
      value.put("@value", name.name());
      value.put("@language", name.language());
      values.add(value);
    }
    return values;
  }

  private static Set<String> urls(List<URI> uris) {
    Set<String> urls = new LinkedHashSet<>();
    uris.forEach(uri -> urls.add(uri.toString()));
    return urls;
  }

  /**
   * {@return the entity's {@code sameAs}: its own, then the concepts of the tags that stand for
   * it (the article's and its events'), once each}
   */
  private Set<String> sameAs(EntityId id, List<URI> own) {
    Set<String> urls = urls(own);
    urls.addAll(concepts().getOrDefault(id, Set.of()));
    return urls;
  }

  /**
   * {@return the concepts of the tags that stand for each entity}: a tag's concept is the
   * entity's identity in a shared vocabulary (Wikidata's Serbia), so it is the entity's {@code
   * sameAs}. Indexed in one pass over the article's tags and the directory's events' tags, the
   * article's first, when the graph first needs one.
   */
  private Map<EntityId, Set<String>> concepts() {
    if (concepts == null) {
      Map<EntityId, Set<String>> index = new HashMap<>();
      List<Tag> tags = new ArrayList<>(article.tags());
      directory.events().forEach(e -> tags.addAll(e.tags()));
      for (Tag tag : tags) {
        if (tag.entity().isPresent() && tag.concept().isPresent()) {
          index.computeIfAbsent(tag.entity().orElseThrow(), k -> new LinkedHashSet<>())
              .add(tag.concept().orElseThrow().toString());
        }
      }
      concepts = index;
    }
    return concepts;
  }

  private void put(Group group, ObjectNode node) {
    String at = idOf(node);
    defined.add(at);
    nodes.get(group).put(at, node);
  }

  private static ObjectNode node(String type, String id) {
    ObjectNode n = NODES.objectNode();
    n.put("@type", type);
    n.put("@id", id);
    return n;
  }

  private static ObjectNode reference(String id) {
    ObjectNode n = NODES.objectNode();
    n.put("@id", id);
    return n;
  }

  private static String idOf(ObjectNode node) {
    return node.get("@id").asString();
  }

  /** {@return a key that tells values apart: the {@code @id}, else the node's own text} */
  private static String key(ObjectNode node) {
    return node.has("@id") ? idOf(node) : node.toString();
  }

  private static List<ObjectNode> distinct(List<ObjectNode> references) {
    Map<String, ObjectNode> byKey = new LinkedHashMap<>();
    references.forEach(r -> byKey.putIfAbsent(key(r), r));
    return List.copyOf(byKey.values());
  }

  private static void putArray(ObjectNode n, String property, List<? extends JsonNode> values) {
    if (!values.isEmpty()) {
      ArrayNode array = n.putArray(property);
      values.forEach(array::add);
    }
  }

  private static void putStrings(ObjectNode n, String property, Set<String> values) {
    if (!values.isEmpty()) {
      ArrayNode array = n.putArray(property);
      values.forEach(array::add);
    }
  }
}
