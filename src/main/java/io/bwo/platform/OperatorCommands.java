package io.bwo.platform;

/**
 * What a running step does with the operator's commands. Called on the console listener's thread,
 * concurrently with the step's own work.
 */
public interface OperatorCommands {

  /**
   * Handles {@code F jobname,text}: {@code text} as the operator typed it; returns the reply to
   * show on the console, or an empty string for none.
   */
  String modify(String text);

  /** Handles {@code P jobname}: the step should end in order (thawing first) soon. */
  void stop();
}
