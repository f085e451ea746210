package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class AlternativeHeadlineTest {
  @Test
  void buildsHeadlineWithAndWithoutRole() {
    AlternativeHeadline plain = AlternativeHeadline.of("Japan and the Western Balkans");
    AlternativeHeadline seo = AlternativeHeadline.of("Japan’s vision", HeadlineRole.SEO);

    assertThat(plain.text()).isEqualTo("Japan and the Western Balkans");
    assertThat(plain.role()).isEmpty();
    assertThat(seo.role()).contains(HeadlineRole.SEO);
    assertThat(seo.extensions()).isEmpty();
  }

  @Test
  void keepsRoleFromANewerVocabulary() {
    AlternativeHeadline headline =
        AlternativeHeadline.of("Japan’s vision", HeadlineRole.of("acme:push"));
    assertThat(headline.role().orElseThrow().value()).isEqualTo("acme:push");
    assertThat(headline.role().orElseThrow().isKnown()).isFalse();
  }

  @Test
  void rejectsMissingText() {
    assertOnlyViolation("AlternativeHeadline",
        () -> AlternativeHeadline.builder().role(HeadlineRole.SOCIAL).build(), "text",
        "is required", null);
  }

  @Test
  void rejectsBlankText() {
    assertOnlyViolation("AlternativeHeadline", () -> AlternativeHeadline.of("  "), "text",
        "must not be blank", "  ");
  }

  @Test
  void rejectsTextOverTwoLines() {
    assertOnlyViolation("AlternativeHeadline", () -> AlternativeHeadline.of("Japan\u2028Serbia"),
        "text", "must not contain control characters or line breaks", "Japan\\u2028Serbia");
  }

  @Test
  void takesTextUpToTheHeadlineLimit() {
    String longest = "x".repeat(ContentLimits.HEADLINE);
    assertThat(AlternativeHeadline.of(longest).text()).isEqualTo(longest);
    assertOnlyViolation("AlternativeHeadline", () -> AlternativeHeadline.of(longest + "x"),
        "text", "must be at most " + ContentLimits.HEADLINE, "x".repeat(64) + "…");
  }
}
