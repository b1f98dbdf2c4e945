package io.bwo.platform;

import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Starts the threads of a pool (the dump's copy threads, and so the writers they start) at a
 * lower scheduling priority than the online system's: a transaction's thread that wakes while one
 * of them holds a processor gets it at once. On Linux their nice value is {@link #NICE} (or
 * {@code -Dbwo.copy.nice=N}, 0 to 19; 0 leaves them at the job's). At {@code OPTIMIZE(4)} the
 * dump's writers are started by the step instead, at its priority ({@code
 * DumpOutput.writeAtCallersPriority}): they take little processor time, and the disk waits for
 * them.
 *
 * <p>How. A Linux thread's nice value is its own, and a thread starts with its starter's; Java 17
 * has no call that sets it. So one thread of the process, {@code bwo-yielding}, lowers its own
 * priority once with {@code renice} (util-linux, another process: a few milliseconds, in the
 * background as the step reads its deck, {@link #prepare}), then starts the threads a pool asks
 * for ({@link #prestart}). Where that cannot be done (no {@code /proc/thread-self}, as on z/OS,
 * where the job's WLM service class sets its share of the processors; no {@code renice}), the
 * threads start at the job's priority, as before; where the job runs at that nice value or a
 * higher one already, at the job's.
 *
 * <p>Why. On the development VM (2 processors) a copy held to 128 MiB/s by OPTIMIZE(1) takes
 * about a fourth of a processor and an OPTIMIZE(4) copy one, and the threads a commit passes
 * through (the workload's, the server's connection thread, its redo log's) waited on the run
 * queue up to 5 times as long during the copy as without it (0.25-0.8 ms a transaction). With
 * the copy threads at nice 10 that wait was 1.25-1.69 ms a transaction against 2.52-2.82 during
 * an OPTIMIZE(4) copy of 1 GiB and 0.65-1.24 against 0.74-2.08 during an OPTIMIZE(1) one (3
 * alternating runs each, the dss using as much processor time); with the whole dump step at
 * nice 19, the workload's p99 during the OPTIMIZE(4) copy was lower in 4 of 4 runs (5.3-6.2 ms
 * against 7.4-12.8), the copy as fast. The lowest class, SCHED_IDLE, left the commits slower in
 * half the runs (the OPTIMIZE(1) copy's p95 6.8-8.2 ms against 1.4-1.5): not that
 * (bench/README.md, thirty-fifth round).
 */
public final class YieldingThreads {
  /** The nice value the threads start with unless {@code -Dbwo.copy.nice} says otherwise. */
  public static final int NICE = 10;

  private static final Path THREAD_SELF = Path.of("/proc/thread-self");

  /** The thread that starts the others, at the lowered priority if it could lower its own. */
  private static ExecutorService starter;
  /**
   * The starter's nice value once it has tried to lower it, where it is at least the one asked
   * (lowered, or the job's already); empty otherwise.
   */
  private static Future<OptionalInt> lowered;

  private YieldingThreads() {}

  /**
   * Makes the starter thread, which lowers its own priority in the background, once per process:
   * a dump step asks for it as it reads its deck, so that the {@code renice} process has long
   * ended when FREEZE comes. Returns at once.
   */
  public static synchronized void prepare() {
    if (starter == null) {
      starter = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "bwo-yielding");
        t.setDaemon(true);
        return t;
      });
      int nice = nice();
      lowered = starter.submit(() -> nice > 0 ? lowerOwnPriority(nice) : OptionalInt.empty());
    }
  }

  /**
   * The nice value the pools' threads start with where it is at least the one asked (lowered by
   * {@link #prepare}, waited for if that has not ended, or the job's already); empty otherwise.
   */
  static OptionalInt lowered() {
    Future<OptionalInt> f;
    synchronized (YieldingThreads.class) {
      prepare();
      f = lowered;
    }
    return await(f, OptionalInt.empty());
  }

  /**
   * Starts all of {@code pool}'s core threads from the starter thread, so that they start at its
   * priority, once it has lowered it; the pool's factory names them. An interrupt leaves the pool
   * to start them itself.
   */
  public static void prestart(ThreadPoolExecutor pool) {
    ExecutorService by;
    synchronized (YieldingThreads.class) {
      prepare();
      by = starter;
    }
    await(by.submit(pool::prestartAllCoreThreads), 0);
  }

  /** The calling thread's nice value; empty where the system does not say (not Linux). */
  public static OptionalInt currentNice() {
    try {
      String stat = Files.readString(THREAD_SELF.resolve("stat"));
      // After the command name in parentheses (which may hold blanks): state is the 3rd field
      // of stat(5), nice the 19th.
      String[] after = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
      return OptionalInt.of(Integer.parseInt(after[19 - 3]));
    } catch (IOException | RuntimeException e) {
      return OptionalInt.empty();
    }
  }

  /** {@code -Dbwo.copy.nice}, 0 to 19; {@link #NICE} when not given or not such a number. */
  static int nice() {
    try {
      int n = Integer.parseInt(System.getProperty("bwo.copy.nice", Integer.toString(NICE)).trim());
      return n >= 0 && n <= 19 ? n : NICE;
    } catch (NumberFormatException e) {
      return NICE;
    }
  }

  /** Runs on the starter thread: its nice value once at least {@code nice}, if it got there. */
  private static OptionalInt lowerOwnPriority(int nice) {
    OptionalInt now = currentNice();
    if (now.isEmpty() || now.getAsInt() >= nice) {
      // Not Linux, or the job runs at this priority or lower already (raising it is not ours).
      return now;
    }
    try {
      String tid = Files.readSymbolicLink(THREAD_SELF).getFileName().toString();
      // Without -n: util-linux and busybox both read the number as the value, not an increment.
      Process renice = new ProcessBuilder("renice", Integer.toString(nice), "-p", tid)
          .redirectOutput(Redirect.DISCARD).redirectError(Redirect.DISCARD).start();
      if (!renice.waitFor(5, TimeUnit.SECONDS)) {
        renice.destroyForcibly();
      }
    } catch (IOException | UnsupportedOperationException e) {
      return OptionalInt.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return OptionalInt.empty();
    }
    OptionalInt after = currentNice();
    return after.isPresent() && after.getAsInt() >= nice ? after : OptionalInt.empty();
  }

  private static <T> T await(Future<T> f, T otherwise) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return otherwise;
    } catch (ExecutionException e) {
      return otherwise;
    }
  }
}
