package com.ibm.jzos;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.Charset;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Job facts and process services of z/OS. Off z/OS the job name, job id and step name come from
 * {@code bwo.jobname}/{@code BWO_JOBNAME} (default {@code BWOLOCAL}), {@code bwo.jobid}/{@code
 * BWO_JOBID} (default {@code JOBnnnnn} from the process id, new for each run) and {@code
 * bwo.stepname}/{@code BWO_STEPNAME} (default {@code BWO}); the user is {@code user.name} in
 * upper case.
 */
public class ZUtil {
  /**
   * The C environment that {@link #getEnv} reads and {@link #setEnv} changes: a copy of the process
   * environment at start, as on z/OS, where setenv() changes what getenv() answers and not the
   * snapshot {@link System#getenv()} took when the JVM started.
   */
  private static final Map<String, String> ENVIRONMENT = new ConcurrentHashMap<>(System.getenv());

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
    return ENVIRONMENT.get(varName);
  }

  /**
   * Sets environment variable {@code varName} to {@code varValue}, or removes it if {@code
   * varValue} is null (IBM's sampler deletes a variable so), as setenv() and unsetenv() do: {@link
   * #getEnv}, {@link #getEnvironment} and {@link #environ} see the change, {@link System#getenv()}
   * does not.
   */
  public static void setEnv(String varName, String varValue) {
    if (varValue == null) {
      ENVIRONMENT.remove(varName);
    } else {
      ENVIRONMENT.put(varName, varValue);
    }
  }

  /** The environment variables of the process. */
  public static Properties getEnvironment() {
    Properties env = new Properties();
    env.putAll(ENVIRONMENT);
    return env;
  }

  /** The environment variables of the process, each as {@code NAME=value}. */
  public static String[] environ() {
    return ENVIRONMENT.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .toArray(String[]::new);
  }

  /** The process id (getpid()). */
  public static int getPid() {
    return (int) ProcessHandle.current().pid();
  }

  /**
   * The parent's process id (getppid()); 1 when the parent has gone, as POSIX then makes init the
   * parent.
   */
  public static int getPPid() {
    return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L).intValue();
  }

  /** The current time in microseconds since 1970-01-01T00:00:00Z. */
  public static long getCurrentTimeMicros() {
    return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
  }

  /**
   * The CPU time of the current thread (on z/OS its task) in microseconds, as IBM's WriteFile
   * sample measures a loop with it. Off z/OS the JVM's thread CPU time; where the JVM cannot give
   * it, the process's CPU time, which still grows with the thread's.
   */
  public static long getCpuTimeMicros() {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long nanos =
        threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : -1;
    if (nanos < 0) {
      nanos = ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO).toNanos();
    }
    return nanos / 1000;
  }

  /**
   * The TSO prefix, the high-level qualifier that unquoted data set names get. Off z/OS it is the
   * prefix the stubs give them (see {@link LocalNames}): the user id.
   */
  public static String getCurrentTsoPrefix() {
    return LocalSettings.user();
  }

  /**
   * The code page of the current locale (nl_langinfo(CODESET)); off z/OS the JVM's {@code
   * native.encoding}, the locale's charset, or the default charset if the JVM does not say.
   */
  public static String getCodePageCurrentLocale() {
    return System.getProperty("native.encoding", Charset.defaultCharset().name());
  }

  /** {@code throwable}'s stack trace as {@link Throwable#printStackTrace()} prints it. */
  public static String formatStackTrace(Throwable throwable) {
    StringWriter trace = new StringWriter();
    throwable.printStackTrace(new PrintWriter(trace, true));
    return trace.toString();
  }

  /** The Java runtime's name, version and build, for diagnostics. */
  public static String getJavaVersionInfo() {
    return System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + " ("
        + System.getProperty("java.vm.info", "")
        + ")";
  }

  /**
   * Points {@link System#out} and {@link System#err} at DDs STDOUT and STDERR, as IBM's COBOL
   * samples call it for Java that the JZOS launcher did not start. Off z/OS the standard streams
   * are already the process's own, so there is nothing to redirect and it does nothing.
   */
  public static void redirectStandardStreams() {}

  /**
   * {@code len} (1 to 8) bytes of z/OS storage at {@code address}, as a number, e.g. the CVT
   * address at PSA+16. Off z/OS there is no z/OS storage (no PSA, no CVT) to read: every address
   * is one the program cannot read, so every peek fails, with the RcException IBM's declares,
   * rather than answer numbers that no control block holds.
   *
   * @throws RcException always off z/OS
   */
  public static long peekOSMemory(long address, int len) throws RcException {
    throw noStorage(address);
  }

  /**
   * Fills {@code bytes} from z/OS storage at {@code address}. Off z/OS it fails as {@link
   * #peekOSMemory(long, int)} does.
   *
   * @throws RcException always off z/OS
   */
  public static void peekOSMemory(long address, byte[] bytes) throws RcException {
    throw noStorage(address);
  }

  private static RcException noStorage(long address) {
    return new RcException(
        "no z/OS storage at 0x" + Long.toHexString(address) + ": there is none off z/OS", 8);
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

  /**
   * As {@link #substituteSystemSymbols(String)}; {@code warn} asks z/OS to warn of a symbol it
   * cannot resolve. Off z/OS every symbol is one: such a pattern fails whatever {@code warn} says.
   *
   * @throws RcException if the symbols cannot be substituted
   */
  public static String substituteSystemSymbols(String pattern, boolean warn) throws RcException {
    return substituteSystemSymbols(pattern);
  }
}
