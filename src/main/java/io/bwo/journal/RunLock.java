package io.bwo.journal;

import io.bwo.catalog.ProcessLock;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;


/**
 * The exclusive lock of one run: an OS file lock on the run's {@code lock} file, which dies with
 * its process, so a killed attempt never blocks a re-run on the same node ({@link ProcessLock}).
 */
final class RunLock implements AutoCloseable {
  private final ProcessLock lock;

  private RunLock(ProcessLock lock) {
    this.lock = lock;
  }

  /**
   * The lock of {@code file}, created if missing, or empty when another process or attempt still
   * holds it after {@code wait} (a {@code bwo status} probe holds it only for a moment).
   */
  static Optional<RunLock> tryAcquire(Path file, Clock clock, Sleeper sleeper, JournalPolicy p) {
    Instant deadline = clock.instant().plus(p.lockWait());
    while (true) {
      Optional<RunLock> got = tryOnce(file);
      if (got.isPresent() || !clock.instant().isBefore(deadline)) {
        return got;
      }
      pause(sleeper, p.lockPoll(), file);
    }
  }

  /** True when an attempt (of any process on this node) holds the lock of {@code file}. */
  static boolean isHeld(Path file, Clock clock, Sleeper sleeper, JournalPolicy p) {
    if (!Files.exists(file)) {
      return false;
    }
    Optional<RunLock> probe = tryAcquire(file, clock, sleeper, p);
    probe.ifPresent(RunLock::close);
    return probe.isEmpty();
  }

  private static Optional<RunLock> tryOnce(Path file) {
    try {
      return ProcessLock.tryLock(file).map(RunLock::new);
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO609E, file, e.getMessage());
    }
  }

  private static void pause(Sleeper sleeper, Duration d, Path file) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BwoException.of(Msg.BWO609E, file, "INTERRUPTED WHILE WAITING FOR THE RUN'S LOCK");
    }
  }

  /** Releases the lock; a re-run can take it at once. */
  @Override
  public void close() {
    lock.close();
  }
}
