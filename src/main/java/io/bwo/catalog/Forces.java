package io.bwo.catalog;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Forces many files to disk side by side. A force of a newly written file commits the file
 * system's journal, and ext4 commits once for all the forces that wait on it together: 1,000
 * small files here took 610-710 ms forced one after the other, 68-120 ms forced 16 at a time
 * (bench/README.md, sixteenth round). The caller still returns only once every force has.
 */
public final class Forces {
  /** Forces in flight at once; more gained little here (32: 70-80 ms for the same 1,000). */
  static final int AT_ONCE = 16;

  private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "bwo-force");
    t.setDaemon(true);
    return t;
  });

  private Forces() {}

  /** Forces one item to disk. */
  @FunctionalInterface
  public interface Force<T> {
    void force(T item) throws IOException;
  }

  /**
   * Calls {@code force} on every one of {@code items}, up to {@link #AT_ONCE} at a time, this
   * thread among them, and returns once every call has returned. The first IOException is thrown
   * then, with any others suppressed in it; a failing item does not stop the others.
   */
  public static <T> void all(List<T> items, Force<? super T> force) throws IOException {
    if (items.size() <= 1) {
      for (T item : items) {
        force.force(item);
      }
      return;
    }
    AtomicInteger next = new AtomicInteger();
    List<IOException> failures = new ArrayList<>();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < items.size(); i = next.getAndIncrement()) {
        try {
          force.force(items.get(i));
        } catch (IOException e) {
          synchronized (failures) {
            failures.add(e);
          }
        }
      }
    };
    List<Future<?>> helpers = new ArrayList<>();
    for (int i = 1; i < Math.min(AT_ONCE, items.size()); i++) {
      helpers.add(THREADS.submit(worker));
    }
    RuntimeException defect = null;
    try {
      worker.run();
    } catch (RuntimeException e) {
      defect = e;
    }
    defect = awaitAll(helpers, defect);
    if (defect != null) {
      throw defect;
    }
    if (!failures.isEmpty()) {
      IOException first = failures.get(0);
      failures.subList(1, failures.size()).forEach(first::addSuppressed);
      throw first;
    }
  }

  // Every force has returned before anything that depends on it (a rename) may begin, so an
  // interrupt is kept for the caller rather than acted on here.
  private static RuntimeException awaitAll(List<Future<?>> helpers, RuntimeException defect) {
    boolean interrupted = false;
    for (Future<?> f : helpers) {
      while (true) {
        try {
          f.get();
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          RuntimeException r = e.getCause() instanceof RuntimeException x ? x
              : new IllegalStateException(e.getCause());
          if (defect == null) {
            defect = r;
          } else {
            defect.addSuppressed(r);
          }
          break;
        }
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return defect;
  }
}
