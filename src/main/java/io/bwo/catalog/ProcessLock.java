package io.bwo.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive OS lock on a file in a catalog's runtime folder, which dies with its process: the
 * segment system's ownership of a catalog, a run's ownership of its journal.
 *
 * <p>Two traps of OS file locks shape this class. They belong to the whole JVM, and closing any
 * channel on the file drops them (POSIX {@code fcntl} semantics, seen on Linux): a second channel
 * opened and closed on a held lock file would silently free it for other processes. So the lock
 * files this JVM holds or is trying are kept in one process-wide set, mirroring the OS's own
 * per-process state, and no second channel is ever opened on one of them. The lock file itself
 * is never deleted, since a process could lock a new file by the same name while another still
 * holds the old one. Thread-safe.
 */
public final class ProcessLock implements AutoCloseable {
  private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();

  private final Path key;
  private final FileChannel channel;
  private final FileLock lock;

  private ProcessLock(Path key, FileChannel channel, FileLock lock) {
    this.key = key;
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * The lock of {@code file}, created if missing, or empty when this process or another one
   * holds it.
   */
  public static Optional<ProcessLock> tryLock(Path file) throws IOException {
    Path key = file.toAbsolutePath().normalize();
    if (!IN_USE.add(key)) {
      return Optional.empty();
    }
    FileChannel ch = null;
    try {
      ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this JVM through a channel opened elsewhere: held all the same
      }
      if (lock == null) {
        return Optional.empty();
      }
      ProcessLock held = new ProcessLock(key, ch, lock);
      ch = null;
      return Optional.of(held);
    } finally {
      if (ch != null) {
        try {
          ch.close();
        } catch (IOException ignored) {
          // A channel we failed to lock with: nothing depends on it.
        }
        IN_USE.remove(key);
      }
    }
  }

  /** Whether this process holds (or is taking) the lock of {@code file}. */
  public static boolean heldByThisProcess(Path file) {
    return IN_USE.contains(file.toAbsolutePath().normalize());
  }

  /** Replaces the lock file's content with {@code text}: who holds it, for whoever is refused. */
  public void describe(String text) throws IOException {
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8)), 0);
  }

  /** Releases the lock; another process can take it at once. */
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
