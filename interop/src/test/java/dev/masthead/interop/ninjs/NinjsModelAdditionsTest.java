package dev.masthead.interop.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.AlternativeHeadline;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.Contributor;
import dev.masthead.model.ContributorRole;
import dev.masthead.model.Directory;
import dev.masthead.model.Genre;
import dev.masthead.model.HeadlineRole;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Person;
import dev.masthead.model.PersonId;
import dev.masthead.model.PersonName;
import dev.masthead.model.RawJson;
import dev.masthead.model.Rights;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The issue 13 attributes in their ninjs places: rights (the article's, its lead image's and
 * its body images'),
 * alternative headlines, genres, the revision, tag concepts and a person's profile page; each
 * written, read back without the sidecar, read from a foreign item and written back to the same
 * tree, and left whole to its {@code ninjs:*} extension when the model does not take its value.
 */
final class NinjsModelAdditionsTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final NinjsWriter PLAIN = NinjsWriter.builder().sidecar(false).build();
  private static final NinjsReader READER = NinjsReader.builder().defaultLanguage("en").build();

  private static final URI CC_BY = URI.create("https://creativecommons.org/licenses/by/4.0/");
  /** An IPTC media topic URI, as IPTC's examples give subjects. */
  private static final URI MEDIA_TOPIC =
      URI.create("http://cv.iptc.org/newscodes/mediatopic/20000426");
  private static final URI WIKIDATA = URI.create("http://www.wikidata.org/entity/Q4421821");

  private static final Article ARTICLE = Article.builder()
      .id(ArticleId.of("summit-opens"))
      .slug("summit-opens")
      .headline("Summit opens in Belgrade")
      .addAlternativeHeadline(AlternativeHeadline.of("Leaders meet in Belgrade", HeadlineRole.SEO))
      .addAlternativeHeadline(AlternativeHeadline.of("Summit opens"))
      .addBody(ImageBlock.of(Image.builder().url(URI.create("https://news.example.com/chart.png"))
          .altText("A chart")
          .rights(Rights.builder().copyrightNotice("Chart: Connecting Region").build())
          .build()))
      .published(Instant.parse("2025-11-20T09:00:00Z"))
      .revision(3)
      .language("en")
      .addGenres(Genre.ANALYSIS, Genre.of("fact-check"))
      .addTags(Tag.builder().id(TagId.of("ana-author")).entity(PersonId.of("ana-author"))
          .kind(TagKind.PERSON).label("Ana Author").concept(WIKIDATA).build())
      .addTags(Tag.builder().id(TagId.of("trade")).kind(TagKind.TOPIC).label("Trade")
          .concept(MEDIA_TOPIC).build())
      .addByline(Contributor.builder().person(PersonId.of("ana-author")).name("Ana Author")
          .role(ContributorRole.AUTHOR).build())
      .leadImage(Image.builder().url(URI.create("https://news.example.com/hall.jpg"))
          .altText("The hall")
          .rights(Rights.builder().copyrightHolder("Photo Agency").licence(CC_BY).build())
          .build())
      .rights(Rights.builder().copyrightHolder("Connecting Region")
          .copyrightNotice("© 2025 Connecting Region. All rights reserved.")
          .licence(URI.create("https://connectingregion.com/licence")).build())
      .build();

  private static final Directory DIRECTORY = Directory.builder()
      .addPeople(Person.builder().id(PersonId.of("ana-author"))
          .name(PersonName.of("Ana", "Author"))
          .url(URI.create("https://connectingregion.com/authors/ana-author")).build())
      .build();

  @Test
  void writesEachAdditionInItsPlace() {
    String item = PLAIN.write(ARTICLE, DIRECTORY);
    assertThat(StockSchema.errors(item)).isEmpty();
    JsonNode tree = MAPPER.readTree(item);
    assertThat(tree.get("version")).isEqualTo(MAPPER.readTree("\"3\""));
    assertThat(tree.get("copyrightHolder").stringValue()).isEqualTo("Connecting Region");
    assertThat(tree.get("copyrightNotice").stringValue())
        .isEqualTo("© 2025 Connecting Region. All rights reserved.");
    assertThat(tree.get("rightsInfo")).isEqualTo(MAPPER.readTree(
        "{\"linkedRights\": \"https://connectingregion.com/licence\"}"));
    assertThat(tree.get("headlines")).isEqualTo(MAPPER.readTree("""
        [{"role": "main", "value": "Summit opens in Belgrade"},
         {"role": "seo", "value": "Leaders meet in Belgrade"},
         {"value": "Summit opens"}]"""));
    assertThat(tree.get("genres")).isEqualTo(MAPPER.readTree(
        "[{\"literal\": \"analysis\"}, {\"literal\": \"fact-check\"}]"));
    assertThat(tree.get("subjects")).isEqualTo(MAPPER.readTree("""
        [{"name": "Trade", "rel": "about", "uri": "%s", "literal": "trade"}]"""
        .formatted(MEDIA_TOPIC)));
    JsonNode web = MAPPER.readTree(
        "[{\"type\": \"web\", \"value\": \"https://connectingregion.com/authors/ana-author\"}]");
    assertThat(tree.get("people")).isEqualTo(MAPPER.readTree("""
        [{"name": "Ana Author", "rel": "author", "uri": "urn:masthead:person:ana-author",
          "literal": "ana-author", "contactInfo": %s},
         {"name": "Ana Author", "rel": "mentions", "uri": "%s", "literal": "ana-author",
          "contactInfo": %s}]""".formatted(web, WIKIDATA, web)));
    JsonNode mainpic = tree.get("associations").get(0);
    assertThat(mainpic.get("copyrightHolder").stringValue()).isEqualTo("Photo Agency");
    assertThat(mainpic.has("copyrightNotice")).isFalse();
    assertThat(mainpic.get("rightsInfo")).isEqualTo(MAPPER.readTree(
        "{\"linkedRights\": \"" + CC_BY + "\"}"));
    JsonNode inline = tree.get("associations").get(1);
    assertThat(inline.get("name").stringValue()).isEqualTo("image-0");
    assertThat(inline.get("copyrightNotice").stringValue()).isEqualTo("Chart: Connecting Region");
    assertThat(inline.has("copyrightHolder")).isFalse();
    assertThat(inline.has("rightsInfo")).isFalse();
  }

  @Test
  void readsEachAdditionBackWithoutTheSidecar() {
    Article read = NinjsReader.defaults().read(PLAIN.write(ARTICLE, DIRECTORY));
    // The profile page is the directory's, not the article's: it is read into no attribute,
    // and the people mentions that carry it are kept as written.
    assertThat(read.extensions()).containsOnlyKeys("ninjs:people");
    assertThat(read.withExtensions(Map.of())).isEqualTo(ARTICLE);
    assertThat(NinjsReader.defaults().read(PLAIN.write(ARTICLE))).isEqualTo(ARTICLE);
  }

  @Test
  void readsEachAdditionFromAForeignItemAndWritesTheSameTree() {
    String item = """
        {"uri": "https://partner.example.com/items/4711",
         "version": "12",
         "firstCreated": "2025-11-20T09:00:00Z",
         "copyrightHolder": "Partner Agency",
         "copyrightNotice": "Copyright 2025 Partner Agency",
         "language": "en",
         "headlines": [{"role": "main", "value": "Summit opens"},
                       {"role": "social", "value": "Leaders meet, at last"},
                       {"value": "Summit"}],
         "subjects": [{"name": "Economy", "rel": "about",
                       "uri": "http://cv.iptc.org/newscodes/mediatopic/04000000",
                       "literal": "economy"}],
         "people": [{"name": "Francesco Schettino", "rel": "mentions", "uri": "%s",
                     "literal": "francesco-schettino"}],
         "associations": [{"name": "mainpic", "rel": "mainpic",
                           "uri": "https://partner.example.com/hall.jpg", "type": "picture",
                           "copyrightHolder": "Photo Agency",
                           "copyrightNotice": "Photo: Photo Agency",
                           "renditions": [{"name": "original",
                                           "href": "https://partner.example.com/hall.jpg"}],
                           "rightsInfo": {"linkedRights": "%s"}}],
         "genres": [{"literal": "interview"}, {"literal": "opinion"}],
         "rightsInfo": {"linkedRights": "https://partner.example.com/terms"}}
        """.formatted(WIKIDATA, CC_BY);
    Article article = READER.read(item);
    assertThat(article.revision()).hasValue(12);
    assertThat(article.rights()).contains(Rights.builder().copyrightHolder("Partner Agency")
        .copyrightNotice("Copyright 2025 Partner Agency")
        .licence(URI.create("https://partner.example.com/terms")).build());
    assertThat(article.alternativeHeadlines()).containsExactly(
        AlternativeHeadline.of("Leaders meet, at last", HeadlineRole.SOCIAL),
        AlternativeHeadline.of("Summit"));
    assertThat(article.genres()).containsExactly(Genre.INTERVIEW, Genre.OPINION);
    assertThat(article.tags()).extracting(Tag::id, Tag::concept).containsExactly(
        org.assertj.core.groups.Tuple.tuple(TagId.of("francesco-schettino"),
            Optional.of(WIKIDATA)),
        org.assertj.core.groups.Tuple.tuple(TagId.of("economy"), Optional.of(
            URI.create("http://cv.iptc.org/newscodes/mediatopic/04000000"))));
    assertThat(article.leadImage().flatMap(Image::rights)).contains(Rights.builder()
        .copyrightHolder("Photo Agency").copyrightNotice("Photo: Photo Agency").licence(CC_BY)
        .build());
    assertThat(article.extensions().keySet()).doesNotContain("ninjs:version",
        "ninjs:copyrightHolder", "ninjs:copyrightNotice", "ninjs:rightsInfo",
        "ninjs:headlines", "ninjs:genres", "ninjs:subjects", "ninjs:people",
        "ninjs:associations");
    assertThat(MAPPER.readTree(PLAIN.write(article))).isEqualTo(MAPPER.readTree(item));
  }

  @Test
  void keepsWhatTheModelDoesNotTakeAsTheExtension() {
    String item = """
        {"uri": "https://partner.example.com/items/4712",
         "version": "1.2",
         "firstCreated": "2025-11-20T09:00:00Z",
         "copyrightHolder": "Partner\\nAgency",
         "language": "en",
         "headlines": [{"value": "Summit opens"},
                       {"role": "1st", "value": "A role that is no term"},
                       {"role": "richtext", "contentType": "text/html",
                        "value": "<b>Summit</b> opens"},
                       {"role": "print", "value": "Summit opens"}],
         "subjects": [{"name": "Economy", "rel": "about", "uri": "urn:partner:economy"}],
         "genres": [{"name": "Fact Check"}, {"literal": "fact-check"}, {}],
         "rightsInfo": {"linkedRights": "ftp://partner.example.com/terms"}}
        """;
    Article article = READER.read(item);
    assertThat(article.revision()).isEmpty();
    assertThat(article.rights()).isEmpty();
    assertThat(article.alternativeHeadlines()).isEmpty();
    assertThat(article.genres()).containsExactly(Genre.FACT_CHECK);
    assertThat(article.tags()).singleElement()
        .satisfies(tag -> assertThat(tag.concept()).isEmpty());
    JsonNode tree = MAPPER.readTree(item);
    for (String property : List.of("version", "copyrightHolder", "headlines", "subjects",
        "genres", "rightsInfo")) {
      assertThat(article.extensions().get("ninjs:" + property)).as(property)
          .isEqualTo(RawJson.of(tree.get(property).toString()));
    }
    assertThat(MAPPER.readTree(PLAIN.write(article))).isEqualTo(tree);
  }

  @Test
  void anEncodedRightsExpressionStaysWholeBesideTheCopyright() {
    String item = """
        {"uri": "urn:partner:4713", "firstCreated": "2025-11-20T09:00:00Z", "language": "en",
         "headlines": [{"role": "main", "value": "Summit opens"}],
         "copyrightNotice": "Copyright 2025 Partner Agency",
         "rightsInfo": {"langId": "http://w3.org/ns/odrl/2/", "encodedRights": "{}"}}
        """;
    Article article = READER.read(item);
    assertThat(article.rights()).contains(Rights.builder()
        .copyrightNotice("Copyright 2025 Partner Agency").build());
    assertThat(article.extensions()).containsKey("ninjs:rightsInfo")
        .doesNotContainKey("ninjs:copyrightNotice");
    assertThat(MAPPER.readTree(PLAIN.write(article))).isEqualTo(MAPPER.readTree(item));
  }

  @Test
  void iptcRightsDocumentGivesItsLinkedRightsAsTheLicence() {
    // 009_rights lacks what an Article needs (a headline, a date, a language): given them, its
    // linked rights are the licence, and rightsInfo (with its langId) is kept whole.
    ObjectNode item = complete("test_suite/3.0/should_pass/009_rights.json");
    Article article = READER.read(item.toString());
    assertThat(article.rights()).contains(Rights.builder()
        .licence(URI.create("http://tt.se/rights")).build());
    assertThat(article.extensions()).containsKeys("ninjs:rightsInfo", "ninjs:associations");
    assertThat(MAPPER.readTree(PLAIN.write(article))).isEqualTo(item);
  }

  @Test
  void iptcGenreDocumentGivesItsGenres() {
    ObjectNode item = complete("test_suite/3.0/should_pass/006_genre.json");
    Article article = READER.read(item.toString());
    assertThat(article.genres()).extracting(Genre::value).containsExactly("current",
        "from-the-scene", "fact-check", "notrecommended:but-punctuation-is-allowed");
    // Names and IPTC URIs are not Masthead's form: the property is kept whole as well.
    assertThat(article.extensions()).containsKey("ninjs:genres");
    assertThat(MAPPER.readTree(PLAIN.write(article))).isEqualTo(item);
  }

  @Test
  void iptcHeadlinesDocumentGivesTheRolesThatAreTerms() {
    ObjectNode item = complete("test_suite/3.0/should_pass/004_headlines.json");
    Article article = READER.read(item.toString());
    assertThat(article.headline()).isEqualTo("Test of headline property");
    assertThat(article.alternativeHeadlines()).extracting(h -> h.role().orElseThrow().value())
        .containsExactly("test", "anystring");
    assertThat(MAPPER.readTree(PLAIN.write(article))).isEqualTo(item);
  }

  /** An IPTC document with a headline, a date and a language where it lacks them. */
  private static ObjectNode complete(String file) {
    ObjectNode item = (ObjectNode) MAPPER.readTree(IptcSuite.bytes(file));
    if (!item.has("headlines")) {
      item.putArray("headlines").addObject().put("value", "A headline");
    }
    item.put("firstCreated", "2025-11-20T09:00:00Z");
    item.put("language", "en");
    return item;
  }
}
