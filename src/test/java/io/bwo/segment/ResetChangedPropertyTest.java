package io.bwo.segment;

import static io.bwo.segment.TestWorld.dsn;
import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Dsn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.io.file.PathUtils;

/**
 * DUMP RESET under applications committing while freezes come and go: whatever the interleaving,
 * a data set updated after a freeze's point in time keeps its data-set-changed flag when the
 * flags are reset by that freeze. An update that started after UNFREEZE returned is surely after
 * the point in time.
 */
class ResetChangedPropertyTest {
  private static final List<Dsn> DATA_SETS =
      List.of(dsn("APP.A"), dsn("APP.B"), dsn("APP.C"), dsn("OTHER.D"));

  private record Commit(Dsn dsn, long submitted, long acknowledged) {}

  @Property(tries = 12)
  void aDataSetUpdatedAfterThePointInTimeKeepsItsFlag(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 4) int threads,
      @ForAll @IntRange(min = 0, max = 2000) int pauseMicros)
      throws IOException, InterruptedException {
    Path root = Files.createTempDirectory("bwo-reset");
    TestWorld world = new TestWorld(root, 4, "SEGA:APP.A", "SEGA:APP.B", "SEGA:APP.C",
        "SEGB:OTHER.D");
    Queue<Commit> commits = new ConcurrentLinkedQueue<>();
    AtomicBoolean stop = new AtomicBoolean();
    List<Thread> writers = new ArrayList<>();
    try (SegmentSystem system = world.open(Clock.systemUTC())) {
      for (int t = 0; t < threads; t++) {
        SplittableRandom random = new SplittableRandom(seed + t);
        Thread w = new Thread(() -> {
          while (!stop.get()) {
            Dsn d = DATA_SETS.get(random.nextInt(DATA_SETS.size()));
            long submitted = System.nanoTime();
            system.commit(List.of(new Update.AddLong(d, 8L * random.nextInt(64), 1)));
            commits.add(new Commit(d, submitted, System.nanoTime()));
            LockSupport.parkNanos(random.nextInt(pauseMicros + 1) * 1000L);
          }
        });
        w.start();
        writers.add(w);
      }
      try {
        resetRounds(world, system, commits, new SplittableRandom(seed));
      } finally {
        stop.set(true);
        for (Thread w : writers) {
          w.join();
        }
      }
    } finally {
      PathUtils.deleteDirectory(root);
    }
  }

  private static void resetRounds(TestWorld world, SegmentSystem system, Queue<Commit> commits,
      SplittableRandom random) {
    for (int round = 0; round < 6; round++) {
      FreezeLease lease = system.freeze("DUMP", Duration.ofMinutes(1));
      system.unfreeze(lease);
      long thawed = System.nanoTime();
      LockSupport.parkNanos(TimeUnit.MICROSECONDS.toNanos(random.nextInt(3000)));
      long beforeReset = System.nanoTime();
      List<Dsn> reset = system.resetChanged(lease, DATA_SETS);

      for (Commit c : commits) {
        if (c.submitted() > thawed && c.acknowledged() < beforeReset) {
          assertThat(reset).as("%s updated after the point in time", c.dsn())
              .doesNotContain(c.dsn());
          assertThat(world.catalog.get(c.dsn()).changed()).as("%s", c.dsn()).isTrue();
        }
      }
    }
  }
}
