package dev.masthead.interop.ninjs;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The ninjs API speaks Masthead types, String and byte[]: no Jackson or networknt type. */
final class PublicApiTest {
  @Test
  void namesNoJsonLibraryType() {
    List<String> leaks = new ArrayList<>();
    for (Class<?> type : List.of(NinjsWriter.class, NinjsWriter.Builder.class,
        NinjsReader.class, NinjsReader.Builder.class)) {
      for (Method method : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers())) {
          continue;
        }
        Stream.concat(Stream.of(method.getReturnType()), Stream.of(method.getParameterTypes()))
            .map(Class::getName)
            .filter(name -> name.startsWith("tools.jackson") || name.startsWith("com.networknt")
                || name.contains(".internal."))
            .forEach(name -> leaks.add(type.getSimpleName() + "." + method.getName() + ": "
                + name));
      }
    }
    assertThat(leaks).isEmpty();
  }

  @Test
  void exportsOnlyTheNinjsPackageOfIts() {
    Module module = NinjsWriter.class.getModule();
    if (module.isNamed()) {
      assertThat(module.isExported("dev.masthead.interop.ninjs")).isTrue();
      assertThat(module.isExported("dev.masthead.interop.ninjs.internal")).isFalse();
    }
  }
}
