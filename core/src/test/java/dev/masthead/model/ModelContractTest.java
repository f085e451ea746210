package dev.masthead.model;

import static dev.masthead.model.Rejections.assertOnlyViolation;
import static dev.masthead.model.Rejections.onlyViolation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.fail;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What every value type of the model promises, checked on all of them alike by reflection over
 * their accessors, so that a new type or attribute cannot miss it: builders copy exactly, a
 * null or missing attribute is a violation at its path (never a null leaking out, never an
 * NPE), lists reject null elements, and extensions follow the same rules everywhere: they may not
 * shadow a property, their names must be well-formed, neither name nor value may be null, there
 * may be at most {@link ContentLimits#EXTENSIONS} of them, and valid ones are kept in order.
 */
final class ModelContractTest {
  private static final String EMPTY_NAME_RULE = "extension name must not be empty";
  private static final String NAME_RULE = "extension name must not be blank, nor contain"
      + " control, format or line separator characters or unpaired surrogates";
  private static final String LONG_NAME_RULE = "extension name must be at most "
      + ContentLimits.EXTENSION_NAME + " bytes in UTF-8";

  static Stream<Arguments> samples() {
    return Samples.all().stream().map(s -> Arguments.of(modelType(s).getSimpleName(), s));
  }

  /** The public abstract type a generated instance implements. */
  static Class<?> modelType(Object sample) {
    Class<?> type = sample.getClass().getSuperclass();
    assertThat(Modifier.isPublic(type.getModifiers())).as("%s is public", type).isTrue();
    return type;
  }

  /**
   * The attributes: public no-argument accessors the implementation overrides (abstract ones and
   * non-final {@code @Value.Default} ones), as the wire format sees them.
   */
  static List<Method> attributes(Class<?> type) {
    return Arrays.stream(type.getMethods())
        .filter(m -> !Modifier.isFinal(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()))
        .filter(m -> m.getParameterCount() == 0)
        .filter(m -> m.getDeclaringClass() != Object.class)
        .sorted(java.util.Comparator.comparing(Method::getName))
        .toList();
  }

  /** Neither optional nor a collection: must be present (it may have a default). */
  static boolean isMandatory(Method attribute) {
    Class<?> type = attribute.getReturnType();
    return !Optional.class.equals(type) && !OptionalInt.class.equals(type)
        && !List.class.equals(type) && !Map.class.equals(type);
  }

  /** Mandatory and without a default: an empty builder must report it. */
  static boolean isRequired(Method attribute) {
    return isMandatory(attribute) && Modifier.isAbstract(attribute.getModifiers());
  }

  static Method with(Object sample, Method attribute, Class<?> parameter) throws Exception {
    String name = "with" + Character.toUpperCase(attribute.getName().charAt(0))
        + attribute.getName().substring(1);
    return sample.getClass().getMethod(name, parameter);
  }

  static ContentValidationException rejection(Object target, Method method, Object... arguments) {
    try {
      method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      assertThat(e.getCause()).isInstanceOf(ContentValidationException.class);
      return (ContentValidationException) e.getCause();
    } catch (IllegalAccessException e) {
      throw new AssertionError(e);
    }
    return fail("%s%s was accepted", method.getName(), Arrays.toString(arguments));
  }

  /** The samples that have extensions: all but Directory, a container never on the wire alone. */
  static Stream<Arguments> extensibleSamples() {
    return samples().filter(arguments -> !(arguments.get()[1] instanceof Directory));
  }

  /**
   * {@return {@code sample.withExtensions(extensions)}}, throwing what it throws (not wrapped in
   * an {@link InvocationTargetException})
   */
  static Object withExtensions(Object sample, Map<String, RawJson> extensions) throws Throwable {
    try {
      return sample.getClass().getMethod("withExtensions", Map.class).invoke(sample, extensions);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void builderFromCopiesEveryAttribute(String type, Object sample) throws Exception {
    Method builder = modelType(sample).getMethod("builder");
    Object b = builder.invoke(null);
    b.getClass().getMethod("from", modelType(sample)).invoke(b, sample);
    Object copy = b.getClass().getMethod("build").invoke(b);
    assertThat(copy).isEqualTo(sample).hasSameHashCodeAs(sample).hasToString(sample.toString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void samplesSetEveryAttribute(String type, Object sample) throws Exception {
    for (Method attribute : attributes(modelType(sample))) {
      if (sample instanceof CallToAction && attribute.getName().equals("url")) {
        continue; // exactly one of email and url
      }
      Object value = attribute.invoke(sample);
      assertThat(value).as("%s.%s", type, attribute.getName()).isNotNull();
      if (value instanceof Optional<?> optional) {
        assertThat(optional).as("%s.%s", type, attribute.getName()).isPresent();
      } else if (value instanceof OptionalInt optional) {
        assertThat(optional).as("%s.%s", type, attribute.getName()).isPresent();
      } else if (value instanceof Collection<?> collection) {
        assertThat(collection).as("%s.%s", type, attribute.getName()).isNotEmpty();
      } else if (value instanceof Map<?, ?> map) {
        assertThat(map).as("%s.%s", type, attribute.getName()).isNotEmpty();
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void emptyBuilderReportsEveryMandatoryAttributeAtOnce(String type, Object sample)
      throws Exception {
    Object b = modelType(sample).getMethod("builder").invoke(null);
    Method build = b.getClass().getMethod("build");
    List<String> mandatory = attributes(modelType(sample)).stream()
        .filter(ModelContractTest::isRequired).map(Method::getName).toList();
    if (mandatory.isEmpty()) {
      return; // Directory: all lists; nothing is required.
    }
    ContentValidationException e = rejection(b, build);
    assertThat(e.type()).isEqualTo(type);
    assertThat(e.violations())
        .filteredOn(v -> v.rule().equals("is required"))
        .extracting(v -> v.path().toString())
        .containsExactlyInAnyOrderElementsOf(mandatory);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void nullMandatoryAttributeIsAViolationAtItsPath(String type, Object sample) throws Exception {
    for (Method attribute : attributes(modelType(sample))) {
      if (!isMandatory(attribute) || attribute.getReturnType() == int.class) {
        continue;
      }
      Method with = with(sample, attribute, attribute.getReturnType());
      ContentValidationException e = rejection(sample, with, (Object) null);
      assertThat(e.violations()).as("%s.%s", type, attribute.getName())
          .extracting(v -> v.path().toString(), Violation::rule)
          .contains(org.assertj.core.groups.Tuple.tuple(attribute.getName(), "is required"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void nullListElementIsAViolationAtItsIndex(String type, Object sample) throws Exception {
    for (Method attribute : attributes(modelType(sample))) {
      if (!List.class.equals(attribute.getReturnType())) {
        continue;
      }
      List<Object> withNull = new ArrayList<>((List<?>) attribute.invoke(sample));
      withNull.add(null);
      Method with = with(sample, attribute, Iterable.class);
      ContentValidationException e = rejection(sample, with, withNull);
      assertThat(e.violations()).as("%s.%s", type, attribute.getName())
          .extracting(v -> v.path().toString(), Violation::rule)
          .contains(org.assertj.core.groups.Tuple.tuple(
              attribute.getName() + "[" + (withNull.size() - 1) + "]", "must not be null"));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void extensionMayNotShadowAProperty(String type, Object sample) throws Exception {
    Optional<Method> extensions = attributes(modelType(sample)).stream()
        .filter(m -> m.getName().equals("extensions")).findFirst();
    if (extensions.isEmpty()) {
      assertThat(type).isEqualTo("Directory"); // a container, never on the wire by itself
      return;
    }
    Method with = with(sample, extensions.get(), Map.class);
    List<String> names = new ArrayList<>(attributes(modelType(sample)).stream()
        .map(Method::getName).filter(n -> !n.equals("extensions")).toList());
    if (sample instanceof Block) {
      names.add("type");
    }
    for (String name : names) {
      Map<String, RawJson> shadowing = new LinkedHashMap<>();
      shadowing.put(name, RawJson.of("1"));
      ContentValidationException e = rejection(sample, with, shadowing);
      assertThat(e.violations()).as("%s extension %s", type, name).singleElement()
          .satisfies(v -> {
            assertThat(v.pointer()).isEqualTo("/extensions/" + name);
            assertThat(v.rule()).contains("must not be a property of " + type);
          });
    }
  }

  /** Rows of: what is wrong, the name, its path, the excerpt of it in the violation, the rule. */
  static Stream<Arguments> malformedExtensionNames() {
    String tooLong = "x".repeat(ContentLimits.EXTENSION_NAME + 1);
    return Stream.of(
        Arguments.of("empty", "", "extensions[\"\"]", "", EMPTY_NAME_RULE),
        Arguments.of("too long", tooLong, "extensions." + tooLong, "x".repeat(64) + "…",
            LONG_NAME_RULE),
        unprintableIn("NUL", "\u0000", "\\u0000"),
        unprintableIn("start of heading", "\u0001", "\\u0001"),
        unprintableIn("backspace", "\b", "\\u0008"),
        unprintableIn("tab", "\t", "\\t"),
        unprintableIn("line feed", "\n", "\\n"),
        unprintableIn("carriage return", "\r", "\\r"),
        unprintableIn("escape", "\u001b", "\\u001b"),
        unprintableIn("delete", "\u007f", "\\u007f"),
        unprintableIn("next line (C1)", "\u0085", "\\u0085"),
        unprintableIn("C1 control", "\u009f", "\\u009f"),
        unprintableIn("unpaired high surrogate", "\uD800", "\\ud800"),
        unprintableIn("unpaired low surrogate", "\uDC00", "\\udc00"),
        unprintableIn("line separator", "\u2028", "\\u2028"),
        unprintableIn("right-to-left override", "\u202E", "\\u202e"),
        unprintableIn("byte order mark", "\uFEFF", "\\ufeff"),
        unprintableIn("language tag (above U+FFFF)", "\uDB40\uDC01", "\\udb40\\udc01"),
        Arguments.of("blank", "  ", "extensions[\"  \"]", "  ", NAME_RULE));
  }

  /** The row for the name {@code "acme" + character + "x"}; violations show it escaped. */
  private static Arguments unprintableIn(String what, String character, String escaped) {
    String excerpt = "acme" + escaped + "x";
    return Arguments.of(
        what, "acme" + character + "x", "extensions[\"" + excerpt + "\"]", excerpt, NAME_RULE);
  }

  static Stream<Arguments> extensibleSamplesWithMalformedExtensionNames() {
    return extensibleSamples().flatMap(sample -> malformedExtensionNames().map(name ->
        Arguments.of(Stream.concat(Arrays.stream(sample.get()), Arrays.stream(name.get()))
            .toArray())));
  }

  @ParameterizedTest(name = "{0}: {2}")
  @MethodSource("extensibleSamplesWithMalformedExtensionNames")
  void malformedExtensionNameIsAViolationAtItsPointer(
      String type, Object sample, String what, String name, String path, String excerpt,
      String rule) {
    Violation violation =
        onlyViolation(type, () -> withExtensions(sample, Map.of(name, RawJson.of("1"))));

    assertThat(violation.pointer()).isEqualTo("/extensions/" + name);
    assertThat(violation.path()).hasToString(path);
    assertThat(violation.rule()).isEqualTo(rule);
    assertThat(violation.value()).contains(excerpt);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extensibleSamples")
  void nullExtensionNameIsAViolation(String type, Object sample) {
    Map<String, RawJson> extensions = new LinkedHashMap<>();
    extensions.put(null, RawJson.of("1"));

    assertOnlyViolation(type, () -> withExtensions(sample, extensions),
        "extensions", "must not have a null name", null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extensibleSamples")
  void nullExtensionValueIsAViolationAtItsName(String type, Object sample) {
    Map<String, RawJson> extensions = new LinkedHashMap<>();
    extensions.put("acme:x", null);

    Violation violation = onlyViolation(type, () -> withExtensions(sample, extensions));

    assertThat(violation.path()).hasToString("extensions[\"acme:x\"]");
    assertThat(violation.pointer()).isEqualTo("/extensions/acme:x");
    assertThat(violation.rule()).isEqualTo("must not be null");
    assertThat(violation.value()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extensibleSamples")
  void moreExtensionsThanTheLimitIsAViolation(String type, Object sample) {
    Map<String, RawJson> extensions = new LinkedHashMap<>();
    for (int i = 0; i <= ContentLimits.EXTENSIONS; i++) {
      extensions.put("acme:x" + i, RawJson.of("1"));
    }

    assertOnlyViolation(type, () -> withExtensions(sample, extensions),
        "extensions", "must have at most 256 entries, has 257", null);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extensibleSamples")
  void asManyExtensionsAsTheLimitAreKept(String type, Object sample) throws Throwable {
    Map<String, RawJson> extensions = new LinkedHashMap<>();
    for (int i = 0; i < ContentLimits.EXTENSIONS; i++) {
      extensions.put("acme:x" + i, RawJson.of("1"));
    }

    Object changed = withExtensions(sample, extensions);

    assertThat((Map<?, ?>) modelType(sample).getMethod("extensions").invoke(changed))
        .isEqualTo(extensions).hasSize(256);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("extensibleSamples")
  void validExtensionsAreKeptInOrder(String type, Object sample) throws Throwable {
    String longest = "x".repeat(ContentLimits.EXTENSION_NAME);
    Map<String, RawJson> extensions = new LinkedHashMap<>();
    extensions.put("acme_y", RawJson.ofString("kept"));
    extensions.put("acme:x", RawJson.of("[1, 2]"));
    extensions.put(longest, RawJson.of("null"));

    Object changed = withExtensions(sample, extensions);
    Map<?, ?> kept = (Map<?, ?>) modelType(sample).getMethod("extensions").invoke(changed);

    assertThat(kept).isEqualTo(extensions);
    assertThat(new ArrayList<Object>(kept.keySet())).containsExactly("acme_y", "acme:x", longest);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void withCopiesChangeOneAttributeAndReturnThisWhenNothingChanges(String type, Object sample)
      throws Exception {
    for (Method attribute : attributes(modelType(sample))) {
      Object value = attribute.invoke(sample);
      Class<?> parameter = value instanceof List<?> ? Iterable.class
          : value instanceof Map<?, ?> ? Map.class
          : value instanceof OptionalInt ? OptionalInt.class
          : attribute.getReturnType();
      Object same = with(sample, attribute, parameter).invoke(sample, value);
      assertThat(same).as("%s.with %s unchanged", type, attribute.getName()).isEqualTo(sample);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void equalityIsByValue(String type, Object sample) {
    Object again = Samples.all().stream()
        .filter(s -> s.getClass() == sample.getClass()).findFirst().orElseThrow();
    assertThat(again).isNotSameAs(sample).isEqualTo(sample).hasSameHashCodeAs(sample);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void implementationIsHiddenBehindThePublicType(String type, Object sample) {
    assertThat(Modifier.isPublic(sample.getClass().getModifiers())).isFalse();
    Class<?> model = modelType(sample);
    assertThat(model.isSealed()).as("%s is sealed to its implementation", type).isTrue();
    assertThat(model.getPermittedSubclasses()).containsExactly(sample.getClass());
  }

  @org.junit.jupiter.api.Test
  void everyBlockTypeIsASampleAndKnownTypesAreDistinct() {
    assertThat(Block.class.getPermittedSubclasses()).allSatisfy(block ->
        assertThat(Samples.all()).anySatisfy(s -> assertThat(s).isInstanceOf(block)));
    assertThat(Block.knownTypes()).hasSize(Block.class.getPermittedSubclasses().length - 1)
        .doesNotContain("poll");
    assertThatThrownBy(() -> UnknownBlock.builder().type("paragraph").build())
        .isInstanceOf(ContentValidationException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void extensionNamedExtensionsIsAnOrdinaryExtension(String type, Object sample)
      throws Exception {
    Optional<Method> extensions = attributes(modelType(sample)).stream()
        .filter(m -> m.getName().equals("extensions")).findFirst();
    if (extensions.isEmpty()) {
      return;
    }
    // "extensions" is no property name on the wire: a newer version may use it.
    Map<String, RawJson> named = Map.of("extensions", RawJson.of("[1]"));
    Object changed = with(sample, extensions.get(), Map.class).invoke(sample, named);
    assertThat(extensions.get().invoke(changed)).isEqualTo(named);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void extensionNameIsBoundedInUtf8Bytes(String type, Object sample) throws Exception {
    Optional<Method> extensions = attributes(modelType(sample)).stream()
        .filter(m -> m.getName().equals("extensions")).findFirst();
    if (extensions.isEmpty()) {
      return;
    }
    Method with = with(sample, extensions.get(), Map.class);
    String fits = "名".repeat(85); // 255 bytes
    assertThat(extensions.get().invoke(with.invoke(sample, Map.of(fits, RawJson.of("1")))))
        .isEqualTo(Map.of(fits, RawJson.of("1")));
    String over = "名".repeat(86); // 258 bytes, 86 characters
    ContentValidationException e = rejection(sample, with, Map.of(over, RawJson.of("1")));
    assertThat(e.violations()).singleElement()
        .satisfies(v -> assertThat(v.rule()).contains("at most 256 bytes in UTF-8"));
  }
}
