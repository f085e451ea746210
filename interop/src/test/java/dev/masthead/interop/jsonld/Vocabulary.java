package dev.masthead.interop.jsonld;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * schema.org release 30.0 ({@code src/test/resources/schema-org/}, copied from the interop
 * material with its README), and a check of a JSON-LD document against it: every {@code @type}
 * is a type (not an enumeration member), every property exists, is not superseded and is used
 * on a type in its domain or a subtype of one; every object value is of a type in the
 * property's range (or a subtype); every string value's property takes text, a URL or a date;
 * every reference to a schema.org IRI ({@code {"@id": "https://schema.org/EventCancelled"}}) is
 * to an enumeration member of an enumeration in the property's range; and every other {@code
 * @id} the document refers to is defined in it.
 *
 * <p>Roles follow schema.org's Role pattern: a {@code Role} stands between a node and the value
 * of one of its properties, and repeats that property's name for the value ({@code "performer":
 * {"@type": "Role", "roleName": "co-lead", "performer": {"@id": ...}}}). Inside a Role, that one
 * property is checked against the type of the node that holds the Role, which is its domain;
 * the Role itself is accepted as the value of any property.
 */
final class Vocabulary {
  private static final String RESOURCE = "/schema-org/vocabulary-30.0.json";

  /** The IRI prefix of schema.org's terms: an enumeration member is referred to by its IRI. */
  private static final String SCHEMA = "https://schema.org/";

  /** The data types a JSON string stands for. */
  private static final Set<String> TEXTUAL =
      Set.of("Text", "URL", "Date", "DateTime", "Time", "CssSelectorType", "XPathType");

  /**
   * Properties written as a plain number where schema.org's range is a QuantitativeValue or
   * Distance: an image's pixel size, as Google's documentation and most publishers write it.
   */
  private static final Set<String> NUMBER_SHORTHANDS = Set.of("width", "height");

  private record Property(List<String> domain, List<String> range, @Nullable String supersededBy) {}

  private final Map<String, List<String>> supertypes = new HashMap<>();
  /** Each enumeration member and the enumeration it belongs to. */
  private final Map<String, String> enumerationMembers = new HashMap<>();
  private final Map<String, Property> properties = new HashMap<>();
  private final Map<String, Set<String>> ancestors = new HashMap<>();

  private Vocabulary(JsonNode vocabulary) {
    for (JsonNode type : vocabulary.get("types")) {
      List<String> parents = new ArrayList<>();
      type.get("subTypeOf").forEach(p -> parents.add(p.asString()));
      supertypes.put(type.get("name").asString(), parents);
      if (!type.get("enumerationType").isNull()) {
        enumerationMembers.put(type.get("name").asString(),
            type.get("enumerationType").asString());
      }
    }
    for (JsonNode property : vocabulary.get("properties")) {
      List<String> domain = new ArrayList<>();
      property.get("domainIncludes").forEach(d -> domain.add(d.asString()));
      List<String> range = new ArrayList<>();
      property.get("rangeIncludes").forEach(r -> range.add(r.asString()));
      JsonNode superseded = property.get("supersededBy");
      properties.put(property.get("name").asString(), new Property(domain, range,
          superseded == null || superseded.isNull() ? null : superseded.asString()));
    }
  }

  /** {@return the vocabulary, read from the test resources} */
  static Vocabulary load() {
    try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE);
      }
      return new Vocabulary(JsonMapper.builder().build().readTree(in));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@return how many types and properties it holds} */
  int size() {
    return supertypes.size() + properties.size();
  }

  /** {@return whether this is a type that may be a node's {@code @type}} */
  boolean isType(String name) {
    return supertypes.containsKey(name) && !enumerationMembers.containsKey(name);
  }

  /** {@return the enumeration the member belongs to, if it is one} */
  Optional<String> enumerationOf(String member) {
    return Optional.ofNullable(enumerationMembers.get(member));
  }

  /** {@return the property's domain, or nothing if there is no such property} */
  List<String> domain(String property) {
    Property p = properties.get(property);
    return p == null ? List.of() : p.domain();
  }

  /** {@return the type and all its supertypes} */
  Set<String> ancestors(String type) {
    Set<String> known = ancestors.get(type);
    if (known != null) {
      return known;
    }
    Set<String> all = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(List.of(type));
    while (!todo.isEmpty()) {
      String t = todo.remove(todo.size() - 1);
      if (all.add(t)) {
        todo.addAll(supertypes.getOrDefault(t, List.of()));
      }
    }
    Set<String> result = Set.copyOf(all);
    ancestors.put(type, result);
    return result;
  }

  private boolean isA(String type, List<String> oneOf) {
    Set<String> up = ancestors(type);
    return oneOf.stream().anyMatch(up::contains);
  }

  private boolean isRole(String type) {
    return ancestors(type).contains("Role");
  }

  /**
   * {@return every problem of the document against the vocabulary, each with its path; none if
   * it is clean}
   *
   * @param document a JSON-LD document with {@code @context} and {@code @graph}
   */
  List<String> problems(JsonNode document) {
    Check check = new Check();
    if (!"https://schema.org".equals(document.path("@context").asString(""))) {
      check.problems.add("/@context: must be https://schema.org");
    }
    JsonNode graph = document.get("@graph");
    if (graph == null || !graph.isArray()) {
      check.problems.add("/@graph: must be an array");
      return check.problems;
    }
    for (int i = 0; i < graph.size(); i++) {
      JsonNode node = graph.get(i);
      String path = "/@graph/" + i;
      if (!node.isObject() || !node.has("@type") || !node.has("@id")) {
        check.problems.add(path + ": a graph node needs @type and @id");
        continue;
      }
      check.node(node, path, null, null);
    }
    for (Reference ref : check.references) {
      String type = check.defined.get(ref.id());
      if (type == null) {
        check.problems.add(ref.path() + ": refers to " + ref.id() + ", not defined in the graph");
      } else if (!isA(type, ref.range())) {
        check.problems.add(ref.path() + ": refers to a " + type + ", not in the range "
            + ref.range() + " of " + ref.property());
      }
    }
    return check.problems;
  }

  private record Reference(String path, String property, String id, List<String> range) {}

  /** One walk over one document. */
  private final class Check {
    final List<String> problems = new ArrayList<>();
    final Map<String, String> defined = new HashMap<>();
    final List<Reference> references = new ArrayList<>();

    /**
     * @param via the property whose value this node is
     * @param holder the type of the node that holds it
     */
    void node(JsonNode node, String path, @Nullable String via, @Nullable String holder) {
      JsonNode typeNode = node.get("@type");
      if (typeNode == null || !typeNode.isString()) {
        problems.add(path + ": a node needs one @type, a string");
        return;
      }
      String type = typeNode.asString();
      if (!isType(type)) {
        problems.add(path + ": @type " + type + " is not a schema.org type");
        return;
      }
      if (node.has("@id")) {
        String id = node.get("@id").asString();
        if (defined.put(id, type) != null) {
          problems.add(path + ": @id " + id + " is defined twice");
        }
      }
      for (var entry : node.properties()) {
        String name = entry.getKey();
        String at = path + "/" + name;
        if (name.equals("@type") || name.equals("@id")) {
          continue;
        }
        if (name.startsWith("@")) {
          problems.add(at + ": keyword " + name + " is not expected on a node");
          continue;
        }
        Property property = properties.get(name);
        if (property == null) {
          problems.add(at + ": " + name + " is not a schema.org property");
          continue;
        }
        if (property.supersededBy() != null) {
          problems.add(at + ": " + name + " is superseded by " + property.supersededBy());
        }
        // The Role pattern: the repeated property belongs to the node that holds the Role.
        String subject = isRole(type) && name.equals(via) && holder != null ? holder : type;
        if (!isA(subject, property.domain())) {
          problems.add(at + ": " + name + " is not in the domain of " + subject
              + " (its domain: " + property.domain() + ")");
        }
        JsonNode value = entry.getValue();
        if (value.isArray()) {
          for (int i = 0; i < value.size(); i++) {
            value(value.get(i), at + "/" + i, name, property, type);
          }
        } else {
          value(value, at, name, property, type);
        }
      }
    }

    void value(JsonNode value, String path, String name, Property property, String holder) {
      if (value.isString()) {
        if (property.range().stream().noneMatch(r -> TEXTUAL.contains(r)
            || ancestors(r).contains("Text"))) {
          problems.add(path + ": a string, but " + name + " takes " + property.range());
        }
      } else if (value.isNumber()) {
        boolean numeric = property.range().stream()
            .anyMatch(r -> ancestors(r).contains("Number"));
        if (!numeric && !NUMBER_SHORTHANDS.contains(name)) {
          problems.add(path + ": a number, but " + name + " takes " + property.range());
        }
      } else if (value.isObject() && value.has("@value")) {
        if (value.size() != 2 || !value.path("@language").isString()
            || !value.get("@value").isString()) {
          problems.add(path + ": a value object needs exactly a string @value and @language");
        } else if (property.range().stream().noneMatch(r -> r.equals("Text"))) {
          problems.add(path + ": a language string, but " + name + " takes "
              + property.range());
        }
      } else if (value.isObject() && value.size() == 1 && value.has("@id")
          && value.get("@id").asString().startsWith(SCHEMA)) {
        String member = value.get("@id").asString().substring(SCHEMA.length());
        String enumeration = enumerationMembers.get(member);
        if (enumeration == null) {
          problems.add(path + ": " + value.get("@id").asString()
              + " is not a schema.org enumeration member");
        } else if (!isA(enumeration, property.range())) {
          problems.add(path + ": " + member + " is a member of " + enumeration
              + ", not of the range " + property.range() + " of " + name);
        }
      } else if (value.isObject() && value.size() == 1 && value.has("@id")) {
        references.add(new Reference(path, name, value.get("@id").asString(), property.range()));
      } else if (value.isObject() && value.has("@type")) {
        String type = value.get("@type").asString();
        if (isType(type) && !isRole(type) && !isA(type, property.range())) {
          problems.add(path + ": a " + type + ", not in the range " + property.range()
              + " of " + name);
        }
        node(value, path, name, holder);
      } else {
        problems.add(path + ": not a string, a number, a language string, a reference or a"
            + " typed node");
      }
    }
  }
}
