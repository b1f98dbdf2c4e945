package io.bwo.segment;

import io.bwo.catalog.Catalog;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The exclusive lock that makes one segment system, in one process, the writer of a catalog's
 * data: {@code <runtime>/segment.lock}, which names its holder for whoever is refused. The lock
 * file stays; the OS releases the lock when its process dies.
 */
final class RuntimeLock implements AutoCloseable {
  /**
   * The lock files this process holds. POSIX locks belong to a process, and closing any channel
   * on a locked file drops its lock, so a second try from this process must not even open the
   * file: hence this one process-wide set, which mirrors the OS's own per-process state.
   */
  private static final Set<Path> HELD_BY_THIS_PROCESS = ConcurrentHashMap.newKeySet();

  private final Path path;
  private final FileChannel channel;
  private final FileLock lock;

  private RuntimeLock(Path path, FileChannel channel, FileLock lock) {
    this.path = path;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock of {@code catalog} for {@code holder}; BWO216E when someone has it. */
  static RuntimeLock acquire(Catalog catalog, String holder) {
    Path path = catalog.runtimeDir().toAbsolutePath().normalize().resolve("segment.lock");
    if (!HELD_BY_THIS_PROCESS.add(path)) {
      throw BwoException.of(Msg.BWO216E, catalog.root(), "THIS PROCESS, PID " + pid());
    }
    FileChannel ch = null;
    try {
      ch = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = ch.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        String owner = Files.readString(path, StandardCharsets.UTF_8).strip();
        throw BwoException.of(Msg.BWO216E, catalog.root(), owner.isEmpty() ? "UNKNOWN" : owner);
      }
      ch.truncate(0);
      ch.write(ByteBuffer.wrap(holder.getBytes(StandardCharsets.UTF_8)), 0);
      return new RuntimeLock(path, ch, lock);
    } catch (IOException e) {
      closeOnFailure(path, ch, e);
      throw new BwoException(Message.of(Msg.BWO216E, catalog.root(), e.getMessage()), e);
    } catch (BwoException e) {
      closeOnFailure(path, ch, e);
      throw e;
    }
  }

  /** This process's id, for the lock file and messages. */
  static long pid() {
    return ProcessHandle.current().pid();
  }

  @Override
  public void close() throws IOException {
    try (channel) {
      lock.release();
    } finally {
      HELD_BY_THIS_PROCESS.remove(path);
    }
  }

  private static void closeOnFailure(Path path, FileChannel ch, Exception failure) {
    HELD_BY_THIS_PROCESS.remove(path);
    if (ch != null) {
      try {
        ch.close();
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
  }
}
