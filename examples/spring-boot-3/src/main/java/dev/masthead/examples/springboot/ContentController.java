package dev.masthead.examples.springboot;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Event;
import dev.masthead.model.Organisation;
import dev.masthead.model.Person;
import dev.masthead.model.Place;
import dev.masthead.model.Publication;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The HTTP API. Masthead values are ordinary parameters and return values: Spring's mapper
 * reads and writes them with {@code MastheadModule}.
 *
 * <ul>
 *   <li>{@code GET /articles/{id}}: the seed article, 404 for any other id;
 *   <li>{@code GET /articles/{id}/related}: its five related teasers;
 *   <li>{@code POST /articles}, {@code /article-summaries}, {@code /events}, {@code /people},
 *       {@code /organisations}, {@code /places}, {@code /publications}: reads the document and
 *       answers it as read, as a service that checks documents would;
 *   <li>{@code POST /search}: a request of the application's own, {@code {"text": ".."}}, that
 *       answers the summaries whose headline contains the text.
 * </ul>
 */
@RestController
class ContentController {
  private final Article article = SeedCorpus.article();
  private final List<ArticleSummary> teasers = SeedCorpus.relatedTeasers();

  @GetMapping("/articles/{id}")
  Article article(@PathVariable String id) {
    if (!article.id().value().equals(id)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "No article has this id");
    }
    return article;
  }

  @GetMapping("/articles/{id}/related")
  List<ArticleSummary> related(@PathVariable String id) {
    article(id);
    return teasers;
  }

  @PostMapping("/articles")
  Article read(@RequestBody Article document) {
    return document;
  }

  @PostMapping("/article-summaries")
  ArticleSummary read(@RequestBody ArticleSummary document) {
    return document;
  }

  @PostMapping("/events")
  Event read(@RequestBody Event document) {
    return document;
  }

  @PostMapping("/people")
  Person read(@RequestBody Person document) {
    return document;
  }

  @PostMapping("/organisations")
  Organisation read(@RequestBody Organisation document) {
    return document;
  }

  @PostMapping("/places")
  Place read(@RequestBody Place document) {
    return document;
  }

  @PostMapping("/publications")
  Publication read(@RequestBody Publication document) {
    return document;
  }

  /**
   * A request body of the application's own, not a Masthead type: Jackson alone reads it, held
   * only to the mapper's own limits ({@link JsonLimits}).
   *
   * @param text what the headline must contain, in any case; absent matches every headline
   */
  record Search(String text) {}

  @PostMapping("/search")
  List<ArticleSummary> search(@RequestBody Search search) {
    String text = search.text() == null ? "" : search.text().toLowerCase(Locale.ROOT);
    return Stream.concat(Stream.of(article.summary()), teasers.stream())
        .filter(summary -> summary.headline().toLowerCase(Locale.ROOT).contains(text))
        .toList();
  }
}
