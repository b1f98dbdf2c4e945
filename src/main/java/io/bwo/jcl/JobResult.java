package io.bwo.jcl;

import java.nio.file.Path;
import java.util.List;

/**
 * How a submitted job ended: its steps, its return code (by JOBRC: the highest condition code by
 * default), the abend that ended it if any, whether a JCL error ended it, where its output is,
 * and the job log.
 *
 * @param returnCode the job's return code as JOBRC makes it (MAXRC: highest condition code)
 * @param highestConditionCode the highest condition code of the steps that ended normally
 * @param abendCode the first abend code of the job, or null
 * @param outputLost why the job log could not be written to {@code outputDir}, or null
 */
public record JobResult(String jobName, String jobId, Path outputDir, List<StepResult> steps,
    int returnCode, int highestConditionCode, String abendCode, boolean jclError,
    List<String> log, String outputLost) {

  public JobResult {
    steps = List.copyOf(steps);
    log = List.copyOf(log);
  }

  /**
   * The exit code of {@code bwo submit}: the job's return code, at least 16 when a step abended,
   * at least 12 when a JCL error ended the job, at least 4 when its log could not be written to
   * its output folder ({@code outputLost}, BWO727W), at most 255 (what a process exit value
   * holds).
   */
  public int exitCode() {
    int code = Math.min(returnCode, 255);
    if (outputLost != null) {
      code = Math.max(code, 4);
    }
    if (abendCode != null) {
      return Math.max(code, 16);
    }
    return jclError ? Math.max(code, 12) : code;
  }
}
