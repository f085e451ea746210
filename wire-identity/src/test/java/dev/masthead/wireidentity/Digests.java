package dev.masthead.wireidentity;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Properties;

/**
 * Digests of what the tests saw, checked in ({@code digests.properties}), so that the run on the
 * newest Jackson of each line and the run on the oldest are held to the same outcomes, not only
 * each line to the other in the same run. A digest changes when the wire format or a problem's
 * wording does: the failure gives the new digest, to check in with that change.
 */
final class Digests {
  private static final Properties EXPECTED = load();

  private Digests() {}

  /** A SHA-256 over named texts, in the order added. */
  static final class Digest {
    private final MessageDigest sha256;

    Digest() {
      try {
        sha256 = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    void add(String name, String text) {
      sha256.update(name.getBytes(UTF_8));
      sha256.update((byte) 0);
      sha256.update(text.getBytes(UTF_8));
      sha256.update((byte) 0);
    }

    String hex() {
      return HexFormat.of().formatHex(sha256.digest());
    }
  }

  /** Holds the digest to the checked-in one of that name. */
  static void check(String name, Digest digest) {
    assertThat(digest.hex())
        .as("digest %s: if the change is meant, set %s=<this digest> in digests.properties",
            name, name)
        .isEqualTo(EXPECTED.getProperty(name));
  }

  private static Properties load() {
    Properties properties = new Properties();
    try (InputStream in = Digests.class.getResourceAsStream("digests.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
