package io.bwo.jcl;

import java.io.IOException;

/**
 * Runs the program of a job step, as the system's program libraries do on z/OS. The local
 * executor asks {@link #supports} first: a step naming a program no runner supports is flushed
 * (treated as ABEND S806, module not found). Tests give a fake; {@link LocalPrograms} runs the
 * JZOS Batch Launcher, ADRDSSU and IEFBR14.
 */
public interface ProgramRunner {

  /** True when {@code program} (a load module name such as {@code JVMLDM86}) can run here. */
  boolean supports(String program);

  /** The programs this runner supports, for the message a flushed step gets. */
  String describe();

  /**
   * Runs {@code call} to its end and tells how the program ended: its condition code, or an
   * abend. An IOException means the program could not be started at all.
   */
  Completion run(ProgramCall call) throws IOException, InterruptedException;
}
