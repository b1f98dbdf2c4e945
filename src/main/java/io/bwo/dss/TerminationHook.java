package io.bwo.dss;

import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A termination signal (SIGTERM, SIGINT, SIGHUP), as a job scheduler sends to cancel a job or a
 * node sends its processes when it goes down, ends the step in order, as {@code P jobname} does:
 * thaw at once, stop the copy, abandon the dump, record FAILED in the journal, end the listing.
 * The JVM runs this hook on such a signal and exits once it returns, so it waits for the step to
 * end, for at most {@link #GRACE}: a scheduler sends SIGKILL when its own grace runs out, and a
 * killed step is what the journal and the freeze lease already recover from. Without it, a signal
 * ended the step as SIGKILL does: no FAILED line, no ADR012I, the temporary dump left for the
 * re-run (found by a chaos audit).
 */
final class TerminationHook implements AutoCloseable {
  /** The longest the hook holds the JVM's exit for the step to end in order. */
  static final Duration GRACE = Duration.ofSeconds(20);

  private final OperatorControl operator;
  private final Consumer<Message> say;
  private final CountDownLatch ended = new CountDownLatch(1);
  private final Thread hook = new Thread(this::terminate, "bwo-termination");

  private TerminationHook(OperatorControl operator, Consumer<Message> say) {
    this.operator = operator;
    this.say = say;
  }

  /** Installs the hook for a step whose operator control is {@code operator}. */
  static TerminationHook install(OperatorControl operator, Consumer<Message> say) {
    TerminationHook h = new TerminationHook(operator, say);
    Runtime.getRuntime().addShutdownHook(h.hook);
    return h;
  }

  private void terminate() {
    if (ended.getCount() == 0) {
      return;
    }
    try {
      say.accept(Message.of(Msg.BWO528I, GRACE.toSeconds()));
    } catch (RuntimeException e) {
      // The listing closed in the meantime: the step is ending anyway.
    }
    operator.stop();
    try {
      ended.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The step has ended (its listing closed): the hook no longer waits, and is removed. */
  @Override
  public void close() {
    ended.countDown();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // The hook runs or has run: it returns now that the step has ended.
    }
  }
}
