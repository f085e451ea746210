package dev.masthead.jackson2;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.masthead.fixtures.Generators;
import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.jackson2.internal.ReadFailure;
import dev.masthead.model.Article;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.Event;
import dev.masthead.model.RawJson;
import dev.masthead.model.ReadLimits;
import dev.masthead.model.Violation;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@link MastheadModule} in a mapper of the user's own: found the ways Java and Jackson 2 find
 * modules ({@code META-INF/services} on the class path, {@code provides} on the module path,
 * {@code ObjectMapper.findAndRegisterModules()}), registered once however often it is added, and
 * reading and writing Masthead values inside the user's own objects. It writes text outside the
 * BMP as four UTF-8 bytes in a plain mapper, where Jackson 2 itself would escape it, and leaves
 * a mapper that escapes more than JSON needs to do as it was told.
 */
final class MastheadModuleTest {
  private static final String SERVICE = "META-INF/services/" + Module.class.getName();
  private static final Article SEED = SeedCorpus.article();
  private static final MastheadJson JSON = MastheadJson.defaults();

  /** U+1F680 ROCKET, outside the BMP: a surrogate pair in Java, four bytes in UTF-8. */
  private static final String ROCKET = "\uD83D\uDE80";

  private static final String ROCKET_UTF8 = "f09f9a80";

  static {
    // The user's types below live in this module, as a user's would in theirs: like any user of
    // Jackson 2 with records and beans in a named module, it opens them to databind.
    MastheadModuleTest.class.getModule().addOpens(MastheadModuleTest.class.getPackageName(),
        ObjectMapper.class.getModule());
  }

  private static ObjectMapper plain() {
    return new ObjectMapper().registerModule(new MastheadModule());
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  /** The seed article with the rocket in its headline, an extension's name and its value. */
  private static Article rocketArticle() {
    return SEED.withHeadline("Launch " + ROCKET + " day")
        .withExtensions(Map.of("acme:" + ROCKET, RawJson.of("\"" + ROCKET + "\"")));
  }

  // ---- registration

  @Test
  void servicesFileNamesTheModule() throws IOException {
    try (InputStream in = MastheadModule.class.getModule().getResourceAsStream(SERVICE)) {
      assertThat(in).as(SERVICE).isNotNull();
      List<String> providers = new String(in.readAllBytes(), UTF_8).lines()
          .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
      assertThat(providers).containsExactly(MastheadModule.class.getName());
    }
  }

  @Test
  void moduleDescriptorProvidesTheModuleAsTheServicesFileDoes() throws Exception {
    // The compiled module-info.class next to the module's classes, whether the tests run on the
    // module path (Surefire) or the class path (where the module is unnamed).
    Path classes = Path.of(
        MastheadModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    ModuleDescriptor descriptor;
    try (InputStream in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    if (MastheadModule.class.getModule().isNamed()) {
      ModuleDescriptor running = MastheadModule.class.getModule().getDescriptor();
      assertThat(running.provides()).isEqualTo(descriptor.provides());
      assertThat(running.exports()).isEqualTo(descriptor.exports());
    }
    assertThat(descriptor.name()).isEqualTo("dev.masthead.jackson2");
    assertThat(descriptor.provides()).singleElement().satisfies(provides -> {
      assertThat(provides.service()).isEqualTo(Module.class.getName());
      assertThat(provides.providers()).containsExactly(MastheadModule.class.getName());
    });
    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("dev.masthead.jackson2");
  }

  @Test
  void serviceLoaderFindsIt() {
    // The tests run inside dev.masthead.jackson2, which looks no service up itself and so
    // declares no "uses"; a user's module declares it, or is on the class path.
    MastheadModule.class.getModule().addUses(Module.class);

    List<Module> found = ServiceLoader.load(Module.class).stream()
        .map(ServiceLoader.Provider::get).toList();

    assertThat(found).filteredOn(m -> m instanceof MastheadModule).singleElement()
        .satisfies(m -> assertThat(m.getModuleName()).isEqualTo(MastheadModule.NAME));
  }

  @Test
  void findAndRegisterModulesFindsIt() throws IOException {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();

    assertThat(mapper.getRegisteredModuleIds()).containsOnlyOnce(MastheadModule.NAME);
    assertThat(ObjectMapper.findModules()).filteredOn(m -> m instanceof MastheadModule)
        .hasSize(1);
    assertThat(mapper.readValue(mapper.writeValueAsBytes(SEED), Article.class)).isEqualTo(SEED);
    assertThat(mapper.writeValueAsBytes(SEED)).isEqualTo(JSON.writeBytes(SEED));
    JsonMapper built = JsonMapper.builder().findAndAddModules().build();
    assertThat(built.getRegisteredModuleIds()).containsOnlyOnce(MastheadModule.NAME);
  }

  @Test
  void registeringTwiceIsRegisteringOnceAndTheFirstStays() throws IOException {
    ReadLimits strict = ReadLimits.builder().maxTokenCount(100).build();
    ObjectMapper mapper = new ObjectMapper().registerModule(new MastheadModule())
        .registerModule(new MastheadModule(strict)).findAndRegisterModules();
    JsonMapper built = JsonMapper.builder().addModule(new MastheadModule())
        .addModule(new MastheadModule()).build();

    assertThat(mapper.getRegisteredModuleIds()).containsOnlyOnce(MastheadModule.NAME);
    assertThat(built.getRegisteredModuleIds()).containsOnlyOnce(MastheadModule.NAME);
    assertThat(new MastheadModule().getTypeId()).isEqualTo(MastheadModule.NAME)
        .isEqualTo(new MastheadModule(strict).getTypeId());
    // The strict module was not registered: the seed article, of more than 100 tokens, is read.
    assertThat(mapper.readValue(JSON.writeBytes(SEED), Article.class)).isEqualTo(SEED);
  }

  @Test
  void versionIsTheProjectsFromTheBuild() throws IOException {
    Properties build = new Properties();
    try (InputStream in = MastheadModule.class.getResourceAsStream("version.properties")) {
      assertThat(in).isNotNull();
      build.load(in);
    }
    MastheadModule module = new MastheadModule();

    assertThat(build.getProperty("version")).doesNotContain("${").matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.version().toString()).isEqualTo(build.getProperty("version"));
    assertThat(module.version().getGroupId()).isEqualTo("dev.masthead");
    assertThat(module.version().getArtifactId()).isEqualTo("masthead-jackson2");
    assertThat(module.getModuleName()).isEqualTo(MastheadModule.NAME)
        .isEqualTo("dev.masthead.jackson2.MastheadModule");
  }

  // ---- Masthead values in the user's own objects

  /** A record of the user's own that holds Masthead values. */
  record Page(String title, Article lead, List<Article> more) {}

  /** A bean of the user's own that holds a Masthead value. */
  static final class Listing {
    private String name = "";
    private Event event = SeedCorpus.conference();

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public Event getEvent() {
      return event;
    }

    public void setEvent(Event event) {
      this.event = event;
    }
  }

  @Test
  void mastheadValuesInsideTheUsersRecordAndBeanRoundTrip() throws IOException {
    ObjectMapper mapper = plain();
    Page page = new Page("Front " + ROCKET, SEED, List.of(rocketArticle(), SEED));
    Listing listing = new Listing();
    listing.setName("Conference");

    String json = mapper.writeValueAsString(page);

    assertThat(json).startsWith("{\"title\":\"Front " + ROCKET + "\",\"lead\":"
        + JSON.write(SEED) + ",\"more\":[" + JSON.write(rocketArticle()) + ",");
    assertThat(mapper.readValue(json, Page.class)).isEqualTo(page);
    assertThat(mapper.readValue(mapper.writeValueAsBytes(page), Page.class)).isEqualTo(page);
    Listing again = mapper.readValue(mapper.writeValueAsBytes(listing), Listing.class);
    assertThat(again.getName()).isEqualTo("Conference");
    assertThat(again.getEvent()).isEqualTo(SeedCorpus.conference());
  }

  @Test
  void aBadArticleInTheUsersRecordFailsWithTheUsersPathAndTheInnerPointers() {
    String bad = JSON.write(SEED)
        .replace("{\"id\":\"japan\",", "{\"id\":\"Japan!\",")
        .replace("\"depicted\":[\"akira-imamura\"]", "\"depicted\":[\"Akira Imamura\"]");
    String json = "{\"title\":\"Front\",\"lead\":" + JSON.write(SEED) + ",\"more\":["
        + JSON.write(SEED) + "," + bad + "]}";

    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> plain().readValue(json, Page.class));

    assertThat(e).isNotNull().isInstanceOf(ReadFailure.class);
    assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName)
        .containsExactly("more", null);
    assertThat(e.getPath()).extracting(JsonMappingException.Reference::getIndex)
        .containsExactly(-1, 1);
    assertThat(e.getMessage()).contains("Page[\"more\"]->java.util.", "[1]");
    assertThat(e.getCause()).isInstanceOfSatisfying(ContentReadException.class, cause -> {
      assertThat(cause).isSameAs(((ReadFailure) e).problems());
      assertThat(cause.type()).isEqualTo("Article");
      // Pointers into the whole document, the user's part of it included.
      assertThat(cause.violations()).extracting(Violation::pointer).containsExactlyInAnyOrder(
          "/more/1/tags/0/id", "/more/1/body/2/image/depicted/0",
          "/more/1/leadImage/depicted/0");
    });
  }

  @Test
  void aBadEventInTheUsersBeanFailsWithTheUsersPropertyInThePath() {
    String json = "{\"name\":\"Conference\",\"event\":"
        + JSON.write(SeedCorpus.conference()).replace("\"id\":\"", "\"id\":\"Not An Id ") + "}";

    JsonMappingException e = catchThrowableOfType(JsonMappingException.class,
        () -> plain().readValue(json.getBytes(UTF_8), Listing.class));

    assertThat(e).isNotNull();
    assertThat(e.getPath()).extracting(JsonMappingException.Reference::getFieldName)
        .containsExactly("event");
    assertThat(e.getCause()).isInstanceOfSatisfying(ContentReadException.class, cause -> {
      assertThat(cause.pointer()).isEqualTo("/event/id");
      assertThat(cause.type()).isEqualTo("Event");
    });
  }

  // ---- text outside the BMP in the user's mapper

  @Test
  void aPlainMapperWritesTextOutsideTheBmpAsFourUtf8Bytes() throws IOException {
    ObjectMapper mapper = plain();
    Article article = rocketArticle();
    ByteArrayOutputStream stream = new ByteArrayOutputStream();
    mapper.writeValue(stream, article);
    ByteArrayOutputStream generated = new ByteArrayOutputStream();
    try (JsonGenerator generator = mapper.createGenerator(generated)) {
      mapper.writeValue(generator, article);
    }

    assertThat(mapper.getFactory().isEnabled(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8
        .mappedFeature())).as("Jackson 2's default").isFalse();
    // The same mapper escapes a plain String of the user's: its choice, left alone.
    assertThat(new String(mapper.writeValueAsBytes(ROCKET), UTF_8))
        .isEqualToIgnoringCase("\"\\ud83d\\ude80\"");
    for (byte[] bytes : List.of(mapper.writeValueAsBytes(article), stream.toByteArray(),
        generated.toByteArray())) {
      assertThat(bytes).isEqualTo(JSON.writeBytes(article));
      assertThat(new String(bytes, UTF_8)).doesNotContainIgnoringCase("\\ud83d");
      assertThat(hex(bytes)).contains(hex("Launch ".getBytes(UTF_8)) + ROCKET_UTF8,
          hex("\"acme:".getBytes(UTF_8)) + ROCKET_UTF8, "22" + ROCKET_UTF8 + "22");
      assertThat(mapper.readValue(bytes, Article.class)).isEqualTo(article);
    }
    assertThat(mapper.writeValueAsString(article)).contains("Launch " + ROCKET + " day");
  }

  @Test
  void aMapperThatEscapesNonAsciiEscapesTextOutsideTheBmp() throws IOException {
    ObjectMapper mapper = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII)
        .addModule(new MastheadModule()).build();
    Article article = rocketArticle();

    byte[] bytes = mapper.writeValueAsBytes(article);
    String text = new String(bytes, UTF_8);

    assertThat(text).as("ASCII only").matches("\\p{ASCII}*");
    assertThat(text.toLowerCase(java.util.Locale.ROOT)).contains(
        "\"headline\":\"launch \\ud83d\\ude80 day\"",
        "\"acme:\\ud83d\\ude80\":\"\\ud83d\\ude80\"", "japan\\u2019s");
    assertThat(mapper.writeValueAsString(article)).isEqualTo(text);
    assertThat(mapper.readValue(bytes, Article.class)).isEqualTo(article);
    assertThat(JSON.read(bytes, Article.class)).isEqualTo(article);
  }

  /** The user's own escaping: JSON's, and a slash as a six-character escape besides. */
  private static final class EscapingSlashes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private final int[] ascii = standardAsciiEscapesForJSON();

    EscapingSlashes() {
      ascii['/'] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return null;
    }
  }

  @Test
  void aMapperWithItsOwnCharacterEscapesWritesMastheadTextAsItWritesAnyString()
      throws IOException {
    ObjectMapper mapper = new ObjectMapper().registerModule(new MastheadModule());
    mapper.getFactory().setCharacterEscapes(new EscapingSlashes());
    String headline = "Launch " + ROCKET + " day";
    Article article = SEED.withHeadline(headline);

    String written = new String(mapper.writeValueAsBytes(article), UTF_8);

    assertThat(written).contains("\"headline\":"
        + new String(mapper.writeValueAsBytes(headline), UTF_8) + ",");
    assertThat(written).contains("\"canonicalUrl\":\"https:\\u002F\\u002Fconnectingregion.com");
    assertThat(mapper.readValue(written, Article.class)).isEqualTo(article);
  }

  static Stream<Long> seeds() {
    return LongStream.range(0, 40).boxed();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aPlainMapperWritesGeneratedEdgeCaseArticlesAsMastheadJsonDoes(long seed)
      throws IOException {
    Article article = Generators.builder().edgeCases(0.5).build()
        .article(new SplittableRandom(seed));
    ObjectMapper plain = plain();
    ObjectMapper combining = JsonMapper.builder()
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .addModule(new MastheadModule()).build();
    byte[] expected = JSON.writeBytes(article);

    assertThat(plain.writeValueAsBytes(article)).as("seed %d, a plain mapper", seed)
        .isEqualTo(expected);
    assertThat(combining.writeValueAsBytes(article)).as("seed %d, combining surrogates", seed)
        .isEqualTo(expected);
    assertThat(plain.readValue(expected, Article.class)).as("seed %d, read", seed)
        .isEqualTo(article);
  }
}
