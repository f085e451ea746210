package dev.masthead.benchmarks.baseline;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * The baseline: what a developer would otherwise write, plain Java records with the same fields
 * as the model, read and written by a default Jackson 3 {@code JsonMapper}. No validation, no
 * unknown-property keeping, no limits: only the shape of the data.
 */
public final class Records {
  private Records() {}

  /** An article. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ArticleRecord(String id, String slug, String headline, String standfirst,
      List<BlockRecord> body, Instant published, Instant updated, String language,
      String section, List<TagRecord> tags, List<ContributorRecord> byline,
      ImageRecord leadImage, URI canonicalUrl, List<String> related, List<String> events) {}

  /** A body block, by its type name. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = ParagraphRecord.class, name = "paragraph"),
      @JsonSubTypes.Type(value = HeadingRecord.class, name = "heading"),
      @JsonSubTypes.Type(value = QuoteRecord.class, name = "quote"),
      @JsonSubTypes.Type(value = ImageBlockRecord.class, name = "image"),
      @JsonSubTypes.Type(value = LinkBlockRecord.class, name = "link"),
      @JsonSubTypes.Type(value = CallToActionRecord.class, name = "call-to-action")})
  public sealed interface BlockRecord permits ParagraphRecord, HeadingRecord, QuoteRecord,
      ImageBlockRecord, LinkBlockRecord, CallToActionRecord {}

  /** A paragraph. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ParagraphRecord(List<SpanRecord> content) implements BlockRecord {}

  /** A run of text. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record SpanRecord(String text, List<String> marks, URI link) {}

  /** A heading. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record HeadingRecord(String text, int level) implements BlockRecord {}

  /** A quote. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record QuoteRecord(String text, String speaker, String attribution)
      implements BlockRecord {}

  /** An image block. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ImageBlockRecord(ImageRecord image) implements BlockRecord {}

  /** A link block. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record LinkBlockRecord(String text, URI url, String kind, String event)
      implements BlockRecord {}

  /** A call to action. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record CallToActionRecord(String kind, String text, String email, URI url)
      implements BlockRecord {}

  /** An image. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ImageRecord(URI url, String altText, String caption, String credit,
      Integer width, Integer height, List<String> depicted) {}

  /** A tag. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record TagRecord(String id, String kind, String label, String entity) {}

  /** A contributor. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public record ContributorRecord(String person, String name, String role) {}
}
