package dev.masthead.jackson;

import dev.masthead.jackson.internal.Registration;
import dev.masthead.model.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import tools.jackson.core.Version;
import tools.jackson.core.util.VersionUtil;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module for Masthead's JSON wire format: registers a serializer and a
 * deserializer for every model type, so that a mapper reads and writes exactly the JSON that
 * {@link MastheadJson} does.
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder()
 *     .addModule(new MastheadModule())
 *     .build();
 * }</pre>
 *
 * <p>It is also found by {@code JsonMapper.builder().findAndAddModules()}, through {@code
 * META-INF/services} and the module descriptor's {@code provides}. Every Masthead document it
 * reads is held to {@link ReadLimits} (the defaults, or those given to {@link
 * #MastheadModule(ReadLimits)}) and checked as strictly as {@link MastheadJson} checks it, in any
 * mapper. What it cannot do in a mapper of yours: check the input's encoding before Jackson
 * decodes it (byte order marks, UTF-16, overlong UTF-8 on Jackson versions that accept it),
 * limit what Jackson buffers before the module sees a value, or reject trailing tokens and
 * repeated keys in your own objects; for untrusted input prefer {@link MastheadJson}, or set the
 * same limits on your mapper's {@code StreamReadConstraints}. A read failure is a Jackson {@link
 * tools.jackson.databind.DatabindException} whose cause is a {@link
 * dev.masthead.model.ContentReadException} listing every problem by its JSON Pointer.
 */
public final class MastheadModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's name, also its registration id: registering it twice has no effect. */
  public static final String NAME = "dev.masthead.jackson.MastheadModule";

  private static final Version VERSION = readVersion();

  /** Creates the module with every model type's serializer and deserializer, default limits. */
  public MastheadModule() {
    this(ReadLimits.defaults());
  }

  /**
   * Creates the module with every model type's serializer and deserializer.
   *
   * @param limits the limits every Masthead value read through the module is held to
   */
  public MastheadModule(ReadLimits limits) {
    super(NAME, VERSION);
    Registration.addTo(this, limits);
  }

  @Override
  public String getModuleName() {
    return NAME;
  }

  @Override
  public Object getRegistrationId() {
    return NAME;
  }

  @Override
  public Version version() {
    return VERSION;
  }

  private static Version readVersion() {
    Properties build = new Properties();
    try (InputStream in = MastheadModule.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return Version.unknownVersion();
      }
      build.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(build.getProperty("version"),
        build.getProperty("groupId"), build.getProperty("artifactId"));
  }
}
