package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Dsn;
import io.bwo.journal.Leftover;
import io.bwo.journal.RunPhase;
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

  @Test
  void theDumpOutputIsOpenedForTheSizeOfTheDataSetsItWillHold() {
    int rc = world.dss(DssOptions.defaults(), List.of(), PhaseObserver.NONE,
        " DUMP DATASET(INCLUDE(OSB.SEGA.**)) OUTDDNAME(TAPE) CONCURRENT");
    assertThat(rc).isZero();
    // Two data sets of 16 CIs: the platform chooses how to write by it (DirectIo.forDump).
    assertThat(world.platform.lastDumpDataBytes()).isEqualTo(2L * 16 * DumpWorld.CI_SIZE);
  }

  /** A phase the journal was asked to record, and when. */
  private record Recorded(RunPhase phase, String detail, List<Leftover> acquiring, long at) {}

  @Test
  void theSessionsAreJournaledInOneLineAfterTheThaw() {
    List<Recorded> journal = new CopyOnWriteArrayList<>();
    int rc = world.dss(DssOptions.defaults(), List.of(), (phase, detail, acquiring) ->
            journal.add(new Recorded(phase, detail, acquiring, System.nanoTime())),
        " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) CONCURRENT NOTIFYCONCURRENT");
    assertThat(rc).isZero();
    List<Recorded> notified =
        journal.stream().filter(r -> r.phase() == RunPhase.NOTIFIED).toList();
    assertThat(notified).as("one forced line for every session, not one per data set")
        .hasSize(1);
    Recorded line = notified.get(0);
    assertThat(line.detail()).isEqualTo("3 DATA SETS");
    assertThat(line.acquiring()).filteredOn(Leftover.CopySession.class::isInstance)
        .extracting(l -> ((Leftover.CopySession) l).dsn())
        .containsExactly("OSB.SEGA.PAGE01", "OSB.SEGA.PAGE02", "OSB.SEGB.PAGE01");
    assertThat(line.acquiring()).filteredOn(Leftover.SideFile.class::isInstance).hasSize(3);
    assertThat(line.at()).as("written after UNFREEZE, outside the window")
        .isGreaterThan(world.system().unfreezeCalled());
  }
}
