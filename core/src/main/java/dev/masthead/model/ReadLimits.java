package dev.masthead.model;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The limits every Masthead reader holds a JSON document to, whichever JSON library it runs on:
 * nesting depth, string, name and number length, document length and token count. The defaults
 * are generous for real content and keep a hostile document's cost bounded; every value the
 * model holds, written by Masthead, is within them (see {@link ContentLimits}).
 *
 * <pre>{@code
 * ReadLimits limits = ReadLimits.builder().maxDocumentLength(1024 * 1024).build();
 * }</pre>
 */
public final class ReadLimits {
  /** Deepest nesting of objects and arrays, by default. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 64;

  /** Longest string value, in characters (UTF-16 units), by default (2 MiB). */
  public static final int DEFAULT_MAX_STRING_LENGTH = 2 * 1024 * 1024;

  /**
   * Longest property name, in bytes of its UTF-8 encoding, by default: the unit in which the
   * model bounds extension names ({@link ContentLimits#EXTENSION_NAME}).
   */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;

  /** Longest number, in digits (of the integer part, fraction and exponent together). */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 100;

  /** Largest document, in bytes (in characters for text input), by default (10 MiB). */
  public static final long DEFAULT_MAX_DOCUMENT_LENGTH = 10L * 1024 * 1024;

  /** Most tokens in one document, by default. */
  public static final long DEFAULT_MAX_TOKEN_COUNT = 1_000_000;

  private static final ReadLimits DEFAULTS = builder().build();

  private final int maxNestingDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;
  private final long maxDocumentLength;
  private final long maxTokenCount;

  private ReadLimits(Builder b) {
    this.maxNestingDepth = b.maxNestingDepth;
    this.maxStringLength = b.maxStringLength;
    this.maxNameLength = b.maxNameLength;
    this.maxNumberLength = b.maxNumberLength;
    this.maxDocumentLength = b.maxDocumentLength;
    this.maxTokenCount = b.maxTokenCount;
  }

  /** {@return the default limits} */
  public static ReadLimits defaults() {
    return DEFAULTS;
  }

  /** {@return a builder starting from the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return a builder starting from these limits} */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.maxNestingDepth = maxNestingDepth;
    b.maxStringLength = maxStringLength;
    b.maxNameLength = maxNameLength;
    b.maxNumberLength = maxNumberLength;
    b.maxDocumentLength = maxDocumentLength;
    b.maxTokenCount = maxTokenCount;
    return b;
  }

  /** {@return the deepest nesting of objects and arrays} */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  /** {@return the longest string value, in characters} */
  public int maxStringLength() {
    return maxStringLength;
  }

  /** {@return the longest property name, in UTF-8 bytes} */
  public int maxNameLength() {
    return maxNameLength;
  }

  /** {@return the longest number, in digits} */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /** {@return the largest document, in bytes (characters for text input)} */
  public long maxDocumentLength() {
    return maxDocumentLength;
  }

  /** {@return the most tokens in one document} */
  public long maxTokenCount() {
    return maxTokenCount;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof ReadLimits that
        && maxNestingDepth == that.maxNestingDepth
        && maxStringLength == that.maxStringLength
        && maxNameLength == that.maxNameLength
        && maxNumberLength == that.maxNumberLength
        && maxDocumentLength == that.maxDocumentLength
        && maxTokenCount == that.maxTokenCount;
  }

  @Override
  public int hashCode() {
    return Objects.hash(maxNestingDepth, maxStringLength, maxNameLength, maxNumberLength,
        maxDocumentLength, maxTokenCount);
  }

  @Override
  public String toString() {
    return "ReadLimits{maxNestingDepth=" + maxNestingDepth + ", maxStringLength="
        + maxStringLength + ", maxNameLength=" + maxNameLength + ", maxNumberLength="
        + maxNumberLength + ", maxDocumentLength=" + maxDocumentLength + ", maxTokenCount="
        + maxTokenCount + "}";
  }

  /** Sets {@link ReadLimits}; every limit starts at its default and must be at least 1. */
  public static final class Builder {
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxNameLength = DEFAULT_MAX_NAME_LENGTH;
    private int maxNumberLength = DEFAULT_MAX_NUMBER_LENGTH;
    private long maxDocumentLength = DEFAULT_MAX_DOCUMENT_LENGTH;
    private long maxTokenCount = DEFAULT_MAX_TOKEN_COUNT;

    private Builder() {}

    /**
     * {@return this builder, with the deepest nesting of objects and arrays set}
     *
     * @param depth at least 1
     */
    public Builder maxNestingDepth(int depth) {
      this.maxNestingDepth = positive("maxNestingDepth", depth);
      return this;
    }

    /**
     * {@return this builder, with the longest string value set}
     *
     * @param length in characters, at least 1
     */
    public Builder maxStringLength(int length) {
      this.maxStringLength = positive("maxStringLength", length);
      return this;
    }

    /**
     * {@return this builder, with the longest property name set}
     *
     * @param length in bytes of its UTF-8 encoding, at least 1
     */
    public Builder maxNameLength(int length) {
      this.maxNameLength = positive("maxNameLength", length);
      return this;
    }

    /**
     * {@return this builder, with the longest number set}
     *
     * @param length in digits, at least 1
     */
    public Builder maxNumberLength(int length) {
      this.maxNumberLength = positive("maxNumberLength", length);
      return this;
    }

    /**
     * {@return this builder, with the largest document set}
     *
     * @param length in bytes (characters for text input), at least 1
     */
    public Builder maxDocumentLength(long length) {
      this.maxDocumentLength = positive("maxDocumentLength", length);
      return this;
    }

    /**
     * {@return this builder, with the most tokens in one document set}
     *
     * @param count at least 1
     */
    public Builder maxTokenCount(long count) {
      this.maxTokenCount = positive("maxTokenCount", count);
      return this;
    }

    /** {@return the limits} */
    public ReadLimits build() {
      return new ReadLimits(this);
    }

    private static int positive(String what, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(what + " must be at least 1, is " + value);
      }
      return value;
    }

    private static long positive(String what, long value) {
      if (value < 1) {
        throw new IllegalArgumentException(what + " must be at least 1, is " + value);
      }
      return value;
    }
  }
}
