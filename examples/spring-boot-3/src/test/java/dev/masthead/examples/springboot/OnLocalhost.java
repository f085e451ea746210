package dev.masthead.examples.springboot;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;

/**
 * The application started for real on 127.0.0.1 at a random port, the same for every test class
 * (one Spring context): each takes the port in its constructor, {@code @LocalServerPort int}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = "server.address=127.0.0.1")
@interface OnLocalhost {}
