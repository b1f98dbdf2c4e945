package io.bwo.journal;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive lock of one run: an OS file lock on the run's {@code lock} file, which dies with
 * its process, so a killed attempt never blocks a re-run on the same node.
 *
 * <p>Two traps of OS file locks shape this class. They belong to the whole JVM, and closing any
 * channel on the file drops them (POSIX {@code fcntl} semantics, seen on Linux): a second channel
 * opened and closed on a held lock file would silently free it for other processes. So the lock
 * files this JVM holds or is trying are kept in {@link #IN_USE}, and no second channel is ever
 * opened on one of them. That set is the package's only static state; it mirrors a per-process OS
 * resource. The lock file itself is never deleted, since a process could lock a new file by the
 * same name while another still holds the old one.
 */
final class RunLock implements AutoCloseable {
  private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * The lock of {@code file}, created if missing, or empty when another process or attempt still
   * holds it after {@code wait} (a {@code bwo status} probe holds it only for a moment).
   */
  static Optional<RunLock> tryAcquire(Path file, Clock clock, Sleeper sleeper, JournalPolicy p) {
    Path key = key(file);
    Instant deadline = clock.instant().plus(p.lockWait());
    while (true) {
      Optional<RunLock> got = tryOnce(file, key);
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

  private static Optional<RunLock> tryOnce(Path file, Path key) {
    if (!IN_USE.add(key)) {
      return Optional.empty();
    }
    FileChannel ch = null;
    try {
      ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = lockOrNull(ch);
      if (lock != null) {
        RunLock held = new RunLock(key, ch, lock);
        ch = null;
        return Optional.of(held);
      }
      return Optional.empty();
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO609E, file, e.getMessage());
    } finally {
      if (ch != null) {
        closeQuietly(ch);
        IN_USE.remove(key);
      }
    }
  }

  private static FileLock lockOrNull(FileChannel ch) throws IOException {
    try {
      return ch.tryLock();
    } catch (OverlappingFileLockException e) {
      // Held by this JVM through a channel opened outside this class: held all the same.
      return null;
    }
  }

  private static Path key(Path file) {
    return file.toAbsolutePath().normalize();
  }

  private static void pause(Sleeper sleeper, Duration d, Path file) {
    try {
      sleeper.sleep(d);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw BwoException.of(Msg.BWO609E, file, "INTERRUPTED WHILE WAITING FOR THE RUN'S LOCK");
    }
  }

  private static void closeQuietly(FileChannel ch) {
    try {
      ch.close();
    } catch (IOException e) {
      // Closing a channel we failed to lock with: nothing of ours depends on it.
    }
  }

  /** Releases the lock; a re-run can take it at once. */
  @Override
  public void close() {
    try {
      if (lock.isValid()) {
        lock.release();
      }
      channel.close();
    } catch (IOException e) {
      // Closing the channel releases the OS lock whatever the error says.
    } finally {
      IN_USE.remove(key);
    }
  }
}
