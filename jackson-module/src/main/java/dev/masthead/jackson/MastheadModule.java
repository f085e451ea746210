package dev.masthead.jackson;

import dev.masthead.jackson.internal.Registration;
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
 * META-INF/services} and the module descriptor's {@code provides}. A mapper of your own gets the
 * wire format but not {@link MastheadJson}'s input limits, strictness and single exception type:
 * prefer {@link MastheadJson} for untrusted input. Read failures from the module are Jackson
 * {@link tools.jackson.databind.DatabindException}s whose message names each offending value by
 * its JSON Pointer.
 */
public final class MastheadModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's name, also its registration id: registering it twice has no effect. */
  public static final String NAME = "dev.masthead.jackson.MastheadModule";

  private static final Version VERSION = readVersion();

  /** Creates the module with every model type's serializer and deserializer. */
  public MastheadModule() {
    super(NAME, VERSION);
    Registration.addTo(this);
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
