package io.bwo.segment;

import static io.bwo.segment.TestWorld.dsn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.catalog.AtomicWrite;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an offline utility (a RESTORE) does to a data set while its segment is OFFLINE, replacing
 * its file by a rename and its catalog entry, is what the segment system sees once the segment is
 * ONLINE again: no handle or entry from before survives the OFFLINE period.
 */
class OfflineReplacementTest {
  private static final Dsn A = dsn("APP.A");
  private static final SegmentName SEGA = SegmentName.parse("SEGA");

  @TempDir Path root;

  @Test
  void dataSetReplacedWhileItsSegmentWasOfflineIsSeenOnceOnline() throws Exception {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + A);
    world.catalog.putSegment(new SegmentDefinition(SEGA, SegmentStatus.OFFLINE));
    try (SegmentSystem system = world.open(Clock.systemUTC())) {
      // Refused, but the attempt is what used to open (and keep) the data set's file.
      assertThatThrownBy(() -> system.readCi(A, 0)).isInstanceOfSatisfying(BwoException.class,
          e -> assertThat(e.message().id()).isEqualTo(Msg.BWO208E));

      replaceWhileOffline(world, 8, (byte) 7);
      system.online(SEGA);

      assertThat(system.readCi(A, 7)).containsOnly(7);
      system.commit(List.of(new Update.AddLong(A, 7 * 512, 1)));
      assertThat(TestWorld.account(system, A, 7 * 512)).isEqualTo(0x0707070707070708L);
    }
    assertThat(Files.readAllBytes(world.catalog.dataFile(A))).hasSize(8 * 512);
  }

  @Test
  void segmentTakenOfflineAndBackSeesTheReplacement() throws Exception {
    TestWorld world = new TestWorld(root, 4, "SEGA:" + A);
    try (SegmentSystem system = world.open(Clock.systemUTC())) {
      system.commit(List.of(new Update.AddLong(A, 0, 5)));
      system.offline(SEGA);
      replaceWhileOffline(world, 4, (byte) 1);
      system.online(SEGA);
      assertThat(system.readCi(A, 0)).containsOnly(1);
    }
  }

  /** Writes a new file of {@code cis} CIs of {@code fill} and renames it over the data set's. */
  private static void replaceWhileOffline(TestWorld world, long cis, byte fill) throws Exception {
    byte[] data = new byte[(int) cis * TestWorld.CI_SIZE];
    Arrays.fill(data, fill);
    Path file = world.catalog.dataFile(A);
    Path tmp = file.resolveSibling("replacement");
    Files.write(tmp, data);
    AtomicWrite.publish(tmp, file);
    CatalogEntry e = world.catalog.get(A);
    world.catalog.put(CatalogEntry.linear(A, e.segment(), e.ciSize(), cis, true, TestWorld.T0));
  }
}
