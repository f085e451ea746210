package dev.masthead.codec;

import dev.masthead.codec.schema.SchemaWriter;
import dev.masthead.codec.wire.ValueType;
import dev.masthead.codec.wire.WireTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Masthead's wire format, for the adapters: every model type's {@link WireType}, the document
 * types and their JSON Schemas. What the JSON of each type is, is said in one place: {@code
 * WireTable}.
 */
public final class Wire {
  private static final List<WireType<?>> TYPES = types(WireTable.all());

  private Wire() {}

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static List<WireType<?>> types(Map<Class<?>, ValueType<?>> all) {
    List<WireType<?>> types = new ArrayList<>();
    all.forEach((type, wire) -> types.add(new WireType(type, wire)));
    return List.copyOf(types);
  }

  /** {@return every model type's reading and writing, in the wire table's order} */
  public static List<WireType<?>> types() {
    return TYPES;
  }

  /** {@return every model type, in the wire table's order} */
  public static java.util.Set<Class<?>> modelTypes() {
    return WireTable.all().keySet();
  }

  /** {@return the model types that are documents of their own, each with a JSON Schema} */
  public static List<Class<?>> documentTypes() {
    return WireTable.documentTypes();
  }

  /**
   * {@return the JSON Schema (2020-12) of a document type, with the definitions it uses}
   *
   * @param documentType one of {@link #documentTypes()}
   */
  public static Map<String, Object> schema(Class<?> documentType) {
    ValueType<?> type = WireTable.all().get(documentType);
    if (type == null || !documentTypes().contains(documentType)) {
      throw new IllegalArgumentException("not a document type: " + documentType);
    }
    return SchemaWriter.document(documentType.getSimpleName(), type);
  }
}
