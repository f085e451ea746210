package dev.masthead.jackson;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.fixtures.SeedDocument;
import dev.masthead.model.Directory;
import dev.masthead.model.Identifier;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The seed corpus as JSON resources in the fixtures jar ({@link SeedCorpus#documents()}, under
 * {@code META-INF/masthead/fixtures/seed/}): each file is what {@code
 * MastheadJson.builder().indent(true)} writes for its value, followed by one {@code "\n"}, byte
 * for byte; it reads into exactly that value; it validates against the checked-in JSON Schema of
 * its type; and the documents cover every value {@link SeedCorpus} exposes, with no other file
 * beside them. The fixtures module cannot check this itself: it must not depend on this one.
 *
 * <p>After a deliberate change of the seed corpus or of the wire format, rewrite the files in
 * {@code fixtures/src/main/resources/META-INF/masthead/fixtures/seed/} (and delete files no
 * document names any more) with
 *
 * <pre>{@code
 * ./mvnw -B -ntp -pl jackson-module -am verify -Dtest=SeedResourcesTest \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dmasthead.updateFixtures=true
 * }</pre>
 *
 * <p>and review their diff. That run checks the rewritten source files, since the fixtures jar on
 * its class path was packaged before they were rewritten; any run without the switch checks the
 * files in the jar.
 */
final class SeedResourcesTest {
  private static final boolean UPDATE = Boolean.getBoolean("masthead.updateFixtures");
  private static final String SEED_DIRECTORY = "META-INF/masthead/fixtures/seed/";

  private static final MastheadJson INDENTED = MastheadJson.builder().indent(true).build();
  // As in JsonSchemaTest: formats (date-time, uri, email, ...) are asserted, not only annotated.
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(
          SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
  private static final Map<Class<?>, Schema> SCHEMAS = new ConcurrentHashMap<>();

  static List<SeedDocument<?>> documents() {
    return SeedCorpus.documents();
  }

  /** The fixtures module's resource directory in the source tree. */
  private static Path sourceResources() {
    Path dir = Path.of("").toAbsolutePath();
    Path root = Files.exists(dir.resolve("fixtures")) ? dir : dir.getParent();
    return root.resolve("fixtures/src/main/resources");
  }

  private static byte[] expected(SeedDocument<?> document) {
    return (INDENTED.write(document.value()) + "\n").getBytes(UTF_8);
  }

  /**
   * The resource's bytes as the fixtures jar ships them; in update mode, as the source tree holds
   * them, since the jar on the class path was packaged before they were rewritten.
   */
  private static byte[] shipped(SeedDocument<?> document) throws IOException {
    if (UPDATE) {
      return Files.readAllBytes(sourceResources().resolve(document.resource()));
    }
    try (InputStream in = SeedCorpus.openJson(document.resource())) {
      return in.readAllBytes();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void resourceIsWhatMastheadJsonWritesByteForByte(SeedDocument<?> document) throws IOException {
    byte[] expected = expected(document);
    Path source = sourceResources().resolve(document.resource());
    if (UPDATE) {
      Files.createDirectories(source.getParent());
      Files.write(source, expected);
    }

    assertThat(source).as("stale: rewrite with -Dmasthead.updateFixtures=true (see javadoc)")
        .exists();
    assertThat(new String(Files.readAllBytes(source), UTF_8)).as("%s in the source tree", source)
        .isEqualTo(new String(expected, UTF_8));
    assertThat(Files.readAllBytes(source)).as("%s in the source tree", source)
        .isEqualTo(expected);
    assertThat(shipped(document)).as("%s in the fixtures jar", document).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void resourceReadsIntoExactlyItsValue(SeedDocument<?> document) throws IOException {
    byte[] bytes = shipped(document);
    Object read = MastheadJson.defaults().read(bytes, document.type());
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      assertThat(MastheadJson.defaults().read(in, document.type())).as("%s as a stream", document)
          .isEqualTo(document.value());
    }

    assertThat(read).as("%s as bytes", document).isEqualTo(document.value());
    assertThat(read).as(document.resource()).isInstanceOf(document.type());
    assertThat(INDENTED.write(read) + "\n").as("%s written again", document)
        .isEqualTo(new String(bytes, UTF_8));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("documents")
  void resourceValidatesAgainstTheCheckedInSchemaOfItsType(SeedDocument<?> document)
      throws IOException {
    Schema schema = SCHEMAS.computeIfAbsent(document.type(), SeedResourcesTest::checkedInSchema);

    List<Error> errors = schema.validate(new String(shipped(document), UTF_8), InputFormat.JSON);

    assertThat(errors).as("%s against %s.schema.json", document,
        document.type().getSimpleName()).isEmpty();
  }

  /** The schema the codec jar ships under {@code META-INF/masthead/schema/}. */
  private static Schema checkedInSchema(Class<?> type) {
    String resource = "/META-INF/masthead/schema/" + type.getSimpleName() + ".schema.json";
    try (InputStream in = dev.masthead.codec.Wire.class.getResourceAsStream(resource)) {
      assertThat(in).as(resource).isNotNull();
      return REGISTRY.getSchema(in);
    } catch (IOException e) {
      throw new AssertionError(resource, e);
    }
  }

  @Test
  void documentsCoverEveryValueSeedCorpusExposes() throws ReflectiveOperationException {
    List<Object> exposed = new ArrayList<>();
    List<String> accessors = new ArrayList<>();
    for (Method method : SeedCorpus.class.getMethods()) {
      if (Modifier.isStatic(method.getModifiers()) && method.getParameterCount() == 0
          && !method.getName().equals("documents")) {
        accessors.add(method.getName());
        collectModelValues(invoke(method), exposed);
      }
    }
    List<Object> listed = SeedCorpus.documents().stream().<Object>map(SeedDocument::value)
        .toList();

    assertThat(accessors).as("SeedCorpus's accessors").contains("article", "relatedTeasers",
        "events", "people", "organisations", "places", "publication", "directory",
        "akiraImamura", "conference");
    assertThat(listed).as("documents()").doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(exposed.stream().distinct().toList())
        .hasSize(30);
  }

  @Test
  void everyIdConstantOfSeedCorpusNamesADocument() throws IllegalAccessException {
    TreeSet<String> names = new TreeSet<>();
    for (SeedDocument<?> document : SeedCorpus.documents()) {
      String file = document.resource().substring(document.resource().lastIndexOf('/') + 1);
      names.add(file.substring(0, file.length() - ".json".length()));
    }
    List<String> ids = new ArrayList<>();
    for (Field field : SeedCorpus.class.getFields()) {
      Object value = field.get(null);
      if (value instanceof Identifier id) {
        ids.add(id.value());
      } else if (value instanceof Collection<?> collection) {
        collection.stream().filter(Identifier.class::isInstance)
            .forEach(id -> ids.add(((Identifier) id).value()));
      }
    }

    assertThat(ids).hasSizeGreaterThan(20);
    assertThat(names).containsAll(ids);
  }

  @Test
  void noOtherFileIsInTheSeedDirectory() throws IOException {
    Path directory = sourceResources().resolve(SEED_DIRECTORY);
    List<String> listed = SeedCorpus.documents().stream().map(SeedDocument::resource).toList();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(directory)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    List<String> others = new ArrayList<>();
    for (Path file : files) {
      String resource = sourceResources().relativize(file).toString().replace('\\', '/');
      if (!listed.contains(resource)) {
        others.add(resource);
        if (UPDATE) {
          Files.delete(file);
        }
      }
    }

    if (!UPDATE) {
      assertThat(others).as("files no seed document names: delete them, or rerun with"
          + " -Dmasthead.updateFixtures=true (see javadoc)").isEmpty();
    }
  }

  private static Object invoke(Method method) throws ReflectiveOperationException {
    try {
      return method.invoke(null);
    } catch (InvocationTargetException e) {
      throw new AssertionError(method.getName(), e.getCause());
    }
  }

  /** Adds the model values in {@code result}: itself, a list's elements, a directory's entries. */
  private static void collectModelValues(Object result, List<Object> into) {
    if (result instanceof Directory directory) {
      into.addAll(directory.people());
      into.addAll(directory.organisations());
      into.addAll(directory.places());
      into.addAll(directory.events());
    } else if (result instanceof Collection<?> values) {
      values.forEach(value -> collectModelValues(value, into));
    } else if (result.getClass().getPackageName().equals("dev.masthead.model")) {
      into.add(result);
    }
  }
}
