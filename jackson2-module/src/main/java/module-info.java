/**
 * Masthead's JSON wire format for Jackson 2 ({@code dev.masthead.jackson2}): one safe, lossless
 * reader and writer of the content model, writing the same bytes as {@code dev.masthead.jackson}
 * does on Jackson 3.
 */
module dev.masthead.jackson2 {
  requires transitive dev.masthead.core;
  requires transitive com.fasterxml.jackson.databind;
  requires dev.masthead.codec;
  requires static org.jspecify;

  exports dev.masthead.jackson2;

  provides com.fasterxml.jackson.databind.Module with dev.masthead.jackson2.MastheadModule;
}
