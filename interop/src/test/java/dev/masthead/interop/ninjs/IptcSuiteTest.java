package dev.masthead.interop.ninjs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.Violation;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every document of IPTC's ninjs test suite and examples ends as its row in {@code
 * iptc-expectations.tsv} says: every should_fail document is rejected as invalid ninjs at the
 * expected pointers; every valid one is imported, or rejected only for an Article need.
 */
final class IptcSuiteTest {
  /** The rules a valid document may be rejected for, by pointer: what an Article needs. */
  private static final Set<String> NEEDS = Set.of("/type", "/headlines", "/firstCreated",
      "/language");

  static List<IptcSuite.Row> rows() {
    return IptcSuite.rows();
  }

  @Test
  void everyFileHasOneRowAndEveryRowAFile() {
    List<String> files = IptcSuite.files();
    List<String> rows = rows().stream().map(IptcSuite.Row::file).toList();
    assertThat(rows).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(files);
    assertThat(files).hasSize(45);
  }

  @Test
  void theTableAgreesWithTheSuiteLayout() {
    for (IptcSuite.Row row : rows()) {
      assertThat(row.valid()).as(row.file()).isEqualTo(!row.file().contains("/should_fail/"));
    }
    assertThat(rows()).filteredOn(IptcSuite.Row::valid).hasSize(36);
    assertThat(rows()).filteredOn(IptcSuite.Row::article)
        .extracting(IptcSuite.Row::file)
        .containsExactlyInAnyOrder("examples/3.1/005_complex_text_article.json",
            "examples/3.1/007_multimedia.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void endsAsItsRowSays(IptcSuite.Row row) {
    byte[] bytes = row.bytes();
    assertThat(StockSchema.errorsAnnotatingFormats(new String(bytes, StandardCharsets.UTF_8)))
        .as("valid under the stock schema").matches(errors -> errors.isEmpty() == row.valid());
    if (row.article()) {
      Article article = NinjsReader.defaults().read(bytes);
      assertThat(article.headline()).isNotBlank();
      return;
    }
    ContentReadException e = catchThrowableOfType(ContentReadException.class,
        () -> NinjsReader.defaults().read(bytes));
    assertThat(e).as("rejected").isNotNull();
    List<Violation> violations = e.violations();
    if (row.valid()) {
      assertThat(violations).extracting(Violation::pointer)
          .containsExactlyElementsOf(row.expected());
      assertThat(violations).extracting(Violation::pointer).allMatch(NEEDS::contains);
      assertThat(violations).extracting(Violation::rule)
          .allMatch(rule -> rule.startsWith("an Article needs")
              || rule.startsWith("an Article is a ninjs item of type text or composite"));
    } else {
      List<String> found = violations.stream()
          .map(v -> (v.pointer().isEmpty() ? "(root)" : v.pointer()) + " "
              + v.rule().substring(0, v.rule().indexOf(':')))
          .toList();
      assertThat(found).containsAll(row.expected());
      assertThat(violations).extracting(Violation::rule)
          .noneMatch(rule -> rule.startsWith("an Article"));
    }
  }

  @Test
  void onlyTheRenditionsExampleFailsWhenFormatsAreAsserted() {
    List<String> failing = rows().stream().filter(IptcSuite.Row::valid)
        .filter(row -> !StockSchema.errors(new String(row.bytes(), StandardCharsets.UTF_8))
            .isEmpty())
        .map(IptcSuite.Row::file).toList();
    // Its "uri" is "renditions-example": why the run-time check takes formats as annotations.
    assertThat(failing).containsExactly("examples/3.1/002_renditions_example.json");
  }

  @Test
  void aDefaultLanguageImportsTheExamplesThatLackOnlyIt() {
    NinjsReader reader = NinjsReader.builder().defaultLanguage("en").build();
    List<IptcSuite.Row> onlyLanguage = rows().stream()
        .filter(row -> row.expected().equals(List.of("/language"))).toList();
    assertThat(onlyLanguage).extracting(IptcSuite.Row::file).containsExactly(
        "examples/3.1/001_simple_example.json", "examples/3.1/003_associations_example.json",
        "examples/3.1/004_simple_text_article.json");
    for (IptcSuite.Row row : onlyLanguage) {
      assertThat(reader.read(row.bytes()).language()).as(row.file()).isEqualTo("en");
    }
  }
}
