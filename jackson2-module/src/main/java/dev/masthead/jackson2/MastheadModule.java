package dev.masthead.jackson2;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.masthead.jackson2.internal.Registration;
import dev.masthead.model.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The Jackson 2 module for Masthead's JSON wire format: registers a serializer and a
 * deserializer for every model type, so that a mapper reads and writes exactly the JSON that
 * {@link MastheadJson} does, the same bytes as {@code dev.masthead.jackson.MastheadModule}
 * writes on Jackson 3.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder()
 *     .addModule(new MastheadModule())
 *     .build();
 * }</pre>
 *
 * <p>It is also found by {@code ObjectMapper.findAndRegisterModules()}, through {@code
 * META-INF/services} and the module descriptor's {@code provides}; Spring Boot 3 registers it
 * when it is a bean (masthead-spring-boot does that). Every Masthead document it reads is held
 * to {@link ReadLimits} (the defaults, or those given to {@link #MastheadModule(ReadLimits)}) and
 * checked as strictly as {@link MastheadJson} checks it, in any mapper. A text holding a
 * character outside the Basic Multilingual Plane is written as its four UTF-8 bytes, as on
 * Jackson 3, even where the mapper leaves {@code
 * JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8} off. What it cannot do in a mapper of
 * yours: check the input's encoding before Jackson decodes it (byte order marks, UTF-16,
 * overlong UTF-8), limit what Jackson buffers before the module sees a value, or reject trailing
 * tokens and repeated keys in your own objects; for untrusted input prefer {@link MastheadJson},
 * or set the same limits on your mapper's {@code StreamReadConstraints}. A read failure is a
 * Jackson {@link com.fasterxml.jackson.databind.JsonMappingException} whose cause is a {@link
 * dev.masthead.model.ContentReadException} listing every problem by its JSON Pointer.
 */
public final class MastheadModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  /** The module's name, also its registration id: registering it twice has no effect. */
  public static final String NAME = "dev.masthead.jackson2.MastheadModule";

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
  public Object getTypeId() {
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
