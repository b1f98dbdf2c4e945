package io.bwo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class EarlyWritebackTest {
  @Test
  void whileNothingForcesTheLogItForcesEveryIdleStretchAndNotBefore() throws Exception {
    AtomicInteger forces = new AtomicInteger();
    try (EarlyWriteback w = new EarlyWriteback(forces::incrementAndGet, () -> {})) {
      w.written(EarlyWriteback.IDLE_EVERY - 1);
      assertThat(forces).hasValue(0);
      w.written(1);
      w.written(EarlyWriteback.IDLE_EVERY / 2);
    }
    assertThat(forces).hasValue(1);
  }

  @Test
  void whileTheApplicationsForceTheirLogTheStretchesAreShort() throws Exception {
    AtomicLong logForces = new AtomicLong(41);
    try (EarlyWriteback w = new EarlyWriteback(() -> {}, () -> {})) {
      w.paceBy(logForces::get);
      w.written(EarlyWriteback.EVERY);
      assertThat(w.started()).as("no log force yet: an idle stretch").isZero();

      logForces.incrementAndGet();
      w.written(1);
      assertThat(w.started()).as("the log was forced: the short stretch is due").isEqualTo(1);

      w.written(EarlyWriteback.EVERY);
      assertThat(w.started()).as("and the log was not forced since").isEqualTo(1);
      logForces.addAndGet(3);
      w.written(1);
      assertThat(w.started()).isEqualTo(2);
    }
  }

  @Test
  void whileTheApplicationsCommitEachMiBOfTheDumpIsForcedOnItsOwn() throws Exception {
    AtomicLong logForces = new AtomicLong();
    AtomicInteger forces = new AtomicInteger();
    try (EarlyWriteback w = new EarlyWriteback(forces::incrementAndGet, () -> {})) {
      w.paceBy(logForces::get);
      for (int mib = 1; mib <= 4; mib++) {
        logForces.incrementAndGet();
        w.written(1 << 20);
        assertThat(w.started()).as("after %d MiB, as the copy reads them at OPTIMIZE(1)", mib)
            .isEqualTo(mib);
      }
    }
    assertThat(forces).hasValue(4);
  }

  @Test
  void theWriterWaitsForTheRunningForceBeforeItStartsTheNext() throws Exception {
    CountDownLatch slowDisk = new CountDownLatch(1);
    AtomicInteger forces = new AtomicInteger();
    EarlyWriteback.Force force = () -> {
      forces.incrementAndGet();
      try {
        slowDisk.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    };
    try (EarlyWriteback w = new EarlyWriteback(force, () -> {})) {
      w.written(EarlyWriteback.IDLE_EVERY);
      // The first force runs and does not end: the writer may dirty one more stretch, no more.
      CompletableFuture<Void> next = CompletableFuture.runAsync(() -> {
        w.written(EarlyWriteback.IDLE_EVERY / 2);
        w.written(EarlyWriteback.IDLE_EVERY / 2);
      });
      Thread.sleep(200);
      assertThat(next).isNotDone();
      assertThat(forces).hasValue(1);

      slowDisk.countDown();
      next.get(10, TimeUnit.SECONDS);
    }
    assertThat(forces).hasValue(2);
  }

  @Test
  void aFailingForceIsLeftForTheFilesOwnForceToReport() throws Exception {
    AtomicInteger tries = new AtomicInteger();
    try (EarlyWriteback w = new EarlyWriteback(() -> {
      tries.incrementAndGet();
      throw new java.io.IOException("no space left on device");
    }, () -> {})) {
      w.written(EarlyWriteback.IDLE_EVERY);
      w.written(EarlyWriteback.IDLE_EVERY);
    }
    assertThat(tries).hasValue(2);
  }
}
