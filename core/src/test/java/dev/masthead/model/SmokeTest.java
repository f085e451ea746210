package dev.masthead.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class SmokeTest {
  @Test
  void buildsAndReportsEveryViolation() {
    Article a = Article.builder()
        .id(ArticleId.of("a-1"))
        .slug("a-1")
        .headline("Headline")
        .published(Instant.parse("2025-12-25T08:00:00Z"))
        .language("en")
        .addBody(Paragraph.of("Hello"))
        .addTag(Tag.of(TagId.of("serbia"), PlaceId.of("serbia"), "Serbia"))
        .canonicalUrl(URI.create("https://example.com/a-1"))
        .build();
    assertThat(a.summary().excerpt()).contains("Hello");
    assertThat(a.withHeadline("Other").headline()).isEqualTo("Other");
    assertThatThrownBy(() -> Article.builder().headline(" ").addTag(null).build())
        .isInstanceOf(ContentValidationException.class)
        .hasMessageContaining("headline: must not be blank")
        .hasMessageContaining("id: is required")
        .hasMessageContaining("tags[0]: must not be null");
  }
}
