package dev.masthead.internal;

import dev.masthead.model.ContentLimits;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The names of extensions, the properties an object keeps without knowing them: not empty, at
 * most {@link ContentLimits#EXTENSION_NAME} bytes in UTF-8, not blank, and without control,
 * format or line separator characters or unpaired surrogates. {@link #schema} says all of it
 * but the length in bytes, which JSON Schema cannot count.
 */
public final class ExtensionNames {
  /** The rule an empty name breaks. */
  public static final String EMPTY = "extension name must not be empty";

  /** The rule a name of more than {@link ContentLimits#EXTENSION_NAME} UTF-8 bytes breaks. */
  public static final String TOO_LONG =
      "extension name must be at most " + ContentLimits.EXTENSION_NAME + " bytes in UTF-8";

  /** The rule a blank name, or one with characters that hide or break it, breaks. */
  public static final String INVISIBLE = "extension name must not be blank, nor contain control,"
      + " format or line separator characters or unpaired surrogates";

  /** What a name must not contain. */
  static final CodePoints NOT_IN_NAME = CodePoints.CONTROL.union(CodePoints.FORMAT,
      CodePoints.LINE_SEPARATORS, CodePoints.SURROGATES);

  private ExtensionNames() {}

  /**
   * {@return the rule {@code name} breaks as an extension's name, or null if none}
   *
   * @param name the name
   */
  public static @Nullable String problem(String name) {
    if (name.isEmpty()) {
      return EMPTY;
    }
    boolean blank = true;
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      if (NOT_IN_NAME.contains(cp)) {
        return INVISIBLE;
      }
      blank = blank && CodePoints.BLANK.contains(cp);
      i += Character.charCount(cp);
    }
    if (blank) {
      return INVISIBLE;
    }
    if (name.length() > ContentLimits.EXTENSION_NAME / 3
        && name.getBytes(StandardCharsets.UTF_8).length > ContentLimits.EXTENSION_NAME) {
      return TOO_LONG;
    }
    return null;
  }

  /**
   * {@return the JSON Schema of an object's property names}, for {@code propertyNames}: every
   * name an object may have, its known ones (plain ASCII words) included. The length is in
   * code points, so at most as many as bytes: what JSON Schema can say of the UTF-8 limit.
   */
  public static Map<String, Object> schema() {
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("minLength", 1);
    schema.put("maxLength", ContentLimits.EXTENSION_NAME);
    schema.put("pattern", "^[^" + NOT_IN_NAME.regexClass() + "]*$");
    schema.put("not", TextKind.notBlank());
    return schema;
  }

  /**
   * {@return the JSON Schema of an extension's value}, any JSON value as {@code RawJson} holds
   * it: no unpaired surrogate in a string or a name, names of at most {@link
   * ContentLimits#EXTENSION_NAME} code points (RawJson counts UTF-8 bytes, and limits depth and
   * digits, which JSON Schema cannot). Each keyword applies to its own type of value only.
   *
   * @param self a reference to this schema, for the values inside arrays and objects
   */
  public static Map<String, Object> valueSchema(Map<String, Object> self) {
    String noUnpairedSurrogate = "^[^" + CodePoints.SURROGATES.regexClass() + "]*$";
    Map<String, Object> names = new LinkedHashMap<>();
    names.put("maxLength", ContentLimits.EXTENSION_NAME);
    names.put("pattern", noUnpairedSurrogate);
    Map<String, Object> schema = new LinkedHashMap<>();
    schema.put("description", "Any JSON value, kept as read and written back: an extension, or"
        + " a property of an unknown block.");
    schema.put("pattern", noUnpairedSurrogate);
    schema.put("items", self);
    schema.put("propertyNames", names);
    schema.put("additionalProperties", self);
    return schema;
  }
}
