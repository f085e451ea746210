package dev.masthead.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.AlternativeHeadline;
import dev.masthead.model.Article;
import dev.masthead.model.AttendanceMode;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.Event;
import dev.masthead.model.EventStatus;
import dev.masthead.model.Genre;
import dev.masthead.model.HeadlineRole;
import dev.masthead.model.Image;
import dev.masthead.model.Person;
import dev.masthead.model.Publication;
import dev.masthead.model.Rights;
import dev.masthead.model.Tag;
import dev.masthead.model.Violation;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The issue 13 attributes on the wire: their names and places in the written order, a round
 * trip, unknown vocabulary values kept, and each bad value refused at its JSON Pointer.
 */
final class ModelAdditionsJsonTest {
  private static final MastheadJson JSON = MastheadJson.defaults();

  private static final Rights RIGHTS = Rights.builder()
      .copyrightHolder("The Region")
      .copyrightNotice("© 2025 The Region")
      .licence(URI.create("https://creativecommons.org/licenses/by-nd/4.0/"))
      .build();

  private static Article article() {
    return Article.builder()
        .id(dev.masthead.model.ArticleId.of("a-1"))
        .slug("a-1")
        .headline("Japan’s Long-Term Vision")
        .addAlternativeHeadline(AlternativeHeadline.of("Japan’s vision", HeadlineRole.SEO))
        .addAlternativeHeadline(AlternativeHeadline.of("Japan and the Balkans"))
        .published(java.time.Instant.parse("2025-12-25T08:00:00Z"))
        .revision(2)
        .language("en")
        .addGenres(Genre.REPORT, Genre.of("acme:long-read"))
        .leadImage(Image.builder().url(URI.create("https://example.com/a.jpg")).altText("A")
            .rights(Rights.builder().copyrightHolder("Photo agency").build()).build())
        .rights(RIGHTS)
        .build();
  }

  @Test
  void articleWritesTheNewPropertiesInTheirPlaces() {
    assertThat(JSON.write(article())).isEqualTo("{\"id\":\"a-1\",\"slug\":\"a-1\","
        + "\"headline\":\"Japan’s Long-Term Vision\",\"alternativeHeadlines\":["
        + "{\"text\":\"Japan’s vision\",\"role\":\"seo\"},{\"text\":\"Japan and the Balkans\"}],"
        + "\"published\":\"2025-12-25T08:00:00Z\",\"revision\":2,\"language\":\"en\","
        + "\"genres\":[\"report\",\"acme:long-read\"],"
        + "\"leadImage\":{\"url\":\"https://example.com/a.jpg\",\"altText\":\"A\","
        + "\"rights\":{\"copyrightHolder\":\"Photo agency\"}},"
        + "\"rights\":{\"copyrightHolder\":\"The Region\",\"copyrightNotice\":\"© 2025 The Region\","
        + "\"licence\":\"https://creativecommons.org/licenses/by-nd/4.0/\"}}");
  }

  @Test
  void everyNewAttributeRoundTrips() {
    Article article = article();
    Event event = SeedCorpus.conference().withStatus(EventStatus.of("acme:sold-out"))
        .withAttendanceMode(AttendanceMode.MIXED);
    Person person = SeedCorpus.akiraImamura()
        .withUrl(URI.create("https://www.rs.emb-japan.go.jp/ambassador"));
    Publication publication = SeedCorpus.publication()
        .withLogo(Image.of(URI.create("https://connectingregion.com/logo.png"), "The Region"));
    Tag tag = Tag.of(dev.masthead.model.TagId.of("arts"), dev.masthead.model.TagKind.TOPIC,
        "Arts").withConcept(URI.create("http://cv.iptc.org/newscodes/mediatopic/01000000"));

    assertThat(JSON.read(JSON.write(article), Article.class)).isEqualTo(article);
    assertThat(JSON.read(JSON.write(event), Event.class)).isEqualTo(event);
    assertThat(JSON.read(JSON.write(person), Person.class)).isEqualTo(person);
    assertThat(JSON.read(JSON.write(publication), Publication.class)).isEqualTo(publication);
    assertThat(JSON.read(JSON.write(tag), Tag.class)).isEqualTo(tag);
    assertThat(JSON.write(event)).contains("\"kind\":\"conference\",\"status\":\"acme:sold-out\","
        + "\"attendanceMode\":\"mixed\",");
    assertThat(JSON.write(tag)).endsWith("\"label\":\"Arts\","
        + "\"concept\":\"http://cv.iptc.org/newscodes/mediatopic/01000000\"}");
  }

  @Test
  void unknownVocabularyValuesAreKeptVerbatim() {
    Event event = JSON.read("{\"id\":\"e\",\"name\":\"E\",\"kind\":\"conference\","
        + "\"status\":\"acme:sold-out\",\"attendanceMode\":\"hybrid-vr\"}", Event.class);
    assertThat(event.status().orElseThrow().isKnown()).isFalse();
    assertThat(event.attendanceMode().orElseThrow().value()).isEqualTo("hybrid-vr");
    Article article = JSON.read(minimalArticle(
        ",\"genres\":[\"explainer\"],\"alternativeHeadlines\":[{\"text\":\"X\",\"role\":\"push\"}]"),
        Article.class);
    assertThat(article.genres()).containsExactly(Genre.of("explainer"));
    assertThat(article.alternativeHeadlines().get(0).role()).contains(HeadlineRole.of("push"));
  }

  private static String minimalArticle(String more) {
    return "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"H\",\"published\":\"2025-12-25T08:00:00Z\","
        + "\"language\":\"en\"" + more + "}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      ,"revision":0                                  | /revision                    | must be positive
      ,"revision":1.5                                | /revision                    | must be a whole number
      ,"rights":{}                                   | /rights                      | rights need a copyright holder, a copyright notice or a licence
      ,"rights":{"licence":"ftp://example.com/l"}    | /rights/licence              | must be an absolute http or https URL
      ,"rights":{"copyrightHolder":"a\\nb"}          | /rights/copyrightHolder      | must not contain control characters or line breaks
      ,"genres":["news","news"]                      | /genres/1                    | must not repeat
      ,"genres":["News"]                             | /genres/0                    | must be lower-case words
      ,"alternativeHeadlines":[{"text":"H"}]         | /alternativeHeadlines/0/text | must not be the headline
      ,"alternativeHeadlines":[{"text":"X"},{"text":"X"}] | /alternativeHeadlines/1 | must not repeat a headline in the same role
      ,"alternativeHeadlines":[{"role":"seo"}]       | /alternativeHeadlines/0/text | is required
      ,"leadImage":{"url":"https://e.com/a.jpg","altText":"","rights":{}} | /leadImage/rights | rights need
      ,"tags":[{"id":"t","kind":"topic","label":"T","concept":"urn:x:1"}] | /tags/0/concept | must be an absolute http or https URL
      """)
  void badArticleValueIsRefusedAtItsPointer(String more, String pointer, String rule) {
    assertOnlyProblem(() -> JSON.read(minimalArticle(more), Article.class), pointer, rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      Event       | {"id":"e","name":"E","kind":"conference","status":"Cancelled"}      | /status         | must be lower-case words
      Event       | {"id":"e","name":"E","kind":"conference","attendanceMode":1}        | /attendanceMode | must be a string
      Person      | {"id":"p","name":{"given":"A"},"url":"mailto:a@example.com"}        | /url            | must be an absolute http or https URL
      Publication | {"name":"P","url":"https://p.example","logo":{"url":"https://p.example/l.png"}} | /logo/altText | is required
      """)
  void badValueOfAnotherTypeIsRefusedAtItsPointer(String type, String json, String pointer,
      String rule) throws ClassNotFoundException {
    Class<?> model = Class.forName("dev.masthead.model." + type);
    assertOnlyProblem(() -> JSON.read(json, model), pointer, rule);
  }

  private static void assertOnlyProblem(org.assertj.core.api.ThrowableAssert.ThrowingCallable read,
      String pointer, String rule) {
    ContentReadException e = catchThrowableOfType(ContentReadException.class, read);
    assertThat(e).as("refused").isNotNull();
    List<Violation> problems = e.violations();
    assertThat(problems).as(e.getMessage()).hasSize(1);
    assertThat(problems.get(0).pointer()).isEqualTo(pointer);
    assertThat(problems.get(0).rule()).startsWith(rule);
  }
}
