package dev.masthead.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.masthead.fixtures.Generators;
import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.codec.Wire;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Event;
import dev.masthead.model.Organisation;
import dev.masthead.model.Person;
import dev.masthead.model.Place;
import dev.masthead.model.Publication;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema (2020-12) of every document type is generated from the wire format itself
 * ({@code WireTable} in masthead-codec), checked in twice — in the codec jar under {@code META-INF/masthead/schema/} and in
 * {@code docs/schema/} — and every document the library writes validates against it.
 *
 * <p>When the wire format changes, regenerate the checked-in files with {@code ./mvnw -B -ntp
 * -pl jackson-module -am verify -Dtest=JsonSchemaTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dmasthead.updateSchema=true} and review the diff.
 */
final class JsonSchemaTest {
  private static final boolean UPDATE = Boolean.getBoolean("masthead.updateSchema");
  private static final MastheadJson INDENTED = MastheadJson.builder().indent(true).build();
  // Formats (date-time, date, uri, email) are asserted, not only annotated: stricter than the
  // 2020-12 default, as a service in another language might well be.
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(
          SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final int GENERATED_PER_TYPE = 300;

  static Stream<Class<?>> documentTypes() {
    return Wire.documentTypes().stream();
  }

  private static String generated(Class<?> type) {
    return INDENTED.write(Wire.schema(type)) + "\n";
  }

  private static Path moduleDir() {
    Path dir = Path.of("").toAbsolutePath();
    return Files.exists(dir.resolve("jackson-module")) ? dir.resolve("jackson-module") : dir;
  }

  private static String fileName(Class<?> type) {
    return type.getSimpleName() + ".schema.json";
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentTypes")
  void checkedInSchemaIsTheOneTheWireFormatGenerates(Class<?> type) throws IOException {
    Path inJar = moduleDir().resolveSibling("codec/src/main/resources/META-INF/masthead/schema")
        .resolve(fileName(type));
    Path inDocs = moduleDir().resolveSibling("docs/schema").resolve(fileName(type));
    String expected = generated(type);
    if (UPDATE) {
      Files.createDirectories(inJar.getParent());
      Files.createDirectories(inDocs.getParent());
      Files.writeString(inJar, expected, StandardCharsets.UTF_8);
      Files.writeString(inDocs, expected, StandardCharsets.UTF_8);
    }
    assertThat(inJar).as("stale: regenerate with -Dmasthead.updateSchema=true (see javadoc)")
        .hasContent(expected);
    assertThat(inDocs).as("stale: regenerate with -Dmasthead.updateSchema=true (see javadoc)")
        .hasContent(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documentTypes")
  void schemaShipsInTheJarAndIsAValid2020_12Schema(Class<?> type) throws IOException {
    String resource = "/META-INF/masthead/schema/" + fileName(type);
    try (InputStream in = dev.masthead.codec.Wire.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      JsonNode schema = MastheadJson.defaults().mapper().readTree(in);
      assertThat(schema.get("$schema").asString())
          .isEqualTo("https://json-schema.org/draft/2020-12/schema");
      Schema meta = REGISTRY.getSchema(
          com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
      assertThat(meta.validate(schema)).isEmpty();
    }
  }

  static Stream<Arguments> seedDocuments() {
    List<Arguments> documents = new ArrayList<>();
    documents.add(Arguments.of(Article.class, SeedCorpus.article()));
    documents.add(Arguments.of(Publication.class, SeedCorpus.publication()));
    SeedCorpus.relatedTeasers().forEach(t -> documents.add(Arguments.of(ArticleSummary.class, t)));
    documents.add(Arguments.of(ArticleSummary.class, SeedCorpus.article().summary()));
    SeedCorpus.events().forEach(e -> documents.add(Arguments.of(Event.class, e)));
    SeedCorpus.people().forEach(p -> documents.add(Arguments.of(Person.class, p)));
    SeedCorpus.organisations().forEach(o -> documents.add(Arguments.of(Organisation.class, o)));
    SeedCorpus.places().forEach(p -> documents.add(Arguments.of(Place.class, p)));
    return documents.stream();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("seedDocuments")
  void everySeedDocumentValidates(Class<?> type, Object value) {
    assertValid(type, value, "seed");
  }

  static Stream<Arguments> generators() {
    Generators plain = Generators.defaults();
    Generators edgy = Generators.builder().edgeCases(0.3).build();
    Map<Class<?>, Function<Generators, Function<RandomGenerator, Object>>> byType = Map.of(
        Article.class, g -> g::article,
        ArticleSummary.class, g -> g::articleSummary,
        Event.class, g -> g::event,
        Person.class, g -> g::person,
        Organisation.class, g -> g::organisation,
        Place.class, g -> g::place,
        Publication.class, g -> g::publication);
    return Wire.documentTypes().stream().flatMap(type -> Stream.of(
        Arguments.of(type, "typical", byType.get(type).apply(plain)),
        Arguments.of(type, "edge cases", byType.get(type).apply(edgy))));
  }

  @ParameterizedTest(name = "{0}, {1}")
  @MethodSource("generators")
  void everyGeneratedDocumentValidates(Class<?> type, String kind,
      Function<RandomGenerator, Object> generator) {
    for (int seed = 0; seed < GENERATED_PER_TYPE; seed++) {
      assertValid(type, generator.apply(new SplittableRandom(seed)),
          type.getSimpleName() + " " + kind + " seed " + seed);
    }
  }

  private static final Map<Class<?>, Schema> SCHEMAS = new java.util.concurrent.ConcurrentHashMap<>();

  private static void assertValid(Class<?> type, Object value, String what) {
    Schema schema = SCHEMAS.computeIfAbsent(type, t -> REGISTRY.getSchema(generated(t)));
    JsonNode document = MastheadJson.defaults().mapper()
        .readTree(MastheadJson.defaults().write(value));
    List<Error> errors = schema.validate(document);
    assertThat(errors).as("%s against the %s schema", what, type.getSimpleName()).isEmpty();
  }
}
