package dev.masthead.benchmarks;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleId;
import dev.masthead.model.Block;
import dev.masthead.model.Heading;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.Mark;
import dev.masthead.model.Paragraph;
import dev.masthead.model.PersonId;
import dev.masthead.model.PlaceId;
import dev.masthead.model.Quote;
import dev.masthead.model.Span;
import dev.masthead.model.Tag;
import dev.masthead.model.TagId;
import dev.masthead.model.TagKind;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** The articles the JSON benchmarks read and write. */
public final class Documents {
  private Documents() {}

  /** {@return the seed page's article} */
  public static Article seed() {
    return SeedCorpus.article();
  }

  /** {@return a large article: the seed article's header with 200 blocks and 50 tags} */
  public static Article large() {
    List<Block> body = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      body.add(switch (i % 8) {
        case 0 -> Heading.of("Section " + i + ": investment, skills and stability");
        case 3 -> Quote.of("Our goal is to help attract investors who think in decades, not"
            + " quarters, number " + i + ".", PersonId.of("oliver-lepori"));
        case 5 -> ImageBlock.of(Image.builder()
            .url(URI.create("https://connectingregion.com/images/" + i + ".jpg"))
            .altText("Photo " + i).caption("A caption for photo " + i)
            .credit("Photo: The Region").width(1200).height(800).build());
        default -> Paragraph.of(
            Span.of("Paragraph " + i + " of the large article talks about the region, its"
                + " ports, its power grids and its startups; "),
            Span.of("emphasis on " + i, Mark.EMPHASIS),
            Span.link(" and a link", URI.create("https://connectingregion.com/" + i)));
      });
    }
    List<Tag> tags = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      tags.add(switch (i % 3) {
        case 0 -> Tag.of(TagId.of("topic-" + i), TagKind.TOPIC, "Topic " + i);
        case 1 -> Tag.of(TagId.of("place-" + i), PlaceId.of("place-" + i), "Place " + i);
        default -> Tag.of(TagId.of("person-" + i), PersonId.of("person-" + i), "Person " + i);
      });
    }
    return seed().withId(ArticleId.of("large-article")).withBody(body).withTags(tags)
        .withRelated(List.of());
  }
}
