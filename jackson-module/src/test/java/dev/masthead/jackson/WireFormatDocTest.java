package dev.masthead.jackson;

import dev.masthead.model.ContentReadException;
import static org.assertj.core.api.Assertions.assertThat;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.codec.Wire;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/wire-format.md} shows what the library writes: its generated sections (the property
 * order of every type, the seed article) are the library's own output. When the format changes,
 * run with {@code -Dmasthead.updateDocs=true} to rewrite them, and review the diff.
 */
final class WireFormatDocTest {
  private static final boolean UPDATE = Boolean.getBoolean("masthead.updateDocs");

  private static Path doc() {
    Path dir = Path.of("").toAbsolutePath();
    Path root = Files.exists(dir.resolve("docs")) ? dir : dir.getParent();
    return root.resolve("docs/wire-format.md");
  }

  @SuppressWarnings("unchecked")
  private static String typesSection() {
    Map<String, Map<String, Object>> definitions = new LinkedHashMap<>();
    for (Class<?> type : Wire.documentTypes()) {
      Map<String, Object> schema = Wire.schema(type);
      definitions.putAll((Map<String, Map<String, Object>>) schema.get("$defs"));
    }
    StringBuilder out = new StringBuilder();
    for (Class<?> type : Wire.modelTypes()) {
      Map<String, Object> def = definitions.get(type.getSimpleName());
      if (def == null || !def.containsKey("properties")) {
        continue;
      }
      List<String> required = (List<String>) def.getOrDefault("required", List.of());
      List<String> names = new ArrayList<>();
      for (String name : ((Map<String, Object>) def.get("properties")).keySet()) {
        names.add(required.contains(name) ? "**" + name + "**" : name);
      }
      out.append("- `").append(type.getSimpleName()).append("`: ")
          .append(String.join(", ", names)).append('\n');
    }
    return out.toString();
  }

  private static String seedArticleSection() {
    return "```json\n"
        + MastheadJson.builder().indent(true).build().write(SeedCorpus.article()) + "\n```\n";
  }

  private static String replace(String doc, String name, String body) {
    String begin = "<!-- BEGIN GENERATED: " + name + " -->\n";
    String end = "<!-- END GENERATED: " + name + " -->";
    int from = doc.indexOf(begin);
    int to = doc.indexOf(end);
    assertThat(from).as("marker %s", begin.strip()).isNotNegative();
    assertThat(to).as("marker %s", end).isGreaterThan(from);
    return doc.substring(0, from + begin.length()) + body + doc.substring(to);
  }

  @Test
  void generatedSectionsAreWhatTheLibraryWrites() throws IOException {
    String doc = Files.readString(doc(), StandardCharsets.UTF_8);
    String expected = replace(replace(doc, "types", typesSection()), "seed-article",
        seedArticleSection());
    if (UPDATE) {
      Files.writeString(doc(), expected, StandardCharsets.UTF_8);
    }
    assertThat(doc).as("stale generated sections: rerun with -Dmasthead.updateDocs=true")
        .isEqualTo(expected);
  }

  @Test
  void quotedErrorExampleIsWhatTheReaderSays() throws IOException {
    String doc = Files.readString(doc(), StandardCharsets.UTF_8);
    String bad = "{\"id\":\"Bad Id\",\"slug\":\"a\",\"published\":\"2025-12-25T08:00:00Z\","
        + "\"language\":\"en\",\"body\":[{\"type\":\"paragraph\",\"content\":[]}]}";
    ContentReadException e = org.assertj.core.api.Assertions.catchThrowableOfType(
        ContentReadException.class, () -> MastheadJson.defaults().read(bad,
            dev.masthead.model.Article.class));
    assertThat(doc).contains(e.getMessage());
  }
}
