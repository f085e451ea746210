/**
 * Masthead's JSON wire format for Jackson 3 ({@code dev.masthead.jackson}): one safe, lossless
 * reader and writer of the content model.
 */
module dev.masthead.jackson {
  requires transitive dev.masthead.core;
  requires dev.masthead.codec;
  requires transitive tools.jackson.databind;
  requires static org.jspecify;

  exports dev.masthead.jackson;

  provides tools.jackson.databind.JacksonModule with dev.masthead.jackson.MastheadModule;
}
