package io.bwo.cli;

import io.bwo.message.Message;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The segment server's message log: each message stamped when it is issued and written, in order,
 * by a thread of its own. A write to a log file can wait behind the redo log's flushes on the same
 * file system, and the messages of FREEZE, of the copy batch and of UNFREEZE are issued while a
 * client waits for the answer inside its freeze window.
 */
final class EventLog implements Consumer<Message>, AutoCloseable {
  private final PrintWriter out;
  private final Clock clock;
  private final Thread writer;
  private final List<Issued> pending = new ArrayList<>();
  private boolean closed;

  EventLog(PrintWriter out, Clock clock) {
    this.out = out;
    this.clock = clock;
    this.writer = new Thread(this::run, "bwo-event-log");
    writer.setDaemon(true);
    writer.start();
  }

  /** A message and when it was issued; its text is made by the writer. */
  private record Issued(Instant at, Message message) {}

  @Override
  public void accept(Message m) {
    Issued issued = new Issued(clock.instant(), m);
    synchronized (this) {
      pending.add(issued);
      notifyAll();
    }
  }

  /** Writes what was issued, then stops the writer; waits at most a few seconds. */
  @Override
  public void close() {
    synchronized (this) {
      closed = true;
      notifyAll();
    }
    try {
      writer.join(5_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    synchronized (out) {
      out.flush();
    }
  }

  private void run() {
    while (true) {
      List<Issued> lines;
      boolean last;
      synchronized (this) {
        while (pending.isEmpty() && !closed) {
          try {
            wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        lines = new ArrayList<>(pending);
        pending.clear();
        last = closed;
      }
      synchronized (out) {
        lines.forEach(l -> out.println(l.at() + " " + l.message()));
        out.flush();
      }
      if (last) {
        return;
      }
    }
  }
}
