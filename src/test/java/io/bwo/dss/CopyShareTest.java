package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** The copy's share of the disk while the applications commit, on a clock the test moves. */
class CopyShareTest {
  private static final long MIB = 1 << 20;
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  /** A clock that only the copy's waits (and the test) move, and a log whose forces it sets. */
  private static final class World {
    final AtomicLong now = new AtomicLong(1_000 * SECOND);
    final AtomicLong forces = new AtomicLong();
    final CopyShare share;

    World(int optimize) {
      share = new CopyShare(optimize, forces::get, now::get, now::addAndGet);
    }

    /** The copy reads {@code bytes}, taking {@code nanos} to do so; returns how long it waited. */
    long read(long bytes, long nanos) {
      now.addAndGet(nanos);
      long before = now.get();
      share.copied(bytes);
      return now.get() - before;
    }
  }

  @Test
  void anIdleSystemLetsEveryLevelCopyAtFullSpeed() {
    for (int optimize = 1; optimize <= 4; optimize++) {
      World w = new World(optimize);
      for (int i = 0; i < 100; i++) {
        assertThat(w.read(4 * MIB, 1_000_000)).isZero();
      }
      assertThat(w.share.waitedMillis()).isZero();
    }
  }

  @Test
  void whileTheLogIsForcedOptimize1CopiesAt128MiBPerSecond() {
    World w = new World(1);
    long start = w.now.get();
    for (int i = 0; i < 65; i++) {
      w.forces.incrementAndGet();
      w.read(4 * MIB, 1_000_000);
    }
    // The first read goes at once; the next 256 MiB at 128 MiB/s take two seconds, however
    // fast the reads themselves were.
    assertThat(w.now.get() - start).isEqualTo(SECOND / 1000 + 2 * SECOND);
    assertThat(w.share.waitedMillis()).isEqualTo(2_000 - 64);
    assertThat(w.share.limitMiBPerSecond()).isEqualTo(128);
  }

  @Test
  void eachLevelHasItsLimitAndOptimize4NoneAtAll() {
    assertThat(List.of(1, 2, 3, 4).stream().map(n -> {
      World w = new World(n);
      long start = w.now.get();
      for (int i = 0; i < 41; i++) {
        w.forces.incrementAndGet();
        w.read(16 * MIB, 0);
      }
      return (w.now.get() - start) / 1_000_000;
    }).toList()).containsExactly(5_000L, 2_500L, 1_000L, 0L);
  }

  @Test
  void theCopyIsLimitedOnlyUnderOptimize1To3WhileTheApplicationsCommit() {
    World w = new World(1);
    assertThat(w.share.limiting()).as("no force since the share was made").isFalse();
    w.forces.incrementAndGet();
    assertThat(w.share.limiting()).isTrue();
    w.now.addAndGet(SECOND - 1);
    assertThat(w.share.limiting()).as("within a second of the last force").isTrue();
    w.now.addAndGet(1);
    assertThat(w.share.limiting()).as("a second without a force").isFalse();
    World fast = new World(4);
    fast.forces.incrementAndGet();
    assertThat(fast.share.limiting()).as("OPTIMIZE(4) has no limit").isFalse();
  }

  @Test
  void whileHeldToItsLimitTheCopyReadsFewerChunksAtATimeTheLowerTheOptimizeLevel() {
    for (int level = 1; level <= 4; level++) {
      World w = new World(level);
      assertThat(w.share.chunksPerRead()).as("OPTIMIZE(%d), nobody committing", level)
          .isEqualTo(4);
      w.forces.incrementAndGet();
      assertThat(w.share.chunksPerRead()).as("OPTIMIZE(%d), the applications committing", level)
          .isEqualTo(new int[] {0, 1, 2, 4, 4}[level]);
      w.now.addAndGet(SECOND);
      assertThat(w.share.chunksPerRead()).as("OPTIMIZE(%d), a second later", level)
          .isEqualTo(4);
    }
  }

  @Test
  void aCopySlowerThanTheLimitIsNotHeldBack() {
    World w = new World(1);
    for (int i = 0; i < 20; i++) {
      w.forces.incrementAndGet();
      // 4 MiB in 50 ms is 80 MiB/s, under the 128 of OPTIMIZE(1).
      assertThat(w.read(4 * MIB, 50_000_000)).isZero();
    }
  }

  @Test
  void theApplicationsCountAsCommittingForASecondAfterTheLastForce() {
    World w = new World(1);
    w.forces.incrementAndGet();
    assertThat(w.read(MIB, 0)).as("the first read").isZero();
    assertThat(w.read(MIB, 0)).isPositive();
    assertThat(w.read(MIB, SECOND / 2)).as("a read slower than the limit").isZero();
    assertThat(w.read(MIB, 0)).as("half a second after the force").isPositive();
    assertThat(w.read(MIB, SECOND)).isZero();
    assertThat(w.read(MIB, 0)).as("no force for over a second").isZero();
    w.forces.incrementAndGet();
    assertThat(w.read(MIB, 0)).as("committing again").isPositive();
  }

  @Test
  void theTimeYieldedCountsWaitsThatOverlapOnceEvenAcrossAnIdleSpell() {
    // Ten copy threads each reserve 16 MiB at once and are still asleep (this clock does not
    // move with their waits): between them the copy is held back until 1.25 s from now.
    AtomicLong now = new AtomicLong(1_000 * SECOND);
    AtomicLong forces = new AtomicLong();
    CopyShare share = new CopyShare(1, forces::get, now::get, nanos -> { });
    forces.incrementAndGet();
    for (int i = 0; i < 11; i++) {
      share.copied(16 * MIB);
    }
    assertThat(share.waitedMillis()).isEqualTo(1_250);
    // A second passes with no force (the applications idle), then they commit again: the
    // next thread's wait ends inside the time already counted, and takes none of it back.
    now.addAndGet(SECOND);
    share.copied(16 * MIB);
    forces.incrementAndGet();
    share.copied(16 * MIB);
    assertThat(share.waitedMillis()).isEqualTo(1_250);
    share.copied(16 * MIB);
    share.copied(16 * MIB);
    assertThat(share.waitedMillis()).as("the next waits go past it").isEqualTo(1_375);
  }

  @Test
  void anInterruptEndsTheWaitAndStaysOnTheThread() {
    AtomicLong forces = new AtomicLong();
    CopyShare share = new CopyShare(1, forces::get, System::nanoTime, nanos -> {
      throw new InterruptedException();
    });
    forces.incrementAndGet();
    share.copied(MIB);
    assertThat(Thread.interrupted()).as("the first read goes at once").isFalse();
    share.copied(MIB);
    assertThat(Thread.interrupted()).isTrue();
  }

  @Test
  void optimizeIs1To4() {
    assertThatThrownBy(() -> new CopyShare(0, () -> 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CopyShare(5, () -> 0)).isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * However the reads are cut and however fast they come, while the applications commit the copy
   * runs ahead of its limit by no more than its first read, and waits no longer than the limit
   * asks: each read after the first takes its cost at the limit, or its own time if longer.
   */
  @Property(tries = 300)
  void whileCommittingTheCopyKeepsToItsLimit(
      @ForAll @IntRange(min = 1, max = 3) int optimize,
      @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 1, max = 16 << 20) Integer> reads,
      @ForAll @IntRange(min = 0, max = 100_000_000) int readNanos) {
    World w = new World(optimize);
    long bytesPerSecond = CopyShare.MIB_PER_SECOND[optimize] * MIB;
    long start = w.now.get();
    long bytes = 0;
    int k = 0;
    for (int n : reads) {
      w.forces.incrementAndGet();
      w.read(n, readNanos);
      bytes += n;
      k++;
      long elapsed = w.now.get() - start;
      long atTheLimit = (long) (bytes * 1e9 / bytesPerSecond);
      long first = (long) (reads.get(0) * 1e9 / bytesPerSecond);
      assertThat(elapsed).isGreaterThanOrEqualTo(atTheLimit - first - k);
      assertThat(elapsed).isLessThanOrEqualTo(atTheLimit + (long) k * readNanos + k);
    }
  }
}
