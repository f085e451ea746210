/**
 * Spring Boot auto-configuration for Masthead, on Spring Boot 3.5 and 4.0: the dependency
 * {@code dev.masthead:masthead-spring-boot}, beside the Masthead module of the application's
 * Jackson ({@code masthead-jackson2} on Spring Boot 3.5, {@code masthead-jackson} on 4.0), is
 * all an application adds.
 *
 * <ul>
 *   <li>{@link dev.masthead.spring.MastheadProblemDetailsAutoConfiguration}: in a servlet web
 *       application, {@link dev.masthead.spring.ContentProblemHandler} answers a request whose
 *       Masthead document cannot be read with 400 and an RFC 9457 problem body listing every
 *       problem by its JSON Pointer;
 *   <li>{@link dev.masthead.spring.MastheadJacksonAutoConfiguration}: with {@code
 *       masthead-jackson} on the class path, {@code dev.masthead.jackson.MastheadModule} as a
 *       bean, which Spring Boot 4 adds to its Jackson 3 {@code JsonMapper}; with {@code
 *       masthead-jackson2}, {@code dev.masthead.jackson2.MastheadModule}, which Spring Boot 3.5
 *       adds to its Jackson 2 {@code ObjectMapper}.
 * </ul>
 *
 * <p>Each backs off when the application has a bean of the same type, and each can be excluded
 * on its own ({@code spring.autoconfigure.exclude}).
 */
@NullMarked
package dev.masthead.spring;

import org.jspecify.annotations.NullMarked;
