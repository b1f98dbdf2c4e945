package io.bwo.jcl;

/**
 * What became of one step of a submitted job.
 *
 * @param procStep the procedure step name, or null for a step that is not in a procedure
 * @param completion how the program ended; null when it did not run
 * @param reason why the step did not run (or was flushed); null when it ran
 */
public record StepResult(String step, String procStep, String program, Status status,
    Completion completion, String reason) {

  /** The ways a step can end up. */
  public enum Status {
    /** The program ran and ended normally. */
    EXECUTED,
    /** The program ran and abended. */
    ABENDED,
    /** The program is not available locally: not run, treated as ABEND S806. */
    FLUSHED,
    /** Bypassed by COND or IF, after an abend, by RESTART or TYPRUN=SCAN, or the job ended. */
    NOT_RUN,
    /** Its DDs could not be allocated: a JCL error that ended the job. */
    JCL_ERROR
  }
}
