package dev.masthead.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 4.0 application that serves and reads Masthead documents through Spring's own
 * {@code JsonMapper}. Spring Boot finds {@code MastheadModule} on the class path (through {@code
 * META-INF/services}) and adds it to that mapper: the dependency is all the JSON needs.
 * {@code ContentProblemHandler} answers an unreadable document with an RFC 9457 problem body,
 * and {@code JsonLimits} holds Spring's mapper to Masthead's read limits.
 */
@SpringBootApplication
public class MastheadApplication {
  /**
   * Starts the application.
   *
   * @param args Spring Boot's command-line arguments
   */
  public static void main(String[] args) {
    SpringApplication.run(MastheadApplication.class, args);
  }
}
