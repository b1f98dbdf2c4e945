package io.bwo.segment;

import static io.bwo.segment.TestWorld.dsn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.copy.CopySession;
import io.bwo.copy.PointInTimeReader;
import io.bwo.copy.PreservedCis;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Concurrent copy through the segment system: the image a point-in-time reader returns is the
 * content at the freeze, exactly, whatever the writers do while it reads (invariant I1).
 */
class ConcurrentCopyTest {
  private static final Dsn A = dsn("APP.A");
  private static final Dsn B = dsn("APP.B");
  private static final Duration MINUTE = Duration.ofMinutes(1);

  @Property(tries = 15)
  void imageEqualsContentAtEstablishWhileWritersHammer(
      @ForAll @IntRange(min = 1, max = 120) int cis,
      @ForAll @IntRange(min = 1, max = 40) int chunkCis,
      @ForAll @IntRange(min = 1, max = 3) int writers,
      @ForAll boolean viaServer,
      @ForAll long seed)
      throws Exception {
    Path root = Files.createTempDirectory("bwo-cc");
    ExecutorService pool = Executors.newFixedThreadPool(writers);
    AtomicBoolean stop = new AtomicBoolean();
    TestWorld world = new TestWorld(root, cis, "SEGA:" + A, "SEGA:" + B);
    SegmentServer server =
        viaServer ? SegmentServer.start(world.catalog, Clock.systemUTC(), m -> {}) : null;
    try (SegmentSystem system = viaServer
        ? SegmentSystems.server(world.catalog).orElseThrow()
        : world.open(Clock.systemUTC())) {
      Random random = new Random(seed);
      for (Dsn d : List.of(A, B)) {
        List<Update> fill = new ArrayList<>();
        for (int ci = 0; ci < cis; ci++) {
          fill.add(new Update.WriteCi(d, ci, randomCi(random)));
        }
        system.commit(fill);
      }
      AtomicLong commits = new AtomicLong();
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < writers; w++) {
        Random r = new Random(seed + w + 1);
        running.add(pool.submit(() -> {
          while (!stop.get()) {
            system.commit(randomTransaction(r, cis));
            commits.incrementAndGet();
          }
          return null;
        }));
      }
      TestWorld.eventually(() -> commits.get() > 5, MINUTE);

      FreezeLease lease = system.freeze("DUMP", MINUTE);
      byte[] expectedA = content(system, A, cis);
      byte[] expectedB = content(system, B, cis);
      CopySession sessionA = system.establishCopy(lease, A);
      CopySession sessionB = system.establishCopy(lease, B);
      system.unfreeze(lease);
      long atThaw = commits.get();
      TestWorld.eventually(() -> commits.get() > atThaw + 10, MINUTE);

      assertThat(image(system, sessionA, root, chunkCis)).isEqualTo(expectedA);
      assertThat(image(system, sessionB, root, chunkCis)).isEqualTo(expectedB);
      assertThat(Files.size(sessionA.sideFile())).isLessThanOrEqualTo(sessionA.sizeBytes());
      system.endCopy(sessionA);
      system.endCopy(sessionB);
      assertThat(sessionA.sideFile()).doesNotExist();
      assertThat(sessionB.sideFile()).doesNotExist();
      assertThat(system.status().sessions()).isEmpty();
      stop.set(true);
      for (Future<?> f : running) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      stop.set(true);
      pool.shutdownNow();
      if (server != null) {
        server.close();
      }
      PathUtils.deleteDirectory(root);
    }
  }

  @Test
  void copiedRangeIsNoLongerPreserved(@TempDir Path root) {
    try (SegmentSystem system = new TestWorld(root, 8, "SEGA:" + A).open(Clock.systemUTC())) {
      FreezeLease lease = system.freeze("DUMP", MINUTE);
      CopySession session = system.establishCopy(lease, A);
      system.unfreeze(lease);

      system.commit(List.of(new Update.AddLong(A, 0, 1), new Update.AddLong(A, 8, 1)));
      PreservedCis first = system.completeRange(session, 0, 4);
      assertThat(first.images()).containsExactly(new PreservedCis.Image(0, 0));

      system.commit(List.of(new Update.AddLong(A, 8, 1), new Update.AddLong(A, 5 * 512, 1)));
      PreservedCis rest = system.completeRange(session, 4, 4);
      assertThat(rest.images()).containsExactly(new PreservedCis.Image(5, 512));
      system.commit(List.of(new Update.AddLong(A, 6 * 512, 1)));
      assertThat(session.sideFile()).hasSize(2 * 512);

      assertThatThrownBy(() -> system.completeRange(session, 3, 2))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO303E));
      system.endCopy(session);
      assertThatThrownBy(() -> system.endCopy(session))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO302E));
    }
  }

  @Test
  void sessionIsEstablishedOnlyUnderItsFreeze(@TempDir Path root) {
    try (SegmentSystem system = new TestWorld(root, 8, "SEGA:" + A).open(Clock.systemUTC())) {
      FreezeLease lease = system.freeze("DUMP", MINUTE);
      FreezeLease stranger = new FreezeLease("DUMP", "not-the-token", lease.expires());
      assertThatThrownBy(() -> system.establishCopy(stranger, A))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO210E));
      system.unfreeze(lease);
      assertThatThrownBy(() -> system.establishCopy(lease, A))
          .isInstanceOfSatisfying(BwoException.class,
              e -> assertThat(e.message().id()).isEqualTo(Msg.BWO210E));
    }
  }

  @Test
  void closingTheSystemEndsSessionsAndDeletesSideFiles(@TempDir Path root) {
    TestWorld world = new TestWorld(root, 8, "SEGA:" + A);
    CopySession session;
    try (SegmentSystem system = world.open(Clock.systemUTC())) {
      FreezeLease lease = system.freeze("DUMP", MINUTE);
      session = system.establishCopy(lease, A);
      system.unfreeze(lease);
      system.commit(List.of(new Update.AddLong(A, 0, 1)));
      assertThat(system.status().sessions()).containsExactly(session);
      assertThat(session.sideFile()).exists();
    }
    assertThat(session.sideFile()).doesNotExist();
    assertThat(world.issued(Msg.BWO305W)).isTrue();
  }

  private static byte[] image(SegmentSystem system, CopySession s, Path root, int chunkCis) {
    ByteBuffer all = ByteBuffer.allocate((int) s.sizeBytes());
    ByteBuffer chunk = ByteBuffer.allocate(chunkCis * s.ciSize());
    try (PointInTimeReader reader = new PointInTimeReader(system, s,
        root.resolve("data").resolve(s.dsn().name() + ".data"))) {
      long ci = 0;
      for (int n = reader.read(ci, chunk.clear()); n > 0; n = reader.read(ci, chunk.clear())) {
        all.put(chunk.flip());
        ci += n;
        Thread.yield();
      }
    }
    return all.array();
  }

  private static byte[] content(SegmentSystem system, Dsn dsn, int cis) {
    ByteBuffer all = ByteBuffer.allocate(cis * TestWorld.CI_SIZE);
    for (int ci = 0; ci < cis; ci++) {
      all.put(system.readCi(dsn, ci));
    }
    return all.array();
  }

  private static List<Update> randomTransaction(Random r, int cis) {
    List<Update> t = new ArrayList<>();
    for (int i = 1 + r.nextInt(3); i > 0; i--) {
      Dsn d = r.nextBoolean() ? A : B;
      int ci = r.nextInt(cis);
      t.add(r.nextBoolean()
          ? new Update.WriteCi(d, ci, randomCi(r))
          : new Update.AddLong(d, (long) ci * TestWorld.CI_SIZE + 8L * r.nextInt(64),
              r.nextInt(1000)));
    }
    return t;
  }

  @Test
  void theRehearsedCopyOnWritePreservesTheFirstCiAndChangesNothing(@TempDir Path root)
      throws Exception {
    TestWorld world = new TestWorld(root, 8, "SEGA:" + A);
    try (EmbeddedSegmentSystem system = world.open(Clock.systemUTC())) {
      byte[] first = randomCi(new Random(7));
      system.commit(List.of(new Update.WriteCi(A, 0, first)));
      CatalogEntry entry = world.catalog.get(A);
      FreezeLease lease = system.freeze("BWO-REHEARSAL", MINUTE);
      CopySession session = system.establishCopy(lease, A);
      system.unfreeze(lease);

      system.rehearseCopyOnWrite(A);

      PreservedCis preserved = system.completeRange(session, 0, 8);
      assertThat(preserved.images()).extracting(PreservedCis.Image::ci).containsExactly(0L);
      byte[] side = Files.readAllBytes(session.sideFile());
      long at = preserved.images().get(0).sideFileOffset();
      assertThat(Arrays.copyOfRange(side, (int) at, (int) at + TestWorld.CI_SIZE))
          .as("the image preserved is the CI as it is").isEqualTo(first);
      assertThat(system.readCi(A, 0)).isEqualTo(first);
      assertThat(world.catalog.get(A)).as("the catalog entry untouched").isEqualTo(entry);
      system.endCopy(session);
      assertThat(session.sideFile()).doesNotExist();
    }
  }

  private static byte[] randomCi(Random r) {
    byte[] b = new byte[TestWorld.CI_SIZE];
    r.nextBytes(b);
    // Small values, so adding to them never overflows.
    for (int i = 0; i < b.length; i += 8) {
      b[i] = 0;
    }
    return b;
  }

}
