package dev.masthead.spring;

import dev.masthead.model.ContentReadException;
import dev.masthead.model.Violation;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * Answers a request whose Masthead document cannot be read with 400 and an RFC 9457 problem body
 * ({@code application/problem+json}) that lists every problem with its JSON Pointer:
 *
 * <pre>{@code
 * {"detail":"3 problems","instance":"/articles","status":400,"title":"Invalid Article",
 *  "type":"https://masthead.dev/problems/invalid-content",
 *  "errors":[{"pointer":"/id","detail":"must be lower-case letters and ..","value":"Bad Id"},
 *            {"pointer":"/body/0/content","detail":"must have at least one span"},
 *            {"pointer":"/headline","detail":"is required"}]}
 * }</pre>
 *
 * <p>{@link MastheadProblemDetailsAutoConfiguration} registers it in a servlet web application;
 * nothing needs to be declared. Through Spring's mapper a read failure arrives as an {@code
 * HttpMessageNotReadableException} whose cause is Jackson's (Jackson 3's {@code
 * DatabindException} on Spring Boot 4, Jackson 2's {@code JsonMappingException} on Spring Boot
 * 3.5), whose cause is the {@link ContentReadException}; Spring matches an exception handler
 * against the causes too, so this handler sees the {@link ContentReadException} itself, as it
 * does one a controller throws (from {@code MastheadJson.read}, say). It handles nothing else: every other
 * error is left to Spring ({@code spring.mvc.problemdetails.enabled=true} makes those problem
 * bodies too). It runs first ({@link Ordered#HIGHEST_PRECEDENCE}), before Spring Boot's own
 * handler, which would otherwise answer the {@code HttpMessageNotReadableException} with a
 * generic "Failed to read request".
 *
 * <p>To answer differently, declare a bean of this type (a subclass overriding {@link
 * #invalidContent}): this one then backs off. To turn it off, exclude its auto-configuration:
 * {@code spring.autoconfigure.exclude=dev.masthead.spring.MastheadProblemDetailsAutoConfiguration}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ContentProblemHandler {
  /** The problem type of an unreadable Masthead document. */
  public static final URI TYPE = URI.create("https://masthead.dev/problems/invalid-content");

  /** Creates the handler; {@link MastheadProblemDetailsAutoConfiguration} does. */
  public ContentProblemHandler() {}

  /**
   * {@return the problem body}: {@code errors} holds one entry per problem kept (at most 100:
   * pointer, rule as {@code detail}, and the offending value's excerpt if any), and {@code
   * detail} says how many there were in all
   *
   * @param e why the document could not be read
   */
  @ExceptionHandler
  public ProblemDetail invalidContent(ContentReadException e) {
    List<Map<String, Object>> errors = new ArrayList<>();
    for (Violation violation : e.violations()) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("pointer", violation.pointer());
      error.put("detail", violation.rule());
      violation.value().ifPresent(value -> error.put("value", value));
      errors.add(error);
    }
    int count = e.violationCount();
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
        count == 1 ? "1 problem" : count + " problems");
    problem.setType(TYPE);
    problem.setTitle("Invalid " + e.type());
    problem.setProperty("errors", errors);
    return problem;
  }
}
