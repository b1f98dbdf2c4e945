package io.bwo.dss;

import io.bwo.message.Message;
import io.bwo.platform.Platform;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
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
  /** Messages kept while held, made when sent; null when they are sent at once. */
  private List<Supplier<Message>> held;
  private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
    Thread t = new Thread(r, "bwo-wto");
    t.setDaemon(true);
    return t;
  });

  WtoQueue(Platform platform) {
    this.platform = platform;
  }

  /** Queues {@code m} for the console. */
  void wto(Message m) {
    wto(() -> m);
  }

  /** Queues the message {@code m} makes; it is made on the sending thread. */
  synchronized void wto(Supplier<Message> m) {
    if (held != null) {
      held.add(m);
    } else {
      sender.execute(() -> platform.wto(m.get().toString()));
    }
  }

  /**
   * Keeps the messages issued from now on until {@link #release}, so that the sending thread does
   * not compete for the processor with the freeze window.
   */
  synchronized void hold() {
    if (held == null) {
      held = new ArrayList<>();
    }
  }

  /** Sends the messages held since {@link #hold}, in order, ahead of any issued after. */
  synchronized void release() {
    List<Supplier<Message>> messages = held;
    held = null;
    if (messages != null && !messages.isEmpty()) {
      sender.execute(() -> messages.forEach(m -> platform.wto(m.get().toString())));
    }
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
    release();
    drain();
    sender.shutdown();
  }
}
