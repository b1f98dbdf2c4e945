package io.bwo.dss;

import io.bwo.platform.Platform;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Sends console messages (WTO) in order from a thread of its own, so that a message issued
 * while the system is frozen (ADR734I for each data set) does not keep it frozen for the
 * console's I/O. {@link #drain} waits until every message has been sent. Shared by the task's
 * threads.
 */
final class WtoQueue implements AutoCloseable {
  private final Platform platform;
  private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "bwo-wto");
    t.setDaemon(true);
    return t;
  });

  WtoQueue(Platform platform) {
    this.platform = platform;
  }

  /** Queues {@code text} for the console. */
  void wto(String text) {
    sender.execute(() -> platform.wto(text));
  }

  /** Waits until every queued message has been sent (at most a few seconds). */
  void drain() {
    try {
      sender.submit(() -> { }).get(10, TimeUnit.SECONDS);
    } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
      // A console that does not answer must not hold the step; its messages are in SYSPRINT.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    drain();
    sender.shutdown();
  }
}
