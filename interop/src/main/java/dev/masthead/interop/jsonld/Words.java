package dev.masthead.interop.jsonld;

import dev.masthead.model.Article;
import dev.masthead.model.Block;
import dev.masthead.model.Heading;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Quote;

/**
 * Counts an article's words as ninjs' {@code bodies[].wordCount} does: whitespace-separated
 * tokens with at least one letter or digit, over paragraphs (their spans' text joined),
 * headings and quotes. Image captions, links, calls to action and unknown blocks are left out,
 * as figure captions are in ninjs.
 */
final class Words {
  private Words() {}

  static int count(Article article) {
    int words = 0;
    for (Block block : article.body()) {
      if (block instanceof Paragraph paragraph) {
        words += count(paragraph.plainText());
      } else if (block instanceof Heading heading) {
        words += count(heading.text());
      } else if (block instanceof Quote quote) {
        words += count(quote.text());
      }
    }
    return words;
  }

  static int count(String text) {
    int words = 0;
    boolean inToken = false;
    boolean counted = false;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        inToken = false;
      } else {
        if (!inToken) {
          inToken = true;
          counted = false;
        }
        if (!counted && Character.isLetterOrDigit(c)) {
          counted = true;
          words++;
        }
      }
    }
    return words;
  }
}
