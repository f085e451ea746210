/**
 * Masthead core: the content model ({@code dev.masthead.model}). No run-time dependencies;
 * Immutables and JSpecify annotations are needed only to compile.
 */
module dev.masthead.core {
  requires static transitive org.immutables.value.annotations;
  requires static transitive org.jspecify;

  exports dev.masthead.model;
}
