package dev.masthead.interop.ninjs.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.masthead.model.ContentPath;
import dev.masthead.model.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * IPTC's ninjs 3.1 schema, checked offline: the schema and the GeoJSON schema it refers to are
 * resources of this module (unchanged copies, with their licences beside them), so no check ever
 * reaches the network. Formats are annotations, the 2020-12 default: IPTC's own examples have
 * {@code "uri"} values that are not URIs.
 */
public final class NinjsSchema {
  /** The schema's {@code $id}, without its empty fragment. */
  public static final String ID = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json";

  private static final String GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json";

  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(
      SpecificationVersion.DRAFT_2020_12,
      // Messages in English whatever the default locale: they are rules, like the model's.
      builder -> builder.schemaRegistryConfig(
          SchemaRegistryConfig.builder().locale(Locale.ENGLISH).build()).schemas(Map.of(
          ID, resource("ninjs-schema_3.1.json"),
          GEOJSON_ID, resource("GeoJSON.json"))));

  private static final Schema ITEM = REGISTRY.getSchema(SchemaLocation.of(ID));

  /** One schema per top-level property, made when first needed. */
  private static final Map<String, Schema> PROPERTIES = new ConcurrentHashMap<>();

  private NinjsSchema() {}

  /**
   * {@return every way {@code item} breaks the ninjs 3.1 schema, each at the JSON Pointer of the
   * offending value with the keyword and the validator's message; empty when it is valid}
   *
   * @param item a ninjs document
   */
  public static List<Violation> check(JsonNode item) {
    return violations(ITEM.validate(item), ContentPath.root());
  }

  /**
   * {@return whether {@code value} is valid as the top-level property {@code name} of a ninjs
   * item}
   *
   * @param name a property of ninjs 3.1's {@code ninjsType}
   * @param value its value
   */
  public static boolean validAt(String name, JsonNode value) {
    Schema schema = PROPERTIES.computeIfAbsent(name, n ->
        REGISTRY.getSchema(SchemaLocation.of(ID + "#/$defs/ninjsType/properties/" + n)));
    return schema.validate(value).isEmpty();
  }

  private static List<Violation> violations(List<Error> errors, ContentPath under) {
    List<Violation> violations = new ArrayList<>(errors.size());
    for (Error error : errors) {
      ContentPath path = path(error.getInstanceLocation()).under(under);
      String rule = error.getKeyword() + ": " + message(error);
      violations.add(Violation.of(path, rule, null));
    }
    return violations;
  }

  /** The message without the location the validator puts first ({@code "$.a: ..."}). */
  private static String message(Error error) {
    String message = error.getMessage();
    int colon = message.indexOf(": ");
    return message.startsWith("$") && colon > 0 ? message.substring(colon + 2) : message;
  }

  private static ContentPath path(NodePath location) {
    ContentPath path = ContentPath.root();
    for (int i = 0; i < location.getNameCount(); i++) {
      Object element = location.getElement(i);
      path = element instanceof Integer index ? path.child(index) : path.child((String) element);
    }
    return path;
  }

  private static String resource(String name) {
    try (InputStream in = NinjsSchema.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
