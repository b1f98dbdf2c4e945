package io.bwo.platform;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Has the disk take a file's data while the file is still being written: every so many bytes,
 * its own thread forces what is written so far. The force at the end of the file then finds
 * little left to write, instead of all of it: the writing and the disk overlap, as a plain
 * write-then-sync (cp + sync) does not. The file's own force at its end is still the one that
 * counts; a failure here is left for it to report.
 *
 * <p>Bounded: when the next force is due and the previous one still runs, the writer waits for
 * it, so that at most about two stretches of the file are dirty in the page cache at once.
 * Unbounded, a writer that fills the page cache at memory speed left hundreds of megabytes
 * queued for the disk, and each force of the online system's redo log waited behind them: the
 * workload's p99 during a 1 GiB dump was 118-245 ms unbounded, 11-14 ms bounded (bench/README.md,
 * sixth and seventh rounds).
 *
 * <p>Paced by the online system's redo-log forces ({@link #paceBy}): while they come (the
 * applications commit, and each of their forces makes the disk persist what is dirty first), a
 * stretch is {@link #EVERY} bytes; while they do not, {@link #IDLE_EVERY}. Each force of a
 * stretch costs the disk a flush, and the writer waits for it: with nothing committing, short
 * stretches only slow the dump (bench/README.md, thirteenth round: 4 MiB stretches 0.75x-0.79x
 * of cp at 256 MiB and 1 GiB, 32 MiB 0.93x; with the workload writing, 32 MiB stretches put its
 * p99 at 24-25 ms, 4 MiB at 6 ms).
 *
 * <p>While they commit, a stretch is one of the copy's 1 MiB chunks, the most an {@code
 * OPTIMIZE(1)} copy reads at a time: a log force that meets the force of a stretch waits for the
 * disk to take that stretch, which at 4 MiB took 3-8 ms every 31 ms of a 128 MiB/s copy, the
 * slowest commits of the copy behind it (bench/README.md, thirty-first round). In 1 MiB stretches
 * the workload's p95 during the copy was 2.5-2.8 ms at 1 GiB where 4 MiB ones gave 3.5-8.0 (5 runs
 * each), its p99 4.4-5.2 ms against 4.7-15.2; at 256 MiB, 2.9-5.3 ms against 4.4-5.4 (lower in 4
 * runs of 5). Since the thirty-third round a dump that starts while they commit is written
 * directly at every OPTIMIZE ({@link DirectIo#forDump}); these stretches serve one whose
 * applications begin to commit after it started, and every dump under {@code
 * -Dbwo.dump.directio=false}.
 *
 * <p>Used by the writing thread, which calls {@link #written}; the forces run on a thread of
 * their own.
 */
final class EarlyWriteback implements AutoCloseable {
  /** How many bytes are written between two forces while the online system forces its log. */
  static final long EVERY = 1L << 20;
  /** How many while it does not: nobody waits behind the dirty pages but the dump itself. */
  static final long IDLE_EVERY = 32L << 20;

  /** What forces the file's data written so far. */
  interface Force {
    void force() throws IOException;
  }

  private final Force force;
  private final AutoCloseable descriptor;
  private final ExecutorService flusher;
  private Future<?> running = CompletableFuture.completedFuture(null);
  private long unforced;
  /** The online system's log forces ({@link #paceBy}); one that never grows is idle. */
  private LongSupplier logForces = () -> 0;
  /** {@link #logForces} at the last force of this file. */
  private long logForcesSeen;
  /** How many forces were started. */
  private long started;

  EarlyWriteback(Force force, AutoCloseable descriptor) {
    this.force = force;
    this.descriptor = descriptor;
    this.flusher = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "bwo-writeback");
      t.setDaemon(true);
      return t;
    });
  }

  /** Early writeback of {@code file}, which exists and is being written by someone else. */
  static EarlyWriteback of(Path file) throws IOException {
    // fsync needs no write access: any descriptor of the file forces its data.
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    return new EarlyWriteback(() -> channel.force(false), channel);
  }

  /**
   * Paces the forces by the count of the online system's log forces: {@link #EVERY} bytes apart
   * once it has grown since this file's last force, {@link #IDLE_EVERY} while it has not.
   */
  void paceBy(LongSupplier logForces) {
    this.logForces = logForces;
    this.logForcesSeen = logForces.getAsLong();
  }

  /**
   * Counts {@code bytes} more written; when enough are, waits for the previous force to end and
   * starts the next one.
   */
  void written(long bytes) {
    unforced += bytes;
    if (unforced < EVERY) {
      return;
    }
    long forces = logForces.getAsLong();
    if (forces == logForcesSeen && unforced < IDLE_EVERY) {
      return;
    }
    logForcesSeen = forces;
    awaitRunning();
    unforced = 0;
    started++;
    running = flusher.submit(() -> {
      try {
        force.force();
      } catch (IOException e) {
        // The file's own force at its end meets the same failure and reports it.
      }
    });
  }

  /** How many forces {@link #written} started. */
  long started() {
    return started;
  }

  private void awaitRunning() {
    try {
      running.get();
    } catch (InterruptedException e) {
      // The writer is being stopped: it writes no more, and close() waits for the force.
      Thread.currentThread().interrupt();
    } catch (ExecutionException e) {
      // Only IOExceptions are thrown, and caught inside.
    }
  }

  /** Waits for a running force to end, then stops the thread and closes the descriptor. */
  @Override
  public void close() {
    flusher.shutdown();
    try {
      flusher.awaitTermination(1, TimeUnit.MINUTES);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    flusher.shutdownNow();
    try {
      descriptor.close();
    } catch (Exception e) {
      // A read-only descriptor: nothing written depends on it.
    }
  }
}
