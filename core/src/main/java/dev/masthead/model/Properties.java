package dev.masthead.model;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;

/**
 * The property names of a model type: its abstract, public, no-argument accessors. These are
 * also its JSON property names, so an extension may not use one of them.
 */
final class Properties {
  private static final ClassValue<Set<String>> NAMES =
      new ClassValue<>() {
        @Override
        protected Set<String> computeValue(Class<?> type) {
          Set<String> names = new TreeSet<>();
          for (Method method : type.getMethods()) {
            if (Modifier.isAbstract(method.getModifiers())
                && method.getParameterCount() == 0
                && method.getDeclaringClass() != Object.class) {
              names.add(method.getName());
            }
          }
          if (Block.class.isAssignableFrom(type)) {
            names.add("type");
          }
          return Set.copyOf(names);
        }
      };

  private Properties() {}

  static Set<String> of(Class<?> type) {
    return NAMES.get(type);
  }
}
