package dev.masthead.benchmarks.baseline;

import dev.masthead.benchmarks.baseline.Records.ArticleRecord;
import dev.masthead.benchmarks.baseline.Records.BlockRecord;
import dev.masthead.benchmarks.baseline.Records.CallToActionRecord;
import dev.masthead.benchmarks.baseline.Records.ContributorRecord;
import dev.masthead.benchmarks.baseline.Records.HeadingRecord;
import dev.masthead.benchmarks.baseline.Records.ImageBlockRecord;
import dev.masthead.benchmarks.baseline.Records.ImageRecord;
import dev.masthead.benchmarks.baseline.Records.LinkBlockRecord;
import dev.masthead.benchmarks.baseline.Records.ParagraphRecord;
import dev.masthead.benchmarks.baseline.Records.QuoteRecord;
import dev.masthead.benchmarks.baseline.Records.SpanRecord;
import dev.masthead.benchmarks.baseline.Records.TagRecord;
import dev.masthead.model.Article;
import dev.masthead.model.Block;
import dev.masthead.model.CallToAction;
import dev.masthead.model.Heading;
import dev.masthead.model.Identifier;
import dev.masthead.model.Image;
import dev.masthead.model.ImageBlock;
import dev.masthead.model.LinkBlock;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;
import dev.masthead.model.VocabularyTerm;

/** Copies model values into the baseline's records, so that both sides carry the same data. */
public final class FromModel {
  private FromModel() {}

  /**
   * {@return the article as a record}
   *
   * @param a the article
   */
  public static ArticleRecord article(Article a) {
    return new ArticleRecord(a.id().value(), a.slug(), a.headline(), a.standfirst().orElse(null),
        a.body().stream().map(FromModel::block).toList(), a.published(),
        a.updated().orElse(null), a.language(), a.section().orElse(null),
        a.tags().stream().map(t -> new TagRecord(t.id().value(), t.kind().value(), t.label(),
            t.entity().map(e -> e.value()).orElse(null))).toList(),
        a.byline().stream().map(c -> new ContributorRecord(
            c.person().map(Identifier::value).orElse(null), c.name().orElse(null),
            c.role().value())).toList(),
        a.leadImage().map(FromModel::image).orElse(null), a.canonicalUrl().orElse(null),
        a.related().stream().map(Identifier::value).toList(),
        a.events().stream().map(Identifier::value).toList());
  }

  private static BlockRecord block(Block block) {
    if (block instanceof Paragraph p) {
      return new ParagraphRecord(p.content().stream().map(s -> new SpanRecord(s.text(),
          s.marks().stream().map(VocabularyTerm::value).toList(), s.link().orElse(null)))
          .toList());
    } else if (block instanceof Heading h) {
      return new HeadingRecord(h.text(), h.level());
    } else if (block instanceof Quote q) {
      return new QuoteRecord(q.text(), q.speaker().map(Identifier::value).orElse(null),
          q.attribution().orElse(null));
    } else if (block instanceof ImageBlock i) {
      return new ImageBlockRecord(image(i.image()));
    } else if (block instanceof LinkBlock l) {
      return new LinkBlockRecord(l.text(), l.url(), l.kind().value(),
          l.event().map(Identifier::value).orElse(null));
    } else if (block instanceof CallToAction c) {
      return new CallToActionRecord(c.kind().value(), c.text(), c.email().orElse(null),
          c.url().orElse(null));
    }
    throw new IllegalArgumentException("no record for " + block.type());
  }

  private static ImageRecord image(Image i) {
    return new ImageRecord(i.url(), i.altText(), i.caption().orElse(null),
        i.credit().orElse(null), i.width().isPresent() ? i.width().getAsInt() : null,
        i.height().isPresent() ? i.height().getAsInt() : null,
        i.depicted().stream().map(Identifier::value).toList());
  }
}
