package com.ibm.jzos;

/**
 * Receives the operator commands for this job: START parameters, MODIFY ({@code F job,text}) and
 * STOP ({@code P job}). Registered with {@link MvsConsole#registerMvsCommandCallback}.
 */
public interface MvsCommandCallback {
  /** Called with the parameters of the START command when the job was started as a task. */
  void handleStart(String parms);

  /** Called with the text of a MODIFY command, {@code text} in {@code F jobname,text}. */
  void handleModify(String command);

  /**
   * Called for a STOP command; returning true lets the system end the JVM with {@code
   * System.exit(0)}, false leaves ending to the program.
   */
  boolean handleStop();
}
