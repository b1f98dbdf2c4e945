package io.bwo.dss;

/**
 * The NotifyCC exit point: called once per data set when its concurrent copy session is
 * initialised, the way DFSMSdss calls the User Interaction Module exit with Eioption 24
 * ("concurrent copy initialization complete"). Registered listeners are called for a DUMP with
 * NOTIFYCONCURRENT, as the UIM exit is; bwo's own listener, which prints ADR734I, always is.
 *
 * <p>Called on the dump task's thread while the system is FROZEN: an implementation must return
 * quickly, since the freeze window includes its time.
 */
@FunctionalInterface
public interface NotifyConcurrentListener {

  /**
   * Concurrent copy initialisation for one data set has completed. An exception thrown here fails
   * the dump (BWO509E in BWO507E) and the system is thawed.
   *
   * @return 0; the value is kept for the shape of the UIM exit (Eioption 24) and not acted on
   */
  int concurrentCopyInitialized(ConcurrentCopyNotification notification);
}
