package dev.masthead.examples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * A Spring Boot 3.5 application that serves and reads Masthead documents through Spring's own
 * Jackson 2 {@code ObjectMapper}. {@code masthead-spring-boot} makes the Jackson 2 {@code
 * MastheadModule} (from {@code masthead-jackson2}) a bean, which Spring Boot adds to that mapper,
 * and answers an unreadable document with an RFC 9457 problem body ({@code
 * ContentProblemHandler}), with nothing declared here. {@link JsonLimits} holds Spring's mapper
 * to Masthead's read limits, which no auto-configuration does for an application.
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
