package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Dsn;
import io.bwo.journal.RunPhase;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import io.bwo.segment.FreezeLease;
import io.bwo.segment.LeaseInfo;
import io.bwo.segment.SystemState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever fails, the step does not leave the system frozen: after each failure path the system
 * is RUNNING, holds no lease, no copy session and no side file, and a transaction goes through.
 * Each path also ends with the return code and messages DFSMSdss would give.
 *
 * <pre>
 *   SEGA: OSB.SEGA.PAGE01  OSB.SEGA.PAGE02
 *   SEGB: OSB.SEGB.PAGE01  OSB.SEGB.INDEX01
 * </pre>
 */
class NeverLeftFrozenTest {
  private static final Dsn SEGB_INDEX = Dsn.parse("OSB.SEGB.INDEX01");
  private static final String[] REQUIRED_DECK = {
    " DUMP DATASET(INCLUDE(**)) OUTDDNAME(TAPE) -",
    "      CONCURRENT(REQUIRED) NOTIFYCONCURRENT"
  };

  @TempDir Path dir;
  private DumpWorld world;

  @BeforeEach
  void world() {
    world = new DumpWorld(dir, 64, "SEGA:OSB.SEGA.PAGE01", "SEGA:OSB.SEGA.PAGE02",
        "SEGB:OSB.SEGB.PAGE01", "SEGB:" + SEGB_INDEX);
  }

  @AfterEach
  void close() {
    world.close();
  }

  @Test
  void offlineSegmentEndsTheTaskBeforeAnyFreeze() {
    world.offline("SEGB").start(1);

    int rc = world.dss(DumpWorld.BWO_DECK);

    assertThat(rc).isEqualTo(8);
    assertThat(world.messages("BWO501E")).hasSize(2).allMatch(l -> l.contains("SEGMENT SEGB"));
    assertThat(world.system().freezes()).isZero();
    assertThat(world.platform.dumpOutputsOpened()).isZero();
    assertNothingPublished();
    world.assertThawed();
  }

  @Test
  void aStopAskedBeforeFreezeEndsTheStepWithoutFreezing() {
    world.start(2);
    PhaseObserver stopAtFrozen = (phase, detail, acquiring) -> {
      if (phase == RunPhase.FROZEN) {
        world.platform.console().orElseThrow().stop(); // P jobname, as a signal's hook does
      }
    };

    int rc = world.dss(DssOptions.defaults(), List.of(), stopAtFrozen, DumpWorld.BWO_DECK);

    assertThat(rc).as(listing()).isEqualTo(8);
    assertThat(world.system().freezes()).isZero();
    assertThat(world.messages("ADR734I")).isEmpty();
    assertThat(world.messages("BWO514E")).isNotEmpty();
    assertNothingPublished();
    world.assertThawed();
  }

  @Test
  void concurrentStandardDumpsWithStandardIoUnderTheFreezeAndSaysItWasCoded() {
    world.start(2);

    int rc = world.dss(" DUMP DS(INC(**)) ODD(TAPE) CONCURRENT(STANDARD)");

    assertThat(rc).as(listing()).isEqualTo(4);
    assertThat(world.messages("ADR734I")).isEmpty();
    assertThat(world.messages("BWO510W")).singleElement().asString()
        .contains("CONCURRENT(STANDARD) WAS SPECIFIED: THE FREEZE WAS HELD FOR THE WHOLE DUMP");
    assertThat(world.dumped()).containsOnlyKeys(world.contents().keySet());
    world.assertThawed();
  }

  @Test
  void sessionFailureWithConcurrentPreferredDumpsTheDataSetUnserializedWithWarning() {
    world.start(2);
    world.system().refuseCopyOf(SEGB_INDEX);

    int rc = world.dss(DumpWorld.BWO_DECK);

    assertThat(rc).as(listing()).isEqualTo(4);
    assertThat(world.messages("ADR735W")).singleElement().asString().contains(SEGB_INDEX.name());
    assertThat(world.messages("BWO512W")).singleElement().asString().contains(SEGB_INDEX.name());
    assertThat(world.messages("BWO503I")).singleElement().asString()
        .contains("AFTER 3 OF 4 DATA SETS NOTIFIED");
    assertThat(world.dumped()).containsOnlyKeys(world.contents().keySet());
    world.assertThawed();
  }

  @Test
  void sessionFailureWithConcurrentRequiredLeavesTheDataSetOut() {
    world.start(3);
    world.system().refuseCopyOf(SEGB_INDEX);

    int rc = world.dss(REQUIRED_DECK);

    assertThat(rc).as(listing()).isEqualTo(8);
    assertThat(world.messages("BWO509E")).singleElement().asString().contains(SEGB_INDEX.name());
    assertThat(afterLine("ADR455W")).containsExactly(SEGB_INDEX.name());
    assertThat(world.dumped()).hasSize(3).doesNotContainKey(SEGB_INDEX);
    world.assertThawed();
  }

  @Test
  void freezeLimitReachedThawsAndLeavesTheRestOut() {
    world.start(4);
    DssOptions limit200ms = options(Duration.ofMillis(200), Duration.ofSeconds(60));
    NotifyConcurrentListener slowExit = atNotification(1, () -> sleep(300));

    int rc = world.dss(limit200ms, List.of(slowExit), PhaseObserver.NONE, DumpWorld.BWO_DECK);

    assertThat(world.messages("ADR734I")).hasSize(1);
    assertTheRestLeftOutAt200Ms(rc);
  }

  @Test
  void anExitThatDoesNotReturnHoldsTheFreezeNoLongerThanItsLimit() {
    world.start(13);
    DssOptions limit200ms = options(Duration.ofMillis(200), Duration.ofSeconds(60));
    SystemState[] whileTheExitHangs = new SystemState[1];
    NotifyConcurrentListener hungExit = atNotification(1, () -> {
      sleep(800);
      whileTheExitHangs[0] = world.applications().status().state();
      sleep(400);
    });

    int rc = world.dss(limit200ms, List.of(hungExit), PhaseObserver.NONE, DumpWorld.BWO_DECK);

    assertThat(whileTheExitHangs[0]).as("thawed at the limit, the exit still running")
        .isEqualTo(SystemState.RUNNING);
    assertThat(windowMillis(world.messages("BWO503I").get(0))).isBetween(200.0, 800.0);
    assertTheRestLeftOutAt200Ms(rc);
  }

  @Test
  void aWindowsFreezeLeaseIsItsLimitAndAMarginNotTheWholeLease() {
    world.start(14);
    DssOptions limit1s = options(Duration.ofSeconds(1), Duration.ofSeconds(60));
    LeaseInfo[] held = new LeaseInfo[1];
    NotifyConcurrentListener look =
        atNotification(1, () -> held[0] = world.applications().status().lease().orElseThrow());

    int rc = world.dss(limit1s, List.of(look), PhaseObserver.NONE, DumpWorld.BWO_DECK);

    assertThat(rc).as(listing()).isZero();
    assertThat(Duration.between(held[0].acquired(), held[0].expires()))
        .isEqualTo(Duration.ofSeconds(1).plus(DssOptions.WINDOW_MARGIN));
    assertThat(limit1s.windowLease()).isEqualTo(Duration.ofSeconds(3));
    assertThat(options(Duration.ofSeconds(10), Duration.ofSeconds(5)).windowLease())
        .as("never past the lease")
        .isEqualTo(Duration.ofSeconds(5));
    world.assertThawed();
  }

  @Test
  void listenerThatThrowsEndsTheTaskThawed() {
    world.start(5);
    NotifyConcurrentListener failingExit = atNotification(2, () -> {
      throw new IllegalStateException("the exit failed");
    });

    int rc = world.dss(DssOptions.defaults(), List.of(failingExit), PhaseObserver.NONE,
        DumpWorld.BWO_DECK);

    assertThat(rc).as(listing()).isEqualTo(8);
    assertThat(world.messages("BWO507E")).singleElement().asString()
        .contains("IllegalStateException: the exit failed");
    assertThat(afterLine("ADR455W")).hasSize(4);
    assertThat(world.messages("ADR012I")).singleElement().asString().endsWith("CODE IS 0008");
    assertNothingPublished();
    world.assertThawed();
  }

  @Test
  void freezeLeaseRunningOutDuringTheNotificationsLeavesNoSession() {
    world.start(6);
    DssOptions lease1s = options(Duration.ofSeconds(10), Duration.ofSeconds(1));
    NotifyConcurrentListener slowExit = atNotification(1, () -> sleep(1500));

    int rc = world.dss(lease1s, List.of(slowExit), PhaseObserver.NONE, REQUIRED_DECK);

    assertThat(rc).as(listing()).isGreaterThanOrEqualTo(8);
    assertThat(world.events).as("the segment system's messages")
        .anyMatch(m -> m.id() == Msg.BWO204W);
    world.assertThawed();
  }

  @Test
  void journalFailingToRecordTheThawStillThawsAndEndsTheSessions() {
    world.start(11);
    PhaseObserver failingJournal = (phase, detail, acquiring) -> {
      if (phase == RunPhase.UNFROZEN) {
        throw BwoException.of(Msg.BWO012E, "JOURNAL", "NO SPACE LEFT (INJECTED)");
      }
    };

    int rc = world.dss(DssOptions.defaults(), List.of(), failingJournal, DumpWorld.BWO_DECK);

    assertThat(rc).as(listing()).isEqualTo(8);
    assertThat(world.messages("BWO507E")).singleElement().asString().contains("NO SPACE LEFT");
    assertNothingPublished();
    world.assertThawed();
  }

  @Test
  void dumpWithoutConcurrentFailingMidCopyThaws() {
    world.start(12);
    world.platform.hook((dd, written, length) -> {
      assertThat(world.applications().status().state()).isEqualTo(SystemState.FROZEN);
      if (written > 0) {
        throw new IOException("TAPE I/O ERROR (INJECTED)");
      }
    });

    int rc = world.dss(" DUMP DATASET(INCLUDE(**)) OUTDDNAME(TAPE)");

    assertThat(rc).as(listing()).isEqualTo(8);
    assertThat(world.messages("BWO510W")).hasSize(1);
    assertThat(world.messages("BWO507E")).singleElement().asString().contains("BWO406E");
    assertNothingPublished();
    world.assertThawed();
  }

  @Test
  void aDumpFrozenThroughoutKeepsItsFreezeWhileItsCopyOutlastsTheLease() {
    world.close();
    world = new DumpWorld(dir.resolve("big"), 4096, "SEGA:OSB.SEGA.PAGE01",
        "SEGA:OSB.SEGA.PAGE02", "SEGB:OSB.SEGB.PAGE01", "SEGB:" + SEGB_INDEX);
    world.start(15);
    long[] firstAndLast = new long[2];
    // A slow tape: the copy outlasts its lease three times over, moving all the while.
    world.platform.hook((dd, written, length) -> {
      firstAndLast[1] = System.nanoTime();
      if (firstAndLast[0] == 0) {
        firstAndLast[0] = firstAndLast[1];
      }
      sleep(10);
    });
    Duration lease = Duration.ofMillis(400);

    int rc = world.dss(options(Duration.ofSeconds(10), lease), List.of(), PhaseObserver.NONE,
        " DUMP DATASET(INCLUDE(**)) OUTDDNAME(TAPE)");

    assertThat(Duration.ofNanos(firstAndLast[1] - firstAndLast[0])).isGreaterThan(
        lease.multipliedBy(3));
    assertThat(rc).as(listing()).isEqualTo(4);
    assertThat(world.messages("BWO510W")).singleElement().asString()
        .contains("THE FREEZE WAS HELD FOR THE WHOLE DUMP");
    assertThat(world.system().renewals()).isPositive();
    assertThat(world.events).noneMatch(m -> m.id() == Msg.BWO204W);
    assertThat(world.dumped()).containsOnlyKeys(world.contents().keySet());
    world.assertThawed();
  }

  @Test
  void aDumpFrozenThroughoutWhoseCopyStopsMovingLosesItsFreezeWithinALease() {
    world.start(16);
    int[] writes = {0};
    // A tape that hangs: nothing moves for three leases.
    world.platform.hook((dd, written, length) -> {
      if (++writes[0] == 2) {
        sleep(1200);
      }
    });

    int rc = world.dss(options(Duration.ofSeconds(10), Duration.ofMillis(400)), List.of(),
        PhaseObserver.NONE, " DUMP DATASET(INCLUDE(**)) OUTDDNAME(TAPE)");

    assertThat(rc).as(listing()).isEqualTo(8);
    assertThat(world.events).as("thawed by the segment system while the copy hung")
        .anyMatch(m -> m.id() == Msg.BWO204W);
    assertThat(world.messages("BWO507E")).singleElement().asString().contains("BWO210E");
    assertNothingPublished();
    world.assertThawed();
  }

  @Test
  void dumpToAnUnallocatedDdFreezesNothing() {
    world.start(7);

    int rc = world.dss(" DUMP DATASET(INCLUDE(**)) OUTDDNAME(NOSUCH) CONCURRENT NOTIFYCC");

    assertThat(rc).as(listing()).isEqualTo(8);
    assertThat(world.messages("BWO507E")).singleElement().asString().contains("NOSUCH");
    assertThat(world.system().freezes()).isZero();
    world.assertThawed();
  }

  @Test
  void operatorUnfreezeInTheMiddleOfTheNotificationsLeavesTheRestOut() {
    world.start(8);
    NotifyConcurrentListener operatorAtTheConsole =
        atNotification(2, () -> world.platform.console().orElseThrow().modify("unfreeze"));

    int rc = world.dss(DssOptions.defaults(), List.of(operatorAtTheConsole), PhaseObserver.NONE,
        DumpWorld.BWO_DECK);

    assertThat(rc).as(listing()).isEqualTo(8);
    assertThat(world.messages("BWO513I")).singleElement().asString()
        .contains("UNFREEZE: THE SYSTEM IS THAWED");
    assertThat(world.messages("BWO509E")).hasSize(2)
        .allMatch(l -> l.contains("THE SYSTEM WAS THAWED BEFORE ITS SESSION WAS ESTABLISHED"));
    assertThat(world.dumped()).hasSize(2);
    assertThat(afterLine("ADR455W")).hasSize(2);
    world.assertThawed();
  }

  @Test
  void operatorStopDuringTheFreezeEndsTheStepHalted() {
    world.start(9);
    NotifyConcurrentListener operatorAtTheConsole =
        atNotification(1, () -> world.platform.console().orElseThrow().stop());

    int rc = world.dss(DssOptions.defaults(), List.of(operatorAtTheConsole), PhaseObserver.NONE,
        DumpWorld.BWO_DECK);

    assertThat(rc).as(listing()).isEqualTo(8);
    assertThat(world.messages("BWO514E")).isNotEmpty();
    assertThat(world.messages("ADR006I")).last().asString().contains("HALTED");
    assertNothingPublished();
    world.assertThawed();
  }

  @Test
  void freezeHeldBySomeoneElseFailsTheDumpAndIsLeftToItsHolder() {
    world.start(10);
    FreezeLease operators = world.system().freeze("OPERATOR", Duration.ofMinutes(1));

    int rc = world.dss(DumpWorld.BWO_DECK);

    assertThat(rc).as(listing()).isEqualTo(8);
    assertThat(world.messages("BWO507E")).singleElement().asString().contains("BWO207E");
    assertThat(world.system().status().lease()).map(LeaseInfo::holder).contains("OPERATOR");
    assertNothingPublished();
    world.system().unfreeze(operators);
    world.assertThawed();
  }

  /**
   * The step ended RC 8, the first of the 4 data sets notified and dumped, the 3 others left out
   * at the 200 ms freeze limit, and the system thawed.
   */
  private void assertTheRestLeftOutAt200Ms(int rc) {
    assertThat(rc).as(listing()).isEqualTo(8);
    assertThat(world.messages("BWO509E")).hasSize(3)
        .allMatch(l -> l.contains("THE FREEZE LIMIT OF 200 MS WAS REACHED"));
    assertThat(world.messages("BWO503I")).singleElement().asString()
        .contains("AFTER 1 OF 4 DATA SETS NOTIFIED");
    assertThat(world.dumped()).hasSize(1);
    world.assertThawed();
  }

  /** The default options with freeze limit {@code limit} and lease {@code lease}. */
  private static DssOptions options(Duration limit, Duration lease) {
    return new DssOptions(ExecParm.NONE, Optional.empty(), limit, lease, 4);
  }

  /** A NotifyCC exit that runs {@code action} at the {@code index}-th notification only. */
  private static NotifyConcurrentListener atNotification(int index, Runnable action) {
    return n -> {
      if (n.index() == index) {
        action.run();
      }
      return 0;
    };
  }

  private void assertNothingPublished() {
    assertThat(world.dumpFile).doesNotExist();
    assertThat(FakePlatform.temporary(world.dumpFile)).doesNotExist();
  }

  /** The DSNs listed under the first line with message {@code id}. */
  private List<String> afterLine(String id) {
    List<String> listing = world.listing();
    int at = 0;
    while (!listing.get(at).startsWith(id + " ")) {
      at++;
    }
    return listing.subList(at + 1, listing.size()).stream()
        .takeWhile(l -> l.startsWith("    "))
        .map(String::strip)
        .toList();
  }

  /** The freeze window BWO503I gives, in milliseconds. */
  private static double windowMillis(String bwo503i) {
    Matcher m = Pattern.compile("FREEZE WINDOW ([0-9.]+) MS").matcher(bwo503i);
    assertThat(m.find()).as(bwo503i).isTrue();
    return Double.parseDouble(m.group(1));
  }

  private String listing() {
    return "listing:\n" + String.join("\n", world.listing());
  }

  private static void sleep(long millis) {
    try {
      TimeUnit.MILLISECONDS.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
