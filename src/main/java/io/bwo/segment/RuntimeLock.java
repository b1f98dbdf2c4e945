package io.bwo.segment;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.ProcessLock;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;


/**
 * The exclusive lock that makes one segment system, in one process, the writer of a catalog's
 * data: {@code <runtime>/segment.lock}, which names its holder for whoever is refused. The lock
 * file stays; the OS releases the lock when its process dies.
 */
final class RuntimeLock implements AutoCloseable {
  private final ProcessLock lock;

  private RuntimeLock(ProcessLock lock) {
    this.lock = lock;
  }

  /** Takes the lock of {@code catalog} for {@code holder}; BWO216E when someone has it. */
  static RuntimeLock acquire(Catalog catalog, String holder) {
    Path path = catalog.runtimeDir().toAbsolutePath().normalize().resolve("segment.lock");
    if (ProcessLock.heldByThisProcess(path)) {
      throw BwoException.of(Msg.BWO216E, catalog.root(), "THIS PROCESS, PID " + pid());
    }
    try {
      Optional<ProcessLock> lock = ProcessLock.tryLock(path);
      if (lock.isEmpty()) {
        String owner = Files.readString(path, StandardCharsets.UTF_8).strip();
        throw BwoException.of(Msg.BWO216E, catalog.root(), owner.isEmpty() ? "UNKNOWN" : owner);
      }
      try {
        lock.get().describe(holder);
      } catch (IOException e) {
        lock.get().close();
        throw e;
      }
      return new RuntimeLock(lock.get());
    } catch (IOException e) {
      throw new BwoException(Message.of(Msg.BWO216E, catalog.root(), e.getMessage()), e);
    }
  }

  /** This process's id, for the lock file and messages. */
  static long pid() {
    return ProcessHandle.current().pid();
  }

  @Override
  public void close() {
    lock.close();
  }
}
