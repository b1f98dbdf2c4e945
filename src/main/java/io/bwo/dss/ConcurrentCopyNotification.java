package io.bwo.dss;

import io.bwo.catalog.Dsn;
import java.time.Instant;

/**
 * What a {@link NotifyConcurrentListener} is told: which data set, in which task, when, and the
 * intermediate return code (0 when the session is established).
 *
 * @param index the 1-based number of this data set among those to notify
 * @param of how many data sets the task notifies in all; UNFREEZE follows the last
 */
public record ConcurrentCopyNotification(
    String taskId, Dsn dsn, Instant at, int intermediateReturnCode, int index, int of) {

  /** Whether this is the last notification of the task, after which the system is thawed. */
  public boolean last() {
    return index == of;
  }
}
