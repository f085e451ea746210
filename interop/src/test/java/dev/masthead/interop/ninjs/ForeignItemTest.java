package dev.masthead.interop.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.Contributor;
import dev.masthead.model.ContributorRole;
import dev.masthead.model.EventId;
import dev.masthead.model.Image;
import dev.masthead.model.Paragraph;
import dev.masthead.model.PersonId;
import dev.masthead.model.PlaceId;
import dev.masthead.model.RawJson;
import dev.masthead.model.Rights;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A foreign item (no sidecar) becomes an article from its mapped properties. */
final class ForeignItemTest {
  @Test
  void mapsIptcsComplexTextArticle() {
    Article article = NinjsReader.defaults()
        .read(IptcSuite.bytes("examples/3.1/005_complex_text_article.json"));
    assertThat(article.id()).isEqualTo(ArticleId.of("20130709med123"));
    assertThat(article.headline()).isEqualTo("Captain of wrecked cruise ship on trial in Italy");
    assertThat(article.slug()).isEqualTo("captain-of-wrecked-cruise-ship-on-trial-in-italy");
    assertThat(article.published()).isEqualTo(Instant.parse("2013-07-09T10:37:00Z"));
    assertThat(article.updated()).isEmpty();
    assertThat(article.language()).isEqualTo("en");
    assertThat(article.byline()).containsExactly(
        Contributor.builder().name("Paulo Santalucia and Frances d'Emilio").build());
    assertThat(article.tags()).extracting(Tag::kind, Tag::label).containsExactly(
        org.assertj.core.groups.Tuple.tuple(TagKind.PERSON, "Francesco Schettino"),
        org.assertj.core.groups.Tuple.tuple(TagKind.ORGANISATION, "Costa Crociere SpA"),
        org.assertj.core.groups.Tuple.tuple(TagKind.PLACE, "Grossetto"),
        org.assertj.core.groups.Tuple.tuple(TagKind.PLACE, "Tuscany"),
        org.assertj.core.groups.Tuple.tuple(TagKind.PLACE, "Italy"));
    // The XHTML body (richtext) over the plain one: four paragraphs.
    assertThat(article.body()).hasSize(4).allMatch(Paragraph.class::isInstance);
    assertThat(((Paragraph) article.body().get(0)).plainText()).startsWith("GROSSETO, Italy (AP)");
    // The copyright notice as the article's rights; unmapped properties kept whole.
    assertThat(article.rights()).contains(Rights.builder()
        .copyrightNotice("Copyright 2013 The News Agency, www.tna.org - all rights reserved.")
        .build());
    assertThat(article.extensions()).doesNotContainKey("ninjs:copyrightNotice")
        .containsEntry("ninjs:located", RawJson.ofString("Grossetto, Italy"))
        .containsEntry("ninjs:profile", RawJson.ofString("text-only"))
        .containsEntry("ninjs:firstCreated", RawJson.of("null"));
  }

  @Test
  void mapsEveryPropertyAnArticleHas() {
    String item = """
        {"uri": "https://news.example.com/items/4711",
         "type": "composite",
         "firstCreated": "2025-11-20T09:00:00+01:00",
         "versionCreated": "2025-11-21T10:30:00Z",
         "language": "sr-Latn",
         "slugline": "summit-opens",
         "headlines": [{"role": "sub", "value": "Second"}, {"role": "main", "value": "Summit opens"}],
         "descriptions": [{"role": "summary", "contentType": "text/plain", "value": "Leaders meet."}],
         "bodies": [{"role": "main", "contentType": "application/xhtml+xml",
                     "value": "<p>Leaders <em>met</em>.</p>"}],
         "people": [{"name": "Ana Author", "rel": "author", "literal": "ana-author"},
                    {"name": "Akira Imamura", "rel": "mentions", "literal": "akira-imamura"}],
         "places": [{"name": "Serbia", "rel": "mentions", "literal": "serbia"}],
         "subjects": [{"name": "Business", "rel": "section"},
                      {"name": "Trade", "rel": "about", "literal": "trade"}],
         "events": [{"id": "summit-2025", "name": "Summit 2025", "rel": "about"}],
         "renditions": [{"name": "web", "href": "https://news.example.com/summit-opens",
                         "contentType": "text/html"}],
         "associations": [{"name": "mainpic", "uri": "urn:pic:1", "type": "picture",
                           "descriptions": [{"role": "alt", "value": "The hall"},
                                            {"role": "caption", "value": "The hall at nine"}],
                           "renditions": [{"name": "original",
                                           "href": "https://news.example.com/hall.jpg",
                                           "width": 1200, "height": 800}]},
                          {"name": "related-1", "rel": "related",
                           "uri": "urn:masthead:article:earlier-summit"}],
         "altIds": [{"role": "masthead:id", "value": "summit-opens-4711"}]}
        """;
    Article article = NinjsReader.defaults().read(item);
    assertThat(article.id()).isEqualTo(ArticleId.of("summit-opens-4711"));
    assertThat(article.slug()).isEqualTo("summit-opens");
    assertThat(article.headline()).isEqualTo("Summit opens");
    assertThat(article.standfirst()).contains("Leaders meet.");
    assertThat(article.published()).isEqualTo(Instant.parse("2025-11-20T08:00:00Z"));
    assertThat(article.updated()).contains(Instant.parse("2025-11-21T10:30:00Z"));
    assertThat(article.language()).isEqualTo("sr-Latn");
    assertThat(article.section()).contains("Business");
    assertThat(article.byline()).containsExactly(Contributor.builder()
        .person(PersonId.of("ana-author")).name("Ana Author").role(ContributorRole.AUTHOR)
        .build());
    assertThat(article.tags()).containsExactly(
        Tag.of(TagId.of("akira-imamura"), PersonId.of("akira-imamura"), "Akira Imamura"),
        Tag.of(TagId.of("serbia"), PlaceId.of("serbia"), "Serbia"),
        Tag.of(TagId.of("trade"), TagKind.TOPIC, "Trade"));
    assertThat(article.events()).containsExactly(EventId.of("summit-2025"));
    assertThat(article.canonicalUrl())
        .contains(URI.create("https://news.example.com/summit-opens"));
    assertThat(article.leadImage()).contains(Image.builder()
        .url(URI.create("https://news.example.com/hall.jpg")).altText("The hall")
        .caption("The hall at nine").width(1200).height(800).build());
    assertThat(article.related()).containsExactly(ArticleId.of("earlier-summit"));
    assertThat(article.body()).hasSize(1);
    assertThat(article.extensions().keySet()).contains("ninjs:uri", "ninjs:headlines")
        .doesNotContain("ninjs:language", "ninjs:slugline", "ninjs:descriptions");
    assertThat(article.extensions().get("ninjs:uri"))
        .isEqualTo(RawJson.ofString("https://news.example.com/items/4711"));
  }
}
