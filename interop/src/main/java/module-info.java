/**
 * The industry's formats for Masthead content ({@code dev.masthead.interop}): IPTC ninjs 3.1 in
 * and out ({@code dev.masthead.interop.ninjs}) and schema.org JSON-LD out ({@code
 * dev.masthead.interop.jsonld}).
 */
module dev.masthead.interop {
  requires transitive dev.masthead.core;
  requires dev.masthead.jackson;
  requires tools.jackson.databind;
  requires java.xml;
  requires com.networknt.schema;
  requires static org.jspecify;

  exports dev.masthead.interop.jsonld;
  exports dev.masthead.interop.ninjs;
}
