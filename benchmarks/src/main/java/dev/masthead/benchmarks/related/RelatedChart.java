package dev.masthead.benchmarks.related;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws query latency against corpus size, one line per system, both axes logarithmic, as an SVG
 * written by hand (no charting dependency), from benchmark output: JMH's JSON ({@code -rf json})
 * or CSV ({@code -rf csv}) of {@link RelatedBenchmark}, or the lines {@link RelatedReport} prints.
 * Given instead the per-query file {@link RelatedReport} writes ({@code -Drelated.perquery}, a
 * {@code .tsv}), it draws the latency distribution at the largest size in the file: for each
 * system, the share of the random stratum's queries answered within a given time (a cumulative
 * distribution, time on a logarithmic axis), its p50, p90 and p99 in the legend, and a dashed
 * line at MoreLikeThis's median over 5, the median issue 15's 5× goal allows.
 *
 * <pre>{@code
 * java -jar benchmarks/target/benchmarks.jar RelatedBenchmark -f 1 -rf json -rff related.json
 * java -cp benchmarks/target/benchmarks.jar dev.masthead.benchmarks.related.RelatedChart \
 *     related.json docs/relatedness-latency.svg ["subtitle"]
 * java -Drelated.perquery=perquery.tsv -cp benchmarks/target/benchmarks.jar \
 *     dev.masthead.benchmarks.related.RelatedReport 1000000
 * java -cp benchmarks/target/benchmarks.jar dev.masthead.benchmarks.related.RelatedChart \
 *     perquery.tsv docs/relatedness-latency-1m.svg ["subtitle"]
 * }</pre>
 */
public final class RelatedChart {
  /** Systems in legend order: JMH method, runner key, label, colour, marker. */
  private static final String[][] SYSTEMS = {
      {"luceneMlt", "lucene_mlt_us", "Lucene 9.12 MoreLikeThis", "#d62728", "square"},
      {"exhaustive", "exhaustive_us", "Exhaustive scan", "#7f7f7f", "diamond"},
      {"mastheadNone", "masthead_none_us", "Masthead NONE", "#2ca02c",
          "triangle"},
      {"masthead", "masthead_us", "Masthead default", "#1f77b4", "circle"},
  };

  private static final int WIDTH = 800;
  private static final int HEIGHT = 480;
  private static final int LEFT = 80;
  private static final int RIGHT = 270;
  private static final int TOP = 60;
  private static final int BOTTOM = 60;

  private RelatedChart() {}

  /**
   * Reads benchmark output and writes the chart.
   *
   * @param args the input (.json, .csv, or the runner's text), the SVG to write, and optionally a
   *     subtitle
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      System.err.println("usage: RelatedChart <jmh.json|jmh.csv|report.txt> <out.svg> [subtitle]");
      System.exit(2);
    }
    Path in = Path.of(args[0]);
    if (in.getFileName().toString().endsWith(".tsv")) {
      String subtitle = args.length > 2 ? args[2]
          : "Random source articles, top 10; time logarithmic. Source: " + in.getFileName();
      Files.writeString(Path.of(args[1]), distribution(in, subtitle), StandardCharsets.UTF_8);
      return;
    }
    Map<String, TreeMap<Integer, Double>> series = read(in);
    String subtitle = args.length > 2 ? args[2]
        : "Average time per query, top 10; both axes logarithmic. Source: " + in.getFileName();
    Files.writeString(Path.of(args[1]), svg(series, subtitle), StandardCharsets.UTF_8);
  }

  /** {@return microseconds per query by JMH method name and corpus size} */
  static Map<String, TreeMap<Integer, Double>> read(Path in) throws IOException {
    Map<String, TreeMap<Integer, Double>> series = new LinkedHashMap<>();
    String name = in.getFileName().toString();
    if (name.endsWith(".json")) {
      for (JsonNode result : JsonMapper.builder().build().readTree(in)) {
        String benchmark = result.get("benchmark").asString();
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        int size = Integer.parseInt(result.get("params").get("size").asString());
        JsonNode metric = result.get("primaryMetric");
        put(series, method, size,
            micros(metric.get("score").asDouble(), metric.get("scoreUnit").asString()));
      }
    } else if (name.endsWith(".csv")) {
      List<String> lines = Files.readAllLines(in, StandardCharsets.UTF_8);
      List<String> header = csv(lines.get(0));
      for (String line : lines.subList(1, lines.size())) {
        List<String> cells = csv(line);
        String benchmark = cells.get(header.indexOf("Benchmark"));
        String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
        int size = Integer.parseInt(cells.get(header.indexOf("Param: size")));
        put(series, method, size, micros(Double.parseDouble(cells.get(header.indexOf("Score"))),
            cells.get(header.indexOf("Unit"))));
      }
    } else {
      for (String line : Files.readAllLines(in, StandardCharsets.UTF_8)) {
        if (!line.startsWith("related N=")) {
          continue;
        }
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : line.substring("related ".length()).split(" ")) {
          int eq = pair.indexOf('=');
          if (eq > 0) {
            pairs.put(pair.substring(0, eq), pair.substring(eq + 1));
          }
        }
        int size = Integer.parseInt(pairs.get("N"));
        for (String[] system : SYSTEMS) {
          if (pairs.containsKey(system[1])) {
            put(series, system[0], size, Double.parseDouble(pairs.get(system[1])));
          }
        }
      }
    }
    return series;
  }

  private static void put(Map<String, TreeMap<Integer, Double>> series, String method, int size,
      double micros) {
    series.computeIfAbsent(method, m -> new TreeMap<>()).put(size, micros);
  }

  private static double micros(double score, String unit) {
    return switch (unit) {
      case "ns/op" -> score / 1e3;
      case "us/op" -> score;
      case "ms/op" -> score * 1e3;
      case "s/op" -> score * 1e6;
      default -> throw new IllegalArgumentException("not a time per operation: " + unit);
    };
  }

  private static List<String> csv(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return cells;
  }

  /** {@return the chart} */
  static String svg(Map<String, TreeMap<Integer, Double>> series, String subtitle) {
    double minX = Double.MAX_VALUE;
    double maxX = 0;
    double minY = Double.MAX_VALUE;
    double maxY = 0;
    for (TreeMap<Integer, Double> points : series.values()) {
      for (Map.Entry<Integer, Double> p : points.entrySet()) {
        minX = Math.min(minX, p.getKey());
        maxX = Math.max(maxX, p.getKey());
        minY = Math.min(minY, p.getValue());
        maxY = Math.max(maxY, p.getValue());
      }
    }
    if (maxX == 0) {
      throw new IllegalArgumentException("no RelatedBenchmark results in the input");
    }
    // Whole decades on both axes; x padded by a fifth of a decade so end points are not clipped.
    double x0 = Math.log10(minX) - 0.2;
    double x1 = Math.log10(maxX) + 0.2;
    double y0 = Math.floor(Math.log10(minY));
    double y1 = Math.ceil(Math.log10(maxY));
    if (y1 == y0) {
      y1++;
    }
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    StringBuilder s = open("Related articles, top 10: query latency vs corpus size", subtitle);

    // Grid and axes.
    for (int decade = (int) y0; decade <= (int) y1; decade++) {
      for (int m = 1; m < 10; m++) {
        double v = Math.log10(m) + decade;
        if (v > y1) {
          break;
        }
        double y = TOP + plotH - (v - y0) / (y1 - y0) * plotH;
        s.append(line(LEFT, y, LEFT + plotW, y, m == 1 ? "#cccccc" : "#eeeeee"));
        if (m == 1) {
          s.append(text(LEFT - 8, y + 4, "end", 12, "normal", duration(Math.pow(10, decade))));
        }
      }
    }
    for (int decade = (int) Math.ceil(x0); decade <= (int) Math.floor(x1); decade++) {
      double x = LEFT + (decade - x0) / (x1 - x0) * plotW;
      s.append(line(x, TOP, x, TOP + plotH, "#cccccc"));
      s.append(text(x, TOP + plotH + 18, "middle", 12, "normal", count(Math.pow(10, decade))));
    }
    axes(s, plotW, plotH, "articles in the corpus (log scale)", "time per query (log scale)");

    // One line per system, its points labelled.
    int legend = 0;
    for (String[] system : SYSTEMS) {
      TreeMap<Integer, Double> points = series.get(system[0]);
      if (points == null) {
        continue;
      }
      StringBuilder path = new StringBuilder();
      List<double[]> xy = new ArrayList<>();
      for (Map.Entry<Integer, Double> p : points.entrySet()) {
        double x = LEFT + (Math.log10(p.getKey()) - x0) / (x1 - x0) * plotW;
        double y = TOP + plotH - (Math.log10(p.getValue()) - y0) / (y1 - y0) * plotH;
        path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT,
            "%.1f %.1f", x, y));
        xy.add(new double[] {x, y, p.getValue()});
      }
      s.append(String.format(Locale.ROOT,
          "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", path, system[3]));
      for (double[] p : xy) {
        s.append(marker(system[4], p[0], p[1], system[3]));
        s.append(text(p[0] + 7, p[1] - 6, "start", 10, "normal", duration(p[2]))
            .replace("<text ", "<text fill=\"" + system[3] + "\" paint-order=\"stroke\""
                + " stroke=\"white\" stroke-width=\"3\" "));
      }
      double ly = TOP + 10 + legend * 22;
      double lx = LEFT + plotW + 20;
      s.append(legendLine(lx, ly, system[3]));
      s.append(marker(system[4], lx + 12, ly, system[3]));
      s.append(text(lx + 32, ly + 4, "start", 12, "normal", system[2]));
      legend++;
    }
    // How many times faster than MoreLikeThis each Masthead mode is, per size.
    TreeMap<Integer, Double> lucene = series.get("luceneMlt");
    double ly = TOP + 10 + legend * 22 + 16;
    for (String[] mode : new String[][] {{"masthead", "default"}, {"mastheadNone", "NONE"}}) {
      TreeMap<Integer, Double> points = series.get(mode[0]);
      if (lucene == null || points == null) {
        continue;
      }
      s.append(text(LEFT + plotW + 20, ly, "start", 11, "bold",
          "Speedup vs MoreLikeThis, " + mode[1] + ":"));
      ly += 16;
      for (Map.Entry<Integer, Double> p : points.entrySet()) {
        Double l = lucene.get(p.getKey());
        if (l != null) {
          s.append(text(LEFT + plotW + 28, ly, "start", 11, "normal", String.format(Locale.ROOT,
              "%s articles: %.1f×", count(p.getKey()), l / p.getValue())));
          ly += 15;
        }
      }
      ly += 8;
    }
    s.append("</svg>\n");
    return s.toString();
  }

  /** {@return the latency distribution chart, from the runner's per-query file} */
  static String distribution(Path in, String subtitle) throws IOException {
    List<String> lines = Files.readAllLines(in, StandardCharsets.UTF_8);
    List<String[]> rows = new ArrayList<>();
    List<String> header = List.of();
    int size = 0;
    for (String line : lines) {
      String[] cells = line.split("\t");
      if (cells[0].equals("N")) {
        header = List.of(cells);
      } else if (!line.isBlank()) {
        rows.add(cells);
        size = Math.max(size, Integer.parseInt(cells[0]));
      }
    }
    if (rows.isEmpty()) {
      throw new IllegalArgumentException("no per-query rows in " + in);
    }
    // Systems in legend order: the per-query file's column, label, colour.
    String[][] systems = {
        {"lucene_mlt_us", "Lucene 9.12 MoreLikeThis", "#d62728"},
        {"masthead_none_us", "Masthead NONE", "#2ca02c"},
        {"masthead_us", "Masthead default", "#1f77b4"},
    };
    List<double[]> sorted = new ArrayList<>();
    double min = Double.MAX_VALUE;
    double max = 0;
    for (String[] system : systems) {
      int column = header.indexOf(system[0]);
      List<Double> values = new ArrayList<>();
      for (String[] row : rows) {
        if (Integer.parseInt(row[0]) == size && row[1].equals("random")) {
          values.add(Double.parseDouble(row[column]));
        }
      }
      double[] v = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
      sorted.add(v);
      min = Math.min(min, v[0]);
      max = Math.max(max, v[v.length - 1]);
    }
    double x0 = Math.floor(Math.log10(min));
    double x1 = Math.ceil(Math.log10(max));
    int plotW = WIDTH - LEFT - RIGHT;
    int plotH = HEIGHT - TOP - BOTTOM;
    StringBuilder s = open("Related articles, top 10: latency distribution at " + count(size)
        + " articles", subtitle);
    for (int decade = (int) x0; decade <= (int) x1; decade++) {
      for (int m = 1; m < 10; m++) {
        double v = Math.log10(m) + decade;
        if (v > x1) {
          break;
        }
        double x = LEFT + (v - x0) / (x1 - x0) * plotW;
        s.append(line(x, TOP, x, TOP + plotH, m == 1 ? "#cccccc" : "#eeeeee"));
        if (m == 1) {
          s.append(text(x, TOP + plotH + 18, "middle", 12, "normal",
              duration(Math.pow(10, decade))));
        }
      }
    }
    for (int pct = 0; pct <= 100; pct += 10) {
      double y = TOP + plotH - pct / 100.0 * plotH;
      boolean marked = pct == 0 || pct == 50 || pct == 90 || pct == 100;
      s.append(line(LEFT, y, LEFT + plotW, y, marked ? "#cccccc" : "#eeeeee"));
      s.append(text(LEFT - 8, y + 4, "end", 12, "normal", pct + "%"));
    }
    double y99 = TOP + plotH - 0.99 * plotH;
    s.append(line(LEFT, y99, LEFT + plotW, y99, "#cccccc").replace("/>",
        " stroke-dasharray=\"4 3\"/>"));
    s.append(text(LEFT + plotW - 4, y99 + 12, "end", 10, "normal", "99%"));
    axes(s, plotW, plotH, "time per query (log scale)", "share of queries answered within");
    double ly = TOP + 10;
    for (int i = 0; i < systems.length; i++) {
      double[] v = sorted.get(i);
      StringBuilder path = new StringBuilder();
      for (int q = 0; q < v.length; q++) {
        double x = LEFT + (Math.log10(v[q]) - x0) / (x1 - x0) * plotW;
        double yBefore = TOP + plotH - (double) q / v.length * plotH;
        double yAfter = TOP + plotH - (q + 1.0) / v.length * plotH;
        path.append(path.length() == 0 ? "M" : " L").append(String.format(Locale.ROOT,
            "%.1f %.1f L%.1f %.1f", x, yBefore, x, yAfter));
      }
      s.append(String.format(Locale.ROOT,
          "<path d=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\"/>%n", path,
          systems[i][2]));
      double lx = LEFT + plotW + 20;
      s.append(legendLine(lx, ly, systems[i][2]));
      s.append(text(lx + 32, ly + 4, "start", 12, "normal", systems[i][1]));
      s.append(text(lx + 32, ly + 20, "start", 11, "normal", String.format(Locale.ROOT,
          "p50 %s, p90 %s", duration(rank(v, 50)), duration(rank(v, 90)))));
      s.append(text(lx + 32, ly + 35, "start", 11, "normal", String.format(Locale.ROOT,
          "p99 %s; %,d queries", duration(rank(v, 99)), v.length)));
      ly += 56;
    }
    // The median a 5× goal allows: MoreLikeThis's median over 5.
    double goal = rank(sorted.get(0), 50) / 5;
    double gx = LEFT + (Math.log10(goal) - x0) / (x1 - x0) * plotW;
    s.append(line(gx, TOP, gx, TOP + plotH, "#d62728").replace("/>",
        " stroke-dasharray=\"5 4\"/>"));
    s.append(text(gx + 4, TOP + 12, "start", 10, "normal",
        "MoreLikeThis p50 ÷ 5 = " + duration(goal)));
    s.append("</svg>\n");
    return s.toString();
  }

  /** {@return a chart's SVG so far: the element, a white background, the title and subtitle} */
  private static StringBuilder open(String title, String subtitle) {
    StringBuilder s = new StringBuilder();
    s.append(String.format(Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
            + " font-family=\"Helvetica, Arial, sans-serif\" font-size=\"12\">%n",
        WIDTH, HEIGHT, WIDTH, HEIGHT));
    s.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
    s.append(text(LEFT, 24, "start", 16, "bold", title));
    s.append(text(LEFT, 42, "start", 11, "normal", subtitle));
    return s;
  }

  /** The plot's two axes and their labels, the vertical one turned. */
  private static void axes(StringBuilder s, int plotW, int plotH, String xLabel, String yLabel) {
    s.append(line(LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "#333333"));
    s.append(line(LEFT, TOP, LEFT, TOP + plotH, "#333333"));
    s.append(text(LEFT + plotW / 2.0, HEIGHT - 16, "middle", 12, "normal", xLabel));
    s.append(String.format(Locale.ROOT,
        "<text x=\"18\" y=\"%.1f\" text-anchor=\"middle\" font-size=\"12\" transform=\"rotate(-90"
            + " 18 %.1f)\">%s</text>%n",
        TOP + plotH / 2.0, TOP + plotH / 2.0, escape(yLabel)));
  }

  /** {@return a legend's line, as thick as the series it names} */
  private static String legendLine(double x, double y, String colour) {
    return line(x, y, x + 24, y, colour).replace("stroke-width=\"1\"", "stroke-width=\"2\"");
  }

  /** {@return the nearest-rank percentile of sorted values} */
  private static double rank(double[] sorted, double percent) {
    int r = (int) Math.ceil(percent / 100 * sorted.length);
    return sorted[Math.max(0, r - 1)];
  }

  private static String line(double x1, double y1, double x2, double y2, String colour) {
    return String.format(Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>%n",
        x1, y1, x2, y2, colour);
  }

  private static String text(double x, double y, String anchor, int size, String weight,
      String content) {
    return String.format(Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"%d\" font-weight=\"%s\">%s"
            + "</text>%n",
        x, y, anchor, size, weight, escape(content));
  }

  private static String marker(String shape, double x, double y, String colour) {
    return switch (shape) {
      case "square" -> String.format(Locale.ROOT,
          "<rect x=\"%.1f\" y=\"%.1f\" width=\"8\" height=\"8\" fill=\"%s\"/>%n",
          x - 4, y - 4, colour);
      case "diamond" -> String.format(Locale.ROOT,
          "<path d=\"M%.1f %.1f l5 5 l-5 5 l-5 -5 z\" fill=\"%s\"/>%n", x, y - 5, colour);
      case "triangle" -> String.format(Locale.ROOT,
          "<path d=\"M%.1f %.1f l5 9 l-10 0 z\" fill=\"%s\"/>%n", x, y - 5, colour);
      default -> String.format(Locale.ROOT,
          "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"4.5\" fill=\"%s\"/>%n", x, y, colour);
    };
  }

  /** A duration in microseconds, e.g. {@code 12 µs}, {@code 3.3 ms}. */
  static String duration(double micros) {
    if (micros >= 1e6) {
      return trim(micros / 1e6) + " s";
    }
    if (micros >= 1e3) {
      return trim(micros / 1e3) + " ms";
    }
    if (micros >= 1) {
      return trim(micros) + " µs";
    }
    return trim(micros * 1e3) + " ns";
  }

  private static String count(double n) {
    if (n >= 1e6) {
      return trim(n / 1e6) + "M";
    }
    if (n >= 1e3) {
      return trim(n / 1e3) + "k";
    }
    return trim(n);
  }

  private static String trim(double v) {
    String s = v >= 100 ? String.format(Locale.ROOT, "%.0f", v)
        : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
        : String.format(Locale.ROOT, "%.2f", v);
    return s.contains(".") ? s.replaceAll("0+$", "").replaceAll("\\.$", "") : s;
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
