package io.bwo.copy;

/**
 * Whoever keeps the concurrent copy sessions: the segment system, in this process or over its
 * socket. A {@link PointInTimeReader} asks it, after each live read, what was preserved.
 */
public interface ConcurrentCopyHost {

  /**
   * Marks CIs {@code [firstCi, firstCi + count)} of the session copied, so they are no longer
   * preserved, and returns those of them that were overwritten since the point in time.
   */
  PreservedCis completeRange(CopySession session, long firstCi, int count);
}
