package dev.masthead.codec.wire;

import static dev.masthead.model.ContentLimits.BLOCKS;
import static dev.masthead.model.ContentLimits.ITEMS;

import dev.masthead.internal.Formats;
import dev.masthead.internal.TextFormat;
import dev.masthead.internal.TextKind;
import dev.masthead.model.AlternateName;
import dev.masthead.model.AlternativeHeadline;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.AttendanceMode;
import dev.masthead.model.Block;
import dev.masthead.model.CallToAction;
import dev.masthead.model.CallToActionKind;
import dev.masthead.model.ContentLimits;
import dev.masthead.model.Contributor;
import dev.masthead.model.ContributorRole;
import dev.masthead.model.Directory;
import dev.masthead.model.EntityId;
import dev.masthead.model.Event;
import dev.masthead.model.EventId;
import dev.masthead.model.EventKind;
import dev.masthead.model.EventOrganisation;
import dev.masthead.model.EventStatus;
import dev.masthead.model.EventTime;
import dev.masthead.model.Genre;
import dev.masthead.model.Heading;
import dev.masthead.model.HeadlineRole;
import dev.masthead.model.Identifier;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.LinkBlock;
import dev.masthead.model.LinkKind;
import dev.masthead.model.Mark;
import dev.masthead.model.NameOrder;
import dev.masthead.model.Organisation;
import dev.masthead.model.OrganisationId;
import dev.masthead.model.OrganisationKind;
import dev.masthead.model.OrganisationRole;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Participant;
import dev.masthead.model.ParticipantRole;
import dev.masthead.model.Person;
import dev.masthead.model.PersonId;
import dev.masthead.model.PersonName;
import dev.masthead.model.Place;
import dev.masthead.model.PlaceId;
import dev.masthead.model.PlaceKind;
import dev.masthead.model.Position;
import dev.masthead.model.Publication;
import dev.masthead.model.Quote;
import dev.masthead.model.RawJson;
import dev.masthead.model.Rights;
import dev.masthead.model.Span;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import dev.masthead.model.UnknownBlock;
import dev.masthead.model.VocabularyTerm;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The wire format: what the JSON of every model type is, properties in the order they are
 * written. This class is the single place that says what Masthead's JSON looks like, on every
 * JSON library; {@code docs/wire-format.md} and the JSON Schema are written from it. The rules of text and string
 * formats are not restated here: they come from core's {@code dev.masthead.internal} ({@code
 * TextKind}, {@code Formats}, {@code ExtensionNames}), where the model's validation takes them
 * from too.
 */
public final class WireTable {
  private WireTable() {}

  // ---- Scalars ----

  static final TextType<String> STRING = TextType.of(s -> s, s -> s);
  static final TextType<String> LINE = text(TextKind.line(ContentLimits.LINE));
  static final TextType<String> HEADLINE = text(TextKind.line(ContentLimits.HEADLINE));
  static final TextType<String> TEXT = text(TextKind.text(ContentLimits.TEXT));
  static final TextType<String> ALT_TEXT = text(TextKind.textMayBeBlank(ContentLimits.TEXT));
  static final TextType<String> SPAN_TEXT =
      text(TextKind.nonEmptyTextMayBeBlank(ContentLimits.PARAGRAPH));
  static final TextType<String> SLUG = STRING.withSchema(Formats.SLUG.schema());
  static final TextType<String> EMAIL = STRING.withSchema(Formats.EMAIL.schema());
  static final TextType<String> LANGUAGE = STRING.withSchema(Formats.LANGUAGE.schema());
  static final TextType<String> COUNTRY_CODE = STRING.withSchema(Formats.COUNTRY_CODE.schema());

  /** Free text: the model checks it; the schema says the same from the same definition. */
  private static TextType<String> text(TextKind kind) {
    return STRING.withSchema(kind.schema());
  }

  /** What a document's integers are read into: a 32-bit int. */
  private static final IntType INT = IntType.INT;

  static final IntType PIXELS = INT.withSchema("minimum", 1, "maximum", Integer.MAX_VALUE);

  static final IntType REVISION = INT.withSchema("minimum", 1, "maximum", Integer.MAX_VALUE);

  static final TextType<Instant> INSTANT = TextType.of(Formats.INSTANT,
      // RFC 3339 exactly (the format), then read by Java, which converts an offset to UTC.
      text -> OffsetDateTime.parse(text).toInstant(),
      DateTimeFormatter.ISO_INSTANT::format);

  static final TextType<LocalDate> DATE =
      TextType.of(Formats.DATE, LocalDate::parse, LocalDate::toString);

  static final TextType<URI> URL = TextType.of(
      text -> {
        try {
          return new URI(text);
        } catch (URISyntaxException e) {
          // Not a URI at all: the format says why (every URL it accepts is a URI).
          String rule = Formats.URL.problem(text);
          throw new TextType.Unparseable(rule != null ? rule : "must be a URI");
        }
      },
      URI::toString)
      .withSchema(Formats.URL.schema());

  static final TextType<ZoneId> ZONE =
      TextType.of(Formats.TIME_ZONE, ZoneId::of, ZoneId::getId);

  static final TextType<EventTime> EVENT_TIME = TextType.of(EventTime::parse,
      EventTime::toString).withSchema(Formats.EVENT_TIME.schema());

  static final TextType<NameOrder> NAME_ORDER = TextType.of(
      text -> switch (text) {
        case "given-first" -> NameOrder.GIVEN_FIRST;
        case "family-first" -> NameOrder.FAMILY_FIRST;
        default -> throw new TextType.Unparseable("must be \"given-first\" or \"family-first\"");
      },
      order -> order == NameOrder.GIVEN_FIRST ? "given-first" : "family-first",
      "enum", List.of("given-first", "family-first"));

  private static <T extends Identifier> TextType<T> id(Function<String, T> of) {
    return TextType.ofChecking(Formats.ID, of, Identifier::value);
  }

  static final TextType<ArticleId> ARTICLE_ID = id(ArticleId::of);
  static final TextType<EventId> EVENT_ID = id(EventId::of);
  static final TextType<PersonId> PERSON_ID = id(PersonId::of);
  static final TextType<OrganisationId> ORGANISATION_ID = id(OrganisationId::of);
  static final TextType<PlaceId> PLACE_ID = id(PlaceId::of);
  static final TextType<TagId> TAG_ID = id(TagId::of);

  private static <T extends VocabularyTerm> TextType<T> term(Function<String, T> of,
      Set<T> known) {
    List<String> examples = new ArrayList<>(new TreeSet<>(
        known.stream().map(VocabularyTerm::value).toList()));
    return TextType.ofChecking(Formats.TERM, of, VocabularyTerm::value)
        .withSchema("examples", examples);
  }

  static final TextType<TagKind> TAG_KIND = term(TagKind::of, TagKind.knownValues());
  static final TextType<EventKind> EVENT_KIND = term(EventKind::of, EventKind.knownValues());
  static final TextType<OrganisationKind> ORGANISATION_KIND =
      term(OrganisationKind::of, OrganisationKind.knownValues());
  static final TextType<OrganisationRole> ORGANISATION_ROLE =
      term(OrganisationRole::of, OrganisationRole.knownValues());
  static final TextType<ParticipantRole> PARTICIPANT_ROLE =
      term(ParticipantRole::of, ParticipantRole.knownValues());
  static final TextType<PlaceKind> PLACE_KIND = term(PlaceKind::of, PlaceKind.knownValues());
  static final TextType<ContributorRole> CONTRIBUTOR_ROLE =
      term(ContributorRole::of, ContributorRole.knownValues());
  static final TextType<Mark> MARK = term(Mark::of, Mark.knownValues());
  static final TextType<LinkKind> LINK_KIND = term(LinkKind::of, LinkKind.knownValues());
  static final TextType<CallToActionKind> CALL_TO_ACTION_KIND =
      term(CallToActionKind::of, CallToActionKind.knownValues());
  static final TextType<Genre> GENRE = term(Genre::of, Genre.knownValues());
  static final TextType<HeadlineRole> HEADLINE_ROLE =
      term(HeadlineRole::of, HeadlineRole.knownValues());
  static final TextType<EventStatus> EVENT_STATUS =
      term(EventStatus::of, EventStatus.knownValues());
  static final TextType<AttendanceMode> ATTENDANCE_MODE =
      term(AttendanceMode::of, AttendanceMode.knownValues());

  // ---- Objects, in dependency order ----

  /** The kinds of tag that stand for an entity: the others have none. */
  private static final List<String> ENTITY_TAG_KINDS = List.of(TagKind.PERSON.value(),
      TagKind.ORGANISATION.value(), TagKind.PLACE.value(), TagKind.EVENT.value());

  /** The schema of an object in which the property is present and not null. */
  private static Map<String, Object> present(String property) {
    return ordered("required", List.of(property),
        "properties", Map.of(property, Map.of("not", Map.of("type", "null"))));
  }

  /** A schema's keywords in the order given: the schema files are written in it. */
  private static Map<String, Object> ordered(Object... keyValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      map.put((String) keyValues[i], keyValues[i + 1]);
    }
    return map;
  }

  static final ObjectType<Rights, Rights.Builder> RIGHTS = ObjectType
      .define("Rights", "Who holds the copyright, the notice to show, and the licence.",
          Rights::builder, Rights.Builder::build)
      .optional("copyrightHolder", Rights::copyrightHolder, Rights.Builder::copyrightHolder,
          LINE)
      .optional("copyrightNotice", Rights::copyrightNotice, Rights.Builder::copyrightNotice,
          TEXT)
      .optional("licence", Rights::licence, Rights.Builder::licence, URL)
      .rule("anyOf", List.of(present("copyrightHolder"), present("copyrightNotice"),
          present("licence")))
      .extensions(Rights::extensions, Rights.Builder::putExtension);

  static final ObjectType<Image, Image.Builder> IMAGE = ObjectType
      .define("Image", "A picture with its alternative text, caption, credit, rights and size.",
          Image::builder, Image.Builder::build)
      .required("url", Image::url, Image.Builder::url, URL)
      .required("altText", Image::altText, Image.Builder::altText, ALT_TEXT)
      .optional("caption", Image::caption, Image.Builder::caption, TEXT)
      .optional("credit", Image::credit, Image.Builder::credit, LINE)
      .optional("rights", Image::rights, Image.Builder::rights, RIGHTS)
      .optionalInt("width", Image::width, Image.Builder::width, PIXELS)
      .optionalInt("height", Image::height, Image.Builder::height, PIXELS)
      .uniqueList("depicted", Image::depicted, Image.Builder::addDepicted, PERSON_ID, ITEMS)
      .extensions(Image::extensions, Image.Builder::putExtension);

  static final ObjectType<Span, Span.Builder> SPAN = ObjectType
      .define("Span", "A run of text in a paragraph, with its marks and an optional link.",
          Span::builder, Span.Builder::build)
      .required("text", Span::text, Span.Builder::text, SPAN_TEXT)
      .uniqueList("marks", Span::marks, Span.Builder::addMark, MARK, ITEMS)
      .optional("link", Span::link, Span.Builder::link, URL)
      .extensions(Span::extensions, Span.Builder::putExtension);

  static final ObjectType<Paragraph, Paragraph.Builder> PARAGRAPH = ObjectType
      .define("Paragraph", "A paragraph: runs of text.", Paragraph::builder,
          Paragraph.Builder::build)
      .discriminator(Paragraph.TYPE)
      // At least one span, and not all of them blank.
      .nonEmptyList("content", Paragraph::content, Paragraph.Builder::addContent, SPAN, ITEMS,
          Map.of("contains", ordered("required", List.of("text"), "properties",
              Map.of("text", ordered("type", "string", "not", TextKind.notBlank())))))
      .extensions(Paragraph::extensions, Paragraph.Builder::putExtension);

  static final ObjectType<Heading, Heading.Builder> HEADING = ObjectType
      .define("Heading", "A sub-heading in the body, level 2 to 6.", Heading::builder,
          Heading.Builder::build)
      .discriminator(Heading.TYPE)
      .required("text", Heading::text, Heading.Builder::text, HEADLINE)
      .defaulted("level", Heading::level, Heading.Builder::level,
          INT.withSchema("minimum", Heading.MIN_LEVEL,
              "maximum", Heading.MAX_LEVEL), Heading.MIN_LEVEL)
      .extensions(Heading::extensions, Heading.Builder::putExtension);

  static final ObjectType<Quote, Quote.Builder> QUOTE = ObjectType
      .define("Quote", "A quotation with its speaker or a free attribution.", Quote::builder,
          Quote.Builder::build)
      .discriminator(Quote.TYPE)
      .required("text", Quote::text, Quote.Builder::text, TEXT)
      .optional("speaker", Quote::speaker, Quote.Builder::speaker, PERSON_ID)
      .optional("attribution", Quote::attribution, Quote.Builder::attribution, LINE)
      .extensions(Quote::extensions, Quote.Builder::putExtension);

  static final ObjectType<ImageBlock, ImageBlock.Builder> IMAGE_BLOCK = ObjectType
      .define("ImageBlock", "An image in the body.", ImageBlock::builder,
          ImageBlock.Builder::build)
      .discriminator(ImageBlock.TYPE)
      .required("image", ImageBlock::image, ImageBlock.Builder::image, IMAGE)
      .extensions(ImageBlock::extensions, ImageBlock.Builder::putExtension);

  static final ObjectType<LinkBlock, LinkBlock.Builder> LINK_BLOCK = ObjectType
      .define("LinkBlock", "A link set apart in the body, e.g. to a photo gallery.",
          LinkBlock::builder, LinkBlock.Builder::build)
      .discriminator(LinkBlock.TYPE)
      .required("text", LinkBlock::text, LinkBlock.Builder::text, TEXT)
      .required("url", LinkBlock::url, LinkBlock.Builder::url, URL)
      .defaulted("kind", LinkBlock::kind, LinkBlock.Builder::kind, LINK_KIND,
          LinkKind.LINK.value())
      .optional("event", LinkBlock::event, LinkBlock.Builder::event, EVENT_ID)
      .extensions(LinkBlock::extensions, LinkBlock.Builder::putExtension);

  static final ObjectType<CallToAction, CallToAction.Builder> CALL_TO_ACTION = ObjectType
      .define("CallToAction", "An invitation that ends in an e-mail address or a URL.",
          CallToAction::builder, CallToAction.Builder::build)
      .discriminator(CallToAction.TYPE)
      .required("kind", CallToAction::kind, CallToAction.Builder::kind, CALL_TO_ACTION_KIND)
      .required("text", CallToAction::text, CallToAction.Builder::text, TEXT)
      .optional("email", CallToAction::email, CallToAction.Builder::email, EMAIL)
      .optional("url", CallToAction::url, CallToAction.Builder::url, URL)
      .rule("oneOf", List.of(present("email"), present("url")))
      .extensions(CallToAction::extensions, CallToAction.Builder::putExtension);

  static final ObjectType<UnknownBlock, UnknownBlock.Builder> UNKNOWN_BLOCK = ObjectType
      .define("UnknownBlock", "A block of a type this version does not know, kept whole.",
          UnknownBlock::builder, UnknownBlock.Builder::build)
      .typeProperty(UnknownBlock::type, UnknownBlock.Builder::type,
          STRING.withSchema(Formats.TERM.schema()))
      .extensions(UnknownBlock::extensions, UnknownBlock.Builder::putExtension);

  /** The block types, one entry each: the table a body block's {@code type} is looked up in. */
  static final BlockTypes BLOCK = new BlockTypes(
      List.of(PARAGRAPH, HEADING, QUOTE, IMAGE_BLOCK, LINK_BLOCK, CALL_TO_ACTION), UNKNOWN_BLOCK);

  static final ObjectType<Tag, TagDraft> TAG = ObjectType
      .define("Tag", "A tag: id, kind, label, the entity and the concept it stands for.",
          TagDraft::new,
          TagDraft::build)
      .required("id", Tag::id, (d, v) -> d.builder.id(v), TAG_ID)
      .required("kind", Tag::kind, (d, v) -> {
        d.kind = v;
        d.builder.kind(v);
      }, TAG_KIND)
      .required("label", Tag::label, (d, v) -> d.builder.label(v), LINE)
      .optional("entity", t -> t.entity().map(EntityId::value), (d, v) -> d.entity = v,
          STRING.withSchema(Formats.ID.schema()).withSchema(
              "description", "the id of the person, organisation, place or event the tag"
                  + " stands for, typed by the tag's kind"))
      .optional("concept", Tag::concept, (d, v) -> d.builder.concept(v), URL)
      // Only an entity tag stands for an entity.
      .rule("if", ordered("required", List.of("kind"), "properties", Map.of("kind",
          Map.of("not", Map.of("enum", ENTITY_TAG_KINDS)))))
      .rule("then", Map.of("properties", Map.of("entity", Map.of("type", "null"))))
      .extensions(Tag::extensions, (d, n, v) -> d.builder.putExtension(n, v));

  static final ObjectType<Contributor, Contributor.Builder> CONTRIBUTOR = ObjectType
      .define("Contributor", "Someone credited in a byline.", Contributor::builder,
          Contributor.Builder::build)
      .optional("person", Contributor::person, Contributor.Builder::person, PERSON_ID)
      .optional("name", Contributor::name, Contributor.Builder::name, LINE)
      .defaulted("role", Contributor::role, Contributor.Builder::role, CONTRIBUTOR_ROLE,
          ContributorRole.AUTHOR.value())
      .rule("anyOf", List.of(present("person"), present("name")))
      .extensions(Contributor::extensions, Contributor.Builder::putExtension);

  static final ObjectType<AlternativeHeadline, AlternativeHeadline.Builder>
      ALTERNATIVE_HEADLINE = ObjectType
          .define("AlternativeHeadline", "Another headline of an article, for a use.",
              AlternativeHeadline::builder, AlternativeHeadline.Builder::build)
          .required("text", AlternativeHeadline::text, AlternativeHeadline.Builder::text,
              HEADLINE)
          .optional("role", AlternativeHeadline::role, AlternativeHeadline.Builder::role,
              HEADLINE_ROLE)
          .extensions(AlternativeHeadline::extensions, AlternativeHeadline.Builder::putExtension);

  static final ObjectType<Article, Article.Builder> ARTICLE = ObjectType
      .define("Article", "An article.", Article::builder, Article.Builder::build)
      .required("id", Article::id, Article.Builder::id, ARTICLE_ID)
      .required("slug", Article::slug, Article.Builder::slug, SLUG)
      .required("headline", Article::headline, Article.Builder::headline, HEADLINE)
      .list("alternativeHeadlines", Article::alternativeHeadlines,
          Article.Builder::addAlternativeHeadline, ALTERNATIVE_HEADLINE, ITEMS)
      .optional("standfirst", Article::standfirst, Article.Builder::standfirst, TEXT)
      .list("body", Article::body, Article.Builder::addBody, BLOCK, BLOCKS)
      .required("published", Article::published, Article.Builder::published, INSTANT)
      .optional("updated", Article::updated, Article.Builder::updated, INSTANT)
      .optionalInt("revision", Article::revision, Article.Builder::revision, REVISION)
      .required("language", Article::language, Article.Builder::language, LANGUAGE)
      .optional("section", Article::section, Article.Builder::section, LINE)
      .uniqueList("genres", Article::genres, Article.Builder::addGenre, GENRE, ITEMS)
      .list("tags", Article::tags, Article.Builder::addTag, TAG, ITEMS)
      .list("byline", Article::byline, Article.Builder::addByline, CONTRIBUTOR, ITEMS)
      .optional("leadImage", Article::leadImage, Article.Builder::leadImage, IMAGE)
      .optional("canonicalUrl", Article::canonicalUrl, Article.Builder::canonicalUrl, URL)
      .optional("rights", Article::rights, Article.Builder::rights, RIGHTS)
      .uniqueList("related", Article::related, Article.Builder::addRelated, ARTICLE_ID, ITEMS)
      .uniqueList("events", Article::events, Article.Builder::addEvent, EVENT_ID, ITEMS)
      .extensions(Article::extensions, Article.Builder::putExtension);

  static final ObjectType<ArticleSummary, ArticleSummary.Builder> ARTICLE_SUMMARY = ObjectType
      .define("ArticleSummary", "The teaser of an article.", ArticleSummary::builder,
          ArticleSummary.Builder::build)
      .required("id", ArticleSummary::id, ArticleSummary.Builder::id, ARTICLE_ID)
      .required("slug", ArticleSummary::slug, ArticleSummary.Builder::slug, SLUG)
      .required("headline", ArticleSummary::headline, ArticleSummary.Builder::headline,
          HEADLINE)
      .optional("excerpt", ArticleSummary::excerpt, ArticleSummary.Builder::excerpt, TEXT)
      .required("published", ArticleSummary::published, ArticleSummary.Builder::published,
          INSTANT)
      .optional("section", ArticleSummary::section, ArticleSummary.Builder::section, LINE)
      .optional("image", ArticleSummary::image, ArticleSummary.Builder::image, IMAGE)
      .list("tags", ArticleSummary::tags, ArticleSummary.Builder::addTag, TAG, ITEMS)
      .optional("canonicalUrl", ArticleSummary::canonicalUrl,
          ArticleSummary.Builder::canonicalUrl, URL)
      .extensions(ArticleSummary::extensions, ArticleSummary.Builder::putExtension);

  static final ObjectType<Position, Position.Builder> POSITION = ObjectType
      .define("Position", "A post a person holds or held.", Position::builder,
          Position.Builder::build)
      .required("title", Position::title, Position.Builder::title, LINE)
      .optional("organisation", Position::organisation, Position.Builder::organisation,
          ORGANISATION_ID)
      .optional("jurisdiction", Position::jurisdiction, Position.Builder::jurisdiction,
          PLACE_ID)
      .optional("start", Position::start, Position.Builder::start, DATE)
      .optional("end", Position::end, Position.Builder::end, DATE)
      .extensions(Position::extensions, Position.Builder::putExtension);

  static final ObjectType<Participant, Participant.Builder> PARTICIPANT = ObjectType
      .define("Participant", "A person taking part in an event, in a role.",
          Participant::builder, Participant.Builder::build)
      .required("person", Participant::person, Participant.Builder::person, PERSON_ID)
      .required("role", Participant::role, Participant.Builder::role, PARTICIPANT_ROLE)
      .optional("position", Participant::position, Participant.Builder::position, POSITION)
      .extensions(Participant::extensions, Participant.Builder::putExtension);

  static final ObjectType<EventOrganisation, EventOrganisation.Builder> EVENT_ORGANISATION =
      ObjectType
          .define("EventOrganisation", "An organisation's part in an event.",
              EventOrganisation::builder, EventOrganisation.Builder::build)
          .required("organisation", EventOrganisation::organisation,
              EventOrganisation.Builder::organisation, ORGANISATION_ID)
          .required("role", EventOrganisation::role, EventOrganisation.Builder::role,
              ORGANISATION_ROLE)
          .extensions(EventOrganisation::extensions, EventOrganisation.Builder::putExtension);

  static final ObjectType<Event, Event.Builder> EVENT = ObjectType
      .define("Event", "An event: a conference, a session, a visit, a signing.",
          Event::builder, Event.Builder::build)
      .required("id", Event::id, Event.Builder::id, EVENT_ID)
      .required("name", Event::name, Event.Builder::name, LINE)
      .optional("subtitle", Event::subtitle, Event.Builder::subtitle, LINE)
      .required("kind", Event::kind, Event.Builder::kind, EVENT_KIND)
      .optional("status", Event::status, Event.Builder::status, EVENT_STATUS)
      .optional("attendanceMode", Event::attendanceMode, Event.Builder::attendanceMode,
          ATTENDANCE_MODE)
      .optional("start", Event::start, Event.Builder::start, EVENT_TIME)
      .optional("end", Event::end, Event.Builder::end, EVENT_TIME)
      .optional("place", Event::place, Event.Builder::place, PLACE_ID)
      .optional("venue", Event::venue, Event.Builder::venue, LINE)
      .optional("parent", Event::parent, Event.Builder::parent, EVENT_ID)
      .list("participants", Event::participants, Event.Builder::addParticipant, PARTICIPANT,
          ITEMS)
      .list("organisations", Event::organisations, Event.Builder::addOrganisation,
          EVENT_ORGANISATION, ITEMS)
      .optional("gallery", Event::gallery, Event.Builder::gallery, URL)
      .optional("url", Event::url, Event.Builder::url, URL)
      .optional("description", Event::description, Event.Builder::description, TEXT)
      .list("tags", Event::tags, Event.Builder::addTag, TAG, ITEMS)
      .extensions(Event::extensions, Event.Builder::putExtension);

  static final ObjectType<PersonName, PersonName.Builder> PERSON_NAME = ObjectType
      .define("PersonName", "A person's name in parts.", PersonName::builder,
          PersonName.Builder::build)
      .optional("given", PersonName::given, PersonName.Builder::given, LINE)
      .optional("family", PersonName::family, PersonName.Builder::family, LINE)
      .defaulted("order", PersonName::order, PersonName.Builder::order, NAME_ORDER,
          "given-first")
      .rule("anyOf", List.of(present("given"), present("family")))
      .extensions(PersonName::extensions, PersonName.Builder::putExtension);

  static final ObjectType<AlternateName, AlternateName.Builder> ALTERNATE_NAME = ObjectType
      .define("AlternateName", "A name in another language or script.",
          AlternateName::builder, AlternateName.Builder::build)
      .required("name", AlternateName::name, AlternateName.Builder::name, LINE)
      .required("language", AlternateName::language, AlternateName.Builder::language, LANGUAGE)
      .extensions(AlternateName::extensions, AlternateName.Builder::putExtension);

  static final ObjectType<Person, Person.Builder> PERSON = ObjectType
      .define("Person", "A person.", Person::builder, Person.Builder::build)
      .required("id", Person::id, Person.Builder::id, PERSON_ID)
      .required("name", Person::name, Person.Builder::name, PERSON_NAME)
      .optional("honorificPrefix", Person::honorificPrefix, Person.Builder::honorificPrefix,
          LINE)
      .optional("honorificSuffix", Person::honorificSuffix, Person.Builder::honorificSuffix,
          LINE)
      .list("positions", Person::positions, Person.Builder::addPosition, POSITION, ITEMS)
      .list("alternateNames", Person::alternateNames, Person.Builder::addAlternateName,
          ALTERNATE_NAME, ITEMS)
      .optional("url", Person::url, Person.Builder::url, URL)
      .uniqueList("sameAs", Person::sameAs, Person.Builder::addSameAs, URL, ITEMS)
      .extensions(Person::extensions, Person.Builder::putExtension);

  static final ObjectType<Organisation, Organisation.Builder> ORGANISATION = ObjectType
      .define("Organisation", "An organisation.", Organisation::builder,
          Organisation.Builder::build)
      .required("id", Organisation::id, Organisation.Builder::id, ORGANISATION_ID)
      .required("name", Organisation::name, Organisation.Builder::name, LINE)
      .optional("acronym", Organisation::acronym, Organisation.Builder::acronym, LINE)
      .required("kind", Organisation::kind, Organisation.Builder::kind, ORGANISATION_KIND)
      .optional("country", Organisation::country, Organisation.Builder::country, PLACE_ID)
      .optional("website", Organisation::website, Organisation.Builder::website, URL)
      .optional("parent", Organisation::parent, Organisation.Builder::parent, ORGANISATION_ID)
      .list("alternateNames", Organisation::alternateNames,
          Organisation.Builder::addAlternateName, ALTERNATE_NAME, ITEMS)
      .uniqueList("sameAs", Organisation::sameAs, Organisation.Builder::addSameAs, URL, ITEMS)
      .extensions(Organisation::extensions, Organisation.Builder::putExtension);

  static final ObjectType<Place, Place.Builder> PLACE = ObjectType
      .define("Place", "A place: a region, a country, a city, a venue.", Place::builder,
          Place.Builder::build)
      .required("id", Place::id, Place.Builder::id, PLACE_ID)
      .required("name", Place::name, Place.Builder::name, LINE)
      .required("kind", Place::kind, Place.Builder::kind, PLACE_KIND)
      .optional("countryCode", Place::countryCode, Place.Builder::countryCode,
          COUNTRY_CODE)
      .uniqueList("containedIn", Place::containedIn, Place.Builder::addContainedIn, PLACE_ID,
          ITEMS)
      .list("alternateNames", Place::alternateNames, Place.Builder::addAlternateName,
          ALTERNATE_NAME, ITEMS)
      .uniqueList("sameAs", Place::sameAs, Place.Builder::addSameAs, URL, ITEMS)
      .extensions(Place::extensions, Place.Builder::putExtension);

  static final ObjectType<Publication, Publication.Builder> PUBLICATION = ObjectType
      .define("Publication", "The publication content appears in.", Publication::builder,
          Publication.Builder::build)
      .required("name", Publication::name, Publication.Builder::name, LINE)
      .optional("tagline", Publication::tagline, Publication.Builder::tagline, LINE)
      .optional("description", Publication::description, Publication.Builder::description,
          TEXT)
      .required("url", Publication::url, Publication.Builder::url, URL)
      .optional("logo", Publication::logo, Publication.Builder::logo, IMAGE)
      .optional("tipsEmail", Publication::tipsEmail, Publication.Builder::tipsEmail, EMAIL)
      .optional("publisher", Publication::publisher, Publication.Builder::publisher,
          ORGANISATION_ID)
      .optional("timeZone", Publication::timeZone, Publication.Builder::timeZone, ZONE)
      .extensions(Publication::extensions, Publication.Builder::putExtension);

  /** {@return every value type, by the model type it describes} */
  public static Map<Class<?>, ValueType<?>> all() {
    Map<Class<?>, ValueType<?>> all = new LinkedHashMap<>();
    all.put(Article.class, ARTICLE);
    all.put(ArticleSummary.class, ARTICLE_SUMMARY);
    all.put(Block.class, BLOCK);
    all.put(Paragraph.class, PARAGRAPH);
    all.put(Span.class, SPAN);
    all.put(Heading.class, HEADING);
    all.put(Quote.class, QUOTE);
    all.put(ImageBlock.class, IMAGE_BLOCK);
    all.put(LinkBlock.class, LINK_BLOCK);
    all.put(CallToAction.class, CALL_TO_ACTION);
    all.put(UnknownBlock.class, UNKNOWN_BLOCK);
    all.put(Rights.class, RIGHTS);
    all.put(Image.class, IMAGE);
    all.put(Tag.class, TAG);
    all.put(Contributor.class, CONTRIBUTOR);
    all.put(AlternativeHeadline.class, ALTERNATIVE_HEADLINE);
    all.put(Event.class, EVENT);
    all.put(Participant.class, PARTICIPANT);
    all.put(EventOrganisation.class, EVENT_ORGANISATION);
    all.put(Position.class, POSITION);
    all.put(Person.class, PERSON);
    all.put(PersonName.class, PERSON_NAME);
    all.put(AlternateName.class, ALTERNATE_NAME);
    all.put(Organisation.class, ORGANISATION);
    all.put(Place.class, PLACE);
    all.put(Publication.class, PUBLICATION);
    all.put(RawJson.class, AnyType.INSTANCE);
    all.put(EventTime.class, EVENT_TIME);
    all.put(ArticleId.class, ARTICLE_ID);
    all.put(EventId.class, EVENT_ID);
    all.put(PersonId.class, PERSON_ID);
    all.put(OrganisationId.class, ORGANISATION_ID);
    all.put(PlaceId.class, PLACE_ID);
    all.put(TagId.class, TAG_ID);
    all.put(TagKind.class, TAG_KIND);
    all.put(EventKind.class, EVENT_KIND);
    all.put(OrganisationKind.class, ORGANISATION_KIND);
    all.put(OrganisationRole.class, ORGANISATION_ROLE);
    all.put(ParticipantRole.class, PARTICIPANT_ROLE);
    all.put(PlaceKind.class, PLACE_KIND);
    all.put(ContributorRole.class, CONTRIBUTOR_ROLE);
    all.put(Mark.class, MARK);
    all.put(LinkKind.class, LINK_KIND);
    all.put(CallToActionKind.class, CALL_TO_ACTION_KIND);
    all.put(Genre.class, GENRE);
    all.put(HeadlineRole.class, HEADLINE_ROLE);
    all.put(EventStatus.class, EVENT_STATUS);
    all.put(AttendanceMode.class, ATTENDANCE_MODE);
    all.put(NameOrder.class, NAME_ORDER);
    return all;
  }

  /** {@return the model types that are documents of their own, each with a JSON Schema} */
  public static List<Class<?>> documentTypes() {
    return List.of(Article.class, ArticleSummary.class, Event.class, Person.class,
        Organisation.class, Place.class, Publication.class);
  }
}
