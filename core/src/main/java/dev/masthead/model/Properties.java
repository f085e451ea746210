package dev.masthead.model;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

/**
 * The property names of a model type: its public, no-argument instance accessors that are
 * abstract or, for {@code @Value.Default} attributes, overridable (helpers such as {@code type()}
 * of a known block or {@code plainText()} are final). These are also its JSON property names, so
 * an extension may not use one of them.
 */
final class Properties {
  private static final ClassValue<Set<String>> NAMES =
      new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
          Set<String> names = new TreeSet<>();
          for (Method method : type.getMethods()) {
            int modifiers = method.getModifiers();
            if ((Modifier.isAbstract(modifiers) || !Modifier.isFinal(modifiers))
                && !Modifier.isStatic(modifiers)
                && method.getParameterCount() == 0
                && method.getDeclaringClass() != Object.class) {
              names.add(method.getName());
            }
          }
          if (Block.class.isAssignableFrom(type)) {
            names.add("type");
          }
          // Extensions are written as the object's own properties: "extensions" is no name on
          // the wire, and a newer version may use it like any other.
          names.remove("extensions");
          return Set.copyOf(names);
        }
      };

  private Properties() {}

  static Set<String> of(Class<?> type) {
    return NAMES.get(type);
  }
}
