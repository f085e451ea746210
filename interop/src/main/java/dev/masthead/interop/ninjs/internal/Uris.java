package dev.masthead.interop.ninjs.internal;

import java.util.Locale;
import java.util.Optional;

/**
 * How a Masthead id becomes a ninjs {@code uri}: an RFC 4151 tag URI under the publication's
 * host ({@code tag:connectingregion.com,2025:article:some-id}), or a {@code urn:masthead:} URN
 * when no publication is given. An identifier, not a link, as ninjs asks of {@code uri}.
 *
 * @param authority the tag URI's authority and date, e.g. {@code connectingregion.com,2025}
 */
public record Uris(Optional<String> authority) {
  /** Masthead URNs: {@code urn:masthead:article:some-id}. */
  public static final Uris URN = new Uris(Optional.empty());

  /**
   * {@return tag URIs under this host, dated with this year}
   *
   * @param host the publication's host name
   * @param year the year the host was held, for the tag URI's date
   */
  public static Uris tag(String host, int year) {
    return new Uris(Optional.of(host.toLowerCase(Locale.ROOT) + "," + year));
  }

  /**
   * {@return the URI of an entity}
   *
   * @param kind {@code article}, {@code person}, {@code organisation}, {@code place} or {@code
   *     event}
   * @param id the entity's id
   */
  public String of(String kind, String id) {
    return authority.map(a -> "tag:" + a + ":" + kind + ":" + id)
        .orElseGet(() -> "urn:masthead:" + kind + ":" + id);
  }
}
