package io.bwo.jcl;

import java.time.Duration;

/**
 * What the JOB statement says about running the job: the job-level COND, the TIME limit, the
 * step to RESTART at, how JOBRC makes the job's return code, and TYPRUN=SCAN.
 *
 * @param time the job's time limit, or null for none
 * @param restart the step to start at, or null to start at the first
 * @param jobRcStep the step whose RC is the job's (JOBRC=(STEP,name)), or null
 */
record JobParameters(CondParameter cond, Duration time, StepRef restart, JobRc jobRc,
    StepRef jobRcStep, boolean scan) {

  /** How the job's return code is made (JOBRC). */
  enum JobRc { MAXRC, LASTRC, STEP }

  static final JobParameters DEFAULT =
      new JobParameters(CondParameter.NONE, null, null, JobRc.MAXRC, null, false);
}
