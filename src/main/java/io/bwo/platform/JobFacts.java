package io.bwo.platform;

import java.util.Objects;

/** The job a program runs in, as JES knows it: e.g. {@code DUMPJOB JOB01234 DUMPSTEP IBMUSER}. */
public record JobFacts(String jobName, String jobId, String stepName, String user) {

  public JobFacts {
    Objects.requireNonNull(jobName, "jobName");
    Objects.requireNonNull(jobId, "jobId");
    Objects.requireNonNull(stepName, "stepName");
    Objects.requireNonNull(user, "user");
  }
}
