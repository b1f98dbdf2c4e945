package io.bwo.dss;

import static io.bwo.dss.RestoreWorld.snapshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import io.bwo.journal.Attempt;
import io.bwo.journal.Leftover;
import io.bwo.journal.RunId;
import io.bwo.journal.RunJournal;
import io.bwo.segment.SegmentSystem;
import io.bwo.segment.SegmentSystems;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A restore killed at any step leaves every target as it was or fully restored, once the next
 * restore has cleaned up. A kill is simulated at each step the {@link RestoreProbe} sees: the
 * catalog is copied as it stands on disk at that moment (what a kill would leave), then the
 * restore is stopped. The target catalog:
 *
 * <pre>
 *   dst/   SEG1 OFFLINE   OSB.SEG1.PAGE01  8 CIs of accounts (the dump has it with 32)
 *          (OSB.SEG1.PAGE02 and OSB.SEG2.PAGE01, and segment SEG2, do not exist yet)
 * </pre>
 */
class RestoreKillTest {
  private static final String[] RESTORE = {" RESTORE DS(INC(**)) IDD(TAPE) REPLACE"};
  private static final String[] NOTHING = {" RESTORE DS(INC(NO.SUCH)) IDD(TAPE)"};

  @TempDir Path dir;

  /** What the probe throws to stop a restore where a kill would. */
  private static final class Killed extends RuntimeException {
    private static final long serialVersionUID = 1L;
  }

  @Test
  void aRestoreKilledAtAnyStepLeavesEachTargetAsItWasOrRestored() throws IOException {
    RestoreWorld w = new RestoreWorld(dir);
    Map<Dsn, RestoreWorld.Snapshot> dumped = snapshot(w.dumpedSource());
    Catalog initial = w.catalog("initial", SegmentStatus.ONLINE, 50, 9, "SEG1:OSB.SEG1.PAGE01:8");
    initial.putSegment(new SegmentDefinition(SegmentName.parse("SEG1"), SegmentStatus.OFFLINE));
    Map<Dsn, RestoreWorld.Snapshot> before = snapshot(initial);
    List<RestoreProbe.Step> steps = stepsOfAWholeRestore(w, initial);
    assertThat(steps).contains(RestoreProbe.Step.values()).hasSize(3 * 8);

    for (int k = 0; k < steps.size(); k++) {
      String at = "killed at step " + k + " (" + steps.get(k) + ")";
      Catalog run = copy(initial.root(), dir.resolve("run" + k));
      Path killedAt = dir.resolve("killed" + k);
      int kill = k;
      int[] seen = {0};
      try (SegmentSystem system = SegmentSystems.connect(run, w.clock)) {
        assertThatThrownBy(() -> w.restoreTask(run, system, (step, dsn) -> {
          if (seen[0]++ == kill) {
            copy(run.root(), killedAt);
            throw new Killed();
          }
        }, RESTORE)).as(at).isInstanceOf(Killed.class);
      }
      Catalog killed = Catalog.open(killedAt);
      boolean debris = !RestoreWorld.leftovers(killed).isEmpty();
      // On disk, a target is as it was, or restored, or committed: its intent is in the journal.
      Map<Dsn, RestoreWorld.Snapshot> raw = snapshot(killed);
      for (Dsn d : dumped.keySet()) {
        if (raw.get(d) != null && !raw.get(d).equals(before.get(d))
            && !raw.get(d).equals(dumped.get(d))) {
          assertThat(RestoreJournal.intended(killed)).as(at).contains(d);
        }
      }
      try (SegmentSystem system = SegmentSystems.connect(killed, w.clock)) {
        assertThat(w.restoreTask(killed, system, RestoreProbe.NONE, NOTHING)).as(at).isEqualTo(4);
        Map<Dsn, RestoreWorld.Snapshot> after = snapshot(killed);
        for (Dsn d : dumped.keySet()) {
          assertThat(after.get(d)).as(at + ": " + d).isIn(before.get(d), dumped.get(d));
        }
        assertThat(RestoreWorld.leftovers(killed)).as(at).isEmpty();
        assertThat(w.ids().contains("BWO817I")).as(at).isEqualTo(debris);

        assertThat(w.restoreTask(killed, system, RestoreProbe.NONE, RESTORE)).as(at).isZero();
      }
      assertThat(snapshot(killed)).as(at).isEqualTo(dumped);
      // Transfers cross data sets: the accounts add up over the whole restored set only.
      assertThat(RestoreWorld.invariantHolds(killed)).as(at).isTrue();
    }
  }

  /**
   * A run killed while its RESTORE stages: the journal lists the staging as a leftover (so
   * {@code bwo status} shows it), and a re-run of the run settles it even when its deck reaches
   * no RESTORE. Found by the deck soak: the staged files were journaled nowhere, the status
   * listed nothing, and only a later RESTORE on the catalog removed them.
   */
  @Test
  void aRunKilledWhileItsRestoreStagesIsCleanedUpByItsReRun() {
    RestoreWorld w = new RestoreWorld(dir);
    w.dumpedSource();
    Catalog initial = w.catalog("initial", SegmentStatus.OFFLINE, 0, 0, "SEG1:OSB.SEG1.PAGE01:8");
    Map<Dsn, RestoreWorld.Snapshot> before = snapshot(initial);
    RunId id = RunId.parse("REST1");
    Attempt first = RunJournal.open(initial).begin(id, RunJournal.localNode(), "first");
    Path killedAt = dir.resolve("killed");
    try (SegmentSystem system = SegmentSystems.connect(initial, w.clock)) {
      assertThatThrownBy(() -> w.restoreTask(initial, system, new AttemptObserver(first),
          (step, dsn) -> {
            if (step == RestoreProbe.Step.STAGED) {
              copy(initial.root(), killedAt);
              throw new Killed();
            }
          }, RESTORE)).isInstanceOf(Killed.class);
    } finally {
      first.close();
    }
    Catalog killed = Catalog.open(killedAt);
    RunJournal journal = RunJournal.open(killed);
    assertThat(RestoreWorld.leftovers(killed)).isNotEmpty();
    assertThat(journal.status(id).attempts()).singleElement()
        .satisfies(a -> assertThat(a.leftovers())
            .containsExactly(new Leftover.RestoreStaging(
                initial.root().toAbsolutePath().toString())));

    w.platform.dumpDd("TAPE2", dir.resolve("other.bwo"));
    // SEG1 is OFFLINE: this DUMP fails (BWO501E), and no RESTORE runs in the re-run.
    assertThat(w.dss(killed, journal, "REST1", " DUMP DS(INC(OSB.**)) ODD(TAPE2) CC"))
        .isEqualTo(8);

    assertThat(w.ids()).contains("BWO606W", "BWO817I", "BWO519I", "BWO501E");
    assertThat(RestoreWorld.leftovers(killed)).isEmpty();
    assertThat(snapshot(killed)).isEqualTo(before);
    assertThat(journal.status(id).attempts()).last()
        .satisfies(a -> assertThat(a.leftovers()).isEmpty());
  }

  /** The steps a restore that is not killed goes through, run on a copy of {@code initial}. */
  private static List<RestoreProbe.Step> stepsOfAWholeRestore(RestoreWorld w, Catalog initial) {
    Catalog c = copy(initial.root(), w.dir.resolve("whole"));
    List<RestoreProbe.Step> steps = new ArrayList<>();
    try (SegmentSystem system = SegmentSystems.connect(c, w.clock)) {
      assertThat(w.restoreTask(c, system, (step, dsn) -> steps.add(step), RESTORE)).isZero();
    }
    return steps;
  }

  /** A copy of the catalog at {@code from}, file by file, as it stands. */
  private static Catalog copy(Path from, Path to) {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path q = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(q);
        } else if (!p.getFileName().toString().endsWith(".sock")) {
          Files.copy(p, q);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Catalog.open(to);
  }
}
