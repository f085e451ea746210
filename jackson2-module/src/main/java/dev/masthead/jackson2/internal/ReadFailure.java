package dev.masthead.jackson2.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import dev.masthead.model.ContentReadException;

/**
 * How a read failure leaves the module through Jackson: a {@link JsonMappingException}, so that
 * any mapper and framework handles it like every other Jackson failure (Jackson adds the path of
 * the user's own objects that hold the Masthead value), whose cause is the {@link
 * ContentReadException} with every problem as a structured {@code Violation}.
 */
public final class ReadFailure extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  ReadFailure(JsonParser parser, ContentReadException problems) {
    super(parser, problems.getMessage(), problems);
  }

  /** {@return the problems, as the exception that {@code MastheadJson} throws} */
  public ContentReadException problems() {
    return (ContentReadException) getCause();
  }
}
