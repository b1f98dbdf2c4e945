package io.bwo.journal;

/**
 * What {@code bwo status} says of a run, and the exit code a scheduler's judgment job branches on.
 */
public enum RunState {
  /** An attempt recorded SUCCEEDED: exit code 0. */
  SUCCEEDED(0),
  /** An attempt holds the run's lock, or another node's attempt has a fresh heartbeat: 4. */
  RUNNING(4),
  /** The last attempt recorded FAILED: 8. */
  FAILED(8),
  /** The last attempt stopped without a word (killed, crashed, node lost): 8, like FAILED. */
  ABANDONED(8),
  /** The journal has no attempt of this run id: 12. */
  UNKNOWN(12);

  private final int exitCode;

  RunState(int exitCode) {
    this.exitCode = exitCode;
  }

  /** The exit code of {@code bwo status} for this state. */
  public int exitCode() {
    return exitCode;
  }
}
