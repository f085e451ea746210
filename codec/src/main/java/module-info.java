/**
 * Masthead's JSON wire format with no JSON library ({@code dev.masthead.codec}): what the JSON
 * of every model type is (one table), how it is read and written over a small token interface
 * that each Jackson line's adapter implements, the problems a read gathers, and the JSON Schema
 * written from the same table. Not API: it exports its one package to the adapters only.
 */
module dev.masthead.codec {
  requires transitive dev.masthead.core;
  requires static org.jspecify;

  exports dev.masthead.codec to dev.masthead.jackson, dev.masthead.jackson2;
}
