package dev.masthead.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the project, applied to whole packages in their
 * {@code package-info.java}.
 *
 * <p>The "sandwich": a public abstract value type, a package-private generated implementation,
 * and a public nested {@code Builder} that extends the generated one. Validation is the value
 * type's own: {@code ValidationMethod.NONE} turns off the generated null and "required attribute"
 * checks so that the type's {@code @Value.Check} sees a missing attribute as {@code null} and
 * reports it together with every other violated invariant, in one exception.
 *
 * <p>{@code optionalAcceptNullable}: a builder's setter for an optional attribute takes null as
 * "absent", so that a service can map a nullable column straight onto a builder.
 *
 * <p>{@code allowedClasspathAnnotations} keeps Immutables from stamping its own
 * {@code @org.immutables.value.Generated} (class retention) on the generated classes: users
 * compile against core without Immutables on their class path, and javac would warn about the
 * missing annotation type in every build of theirs.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    validationMethod = Value.Style.ValidationMethod.NONE,
    defaultAsDefault = false,
    allParameters = false,
    allowedClasspathAnnotations = {Override.class},
    optionalAcceptNullable = true,
    depluralize = true,
    depluralizeDictionary = {"person:people", "as"})
public @interface MastheadStyle {}
