package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Dsn;
import io.bwo.dss.Transfers.Account;
import io.bwo.dss.Transfers.Tx;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.LongBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Invariant I1 with the applications running: the dump holds exactly the state that the
 * transactions acknowledged before the freeze imply, across every data set and segment together,
 * whatever they write after UNFREEZE, while the copy is still under way.
 *
 * <p>Which transactions the freeze point holds is known from the outside: one acknowledged before
 * UNFREEZE was asked for was admitted before the freeze (nothing is admitted while frozen), so it
 * is in; one submitted after the freeze took effect waited for UNFREEZE, so it is out. A
 * transaction submitted before the freeze took effect and acknowledged after UNFREEZE may be
 * either (at most one per application thread): the dump must be the state of the sure ones plus
 * some subset of these.
 */
class PointInTimeTest {
  private static final String[] WORLD = {
    "SEGA:OSB.SEGA.PAGE01", "SEGA:OSB.SEGA.PAGE02", "SEGB:OSB.SEGB.PAGE01",
    "SEGB:OSB.SEGB.INDEX01", "SEGC:OSB.SEGC.PAGE01"};

  @Test
  void dumpEqualsStateAtFreezePoint(@TempDir Path dir) {
    dumpAndCheck(dir, false, 1, 4, 50, 100, 200);
  }

  @Test
  void dumpEqualsStateAtFreezePointThroughTheSegmentServer(@TempDir Path dir) {
    dumpAndCheck(dir, true, 2, 3, 50, 100, 200);
  }

  @Property(tries = 8)
  void dumpEqualsStateAtFreezePointWhateverTheTiming(
      @ForAll boolean viaServer,
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll @IntRange(min = 0, max = 500) int maxPauseMicros,
      @ForAll @IntRange(min = 1, max = 300) int before,
      @ForAll @IntRange(min = 1, max = 300) int during)
      throws IOException {
    Path dir = Files.createTempDirectory("bwo-pit");
    try {
      dumpAndCheck(dir, viaServer, seed, threads, maxPauseMicros, before, during);
    } finally {
      PathUtils.deleteDirectory(dir);
    }
  }

  /**
   * Lets the applications commit {@code before} transactions, runs the BWO dump, holds the copy
   * just after UNFREEZE until they have committed {@code during} more (so they overwrite CIs the
   * copy has not reached), then checks the dump against the state at the freeze. With {@code
   * viaServer}, the step and the applications reach a segment server over its socket.
   */
  private static void dumpAndCheck(Path dir, boolean viaServer, long seed, int threads,
      int maxPauseMicros, int before, int during) {
    try (DumpWorld world = new DumpWorld(dir, 64, WORLD)) {
      Map<Dsn, byte[]> initial = world.start(seed, viaServer);
      RecordingSegmentSystem system = world.system();
      Transfers apps =
          new Transfers(world.applications(), world.dataSets(), threads, seed, maxPauseMicros);
      AtomicBoolean held = new AtomicBoolean();
      world.platform.hook((dd, written, length) -> {
        if (system.unfreezeCalled() != 0 && held.compareAndSet(false, true)) {
          apps.awaitMore(during);
        }
        // Random small stalls spread the copy over the applications' writes.
        if ((written + seed) % 7 == 0) {
          LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(maxPauseMicros));
        }
      });
      apps.awaitMore(before);

      int rc = world.dss(DumpWorld.BWO_DECK);

      List<Tx> acknowledged = apps.stop();
      assertThat(apps.failures()).isEmpty();
      assertThat(rc).as("step RC; listing:%n%s", String.join("\n", world.listing())).isZero();
      assertThat(held).as("the copy was held after UNFREEZE").isTrue();

      long unfreeze = system.unfreezeCalled();
      long frozen = system.freezeReturned();
      List<Tx> in = new ArrayList<>();
      List<Tx> either = new ArrayList<>();
      int out = 0;
      for (Tx t : acknowledged) {
        if (t.acknowledged() < unfreeze) {
          in.add(t);
        } else if (t.submitted() > frozen) {
          out++;
        } else {
          either.add(t);
        }
      }
      assertThat(in).hasSizeGreaterThanOrEqualTo(before);
      assertThat(out).isGreaterThanOrEqualTo(during - threads);
      assertThat(either).hasSizeLessThanOrEqualTo(threads);

      Map<Dsn, byte[]> dumped = world.dumped();
      Map<Dsn, byte[]> atFreeze = Transfers.apply(initial, Transfers.deltas(in));
      assertThat(dumped.keySet()).containsExactlyInAnyOrderElementsOf(initial.keySet());
      assertThat(subsetExplaining(difference(dumped, atFreeze), either))
          .as("the dump is the state of the %s transactions before the freeze plus some of the %s"
              + " in flight at it", in.size(), either.size())
          .isTrue();

      Map<Dsn, byte[]> after = world.contents();
      assertThat(DumpWorld.same(after, Transfers.apply(initial, Transfers.deltas(acknowledged))))
          .as("every acknowledged transaction is in the data sets after the dump").isTrue();
      assertThat(DumpWorld.same(dumped, initial)).as("dump equals the state before").isFalse();
      assertThat(DumpWorld.same(dumped, after)).as("dump equals the state after").isFalse();
      world.assertThawed();
    }
  }

  /** Each account whose balance differs, by how much {@code actual} exceeds {@code expected}. */
  private static Map<Account, Long> difference(Map<Dsn, byte[]> actual,
      Map<Dsn, byte[]> expected) {
    Map<Account, Long> diff = new HashMap<>();
    expected.forEach((dsn, e) -> {
      LongBuffer want = ByteBuffer.wrap(e).asLongBuffer();
      LongBuffer got = ByteBuffer.wrap(actual.get(dsn)).asLongBuffer();
      for (int i = 0; i < want.limit(); i++) {
        if (got.get(i) != want.get(i)) {
          diff.put(new Account(dsn, (long) i * Long.BYTES), got.get(i) - want.get(i));
        }
      }
    });
    return diff;
  }

  /** Whether some subset of {@code candidates} changes the accounts by exactly {@code diff}. */
  private static boolean subsetExplaining(Map<Account, Long> diff, List<Tx> candidates) {
    for (int mask = 0; mask < 1 << candidates.size(); mask++) {
      List<Tx> subset = new ArrayList<>();
      for (int i = 0; i < candidates.size(); i++) {
        if ((mask & 1 << i) != 0) {
          subset.add(candidates.get(i));
        }
      }
      if (Transfers.deltas(subset).equals(diff)) {
        return true;
      }
    }
    return false;
  }
}
