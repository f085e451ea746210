package dev.masthead.related;

import org.immutables.value.Value;

/** The statistics of an index snapshot that its scores depend on. */
@Value.Immutable
public abstract sealed class IndexStatistics permits ImmutableIndexStatistics {
  IndexStatistics() {}

  /** {@return the number of articles, N in the idf} */
  public abstract int articles();

  /** {@return the number of distinct tags} */
  public abstract int tags();

  /** {@return the number of (article, tag) pairs} */
  public abstract long postings();

  /** {@return the snapshot's version: each new snapshot from an old one counts up} */
  public abstract long version();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link IndexStatistics}. */
  public static final class Builder extends ImmutableIndexStatistics.Builder {
    Builder() {}
  }
}
