package dev.masthead.related;

import static dev.masthead.related.Articles.article;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.masthead.model.ArticleId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What a query holds and what it rejects. */
final class RelatedQueryTest {
  private static final ArticleId A = ArticleId.of("a");
  private static final Instant T = Instant.parse("2025-01-10T00:00:00Z");

  @Test
  void ofTakesAnIndexedSourceAndALimitAndLeavesNothingOut() {
    RelatedQuery query = RelatedQuery.of(A, 7);
    assertThat(query.source()).contains(A);
    assertThat(query.article()).isEmpty();
    assertThat(query.limit()).isEqualTo(7);
    assertThat(query.excluded()).isEmpty();
    assertThat(query.publishedFrom()).isEmpty();
    assertThat(query.publishedTo()).isEmpty();
    assertThat(query.now()).isEmpty();
  }

  @Test
  void limitIsTenByDefault() {
    assertThat(RelatedQuery.builder().source(A).build().limit()).isEqualTo(10);
    assertThat(RelatedQuery.builder().article(article("x", T, "t")).build().limit())
        .isEqualTo(10);
  }

  @Test
  void needsExactlyOneOfSourceAndArticle() {
    assertThatThrownBy(() -> RelatedQuery.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a query needs exactly one of source and article");
    assertThatThrownBy(() -> RelatedQuery.builder().source(A).article(article("x", T)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a query needs exactly one of source and article");
  }

  @Test
  void limitIsFromOneToTenThousand() {
    assertThat(RelatedQuery.of(A, 1).limit()).isEqualTo(1);
    assertThat(RelatedQuery.of(A, 10_000).limit()).isEqualTo(10_000);
    assertThatThrownBy(() -> RelatedQuery.of(A, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be from 1 to 10000, is 0");
    assertThatThrownBy(() -> RelatedQuery.of(A, 10_001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be from 1 to 10000, is 10001");
    assertThatThrownBy(() -> RelatedQuery.of(A, -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void windowMayBeOneInstantButNotEndBeforeItStarts() {
    RelatedQuery instant = RelatedQuery.of(A, 10).withPublishedFrom(T).withPublishedTo(T);
    assertThat(instant.publishedFrom()).contains(T);
    assertThat(instant.publishedTo()).contains(T);
    assertThatThrownBy(() -> instant.withPublishedTo(T.minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("publishedTo must not be before publishedFrom");
    // Either end alone is any instant.
    assertThat(RelatedQuery.of(A, 10).withPublishedTo(Instant.MIN).publishedTo())
        .contains(Instant.MIN);
    assertThat(RelatedQuery.of(A, 10).withPublishedFrom(Instant.MAX).publishedFrom())
        .contains(Instant.MAX);
  }
}
