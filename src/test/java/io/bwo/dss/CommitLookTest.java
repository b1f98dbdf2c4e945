package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * A dump asks once whether the applications commit: the log forced between the step's look at
 * the segments and at least {@link CommitLook#LOOK_NANOS} later, the later count brought up to
 * date by a call to the system.
 */
class CommitLookTest {
  private final AtomicLong clock = new AtomicLong(1_000_000);
  private final AtomicLong forces = new AtomicLong(40);
  private final AtomicInteger refreshes = new AtomicInteger();
  private final List<Long> sleeps = new ArrayList<>();

  private CommitLook look(Runnable meanwhile) {
    return new CommitLook(forces::get, () -> {
      refreshes.incrementAndGet();
      meanwhile.run();
    }, clock::get, nanos -> {
      sleeps.add(nanos);
      clock.addAndGet(nanos);
    });
  }

  @Test
  void theLogForcedSinceTheFirstLookMeansTheApplicationsCommit() {
    CommitLook look = look(() -> forces.incrementAndGet());
    assertThat(look.getAsBoolean()).isTrue();
  }

  @Test
  void theLogNotForcedMeansTheyDoNot() {
    CommitLook look = look(() -> {});
    assertThat(look.getAsBoolean()).isFalse();
    assertThat(refreshes).as("the count brought up to date before it is read").hasValue(1);
  }

  @Test
  void waitsOnlyForWhatIsLeftOfTheLook() {
    CommitLook look = look(() -> {});
    clock.addAndGet(TimeUnit.MILLISECONDS.toNanos(15));
    look.getAsBoolean();
    assertThat(sleeps).containsExactly(CommitLook.LOOK_NANOS - TimeUnit.MILLISECONDS.toNanos(15));

    sleeps.clear();
    CommitLook late = look(() -> {});
    clock.addAndGet(CommitLook.LOOK_NANOS * 3);
    late.getAsBoolean();
    assertThat(sleeps).as("the step took longer than the look already").isEmpty();
  }

  @Test
  void asksTheSystemOnceHoweverOftenItIsAsked() {
    CommitLook look = look(() -> forces.incrementAndGet());
    assertThat(look.getAsBoolean()).isTrue();
    forces.set(40);
    assertThat(look.getAsBoolean()).as("the first answer kept").isTrue();
    assertThat(refreshes).hasValue(1);
    assertThat(sleeps).hasSize(1);
  }

  @Test
  void interruptedSaysNoAndKeepsTheInterrupt() {
    CommitLook look = new CommitLook(forces::get, forces::incrementAndGet, clock::get, nanos -> {
      throw new InterruptedException();
    });
    try {
      assertThat(look.getAsBoolean()).isFalse();
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      Thread.interrupted();
    }
  }
}
