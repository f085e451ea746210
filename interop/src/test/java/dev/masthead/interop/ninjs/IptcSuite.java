package dev.masthead.interop.ninjs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** IPTC's ninjs test suite and examples (test resources, unchanged) and the table of outcomes. */
final class IptcSuite {
  /**
   * One row of {@code iptc-expectations.tsv}.
   *
   * @param file the document, under {@code iptc/}
   * @param valid whether it is valid ninjs 3.1
   * @param article whether it becomes an article
   * @param expected the pointers (and, for invalid documents, keywords) of its violations
   * @param why the reason, in words
   */
  record Row(String file, boolean valid, boolean article, List<String> expected, String why) {
    byte[] bytes() {
      return IptcSuite.bytes(file);
    }

    @Override
    public String toString() {
      return file;
    }
  }

  private IptcSuite() {}

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    for (String line : text("/iptc-expectations.tsv").split("\n")) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("file\t")) {
        continue;
      }
      String[] cells = line.split("\t");
      List<String> expected = cells[3].equals("-") ? List.of()
          : cells[1].equals("invalid") ? Arrays.asList(cells[3].split(", "))
          : Arrays.asList(cells[3].split(" "));
      rows.add(new Row(cells[0], cells[1].equals("valid"), cells[2].equals("article"),
          expected, cells[4]));
    }
    return rows;
  }

  /** {@return every .json file under iptc/, relative to it} */
  static List<String> files() {
    try {
      Path root = Paths.get(IptcSuite.class.getResource("/iptc").toURI());
      try (Stream<Path> walk = Files.walk(root)) {
        return walk.filter(p -> p.toString().endsWith(".json"))
            .map(p -> root.relativize(p).toString().replace('\\', '/'))
            .sorted().toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(String file) {
    try (InputStream in = IptcSuite.class.getResourceAsStream("/iptc/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no such IPTC file: " + file);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String resource) {
    try (InputStream in = IptcSuite.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
