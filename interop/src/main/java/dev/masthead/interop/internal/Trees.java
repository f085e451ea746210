package dev.masthead.interop.internal;

import dev.masthead.jackson.MastheadJson;
import dev.masthead.model.RawJson;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/** JSON trees through Masthead's own mapper: its limits, no repeated names. */
public final class Trees {
  private static final JsonMapper MAPPER = MastheadJson.defaults().mapper();
  /** Indented as MastheadJson indents: two spaces, {@code \n}, {@code "name": value}. */
  private static final ObjectWriter INDENTED = MAPPER.writer().with(new DefaultPrettyPrinter(
      Separators.createDefaultInstance().withObjectNameValueSpacing(Separators.Spacing.AFTER))
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private Trees() {}

  /**
   * {@return the tree of a JSON text the model has already checked}
   *
   * @param json the text, e.g. a {@link RawJson}'s
   */
  public static JsonNode parse(String json) {
    return MAPPER.readTree(json);
  }

  /**
   * {@return a tree as compact JSON text}
   *
   * @param node the tree
   */
  public static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /**
   * {@return a tree as JSON text, compact or indented}
   *
   * @param node the tree
   * @param indent whether to indent
   */
  public static String write(JsonNode node, boolean indent) {
    return indent ? INDENTED.writeValueAsString(node) : MAPPER.writeValueAsString(node);
  }

  /**
   * {@return a tree as UTF-8 JSON, compact or indented}
   *
   * @param node the tree
   * @param indent whether to indent
   */
  public static byte[] writeBytes(JsonNode node, boolean indent) {
    return indent ? INDENTED.writeValueAsBytes(node) : MAPPER.writeValueAsBytes(node);
  }

  /**
   * {@return a tree as the raw JSON an extension holds}
   *
   * @param node the tree
   */
  public static RawJson raw(JsonNode node) {
    return RawJson.of(write(node));
  }
}
