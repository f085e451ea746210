package dev.masthead.jackson.internal;

import dev.masthead.codec.Documents;
import dev.masthead.model.ContentReadException;
import dev.masthead.model.ReadLimits;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.databind.ObjectReader;

/** {@code MastheadJson}'s read of one document through Jackson, and its Jackson settings. */
public final class Reads {
  /** What a read of {@code MastheadJson} runs: Jackson's read of one document. */
  public interface Read<T> {
    /** {@return the value read} */
    @Nullable T read();
  }

  private Reads() {}

  /**
   * {@return Jackson's stream read constraints for these limits}: a backstop for Masthead's own
   * checks, which hold the same limits on every token and find them broken first
   *
   * @param limits the limits
   */
  public static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxNestingDepth(Documents.parserNestingDepth(limits))
        .maxStringLength(Documents.parserStringLength(limits))
        .maxNameLength(limits.maxNameLength())
        .maxNumberLength(Documents.parserNumberLength(limits))
        .maxDocumentLength(limits.maxDocumentLength())
        .maxTokenCount(limits.maxTokenCount())
        .build();
  }

  /**
   * Runs {@code MastheadJson}'s read of one document; every failure is a {@link
   * ContentReadException}.
   *
   * @param type the model type read
   * @param read the read
   * @param badUtf8 from {@code Documents.checkBytes} for bytes (the offset of the first byte
   *     that is not UTF-8, or {@code ALL_UTF8}), -1 for text
   * @param limits the limits the read is held to
   * @param <T> the model type
   * @return the value
   */
  public static <T> T read(Class<T> type, Read<T> read, long badUtf8, ReadLimits limits) {
    T value;
    try {
      value = read.read();
    } catch (ReadFailure e) {
      throw e.problems();
    } catch (JacksonException e) {
      // Outside the codec: before the document's first token, or after its last.
      throw Documents.outside(type, JacksonInput.failure(e), badUtf8, limits);
    } catch (StackOverflowError e) {
      throw Documents.tooDeep(type, e);
    }
    return Documents.finish(type, value, badUtf8);
  }

  /**
   * {@return the reader, telling the codec where the input stops being UTF-8, if it does}, so that the
   * token there is refused whichever Jackson version parses it
   *
   * @param reader a reader of {@code MastheadJson}
   * @param badUtf8 from {@code Documents.checkBytes}: the offset of the first byte that is not
   *     UTF-8, or {@code ALL_UTF8}
   */
  public static ObjectReader withBadUtf8(ObjectReader reader, long badUtf8) {
    return reader.withAttribute(WireDeserializer.BAD_UTF8, badUtf8);
  }
}
