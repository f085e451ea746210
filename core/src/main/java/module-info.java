/**
 * Masthead core: the content model ({@code dev.masthead.model}) and tag-based relatedness
 * ({@code dev.masthead.related}). No run-time dependencies;
 * Immutables and JSpecify annotations are needed only to compile it. They are not required
 * transitively: a module that reads this one compiles without them.
 */
module dev.masthead.core {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;

  exports dev.masthead.model;
  exports dev.masthead.related;
  // Internals shared with Masthead's own modules only, not API.
  exports dev.masthead.internal to dev.masthead.codec, dev.masthead.jackson;
}
