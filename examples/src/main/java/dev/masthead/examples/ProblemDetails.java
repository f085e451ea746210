package dev.masthead.examples;

import dev.masthead.jackson.MastheadJson;
import dev.masthead.model.Article;
import dev.masthead.model.ContentException;
import dev.masthead.model.Violation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recipe: bad content as an RFC 9457 problem body. Every Masthead exception for bad content is a
 * {@link ContentException}, whether a builder refused a value or a reader refused a document;
 * its violations are structured values (JSON Pointer, rule, excerpt), so a service builds its
 * response from them without parsing a message. At most 100 are kept however many there are;
 * {@link ContentException#violationCount()} says how many there were.
 */
public final class ProblemDetails {
  private ProblemDetails() {}

  /**
   * Reads a broken article and prints the problem body a service would answer with.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    MastheadJson json = MastheadJson.builder().indent(true).build();
    String broken = """
        {"id":"Bad Id","slug":"ok","headline":"A","published":"yesterday",\
        "language":"en","tags":[{"id":"serbia","kind":"place"}]}""";
    try {
      json.read(broken, Article.class);
    } catch (ContentException e) {
      System.out.println(json.write(problem(e)));
    }
  }

  /**
   * {@return an RFC 9457 problem body for bad content}: one entry per violation under {@code
   * errors}, and how many there were in all
   *
   * @param e what the reader or builder threw
   */
  public static Map<String, Object> problem(ContentException e) {
    List<Map<String, Object>> errors = new ArrayList<>();
    for (Violation violation : e.violations()) {
      Map<String, Object> error = new LinkedHashMap<>();
      error.put("pointer", violation.pointer());
      error.put("detail", violation.rule());
      violation.value().ifPresent(value -> error.put("value", value));
      errors.add(error);
    }
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "https://masthead.dev/problems/invalid-content");
    problem.put("title", "Invalid " + e.type());
    problem.put("status", 400);
    problem.put("detail", e.violationCount() == 1 ? "1 problem"
        : e.violationCount() + " problems");
    problem.put("errors", errors);
    return problem;
  }
}
