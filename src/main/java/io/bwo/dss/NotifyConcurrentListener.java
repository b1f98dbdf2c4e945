package io.bwo.dss;

/**
 * The NotifyCC exit point: called once per data set when its concurrent copy session is
 * initialised, the way DFSMSdss calls the User Interaction Module exit with Eioption 24
 * ("concurrent copy initialization complete"). Register implementations with the dump task;
 * bwo's own listener prints ADR734I.
 *
 * <p>Called on the dump task's thread while the system is FROZEN: an implementation must return
 * quickly, since the freeze window includes its time.
 */
@FunctionalInterface
public interface NotifyConcurrentListener {

  /**
   * Concurrent copy initialisation for one data set has completed.
   *
   * @return 0 when the session is initialised and serialization released; 4 when concurrent copy
   *     failed for this data set (the same codes as the UIM exit's)
   */
  int concurrentCopyInitialized(ConcurrentCopyNotification notification);
}
