package dev.masthead.interop.ninjs;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * IPTC's stock ninjs 3.1 schema as the tests hold exports to it: formats asserted (stricter than
 * the run-time check, whose formats are annotations for IPTC's own examples' sake), the GeoJSON
 * schema from the vendored copy. Independent of the module's own checker.
 */
final class StockSchema {
  private static final String NINJS = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json";
  private static final String RESOURCES = "/dev/masthead/interop/ninjs/internal/";
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static final Schema SCHEMA = schema(true);

  private static final Schema ANNOTATING_FORMATS = schema(false);

  private static Schema schema(boolean assertFormats) {
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(
        SpecificationVersion.DRAFT_2020_12,
        builder -> builder
            .schemaRegistryConfig(SchemaRegistryConfig.builder()
                .formatAssertionsEnabled(assertFormats).build())
            .schemas(Map.of(
                NINJS, resource("ninjs-schema_3.1.json"),
                "https://geojson.org/schema/GeoJSON.json", resource("GeoJSON.json"))));
    return registry.getSchema(SchemaLocation.of(NINJS));
  }

  private StockSchema() {}

  static List<Error> errors(String item) {
    return errors(MAPPER.readTree(item));
  }

  static List<Error> errors(JsonNode item) {
    return SCHEMA.validate(item);
  }

  /** {@return the errors with formats as annotations, the 2020-12 default} */
  static List<Error> errorsAnnotatingFormats(String item) {
    return ANNOTATING_FORMATS.validate(MAPPER.readTree(item));
  }

  private static String resource(String name) {
    try (InputStream in = StockSchema.class.getResourceAsStream(RESOURCES + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
