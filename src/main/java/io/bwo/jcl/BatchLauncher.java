package io.bwo.jcl;

import io.bwo.catalog.ProcessLock;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The child-JVM side of the local JZOS Batch Launcher: runs {@code main} of the class named by
 * its first argument with the others, and ends as IBM's launcher does. When main returns the JVM
 * ends once every non-daemon thread has (return code 0); {@code System.exit(rc)} gives rc; an
 * exception thrown out of main, or a main class that cannot be found, gives return code 100
 * (RC_MAIN_EXCEPTION) with the stack trace on standard error.
 */
final class BatchLauncher {
  /** IBM's RC_MAIN_EXCEPTION. */
  static final int MAIN_EXCEPTION = 100;

  private BatchLauncher() {}

  public static void main(String[] args) {
    if (args.length == 0) {
      System.err.println(Message.of(Msg.BWO723E, "NO MAIN CLASS"));
      System.exit(101);
    }
    String className = args[0];
    jobPid(System.getenv(JOB_PID_ENV)).ifPresent(job -> {
      holdTheJobsFolder(System.getenv(JOB_WORK_ENV), job);
      endWithTheJob(job);
    });
    try {
      Method main = Class.forName(className).getMethod("main", String[].class);
      if (!Modifier.isStatic(main.getModifiers())) {
        throw new NoSuchMethodException(className + ".main is not static");
      }
      main.invoke(null, (Object) Arrays.copyOfRange(args, 1, args.length));
    } catch (InvocationTargetException e) {
      fail(className, e.getCause());
    } catch (ReflectiveOperationException | LinkageError e) {
      fail(className, e);
    }
  }

  /**
   * The job's PID, which {@code bwo submit} gives its steps: a step whose job was killed before
   * the step looked has another parent already, and must not take that one for its job.
   */
  static final String JOB_PID_ENV = "BWO_JOB_PID";

  /** The PID of the job that started this step: the one it was given, else its parent's. */
  static Optional<Long> jobPid(String given) {
    if (given != null && given.matches("\\d{1,18}")) {
      return Optional.of(Long.parseLong(given));
    }
    return ProcessHandle.current().parent().map(ProcessHandle::pid);
  }

  /** The job's work folder, which {@code bwo submit} gives its steps. */
  static final String JOB_WORK_ENV = "BWO_JOB_WORK";

  /** What a step's lock in its job's work folder is called: this, then the step's PID. */
  static final String STEP_LOCK_PREFIX = ".step-";

  /**
   * The step's lock in its job's work folder, held until the step's process has ended (shutdown
   * hooks included), and kept here so that it is never collected, which would free it.
   */
  private static ProcessLock stepLock;

  /**
   * Locks this step's file in {@code work}, its job's work folder, for as long as the step's
   * process lives. A job killed outright has its folder swept by the next job, which deletes what
   * the dead job's steps would have deleted on an abend; a step of that job still ending (it ends
   * within a poll of its job's death, but its shutdown hooks may still finish or remove a dump)
   * keeps the sweep away until it has ended. A folder already swept means that the job is gone:
   * the step does not start.
   */
  static void holdTheJobsFolder(String work, long job) {
    if (work == null || work.isBlank()) {
      return;
    }
    try {
      stepLock = ProcessLock.tryLock(Path.of(work)
          .resolve(STEP_LOCK_PREFIX + ProcessHandle.current().pid())).orElse(null);
    } catch (IOException gone) {
      stepLock = null;
    }
    if (stepLock == null) {
      cancelled(job);
    }
  }

  /** How often a step looks whether the job that started it is still there. */
  static final long JOB_POLL_MILLIS = 250;

  /**
   * Ends this step as a cancelled one once {@code job}, the process that started it, is gone
   * (BWO725E, then exit 143 as SIGTERM gives: the program's shutdown hooks run, so a dump ends in
   * order). A job killed outright (SIGKILL, a scheduler ending it, a failover) cannot pass its
   * end on, and its step must not run on alone, with no job log, dispositions never applied, and
   * a run it may finish while the scheduler, told the job failed, runs it again.
   */
  static void endWithTheJob(long job) {
    // Looked at once before the program starts: a step whose job was killed (and its folder
    // perhaps swept) while it took its lock must not run a moment.
    if (!stillChildOf(job)) {
      cancelled(job);
    }
    Thread watch = new Thread(() -> {
      try {
        while (stillChildOf(job)) {
          Thread.sleep(JOB_POLL_MILLIS);
        }
      } catch (InterruptedException e) {
        return;
      }
      cancelled(job);
    }, "bwo-step-job-watch");
    watch.setDaemon(true);
    watch.start();
  }

  /**
   * Whether {@code job} is still this process's parent and alive. A job killed outright stays a
   * zombie, which counts as alive, until its own parent reaps it (a scheduler's agent may not at
   * once); its children are handed to another parent the moment it dies, which this sees.
   */
  private static boolean stillChildOf(long job) {
    return ProcessHandle.of(job).map(ProcessHandle::isAlive).orElse(false)
        && ProcessHandle.current().parent().map(p -> p.pid() == job).orElse(false);
  }

  private static void cancelled(long job) {
    System.err.println(Message.of(Msg.BWO725E, job));
    System.exit(143);
  }

  private static void fail(String className, Throwable t) {
    t.printStackTrace();
    System.err.println(Message.of(Msg.BWO722W, className));
    System.exit(MAIN_EXCEPTION);
  }
}
