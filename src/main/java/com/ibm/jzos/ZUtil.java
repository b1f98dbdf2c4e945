package com.ibm.jzos;

import java.nio.charset.Charset;
import java.util.Properties;

/**
 * Job facts and process services of z/OS. Off z/OS the job name, job id and step name come from
 * {@code bwo.jobname}/{@code BWO_JOBNAME} (default {@code BWOLOCAL}), {@code bwo.jobid}/{@code
 * BWO_JOBID} (default {@code JOBnnnnn} from the process id, new for each run) and {@code
 * bwo.stepname}/{@code BWO_STEPNAME} (default {@code BWO}); the user is {@code user.name} in
 * upper case.
 */
public class ZUtil {
  private ZUtil() {}

  /** The current job name, blanks trimmed. */
  public static String getCurrentJobname() {
    return LocalSettings.jobName();
  }

  /** The current job id, blanks trimmed. */
  public static String getCurrentJobId() {
    return LocalSettings.jobId();
  }

  /** The current step name, blanks trimmed. */
  public static String getCurrentStepname() {
    return LocalSettings.stepName();
  }

  /**
   * The current procedure step name, blanks trimmed. Off z/OS it is {@code
   * bwo.procstepname}/{@code BWO_PROCSTEPNAME}, and empty if neither is set: a local run is like a
   * step that runs its program directly ({@code EXEC PGM=}), which has no procedure step.
   */
  public static String getCurrentProcStepname() {
    return LocalSettings.procStepName();
  }

  /** The current user id. */
  public static String getCurrentUser() {
    return LocalSettings.user();
  }

  /** The encoding of the platform's text data; off z/OS, the JVM's default charset. */
  public static String getDefaultPlatformEncoding() {
    return Charset.defaultCharset().name();
  }

  /** The value of environment variable {@code varName}, or null. */
  public static String getEnv(String varName) {
    return System.getenv(varName);
  }

  /** The environment variables of the process. */
  public static Properties getEnvironment() {
    Properties env = new Properties();
    env.putAll(System.getenv());
    return env;
  }

  /** The environment variables of the process, each as {@code NAME=value}. */
  public static String[] environ() {
    return System.getenv().entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }

  /**
   * {@code pattern} with its z/OS system symbols ({@code &SYSNAME.} ...) replaced by their values.
   * Off z/OS there are no system symbols: a pattern without {@code &} is returned as it is, one
   * with a symbol fails rather than come back unresolved.
   *
   * @throws RcException if the symbols cannot be substituted
   */
  public static String substituteSystemSymbols(String pattern) throws RcException {
    if (pattern.indexOf('&') < 0) {
      return pattern;
    }
    throw new RcException("system symbols in '" + pattern + "' cannot be resolved off z/OS", 8);
  }
}
