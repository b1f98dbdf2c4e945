package io.bwo.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A pool's threads started through {@link YieldingThreads} run at a lower priority than the
 * thread that asked for them (nice {@link YieldingThreads#NICE} on Linux), and that thread keeps
 * its own; where the system does not say what a thread's priority is, they start as before.
 */
class YieldingThreadsTest {
  @Test
  void aPoolsThreadsStartAtTheLoweredPriorityAndTheCallerKeepsItsOwn() throws Exception {
    OptionalInt caller = YieldingThreads.currentNice();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS,
        new LinkedBlockingQueue<>(), r -> new Thread(r, "bwo-copy"));
    try {
      YieldingThreads.prestart(pool);
      assertThat(pool.getPoolSize()).as("started before any task").isEqualTo(2);
      Future<OptionalInt> a = pool.submit(YieldingThreads::currentNice);
      Future<OptionalInt> b = pool.submit(YieldingThreads::currentNice);
      if (caller.isEmpty()) {
        // Not Linux: nothing to lower, and the threads still run.
        assertThat(a.get()).isEmpty();
        assertThat(b.get()).isEmpty();
        return;
      }
      int expected = Math.max(YieldingThreads.NICE, caller.getAsInt());
      assertThat(a.get()).hasValue(expected);
      assertThat(b.get()).hasValue(expected);
      assertThat(YieldingThreads.lowered()).hasValue(expected);
      assertThat(YieldingThreads.currentNice()).as("the caller's own").isEqualTo(caller);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aThreadsNiceIsReadWhateverItsNameHolds() throws Exception {
    OptionalInt[] seen = new OptionalInt[1];
    Thread odd = new Thread(() -> seen[0] = YieldingThreads.currentNice(), "a) b (c) d");
    odd.start();
    odd.join();
    assertThat(seen[0]).isEqualTo(YieldingThreads.currentNice());
  }

  @ParameterizedTest
  @CsvSource({"3, 3", "0, 0", "19, 19", "20, 10", "-1, 10", "abc, 10", "' 7 ', 7"})
  void theNiceValueComesFromBwoCopyNiceWithinZeroToNineteen(String given, int nice) {
    String before = System.getProperty("bwo.copy.nice");
    System.setProperty("bwo.copy.nice", given);
    try {
      assertThat(YieldingThreads.nice()).isEqualTo(nice);
    } finally {
      if (before == null) {
        System.clearProperty("bwo.copy.nice");
      } else {
        System.setProperty("bwo.copy.nice", before);
      }
    }
  }

  @Test
  void withoutBwoCopyNiceItIsTen() {
    assertThat(System.getProperty("bwo.copy.nice")).isNull();
    assertThat(YieldingThreads.nice()).isEqualTo(10);
  }
}
