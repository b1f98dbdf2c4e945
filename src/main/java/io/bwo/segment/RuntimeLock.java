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
import java.time.Duration;
import java.util.Optional;
import java.util.function.Consumer;


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
        throw new InUse(catalog, owner.isEmpty() ? "UNKNOWN" : owner);
      }
      try {
        lock.get().describe(holder);
      } catch (IOException e) {
        lock.get().close();
        throw e;
      }
      return new RuntimeLock(lock.get());
    } catch (IOException e) {
      // Not another process: a read-only or full file system, say.
      throw new BwoException(Message.of(Msg.BWO237E, catalog.root(), path, e.getMessage()), e);
    }
  }

  /**
   * BWO216E because another process holds the lock: {@link #holder} is who, as the lock file
   * names it (the role its system opened as, and its PID).
   */
  static final class InUse extends BwoException {
    private static final long serialVersionUID = 1L;
    private final String holder;

    InUse(Catalog catalog, String holder) {
      super(Message.of(Msg.BWO216E, catalog.root(), holder));
      this.holder = holder;
    }

    String holder() {
      return holder;
    }

    /** Whether the holder is a segment server (which may be starting, and answer soon). */
    boolean byServer() {
      return holder.startsWith(SegmentServer.ROLE);
    }
  }

  /**
   * Waiting for the lock another process holds, up to a limit: each refusal either pauses (and
   * the caller tries again) or, once the limit has passed or the thread is interrupted, is
   * thrown. The first pause tells {@code events} why the caller waits.
   */
  static final class Wait {
    private final long deadline;
    private final Duration poll;
    private boolean told;

    Wait(Duration limit, Duration poll) {
      this.deadline = System.nanoTime() + limit.toNanos();
      this.poll = poll;
    }

    void pauseOrThrow(InUse refusal, Message why, Consumer<Message> events) {
      if (System.nanoTime() - deadline >= 0) {
        throw refusal;
      }
      if (!told) {
        events.accept(why);
        told = true;
      }
      try {
        Thread.sleep(poll.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw refusal;
      }
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
