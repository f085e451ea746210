package dev.masthead.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every recipe runs in the build, and prints what the README says it prints. */
final class TourTest {
  /** A row of an explanation: tag, kind, df, idf, weight, contribution. */
  private static final Pattern CONTRIBUTION =
      Pattern.compile("(?m)^   \\S+ +\\S+ +\\d+ +[\\d.]+ +[\\d.]+ +([\\d.]+)$");
  private static final Pattern SCORE = Pattern.compile("(?m)decay [\\d.]+  score ([\\d.]+)$");

  private static String run(Runnable main) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      main.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void quickStartPrintsWhatTheReadmeShows() {
    String out = run(() -> QuickStart.main(new String[0]));
    assertThat(out).isEqualToNormalizingNewlines(String.join("\n",
        "{\"id\":\"japans-long-term-vision\","
            + "\"slug\":\"japans-long-term-vision-for-the-western-balkans\","
            + "\"headline\":\"Japan’s Long-Term Vision for the Western Balkans\","
            + "\"body\":[{\"type\":\"paragraph\",\"content\":[{\"text\":"
            + "\"A fireside chat on Japan’s part in the region.\"}]}],"
            + "\"published\":\"2025-12-25T08:00:00Z\",\"language\":\"en\","
            + "\"tags\":[{\"id\":\"serbia\",\"kind\":\"place\",\"label\":\"Serbia\","
            + "\"entity\":\"serbia\"}]}",
        "true",
        ""));
  }

  @Test
  void seedArticleSummaryPrintsHeadlineDatePeopleEventsOrganisationsAndTags() {
    String out = run(() -> SeedArticleSummary.main(new String[0]));
    assertThat(out).contains(
        "Japan’s Long-Term Vision for the Western Balkans",
        "Thursday, 25 December 2025 · The Region",
        "H.E. Akira Imamura, Ambassador of Japan to Serbia",
        "Oliver Lepori, Executive Director, Japanese Business Alliance",
        "Western Balkans 2030 – Connecting Today’s Efforts to Tomorrow’s Europe (conference)",
        "fireside-chat: Japan’s Innovative Approach to the Western Balkans",
        "supporter: European Investment Bank (EIB), United Nations Office for Project Services"
            + " (UNOPS)",
        "partner: Japanese Business Alliance",
        "person: Akira Imamura, Oliver Lepori");
  }

  @Test
  void validationErrorsListsEveryViolationWithItsPointer() {
    String out = run(() -> ValidationErrors.main(new String[0]));
    assertThat(out).contains("Invalid Article (6 problems)", "/slug", "/headline",
        "/updated", "/language", "/tags/1", "/canonicalUrl");
  }

  @Test
  void openVocabulariesKeepsUnknownValuesVerbatim() {
    String out = run(() -> OpenVocabularies.main(new String[0]));
    assertThat(out).contains("kind hackathon, known: false", "role acme:mentor, known: false",
        "fireside-chat is the constant: true", "acme:crmId=\"crm-4711\"");
  }

  @Test
  void jsonRoundTripKeepsWhatANewerVersionAddedAndReportsEveryProblem() {
    String out = run(() -> JsonRoundTrip.main(new String[0]));
    assertThat(out).contains(
        "read back equal: true",
        "unknown fields kept: [pronouns] and [acme:kana]",
        "byte for byte the same: true",
        "kept as UnknownBlock [question, options]; written back as the same JSON tree: true",
        "Cannot read Article (5 problems)",
        "/published: must be an RFC 3339 date-time",
        "/tags/0/label: is required");
  }

  @Test
  void problemDetailsPrintsAProblemBodyWithEveryViolationByItsPointer() {
    String out = run(() -> ProblemDetails.main(new String[0]));
    tools.jackson.databind.JsonNode body =
        dev.masthead.jackson.MastheadJson.defaults().mapper().readTree(out);

    assertThat(body.get("title").asString()).isEqualTo("Invalid Article");
    assertThat(body.get("status").asInt()).isEqualTo(400);
    assertThat(body.get("detail").asString()).isEqualTo("3 problems");
    assertThat(body.get("errors").valueStream().map(e -> e.get("pointer").asString()))
        .containsExactly("/id", "/published", "/tags/0/label");
    assertThat(body.get("errors").get(0).get("value").asString()).isEqualTo("Bad Id");
  }

  @Test
  void relatedArticlesExplainsEachScoreAsTheSumOfItsTagsContributions() {
    String out = run(() -> RelatedArticles.main(new String[0]));
    assertThat(out).contains(
        "Related to japans-long-term-vision-western-balkans (11 tags), among 2010 articles:",
        "1. western-balkans-2030-programme  score 0.641248",
        "   western-balkans-2030       event           2  6.690  10.035      0.246671",
        "   serbia                     place         832  0.882   0.441      0.012875",
        "   S 26.087  W(a) 57.212  W(b) 26.087  OCHIAI factor 0.025885",
        "   55.9 days apart  decay 0.949628  score 0.641248",
        "5. synthetic-371  score 0.052799");

    // Each result's printed contributions add up to its printed score, to the rounding.
    List<String> blocks = List.of(out.split("\\R\\R"));
    assertThat(blocks).hasSize(6);
    for (String result : blocks.subList(1, 6)) {
      double sum = CONTRIBUTION.matcher(result).results()
          .mapToDouble(m -> Double.parseDouble(m.group(1))).sum();
      Matcher score = SCORE.matcher(result);
      assertThat(score.find()).as(result).isTrue();
      assertThat(sum).as(result).isCloseTo(Double.parseDouble(score.group(1)), within(5e-6));
    }
    // The source is never one of its own related articles.
    assertThat(out).doesNotContain(". japans-long-term-vision-western-balkans");
  }

  @Test
  void jsonLdForAPagePrintsTheSeedGraphInItsScriptElement() throws Exception {
    String out = run(() -> JsonLdForAPage.main(new String[0])).strip();
    String start = "<script type=\"application/ld+json\">";
    assertThat(out).startsWith(start).endsWith("</script>");
    JsonNode document = JsonMapper.builder().build()
        .readTree(out.substring(start.length(), out.length() - "</script>".length()));
    assertThat(document.get("@context").asString()).isEqualTo("https://schema.org");
    assertThat(document.get("@graph").valueStream().map(node -> node.get("@id").asString()))
        .contains("https://connectingregion.com/japans-long-term-vision-for-the-western-balkans/#article",
            "https://connectingregion.com/#/schema/person/akira-imamura",
            "https://connectingregion.com/#/schema/event/western-balkans-2030");
    JsonNode article = document.get("@graph").get(0);
    assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
    assertThat(article.get("headline").asString())
        .isEqualTo("Japan’s Long-Term Vision for the Western Balkans");
    assertThat(article.get("datePublished").asString()).isEqualTo("2025-12-25T09:00:00+01:00");
  }

  @Test
  void ninjsExchangeGoesOutAndComesBackAndRefusesWhatCannotBeAnArticle() {
    String out = run(() -> NinjsExchange.main(new String[0]));
    assertThat(out).contains(
        "uri tag:connectingregion.com,2025:article:japans-long-term-vision-western-balkans",
        "bodies [main (application/xhtml+xml), masthead (application/vnd.masthead+json;"
            + " type=article; version=1)]",
        "read back identical: true",
        "partner item: 4711, \"Ports of the Adriatic invest in rail links\","
            + " 2025-12-24T17:00:00Z, tags 1",
        "ninjs:urgency",
        "refused: /headlines ", "refused: /firstCreated ", "refused: /language ");
  }

  @Test
  void tourRunsEveryRecipeUnderItsHeading() {
    String out = run(() -> Tour.main(new String[0]));
    assertThat(out).contains("== 1. Quick start (QuickStart) ==",
        "== 2. The seed article, summarised (SeedArticleSummary) ==",
        "== 3. Validation", "== 4. Open vocabularies", "== 5. JSON",
        "== 6. Bad content as an RFC 9457 problem body (ProblemDetails) ==",
        "== 7. Related articles, explained tag by tag (RelatedArticles) ==",
        "== 8. schema.org JSON-LD for the article's page (JsonLdForAPage) ==",
        "== 9. IPTC ninjs 3.1 out and in (NinjsExchange) ==");
  }
}
