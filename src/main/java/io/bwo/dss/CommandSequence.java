package io.bwo.dss;

import io.bwo.control.Flow;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Walks a deck's {@link Flow}: runs the tasks of the clauses taken, in order, keeps the condition
 * codes, and says what SET, SERIAL and PARALLEL do. bwo runs one task at a time: PARALLEL is
 * taken and listed, and the tasks after it still run one after another in the order of the deck.
 */
final class CommandSequence {

  /** What runs the tasks. */
  @FunctionalInterface
  interface Tasks {
    /** Runs the task of command {@code command} (from 0); returns its return code. */
    int run(int command);
  }

  private final ConditionCodes codes;
  private final Tasks tasks;
  private final BooleanSupplier stopped;
  private final Supplier<String> timestamp;
  private final Consumer<Message> scheduler;

  /**
   * A walk that keeps {@code codes}, runs {@code tasks} until {@code stopped} (the operator's
   * STOP) says no further task runs, and gives the scheduler's messages (ADR014I, ADR015I, each
   * dated by {@code timestamp} where IBM dates it) to {@code scheduler}.
   */
  CommandSequence(ConditionCodes codes, Tasks tasks, BooleanSupplier stopped,
      Supplier<String> timestamp, Consumer<Message> scheduler) {
    this.codes = codes;
    this.tasks = tasks;
    this.stopped = stopped;
    this.timestamp = timestamp;
    this.scheduler = scheduler;
  }

  /** Walks {@code flow}; false if the operator stopped the step on the way, or an EOJ ended it. */
  boolean walk(List<Flow> flow) {
    for (Flow f : flow) {
      if (f instanceof Flow.RunTask r) {
        codes.taskEnded(tasks.run(r.command()));
        if (stopped.getAsBoolean()) {
          return false;
        }
      } else if (f instanceof Flow.SetCode s) {
        codes.set(s.code(), s.value()).forEach(scheduler);
      } else if (f instanceof Flow.IfThenElse i) {
        if (!walk(codes.holds(i.condition()) ? i.then() : i.otherwise())) {
          return false;
        }
      } else if (f instanceof Flow.EndOfJob) {
        return false;
      } else if (f instanceof Flow.TaskMode m) {
        // The tasks before it have all ended: bwo runs one at a time.
        String mode = m.parallel() ? "PARALLEL" : "SERIAL";
        scheduler.accept(Message.of(Msg.ADR014I, timestamp.get(), mode));
        if (m.parallel()) {
          scheduler.accept(Message.of(Msg.BWO531I, mode,
              "TASKS STILL RUN ONE AT A TIME, IN THE ORDER OF THE DECK"));
        }
      }
    }
    return true;
  }
}
