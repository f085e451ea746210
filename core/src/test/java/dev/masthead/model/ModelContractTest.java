package dev.masthead.model;

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
 * NPE), lists reject null elements, and extensions may not shadow a property.
 */
final class ModelContractTest {

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
        .extracting(Violation::path)
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
          .extracting(Violation::path, Violation::rule)
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
          .extracting(Violation::path, Violation::rule)
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
        .map(Method::getName).toList());
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
}
