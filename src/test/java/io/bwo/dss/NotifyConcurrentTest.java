package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Dsn;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The NotifyCC exit point: a registered listener is called once per data set, in order, while
 * the system is frozen, under NOTIFYCONCURRENT only; ADR734I is issued either way.
 *
 * <pre>
 *   SEGA: OSB.SEGA.PAGE01  OSB.SEGA.PAGE02
 *   SEGB: OSB.SEGB.PAGE01
 * </pre>
 */
class NotifyConcurrentTest {
  @TempDir Path dir;
  private DumpWorld world;
  private final List<ConcurrentCopyNotification> seen = new CopyOnWriteArrayList<>();
  private final NotifyConcurrentListener exit = n -> {
    seen.add(n);
    return 0;
  };

  @BeforeEach
  void world() {
    world = new DumpWorld(dir, 16, "SEGA:OSB.SEGA.PAGE01", "SEGA:OSB.SEGA.PAGE02",
        "SEGB:OSB.SEGB.PAGE01");
    world.start(7);
  }

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void aRegisteredExitIsCalledForEveryDataSetUnderNotifyConcurrent() {
    int rc = world.dss(DssOptions.defaults(), List.of(exit), PhaseObserver.NONE,
        " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) CONCURRENT NOTIFYCONCURRENT");
    assertThat(rc).isZero();
    assertThat(seen).extracting(ConcurrentCopyNotification::dsn).containsExactly(
        Dsn.parse("OSB.SEGA.PAGE01"), Dsn.parse("OSB.SEGA.PAGE02"), Dsn.parse("OSB.SEGB.PAGE01"));
    assertThat(seen).extracting(ConcurrentCopyNotification::index).containsExactly(1, 2, 3);
    assertThat(seen.get(2).last()).isTrue();
    assertThat(world.messages("ADR734I")).hasSize(3);
  }

  @Test
  void withoutNotifyConcurrentTheExitIsNotCalledButAdr734iIsIssued() {
    int rc = world.dss(DssOptions.defaults(), List.of(exit), PhaseObserver.NONE,
        " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) CONCURRENT");
    assertThat(rc).isZero();
    assertThat(seen).isEmpty();
    assertThat(world.messages("ADR734I")).hasSize(3);
  }
}
