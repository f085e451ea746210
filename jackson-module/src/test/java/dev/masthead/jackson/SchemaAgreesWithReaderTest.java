package dev.masthead.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.masthead.fixtures.Generators;
import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.codec.Wire;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.Event;
import dev.masthead.model.Organisation;
import dev.masthead.model.Person;
import dev.masthead.model.Place;
import dev.masthead.model.Publication;
import dev.masthead.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published JSON Schema of every document type and the reader ({@code MastheadJson}, whose
 * model values validate themselves) accept the same documents: valid generated ones, hand-written
 * edge cases, and generated documents with one property changed to a value of every other JSON
 * type or to a near miss (one character too long, upper case, a {@code javascript:} URL, ...),
 * removed, repeated, or joined by an odd extension.
 *
 * <p>The only disagreements allowed are the reader refusing a document for rules JSON Schema
 * cannot state ({@link #INEXPRESSIBLE}, listed by name in {@code docs/wire-format.md}, "What the
 * schema cannot say"), and only when every problem the reader reports is one of them. The schema
 * is never stricter than the reader.
 *
 * <p>Sized for the default build: about 12,000 documents judged by both, in a few seconds. For
 * a longer run: {@code -Dmasthead.agreement.seeds=200 -Dmasthead.agreement.mutations=400}.
 */
final class SchemaAgreesWithReaderTest {
  private static final int SEEDS = Integer.getInteger("masthead.agreement.seeds", 8);
  /** Mutations sampled per generated document, besides those across properties. */
  private static final int MUTATIONS = Integer.getInteger("masthead.agreement.mutations", 100);

  private static final MastheadJson JSON = MastheadJson.defaults();
  /** Reads documents into plain maps and lists, numbers digit for digit. */
  private static final JsonMapper TREES = JsonMapper.builder()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .build();
  // As in JsonSchemaTest: 2020-12, formats asserted.
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(
          SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Map<Class<?>, Schema> SCHEMAS = new ConcurrentHashMap<>();

  private static final Generators PLAIN = Generators.defaults();
  private static final Generators EDGY = Generators.builder().edgeCases(0.3).build();

  /**
   * The rules JSON Schema cannot state, by the name {@code docs/wire-format.md} gives each
   * ("What the schema cannot say"), and how to know a reader's violation of it.
   */
  static final Map<String, Predicate<Violation>> INEXPRESSIBLE = inexpressible();

  private static Map<String, Predicate<Violation>> inexpressible() {
    Map<String, Predicate<Violation>> rules = new LinkedHashMap<>();
    rules.put("updated-not-before-published", rule("must not be before published ("));
    rules.put("end-not-before-start", rule("must not be before start ("));
    rules.put("instant-in-range-in-utc", rule("must be in a year from 1 to 9999 in UTC"));
    rules.put("tag-ids-unique", rule("must not repeat a tag id"));
    rules.put("participants-unique", rule("must not repeat a person in the same role"));
    rules.put("event-organisations-unique",
        rule("must not repeat an organisation in the same role"));
    rules.put("same-as-unique-as-uris", rule("must not repeat a URI"));
    rules.put("not-related-to-itself", rule("must not be the article itself"));
    rules.put("not-its-own-parent", rule("must not be the event itself")
        .or(rule("must not be the organisation itself")));
    rules.put("not-contained-in-itself", rule("must not be the place itself"));
    rules.put("alternative-headlines-unique",
        rule("must not repeat a headline in the same role"));
    rules.put("alternative-headline-not-the-headline", rule("must not be the headline"));
    rules.put("paragraph-length", v -> v.pointer().endsWith("/content")
        && v.rule().startsWith("must be at most 50000 characters long"));
    rules.put("time-zone-known", rule("must be a time zone the tz database knows"));
    rules.put("name-bytes", rule("extension name must be at most 256 bytes in UTF-8")
        .or(rule("must be a property name of at most 256 bytes in UTF-8"))
        .or(rule("must be valid JSON: property name longer than 256 bytes in UTF-8")));
    rules.put("extension-count", rule("must have at most 256 entries"));
    rules.put("raw-json-depth", rule("must be valid JSON: nesting deeper than 32"));
    rules.put("number-digits", rule("must be a number of at most 100 digits")
        .or(rule("must be valid JSON: number of more than 100 digits")));
    // The rest of MastheadJson's limits (docs/wire-format.md, "Reading safely").
    rules.put("read-limits", rule("must not nest objects and arrays more than ")
        .or(rule("must be a string of at most "))
        .or(rule("must be a document of at most ")));
    return Map.copyOf(rules);
  }

  private static Predicate<Violation> rule(String prefix) {
    return v -> v.rule().startsWith(prefix);
  }

  // ---------------------------------------------------------------- the documents

  private static final Map<Class<?>, Function<Generators, Function<RandomGenerator, Object>>>
      GENERATORS = Map.of(
          Article.class, g -> g::article,
          ArticleSummary.class, g -> g::articleSummary,
          Event.class, g -> g::event,
          Person.class, g -> g::person,
          Organisation.class, g -> g::organisation,
          Place.class, g -> g::place,
          Publication.class, g -> g::publication);

  static LongStream seeds() {
    return LongStream.range(0, SEEDS);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedDocumentsAreValidToBoth(long seed) {
    List<String> disagreements = new ArrayList<>();
    for (Class<?> type : Wire.documentTypes()) {
      for (Generators generators : List.of(PLAIN, EDGY)) {
        String text = JSON.write(generate(type, generators, seed));
        Verdicts verdicts = judge(type, text);
        if (!verdicts.schemaValid() || !verdicts.readerValid()) {
          disagreements.add(type.getSimpleName() + (generators == EDGY ? " (edge cases)" : "")
              + ": " + verdicts);
        }
      }
    }
    assertThat(disagreements).as("seed %d: generated documents", seed).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mutatedDocumentsGetTheSameVerdict(long seed) {
    List<String> disagreements = new ArrayList<>();
    int judged = 0;
    for (Class<?> type : Wire.documentTypes()) {
      for (Generators generators : List.of(PLAIN, EDGY)) {
        Object document = TREES.readValue(JSON.write(generate(type, generators, seed)),
            Object.class);
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L
            + type.getSimpleName().hashCode() + (generators == EDGY ? 1 : 0));
        for (Mutation mutation : Mutations.sample(document, random, MUTATIONS)) {
          String text = Json.write(mutation.document().get());
          String disagreement = disagreement(type, text);
          judged++;
          if (disagreement != null) {
            disagreements.add(type.getSimpleName() + " " + mutation.what() + ": "
                + disagreement);
          }
        }
      }
    }
    assertThat(judged).isPositive();
    assertThat(disagreements).as("seed %d: %d mutated documents, %d disagreements", seed,
        judged, disagreements.size()).isEmpty();
  }

  /**
   * Hand-written cases: the seed documents with one change each, among them every kind of
   * disagreement an outside comparison found (issue 11).
   */
  static Stream<Arguments> edgeCases() {
    List<Arguments> cases = new ArrayList<>();
    for (EdgeCase edge : EdgeCase.ALL) {
      Object document = TREES.readValue(JSON.write(edge.seed().get()), Object.class);
      cases.add(Arguments.of(edge.name(), edge.type(), Json.write(edge.change().apply(document))));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("edgeCases")
  void edgeCasesGetTheSameVerdict(String name, Class<?> type, String text) {
    assertThat(disagreement(type, text)).as("%s: %s", name, text.length() > 2000
        ? text.substring(0, 2000) + "…" : text).isNull();
  }

  @Test
  void theWireFormatListsEveryRuleTheSchemaCannotSay() throws IOException {
    Path doc = moduleDir().resolveSibling("docs").resolve("wire-format.md");
    String text = Files.readString(doc, StandardCharsets.UTF_8);
    int start = text.indexOf("\n## What the schema cannot say\n");
    assertThat(start).as("docs/wire-format.md has a section \"What the schema cannot say\"")
        .isNotNegative();
    int end = text.indexOf("\n## ", start + 1);
    String section = text.substring(start, end < 0 ? text.length() : end);
    Set<String> listed = new TreeSet<>();
    Matcher name = Pattern.compile("(?m)^- `([a-z0-9-]+)`").matcher(section);
    while (name.find()) {
      listed.add(name.group(1));
    }
    assertThat(listed).as("rule names in \"What the schema cannot say\"")
        .isEqualTo(new TreeSet<>(INEXPRESSIBLE.keySet()));
  }

  // ---------------------------------------------------------------- verdicts

  private static Object generate(Class<?> type, Generators generators, long seed) {
    return GENERATORS.get(type).apply(generators).apply(new SplittableRandom(seed));
  }

  record Verdicts(List<String> schema, List<Violation> reader, int readerCount) {
    boolean schemaValid() {
      return schema.isEmpty();
    }

    boolean readerValid() {
      return readerCount == 0;
    }

    @Override
    public String toString() {
      return "schema " + (schemaValid() ? "valid" : "invalid " + schema.stream().limit(4)
          .toList())
          + ", reader " + (readerValid() ? "valid" : "invalid " + reader);
    }
  }

  private static Verdicts judge(Class<?> type, String text) {
    JUDGED.incrementAndGet();
    List<String> errors;
    try {
      errors = schema(type).validate(text, InputFormat.JSON).stream()
          .map(e -> e.getInstanceLocation() + " " + e.getMessage()).toList();
    } catch (JacksonException e) {
      // Not JSON the validator can parse (a lone surrogate escape in a name): not valid to it.
      errors = List.of("unparseable: " + e.getOriginalMessage());
    }
    try {
      JSON.read(text, type);
      return new Verdicts(errors, List.of(), 0);
    } catch (ContentReadException e) {
      return new Verdicts(errors, e.violations(), e.violationCount());
    }
  }

  /** {@return null if the schema and the reader agree on the document, else how they differ} */
  static @Nullable String disagreement(Class<?> type, String text) {
    Verdicts verdicts = judge(type, text);
    if (verdicts.schemaValid() == verdicts.readerValid()) {
      return null;
    }
    if (verdicts.schemaValid() && verdicts.readerCount() == verdicts.reader().size()
        && verdicts.reader().stream().allMatch(v -> inexpressibleRule(v) != null)) {
      verdicts.reader().forEach(v -> ALLOWED.merge(inexpressibleRule(v), 1, Integer::sum));
      return null;
    }
    return verdicts.toString();
  }

  /** How many documents both judged, in this run. */
  private static final java.util.concurrent.atomic.AtomicInteger JUDGED =
      new java.util.concurrent.atomic.AtomicInteger();

  /** How often each inexpressible rule made the two disagree, in this run. */
  private static final Map<String, Integer> ALLOWED = new ConcurrentHashMap<>();

  private static @Nullable String inexpressibleRule(Violation violation) {
    return INEXPRESSIBLE.entrySet().stream().filter(e -> e.getValue().test(violation))
        .map(Map.Entry::getKey).findFirst().orElse(null);
  }

  @AfterAll
  static void printTheDisagreementsAllowed() {
    System.out.printf("%d documents judged; disagreements allowed, by rule the schema cannot"
        + " say: %s%n", JUDGED.get(), new java.util.TreeMap<>(ALLOWED));
  }

  private static Schema schema(Class<?> type) {
    return SCHEMAS.computeIfAbsent(type, t -> {
      String resource = "/META-INF/masthead/schema/" + t.getSimpleName() + ".schema.json";
      try (InputStream in = dev.masthead.codec.Wire.class.getResourceAsStream(resource)) {
        assertThat(in).as(resource).isNotNull();
        return REGISTRY.getSchema(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static Path moduleDir() {
    Path dir = Path.of("").toAbsolutePath();
    return Files.exists(dir.resolve("jackson-module")) ? dir.resolve("jackson-module") : dir;
  }

  // ---------------------------------------------------------------- JSON as maps and lists

  /** A number written exactly as given: {@code 2.0}, {@code 1e400}. */
  record RawNumber(String text) {}

  /** Writes maps, lists, strings, numbers, booleans and null as JSON, non-ASCII escaped. */
  static final class Json {
    private Json() {}

    static String write(@Nullable Object node) {
      StringBuilder out = new StringBuilder();
      write(node, out);
      return out.toString();
    }

    private static void write(@Nullable Object node, StringBuilder out) {
      if (node == null) {
        out.append("null");
      } else if (node instanceof String s) {
        quote(s, out);
      } else if (node instanceof RawNumber n) {
        out.append(n.text());
      } else if (node instanceof Boolean || node instanceof Number) {
        out.append(node);
      } else if (node instanceof Map<?, ?> map) {
        out.append('{');
        boolean first = true;
        for (Map.Entry<?, ?> e : map.entrySet()) {
          if (!first) {
            out.append(',');
          }
          first = false;
          quote((String) e.getKey(), out);
          out.append(':');
          write(e.getValue(), out);
        }
        out.append('}');
      } else if (node instanceof List<?> list) {
        out.append('[');
        for (int i = 0; i < list.size(); i++) {
          if (i > 0) {
            out.append(',');
          }
          write(list.get(i), out);
        }
        out.append(']');
      } else {
        throw new IllegalArgumentException("not JSON: " + node.getClass());
      }
    }

    /** Quotes a string; every character outside printable ASCII as a \\u escape. */
    private static void quote(String s, StringBuilder out) {
      out.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') {
          out.append('\\').append(c);
        } else if (c < 0x20 || c > 0x7E) {
          out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
        } else {
          out.append(c);
        }
      }
      out.append('"');
    }

    @SuppressWarnings("unchecked")
    static Object copy(@Nullable Object node) {
      if (node instanceof Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put((String) k, copy(v)));
        return copy;
      }
      if (node instanceof List<?> list) {
        List<Object> copy = new ArrayList<>(list.size());
        list.forEach(v -> copy.add(copy(v)));
        return copy;
      }
      return node;
    }
  }

  // ---------------------------------------------------------------- mutations

  /** A changed document, made when it is judged. */
  record Mutation(String what, Supplier<Object> document) {}

  /** Where a value is in a document, and the name of the property it is (or is an element of). */
  record Location(List<Object> path, @Nullable Object value, String name) {
    String pointer() {
      StringBuilder out = new StringBuilder();
      for (Object segment : path) {
        out.append('/').append(segment);
      }
      return out.toString();
    }

    /** The pointer with indices as {@code *}: one shape for every block, tag, span. */
    String shape() {
      StringBuilder out = new StringBuilder();
      for (Object segment : path) {
        out.append('/').append(segment instanceof Integer ? "*" : segment);
      }
      return out.toString();
    }
  }

  static final class Mutations {
    private Mutations() {}

    static final Set<String> ID_NAMES = Set.of("id", "entity", "related", "events", "depicted",
        "containedIn", "speaker", "person", "organisation", "place", "parent", "publisher",
        "country", "jurisdiction", "event");
    static final Set<String> TERM_NAMES = Set.of("kind", "role", "marks");
    static final Set<String> URL_NAMES = Set.of("url", "link", "canonicalUrl", "gallery",
        "website", "sameAs");
    static final Set<String> EMAIL_NAMES = Set.of("email", "tipsEmail");
    static final Set<String> INSTANT_NAMES = Set.of("published", "updated");
    static final Set<String> TIME_NAMES = Set.of("start", "end");
    static final Set<String> INT_NAMES = Set.of("level", "width", "height");
    static final Set<String> LINE_NAMES = Set.of("label", "name", "title", "venue", "section",
        "subtitle", "acronym", "credit", "honorificPrefix", "honorificSuffix", "given", "family",
        "attribution", "tagline");
    static final Set<String> TEXT_NAMES = Set.of("standfirst", "excerpt", "caption",
        "description", "altText");

    /** The limits, in code points, a string property may be at: each is tried, and one more. */
    static List<Integer> limits(String name) {
      if (ID_NAMES.contains(name)) {
        return List.of(128);
      } else if (TERM_NAMES.contains(name) || name.equals("type")) {
        return List.of(64);
      } else if (name.equals("slug")) {
        return List.of(200);
      } else if (name.equals("language")) {
        return List.of(35);
      } else if (URL_NAMES.contains(name)) {
        return List.of(2048);
      } else if (EMAIL_NAMES.contains(name)) {
        return List.of(254);
      } else if (name.equals("headline")) {
        return List.of(500);
      } else if (name.equals("text")) {
        return List.of(500, 10_000, 50_000);
      } else if (LINE_NAMES.contains(name)) {
        return List.of(300);
      } else if (TEXT_NAMES.contains(name)) {
        return List.of(10_000);
      }
      return List.of();
    }

    /**
     * Every candidate change of the document, one location of each shape, then a sample of
     * {@code max}, and the changes that break a rule across properties (always).
     */
    static List<Mutation> sample(Object document, RandomGenerator random, int max) {
      List<Location> all = new ArrayList<>();
      walk(document, new ArrayList<>(), "", all);
      Map<String, List<Location>> byShape = new LinkedHashMap<>();
      for (Location location : all) {
        byShape.computeIfAbsent(location.shape(), k -> new ArrayList<>()).add(location);
      }
      List<Mutation> candidates = new ArrayList<>();
      for (List<Location> same : byShape.values()) {
        Location location = same.get(random.nextInt(same.size()));
        candidates.addAll(mutations(document, location));
      }
      // A partial Fisher-Yates shuffle: the first max are the sample.
      for (int i = 0; i < Math.min(max, candidates.size()); i++) {
        int j = random.nextInt(i, candidates.size());
        Mutation swap = candidates.get(i);
        candidates.set(i, candidates.get(j));
        candidates.set(j, swap);
      }
      List<Mutation> sample = new ArrayList<>(
          candidates.subList(0, Math.min(max, candidates.size())));
      sample.addAll(acrossProperties(document, all));
      return sample;
    }

    private static void walk(@Nullable Object node, List<Object> path, String name,
        List<Location> out) {
      if (!path.isEmpty()) {
        out.add(new Location(List.copyOf(path), node, name));
      }
      if (node instanceof Map<?, ?> map) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
          path.add(e.getKey());
          walk(e.getValue(), path, (String) e.getKey(), out);
          path.remove(path.size() - 1);
        }
      } else if (node instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          path.add(i);
          walk(list.get(i), path, name, out);
          path.remove(path.size() - 1);
        }
      }
    }

    /** Every change of one location. */
    private static List<Mutation> mutations(Object document, Location at) {
      List<Mutation> out = new ArrayList<>();
      for (Object value : otherTypes(at.value())) {
        out.add(replace(document, at, value));
      }
      if (at.value() instanceof String s) {
        for (String value : nearMisses(at.name(), s)) {
          out.add(replace(document, at, value));
        }
      } else if (at.value() instanceof Number) {
        for (String number : List.of("0", "1", "2", "6", "7", "-1", "2.0", "2.5", "1e0",
            "2e0", "1e400", "-0", "0.0", "2147483647", "2147483648", "-2147483649",
            "2.0000000000000000001")) {
          out.add(replace(document, at, new RawNumber(number)));
        }
      } else if (at.value() instanceof List<?> list) {
        out.add(replace(document, at, List.of()));
        if (!list.isEmpty()) {
          List<Object> repeated = new ArrayList<>(list);
          repeated.add(Json.copy(list.get(0)));
          out.add(replace(document, at, repeated));
          List<Object> withNull = new ArrayList<>(list);
          withNull.add(null);
          out.add(replace(document, at, withNull));
        }
      } else if (at.value() instanceof Map<?, ?> map) {
        for (Object name : map.keySet()) {
          Map<String, Object> without = copyOf(map);
          without.remove(name);
          out.add(replace(document, at, without, "without " + name));
        }
        Map<String, Object> empty = new LinkedHashMap<>();
        if (map.get("type") instanceof String type) {
          empty.put("type", type);
        }
        out.add(replace(document, at, empty));
        for (String name : List.of("", " ", "\u00A0", "\u200B", "a\u0001", "a\nb", "a\u2028b",
            "\uD800", "a\uDC00", "\uD83D\uDE80", "x".repeat(256), "x".repeat(257),
            "ü".repeat(128), "ü".repeat(129), "\uD83D\uDE80".repeat(64), "acme:crmId", "type",
            "\u0085")) {
          if (!map.containsKey(name)) {
            Map<String, Object> with = copyOf(map);
            with.put(name, "x");
            out.add(replace(document, at, with, "with extension \"" + escape(name) + "\""));
          }
        }
        out.addAll(objectNearMisses(document, at, map));
      }
      return out;
    }

    /** Changes that only make sense for some objects: both e-mail and URL, an entity, ... */
    private static List<Mutation> objectNearMisses(Object document, Location at, Map<?, ?> map) {
      List<Mutation> out = new ArrayList<>();
      if ("call-to-action".equals(map.get("type"))) {
        Map<String, Object> both = copyOf(map);
        both.putIfAbsent("email", "news@example.com");
        both.putIfAbsent("url", "https://example.com/tips");
        out.add(replace(document, at, both, "with both email and url"));
        Map<String, Object> neither = copyOf(map);
        neither.remove("email");
        neither.remove("url");
        out.add(replace(document, at, neither, "with neither email nor url"));
        Map<String, Object> nullUrl = copyOf(map);
        nullUrl.putIfAbsent("url", null);
        nullUrl.putIfAbsent("email", null);
        out.add(replace(document, at, nullUrl, "with a null email or url"));
      }
      if (map.containsKey("label") && map.containsKey("kind")) { // a tag
        for (String kind : List.of("topic", "acme:thing", "person", "event")) {
          Map<String, Object> tag = copyOf(map);
          tag.put("kind", kind);
          tag.putIfAbsent("entity", "someone");
          out.add(replace(document, at, tag, "as a " + kind + " tag with an entity"));
        }
        Map<String, Object> topic = copyOf(map);
        topic.put("kind", "topic");
        topic.put("entity", null);
        out.add(replace(document, at, topic, "as a topic tag with a null entity"));
      }
      if (map.containsKey("content") && map.get("content") instanceof List<?>) {
        Map<String, Object> blank = copyOf(map);
        blank.put("content", List.of(Map.of("text", " "), Map.of("text", "\u200B\n")));
        out.add(replace(document, at, blank, "with blank spans only"));
      }
      if (map.containsKey("given") || map.containsKey("family")) {
        Map<String, Object> nameless = copyOf(map);
        nameless.remove("given");
        nameless.remove("family");
        out.add(replace(document, at, nameless, "with neither given nor family name"));
      }
      if (map.containsKey("role") && (map.containsKey("name") || map.containsKey("person"))
          && !map.containsKey("organisation")) {
        Map<String, Object> nobody = copyOf(map);
        nobody.remove("name");
        nobody.remove("person");
        out.add(replace(document, at, nobody, "with neither person nor name"));
      }
      return out;
    }

    /**
     * Changes that break a rule relating two values, which the schema cannot state: the reader
     * alone refuses them, for those rules only.
     */
    private static List<Mutation> acrossProperties(Object document, List<Location> all) {
      List<Mutation> out = new ArrayList<>();
      Map<?, ?> root = (Map<?, ?>) document;
      Location top = new Location(List.of(), document, "");
      if (root.containsKey("published")) {
        Map<String, Object> changed = copyOf(root);
        changed.put("published", "2025-12-25T08:00:00Z");
        if (root.containsKey("slug") && root.containsKey("body")) {
          changed.put("updated", "2025-12-24T08:00:00Z");
          out.add(replace(document, top, changed, "updated before published"));
        }
        Map<String, Object> early = copyOf(root);
        early.put("published", "0001-01-01T00:30:00+01:00");
        out.add(replace(document, top, early, "published before the year 1 in UTC"));
        Map<String, Object> late = copyOf(root);
        late.put("published", "9999-12-31T23:30:00-01:00");
        out.add(replace(document, top, late, "published after the year 9999 in UTC"));
      }
      if (root.containsKey("id")) {
        Object id = root.get("id");
        if (root.containsKey("body")) {
          Map<String, Object> changed = copyOf(root);
          changed.put("related", List.of("another-article", id));
          out.add(replace(document, top, changed, "related to itself"));
        }
        if (root.containsKey("kind") && !root.containsKey("countryCode")
            && !root.containsKey("containedIn") || root.containsKey("acronym")
            || root.containsKey("subtitle") || root.containsKey("participants")) {
          Map<String, Object> changed = copyOf(root);
          changed.put("parent", id);
          out.add(replace(document, top, changed, "its own parent"));
        }
        if (root.containsKey("kind") && root.get("name") instanceof String
            && (root.containsKey("countryCode") || root.containsKey("containedIn"))) {
          Map<String, Object> changed = copyOf(root);
          changed.put("containedIn", List.of(id));
          out.add(replace(document, top, changed, "contained in itself"));
        }
      }
      if (root.containsKey("url") && root.containsKey("name") && !root.containsKey("id")) {
        Map<String, Object> changed = copyOf(root);
        changed.put("timeZone", "Mars/Olympus_Mons");
        out.add(replace(document, top, changed, "in a time zone no database knows"));
      }
      Map<String, Object> deep = copyOf(root);
      Object nested = "x";
      for (int i = 0; i < 33; i++) {
        nested = List.of(nested);
      }
      deep.put("acme:deep", nested);
      out.add(replace(document, top, deep, "with an extension 33 levels deep"));
      Map<String, Object> deeper = copyOf(root);
      Object deepest = "x";
      for (int i = 0; i < 70; i++) {
        deepest = List.of(deepest);
      }
      deeper.put("acme:deeper", deepest);
      out.add(replace(document, top, deeper, "with an extension 70 levels deep"));
      Map<String, Object> many = copyOf(root);
      for (int i = 0; i <= 256; i++) {
        many.put("acme:x" + i, i);
      }
      out.add(replace(document, top, many, "with 257 extensions"));
      Map<String, Object> digits = copyOf(root);
      digits.put("acme:big", new RawNumber("1".repeat(101)));
      out.add(replace(document, top, digits, "with a number of 101 digits"));
      for (Location at : all) {
        if (at.value() instanceof Map<?, ?> map && (map.containsKey("start")
            || map.containsKey("end"))) {
          Map<String, Object> changed = copyOf(map);
          changed.put("start", "2025-06-02");
          changed.put("end", "2025-06-01");
          out.add(replace(document, at, changed, "ending before it starts"));
        }
        if (at.value() instanceof List<?> list && !list.isEmpty()
            && list.get(0) instanceof Map<?, ?> first) {
          if (at.name().equals("tags")) {
            Map<String, Object> again = copyOf(first);
            again.put("label", "Another label");
            out.add(replace(document, at, appended(list, again), "a tag id repeated"));
          } else if (at.name().equals("participants")) {
            Map<String, Object> again = copyOf(first);
            again.remove("position");
            out.add(replace(document, at, appended(list, again), "a participant repeated"));
          } else if (at.name().equals("organisations")) {
            out.add(replace(document, at, appended(list, Json.copy(first)),
                "an organisation repeated in its role"));
          } else if (at.name().equals("content")) {
            String half = "a".repeat(25_001);
            out.add(replace(document, at, List.of(Map.of("text", half), Map.of("text", half)),
                "a paragraph too long in all"));
          }
        }
        if (at.name().equals("sameAs") && at.value() instanceof List<?> list && !list.isEmpty()
            && list.get(0) instanceof String uri) {
          String upper = uri.replaceFirst("^https?://[^/]*",
              uri.replaceFirst("^(https?://[^/]*).*$", "$1").toUpperCase(Locale.ROOT));
          if (!upper.equals(uri)) {
            out.add(replace(document, at, appended(list, upper),
                "a URI repeated in another case"));
          }
        }
      }
      return out;
    }

    private static List<Object> appended(List<?> list, Object element) {
      List<Object> out = new ArrayList<>(list);
      out.add(element);
      return out;
    }

    /** One value of every JSON type but the value's own. */
    private static List<Object> otherTypes(@Nullable Object value) {
      List<Object> out = new ArrayList<>();
      if (value != null) {
        out.add(null);
      }
      if (!(value instanceof Boolean)) {
        out.add(Boolean.TRUE);
      }
      if (!(value instanceof Number)) {
        out.add(new RawNumber("1"));
        out.add(new RawNumber("1.5"));
      }
      if (!(value instanceof String)) {
        out.add("x");
      }
      if (!(value instanceof List)) {
        out.add(List.of("x"));
      }
      if (!(value instanceof Map)) {
        out.add(Map.of("x", 1));
      }
      return out;
    }

    /** Strings near a valid value of the property {@code name}, valid or not. */
    static List<String> nearMisses(String name, String value) {
      Set<String> out = new LinkedHashSet<>(List.of("", "  ", "\u00A0", "\u200B",
          value.toUpperCase(Locale.ROOT), value + "\u0001", value + "\n", value + "\t",
          value + "\u2028", value + "\u0085", value + "\u007F", "\uD800" + value,
          value + "\uDC00", value + "\uD83D\uDE80", " " + value + " "));
      for (int limit : limits(name)) {
        out.add(pad(name, value, limit));
        out.add(pad(name, value, limit + 1));
      }
      if (URL_NAMES.contains(name)) {
        out.addAll(URLS);
      } else if (EMAIL_NAMES.contains(name)) {
        out.addAll(EMAILS);
      } else if (INSTANT_NAMES.contains(name)) {
        out.addAll(instants(value));
      } else if (TIME_NAMES.contains(name)) {
        out.addAll(DATES);
        out.addAll(EVENT_TIMES);
      } else if (name.equals("language")) {
        out.addAll(LANGUAGES);
      } else if (name.equals("timeZone")) {
        out.addAll(ZONES);
      } else if (name.equals("countryCode")) {
        out.addAll(COUNTRIES);
      } else if (ID_NAMES.contains(name)) {
        out.addAll(IDS);
      } else if (TERM_NAMES.contains(name)) {
        out.addAll(TERMS);
      } else if (name.equals("slug")) {
        out.addAll(SLUGS);
      } else if (name.equals("type")) {
        out.addAll(BLOCK_TYPES);
      } else if (name.equals("order")) {
        out.addAll(List.of("given-first", "family-first", "GIVEN-FIRST", "middle"));
      }
      out.remove(value);
      return List.copyOf(out);
    }

    /** {@code value} made {@code length} code points long, keeping its form where it can. */
    static String pad(String name, String value, int length) {
      int have = value.codePointCount(0, value.length());
      if (EMAIL_NAMES.contains(name)) {
        // Longer labels in the domain: a@aaa….aaa.example.com
        StringBuilder domain = new StringBuilder("example.com");
        int need = length - 2 - domain.length();
        while (need > 0) {
          int label = Math.min(63, need - 1);
          if (label <= 0) {
            domain.insert(0, "b");
            need--;
            continue;
          }
          domain.insert(0, "a".repeat(label) + ".");
          need -= label + 1;
        }
        return "a@" + domain;
      }
      if (have >= length) {
        return value.substring(0, value.offsetByCodePoints(0, length));
      }
      return value + "a".repeat(length - have);
    }

    private static List<String> instants(String value) {
      List<String> out = new ArrayList<>(List.of(
          value.replace("Z", ".Z"), value.replace('T', 't'), value.replace('Z', 'z'),
          value.replaceFirst(":[0-9]{2}(\\.[0-9]+)?Z$", ":60Z"),
          "2025-12-25T08:00:00.Z", "2025-12-25T08:00:00.123456789Z",
          "2025-12-25T08:00:00.1234567891Z", "2025-12-25T08:00Z", "2025-12-25T08:00:00+01:00",
          "2025-12-25T08:00:00+18:00", "2025-12-25T08:00:00+18:01",
          "2025-12-25T08:00:00+23:59", "2025-12-25T08:00:00-00:00",
          "2025-12-25T08:00:00+0100", "2025-12-25T08:00:00+01:00:30",
          "2025-12-25 08:00:00Z", "2025-12-25T24:00:00Z", "2025-12-25T23:59:60Z",
          "2025-02-29T00:00:00Z", "2024-02-29T00:00:00Z", "1900-02-29T00:00:00Z",
          "2000-02-29T00:00:00Z", "2025-04-31T00:00:00Z", "0000-01-01T00:00:00Z",
          "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999999999Z",
          "+10000-01-01T00:00:00Z", "2025-12-25T08:00:00", "2025-12-25", "yesterday",
          "2025-12-25T08:00:00,5Z", "２０２５-12-25T08:00:00Z"));
      return out;
    }

    static final List<String> URLS = List.of("javascript:alert(1)", "/relative/path",
        "relative", "//example.com/x", "http://", "https:///nohost", "http:/a",
        "http://exa_mple.com/", "http://-a.com/", "http://a-.com/", "http://a..com/",
        "http://1.2.3/", "http://1.2.3.4/", "http://256.1.1.1/", "http://01.2.3.4/",
        "http://123/", "http://localhost/", "http://a.1b/", "http://a.b1/", "http://[::1]/",
        "http://[2001:db8::7]:8080/x", "http://[::1/", "http://[v1.x]/",
        "http://example.com:65535/", "http://example.com:65536/",
        "http://example.com:99999999999/", "http://example.com:/", "HTTP://EXAMPLE.COM/",
        "hTTps://example.com", "http://user:pw@example.com/", "http://us%20er@example.com/",
        "http://example.com/a b", "http://example.com/%zz", "http://example.com/%41",
        "http://example.com/%4", "http://bücher.de/", "http://example.com/ü",
        "http://example.com/a?b=[c]", "http://example.com/a[b]", "http://example.com/#a#b",
        "http://example.com/|", "http://example.com./", "http://example.com/?q#f",
        "http://example.com?q", "http://example.com#f", "ftp://example.com/",
        "mailto:news@example.com", "http://example.com\\x", "http://example.com/\u0000",
        "https://example.com/path/;p=1/~a/!$&'()*+,=:@", "https://example.com/\"",
        "https://example.com/{x}", "https://example.com/^", "https://example.com/`",
        "https://a.b.c.d.e.f.example.com/", "https://example.com:8080",
        "https://xn--bcher-kva.de/", "https://example.com/%E2%82%AC");

    static final List<String> EMAILS = List.of("news", "news@", "@example.com",
        "news@example", "news@theregion", "a..b@example.com", ".a@example.com",
        "a.@example.com", "a@-example.com", "a@example-.com", "a@example.c", "a@example.c0m",
        "a@example.com.", "\"q\"@example.com", "a@[1.2.3.4]", "a b@example.com",
        "ü@example.com", "a@bücher.de", "A@EXAMPLE.COM", "a+b@example.com",
        "a@b@example.com", "a@example.zz", "a".repeat(64) + "@example.com",
        "a".repeat(65) + "@example.com", "!#$%&'*+/=?^_`{|}~-@example.com",
        "a@xn--bcher-kva.de", "a@1example.com", "a@example.123");

    static final List<String> DATES = List.of("2025-12-25", "2025-02-29", "2024-02-29",
        "2100-02-29", "2000-02-29", "2025-04-31", "2025-13-01", "2025-00-10", "0000-01-01",
        "0001-01-01", "9999-12-31", "+10000-01-01", "-0001-01-01", "2025-1-1",
        "2025-12-25T00:00:00Z", "20251225", "2025-12-32");

    static final List<String> EVENT_TIMES = List.of("2025", "0000", "0001", "9999", "10000",
        "+2025", "2025-09", "2025-13", "2025-00", "2025-02-30", "2025-11-20T10:00+01:00",
        "2025-11-20T10:00:00+01:00", "2025-11-20T10:00:00.5+01:00", "2025-11-20T10:00:00Z",
        "2025-11-20T10:00:00", "2025-11-20T24:00:00Z", "2025-11-20T10:00:60Z",
        "2025-11-20T10:00:00+18:00", "2025-11-20T10:00:00+18:01", "2025-11-20T10:00:00-18:00",
        "2025-11-20T10:00:00+00:19:32", "2025-11-20T10:00:00+01", "2025-11-20t10:00:00z",
        "0000-01-01T00:00:00Z", "9999-12-31T23:59:59-18:00", "0001-01-01T00:00:00+18:00",
        "2025-11-20T10:00:00-00:00", "2025-11-20T10:00:00+24:00");

    static final List<String> LANGUAGES = List.of("en", "EN", "en-GB", "en-gb", "sr-Latn-RS",
        "zh-yue-HK", "en-a", "en-a-bb", "english", "abcd", "e", "i-klingon", "en-GB-oed",
        "x-private", "en-x-private", "sr_RS", "en--GB", "en-", "de-DE-1996", "de-1996-1996",
        "en-US-u-ca-gregory", "en-US-u-ca-gregory-u-nu-latn", "und", "art-lojban", "tlh",
        "en-Latn-Latn", "qaa-Qaaa-QM-x-southern", "en-123", "en-US-POSIX", "zh-min-nan",
        "en-x-aaaaaaaaa", "sgn-BE-FR", "de-CH-1901-x-private", "en-0abc", "en-abcd1",
        "ab-abc-abc-abc-abc");

    static final List<String> ZONES = List.of("Europe/Belgrade", "UTC", "GMT", "Etc/GMT+1",
        "Etc/GMT-14", "America/Argentina/Buenos_Aires", "America/Port-au-Prince", "EST5EDT",
        "EST", "+01:00", "-05:00", "Z", "UTC+01:00", "GMT+1", "GMT0", "europe/belgrade",
        "Europe/Belgrade ", "Mars/Olympus_Mons", "Europe//Belgrade", "/Europe",
        "SystemV/AST4", "Etc/Unknown", "UT");

    static final List<String> COUNTRIES = List.of("RS", "rs", "XK", "ZZ", "UK", "GB", "AA",
        "R", "RSD", "R1", " RS", "AN", "CS", "YU", "SS", "EU");

    static final List<String> IDS = List.of("a--b", "-a", "a-", "a:b", "a.b_c:d", "a b", "ü",
        "A", "0", "a".repeat(128), "a".repeat(129), "a__b", "a.-b");

    static final List<String> TERMS = List.of("1abc", "Fireside", "fireside-chat",
        "acme:panelist", "a--b", "a_", "person", "topic", "_a", "a".repeat(64),
        "a".repeat(65), "a1", "a:1");

    static final List<String> SLUGS = List.of("a_b", "a-b", "A-b", "a--b", "a:b", "1-2");

    static final List<String> BLOCK_TYPES = List.of("paragraph", "heading", "quote", "image",
        "link", "call-to-action", "poll", "Poll", "1poll", "acme:chart", "poll-", "",
        "x".repeat(65), "a".repeat(64), "poll_2", "a.b", "PARAGRAPH");

    private static Mutation replace(Object document, Location at, @Nullable Object value) {
      return replace(document, at, value, null);
    }

    private static Mutation replace(Object document, Location at, @Nullable Object value,
        @Nullable String what) {
      String description = at.pointer() + (what != null ? " " + what
          : " := " + abbreviate(Json.write(value)));
      return new Mutation(description, () -> set(document, at.path(), value));
    }

    @SuppressWarnings("unchecked")
    private static Object set(Object document, List<Object> path, @Nullable Object value) {
      if (path.isEmpty()) {
        return Json.copy(value);
      }
      Object copy = Json.copy(document);
      Object parent = copy;
      for (int i = 0; i < path.size() - 1; i++) {
        Object segment = path.get(i);
        parent = segment instanceof Integer index
            ? ((List<Object>) parent).get(index)
            : ((Map<String, Object>) parent).get((String) segment);
      }
      Object last = path.get(path.size() - 1);
      if (last instanceof Integer index) {
        ((List<Object>) parent).set(index, Json.copy(value));
      } else {
        ((Map<String, Object>) parent).put((String) last, Json.copy(value));
      }
      return copy;
    }

    private static Map<String, Object> copyOf(Map<?, ?> map) {
      Map<String, Object> copy = new LinkedHashMap<>();
      map.forEach((k, v) -> copy.put((String) k, v));
      return copy;
    }

    private static String abbreviate(String text) {
      return text.length() > 80 ? text.substring(0, 60) + "…(" + text.length() + ")" : text;
    }

    private static String escape(String name) {
      return abbreviate(Json.write(name));
    }
  }

  // ---------------------------------------------------------------- hand-written cases

  /** A seed document with one change. */
  record EdgeCase(String name, Class<?> type, Supplier<Object> seed,
      Function<Object, Object> change) {
    static final List<EdgeCase> ALL = all();

    private static List<EdgeCase> all() {
      List<EdgeCase> all = new ArrayList<>();
      Supplier<Object> article = SeedCorpus::article;
      Supplier<Object> publication = SeedCorpus::publication;
      Supplier<Object> event = () -> SeedCorpus.events().get(0);
      Supplier<Object> place = () -> SeedCorpus.places().get(0);
      Supplier<Object> person = () -> SeedCorpus.people().get(0);
      all.add(new EdgeCase("a javascript: link", Article.class, article,
          d -> at(d, "/body/0/content/0", "link", "javascript:alert(1)")));
      all.add(new EdgeCase("a javascript: canonical URL", Article.class, article,
          d -> at(d, "", "canonicalUrl", "javascript:alert(document.cookie)")));
      all.add(new EdgeCase("a relative image URL", Article.class, article,
          d -> at(d, "/leadImage", "url", "/images/a.jpg")));
      all.add(new EdgeCase("a URL with an underscore in its host", Article.class, article,
          d -> at(d, "", "canonicalUrl", "https://my_host.example.com/")));
      all.add(new EdgeCase("a call to action with both e-mail and URL", Article.class, article,
          d -> at(d, "/body/13", "url", "https://connectingregion.com/tips")));
      all.add(new EdgeCase("a call to action with neither e-mail nor URL", Article.class,
          article, d -> at(d, "/body/13", "email", REMOVE)));
      all.add(new EdgeCase("an unknown block type in upper case", Article.class, article,
          d -> at(d, "/body/2", "type", "Poll")));
      all.add(new EdgeCase("an unknown block type starting with a digit", Article.class,
          article, d -> at(d, "/body/2", "type", "1poll")));
      all.add(new EdgeCase("an unknown block type ending in '-'", Article.class, article,
          d -> at(d, "/body/2", "type", "poll-")));
      all.add(new EdgeCase("an unknown block type", Article.class, article,
          d -> at(d, "/body/2", "type", "acme:poll")));
      all.add(new EdgeCase("an instant with a dot and no digits", Article.class, article,
          d -> at(d, "", "published", "2025-12-25T08:00:00.Z")));
      all.add(new EdgeCase("an instant with a leap second", Article.class, article,
          d -> at(d, "", "published", "2016-12-31T23:59:60Z")));
      all.add(new EdgeCase("an instant in lower case", Article.class, article,
          d -> at(d, "", "published", "2025-12-25t08:00:00z")));
      all.add(new EdgeCase("an instant with an offset", Article.class, article,
          d -> at(d, "", "published", "2025-12-25T09:00:00+01:00")));
      all.add(new EdgeCase("level 2.0", Article.class, article,
          d -> at(d, "/body/2", "type", "heading", "text", "Heading", "level",
              new RawNumber("2.0"), "image", REMOVE)));
      all.add(new EdgeCase("level 2.5", Article.class, article,
          d -> at(d, "/body/2", "type", "heading", "text", "Heading", "level",
              new RawNumber("2.5"), "image", REMOVE)));
      all.add(new EdgeCase("a control character in a headline", Article.class, article,
          d -> at(d, "", "headline", "Japan\u0007")));
      all.add(new EdgeCase("a blank headline of format characters", Article.class, article,
          d -> at(d, "", "headline", "\u200B\u2060")));
      all.add(new EdgeCase("an ill-formed language tag", Article.class, article,
          d -> at(d, "", "language", "en-a")));
      all.add(new EdgeCase("an upper-case id", Article.class, article,
          d -> at(d, "", "id", "Japan")));
      all.add(new EdgeCase("a topic tag with an entity", Article.class, article,
          d -> at(d, "/tags/9", "entity", "investment")));
      all.add(new EdgeCase("an upper-case entity id", Article.class, article,
          d -> at(d, "/tags/0", "entity", "Japan")));
      all.add(new EdgeCase("a repeated related article", Article.class, article,
          d -> at(d, "", "related", List.of("a", "a"))));
      all.add(new EdgeCase("a null span link", Article.class, article,
          d -> at(d, "/body/0/content/0", "link", null)));
      all.add(new EdgeCase("a lone surrogate in an extension", Article.class, article,
          d -> at(d, "", "acme:note", "\uD800")));
      all.add(new EdgeCase("an offset as time zone", Publication.class, publication,
          d -> at(d, "", "timeZone", "+01:00")));
      all.add(new EdgeCase("a time zone with a prefix", Publication.class, publication,
          d -> at(d, "", "timeZone", "UTC+01:00")));
      all.add(new EdgeCase("an IANA time zone", Publication.class, publication,
          d -> at(d, "", "timeZone", "America/Argentina/Buenos_Aires")));
      all.add(new EdgeCase("an e-mail address without a dot in its domain", Publication.class,
          publication, d -> at(d, "", "tipsEmail", "news@theregion")));
      all.add(new EdgeCase("an event ending on 30 February", Event.class, event,
          d -> at(d, "", "end", "2025-02-30")));
      all.add(new EdgeCase("an event time with a fraction of a second", Event.class, event,
          d -> at(d, "", "start", "2025-11-20T10:00:00.5+01:00", "end", REMOVE)));
      all.add(new EdgeCase("a lower-case country code", Place.class, place,
          d -> at(d, "", "countryCode", "rs")));
      all.add(new EdgeCase("an unassigned country code", Place.class, place,
          d -> at(d, "", "countryCode", "ZZ")));
      all.add(new EdgeCase("a position ending on 29 February 2023", Person.class, person,
          d -> at(d, "/positions/0", "end", "2023-02-29")));
      all.add(new EdgeCase("a position ending in the year 0", Person.class, person,
          d -> at(d, "/positions/0", "end", "0000-12-31")));
      return List.copyOf(all);
    }

    /** Stands for a property to remove. */
    static final Object REMOVE = new Object();

    /** The document with the properties of the object at {@code pointer} set, or removed. */
    @SuppressWarnings("unchecked")
    private static Object at(Object document, String pointer, @Nullable Object... nameValues) {
      Object copy = Json.copy(document);
      Object node = copy;
      for (String segment : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/")) {
        node = node instanceof List<?> list
            ? list.get(Integer.parseInt(segment))
            : ((Map<String, Object>) node).get(segment);
      }
      Map<String, Object> object = (Map<String, Object>) node;
      for (int i = 0; i < nameValues.length; i += 2) {
        if (nameValues[i + 1] == REMOVE) {
          object.remove((String) nameValues[i]);
        } else {
          object.put((String) nameValues[i], nameValues[i + 1]);
        }
      }
      return copy;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
