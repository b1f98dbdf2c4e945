package io.bwo.journal;

import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One attempt of a run, from {@link RunJournal#begin} to {@link #close}: it holds the run's lock,
 * keeps its heartbeat fresh, and records each phase durably before the phase takes effect.
 *
 * <p>When the run already succeeded ({@link #alreadySucceeded()}), the attempt holds the lock
 * but records nothing: the dss prints {@link #report()} and ends with return code 0.
 *
 * <p>Thread-safe: the dss's copy threads and the heartbeat thread share it; writes are
 * serialised on the instance.
 */
public final class Attempt implements AutoCloseable {
  private final RunId runId;
  private final int number;
  private final PriorOutcome previous;
  private final List<Message> warnings;
  private final RunLock lock;
  private final AttemptFile file;
  private final Clock clock;
  private final Consumer<Owner> ownerWriter;

  private ScheduledExecutorService heartbeats;
  private Owner owner;
  private int seq = 1;
  private boolean ended;
  private Message unclosed;
  private boolean closed;
  private RuntimeException heartbeatFailure;

  private Attempt(RunId runId, int number, PriorOutcome previous, List<Message> warnings,
      RunLock lock, AttemptFile file, Owner owner, Clock clock, Consumer<Owner> ownerWriter) {
    this.runId = runId;
    this.number = number;
    this.previous = previous;
    this.warnings = List.copyOf(warnings);
    this.lock = lock;
    this.file = file;
    this.owner = owner;
    this.clock = clock;
    this.ownerWriter = ownerWriter;
  }

  /** An attempt that does the run; STARTED is already in {@code file}. */
  static Attempt running(RunId runId, int number, PriorOutcome previous, List<Message> warnings,
      RunLock lock, AttemptFile file, Owner owner, Clock clock, Consumer<Owner> ownerWriter,
      Duration heartbeatEvery) {
    Attempt a = new Attempt(runId, number, previous, warnings, lock, Objects.requireNonNull(file),
        owner, clock, ownerWriter);
    a.startHeartbeats(heartbeatEvery);
    return a;
  }

  /** An attempt of a run that already succeeded: it records nothing. */
  static Attempt afterSuccess(RunId runId, PriorOutcome.Succeeded previous, List<Message> warnings,
      RunLock lock, Clock clock) {
    return new Attempt(runId, previous.attempt(), previous, warnings, lock, null, null, clock,
        o -> {});
  }

  private void startHeartbeats(Duration every) {
    heartbeats = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "bwo-heartbeat-" + runId);
      t.setDaemon(true);
      return t;
    });
    long ms = every.toMillis();
    heartbeats.scheduleAtFixedRate(this::beatInBackground, ms, ms, TimeUnit.MILLISECONDS);
  }

  /** The run this attempt belongs to. */
  public RunId runId() {
    return runId;
  }

  /** This attempt's number (from 1); after success, the number of the attempt that succeeded. */
  public int number() {
    return number;
  }

  /** What the last attempt ended as: never ran, succeeded, or failed/abandoned with leftovers. */
  public PriorOutcome previous() {
    return previous;
  }

  /** True when the run already succeeded: do no work, print {@link #report()}, end with RC 0. */
  public boolean alreadySucceeded() {
    return previous instanceof PriorOutcome.Succeeded;
  }

  /**
   * The messages for the listing about the journal and the last attempt: BWO607W for each torn
   * line, then BWO604I and a BWO605I for each dump it published, in order (already succeeded,
   * and where its dumps are) or BWO606W (cleaning up).
   */
  public List<Message> report() {
    List<Message> out = new ArrayList<>(warnings);
    if (previous instanceof PriorOutcome.Succeeded s) {
      out.add(Message.of(Msg.BWO604I, runId, s.attempt(), s.at()));
      s.dumps().forEach(d -> out.add(Message.of(Msg.BWO605I, runId, d.name(), d.size(),
          d.digest())));
    } else if (previous instanceof PriorOutcome.Unfinished u) {
      String how = u.ending() == PriorOutcome.Ending.FAILED ? "FAILED" : "WAS ABANDONED";
      out.add(Message.of(Msg.BWO606W, runId, u.attempt(), how, u.lastPhase(),
          u.leftovers().size()));
    }
    return out;
  }

  /**
   * Records {@code phase} with {@code detail} (a DSN, a holder name, a return code) and forces it
   * to disk; call it before the phase takes effect. STARTED is recorded by begin and PUBLISHED
   * by {@link #published}; nothing is recorded after SUCCEEDED or FAILED.
   */
  public void record(RunPhase phase, String detail) {
    record(phase, detail, List.of());
  }

  /**
   * Records {@code phase} and the leftovers it is about to create (a freeze holder, a copy
   * session and its side file, the temporary dump), before creating them; a re-run of a failed
   * or abandoned attempt gets them back to clean up.
   */
  public synchronized void record(RunPhase phase, String detail, List<Leftover> acquiring) {
    Objects.requireNonNull(detail, "detail");
    if (phase == RunPhase.STARTED || phase == RunPhase.PUBLISHED) {
      throw new IllegalArgumentException(phase + " is recorded by "
          + (phase == RunPhase.STARTED ? "RunJournal.begin" : "Attempt.published"));
    }
    checkWritable(true);
    append(JournalLine.phase(++seq, clock.instant(), phase, detail, acquiring));
    ended = phase.terminal();
  }

  /** Records PUBLISHED with the dump's final name, size and digest, before the rename. */
  public synchronized void published(PublishedDump dump) {
    Objects.requireNonNull(dump, "dump");
    checkWritable(true);
    append(JournalLine.published(++seq, clock.instant(), dump));
  }

  /**
   * Records leftovers about to be created between phases (the temporary dump opened before the
   * copy starts), before creating them.
   */
  public synchronized void acquiring(List<Leftover> leftovers) {
    checkWritable(true);
    if (!leftovers.isEmpty()) {
      append(JournalLine.acquired(++seq, clock.instant(), leftovers));
    }
  }

  /**
   * Records that {@code gone} no longer exist (a session ended, a side file or a previous
   * attempt's temporary dump deleted, the freeze released); call it after the fact. Allowed after
   * SUCCEEDED or FAILED, for cleaning up on the way out. The line is not forced on its own: it
   * goes to disk with the next line that is, or at {@link #close}.
   */
  public synchronized void released(List<Leftover> gone) {
    checkWritable(false);
    if (!gone.isEmpty()) {
      // Lost with a crash, the line leaves a leftover that is already gone, and every clean-up
      // step allows that; forced, it was one more wait for the disk right after the thaw, after
      // the copy and after the publish.
      file.append(JournalLine.released(++seq, clock.instant(), gone), false);
    }
  }

  /** How often this attempt's file was forced to disk (for tests). */
  int forces() {
    return file.forces();
  }

  /** Refreshes the heartbeat now; a background thread also does it at the journal's interval. */
  public synchronized void heartbeat() {
    checkWritable(false);
    beat();
  }

  /**
   * Ends the attempt: stops the heartbeat, marks the owner record closed (so another node need not
   * wait for the heartbeat to go stale) and releases the run's lock. An attempt closed without
   * SUCCEEDED or FAILED is judged abandoned by the next one.
   */
  @Override
  public void close() {
    synchronized (this) {
      if (closed) {
        return;
      }
      closed = true;
      if (heartbeats != null) {
        // A beat waiting for this monitor finds the attempt closed and does nothing.
        heartbeats.shutdownNow();
      }
    }
    try {
      synchronized (this) {
        if (file != null) {
          owner = owner.closing(clock.instant());
          try {
            try {
              ownerWriter.accept(owner);
            } finally {
              file.close();
            }
          } catch (BwoException e) {
            if (!ended) {
              throw e;
            }
            // The outcome is on disk already: what failed (marking the owner closed, forcing a
            // released line) only spares another node a wait, or names a leftover already gone.
            unclosed = e.message();
          }
        }
      }
    } finally {
      lock.close();
    }
  }

  /**
   * Why {@link #close} could not write its last records after the outcome was recorded (a full
   * disk, say); empty if it could. The outcome stands: the step reports this as a warning.
   */
  public synchronized Optional<Message> unclosed() {
    return Optional.ofNullable(unclosed);
  }

  private void checkWritable(boolean beforeEnd) {
    if (file == null) {
      throw new IllegalStateException("run " + runId + " already succeeded: nothing is recorded");
    }
    if (closed) {
      throw new IllegalStateException("attempt " + number + " of run " + runId + " is closed");
    }
    if (beforeEnd && ended) {
      throw new IllegalStateException("attempt " + number + " of run " + runId + " has ended");
    }
    if (heartbeatFailure != null) {
      throw heartbeatFailure;
    }
  }

  private void append(JournalLine line) {
    file.append(line);
  }

  private void beat() {
    owner = owner.beating(clock.instant());
    ownerWriter.accept(owner);
  }

  private synchronized void beatInBackground() {
    if (closed || heartbeatFailure != null) {
      return;
    }
    try {
      beat();
    } catch (BwoException e) {
      // Reported by the next record(): the dss then stops, and the step fails with BWO609E.
      heartbeatFailure = e;
    }
  }
}
