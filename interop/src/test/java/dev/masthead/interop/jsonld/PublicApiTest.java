package dev.masthead.interop.jsonld;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The package's public API is {@link JsonLd} and its builder, and names no Jackson type. */
final class PublicApiTest {
  @Test
  void onlyJsonLdAndItsBuilderArePublic() {
    assertThat(Modifier.isPublic(JsonLd.class.getModifiers())).isTrue();
    assertThat(Modifier.isPublic(JsonLd.Builder.class.getModifiers())).isTrue();
    for (Class<?> internal : List.of(Graph.class, Ids.class, Schema.class, Words.class)) {
      assertThat(Modifier.isPublic(internal.getModifiers())).as(internal.getName()).isFalse();
    }
  }

  @Test
  void publicMethodsNameNoJacksonType() {
    List<String> signatures = new ArrayList<>();
    for (Class<?> type : List.of(JsonLd.class, JsonLd.Builder.class)) {
      for (Method method : type.getDeclaredMethods()) {
        if (Modifier.isPublic(method.getModifiers())) {
          signatures.add(method.getGenericReturnType().getTypeName());
          for (Type parameter : method.getGenericParameterTypes()) {
            signatures.add(parameter.getTypeName());
          }
        }
      }
    }
    assertThat(signatures).isNotEmpty().noneMatch(s -> s.contains("jackson"));
  }
}
