package dev.masthead.internal;

/**
 * Content exceptions made on a thread while a reader is active there carry no stack trace. A
 * reader builds model values from untrusted input, catches each {@code ContentException} their
 * validation throws, and reports its violations at their place in the document; the exception
 * itself is never seen. Capturing its stack would cost more than the rest of the failure, and a
 * document with many invalid values would take much longer to refuse than to read.
 */
public final class QuietExceptions {
  private static final ThreadLocal<int[]> DEPTH = ThreadLocal.withInitial(() -> new int[1]);

  private QuietExceptions() {}

  /** Marks the start of a read on this thread; pair with {@link #exit()} in a finally block. */
  public static void enter() {
    DEPTH.get()[0]++;
  }

  /** Marks the end of a read begun with {@link #enter()}. */
  public static void exit() {
    DEPTH.get()[0]--;
  }

  /** {@return whether a read is active on this thread} */
  public static boolean active() {
    return DEPTH.get()[0] > 0;
  }
}
