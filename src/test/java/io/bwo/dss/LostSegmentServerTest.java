package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.CatalogEntry;
import io.bwo.journal.AttemptHistory;
import io.bwo.journal.Leftover;
import io.bwo.journal.RunId;
import io.bwo.journal.RunJournal;
import io.bwo.journal.RunPhase;
import io.bwo.segment.Update;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dump that loses its segment server mid-copy cannot end its concurrent copy sessions, and its
 * deck may mask the failure so that the run succeeds. A re-run of a run that succeeded does
 * nothing, so the journal must not keep listing side files that are gone: the dss deletes what
 * the sessions left itself and records it released, and a side file it cannot delete stays
 * listed. Found by the deck soak (finding 2 of bench/results/soak-decks/soak-2026-12-05.txt:
 * {@code bwo status} listed, for ever, side files the restarted server had deleted). The world:
 *
 * <pre>
 *   SEGA  OSB.SEGA.PAGE01  16 CIs    the step loses its segment system right after the thaw,
 *   SEGB  OSB.SEGB.PAGE01  16 CIs    once the applications have overwritten CI 0 of each
 * </pre>
 */
class LostSegmentServerTest {
  private static final String[] WORLD = {"SEGA:OSB.SEGA.PAGE01", "SEGB:OSB.SEGB.PAGE01"};
  /** A dump whose failure the deck masks: the run is recorded SUCCEEDED. */
  private static final String[] MASKED = {
    " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) CONCURRENT",
    " IF LASTCC >= 8 THEN SET MAXCC = 0"
  };

  @TempDir Path dir;

  @Test
  void aRunThatMasksItsKilledServerLeavesNoSideFileAndListsNone() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(1);
      List<Path> left = new ArrayList<>();

      // Killed: its sessions' side files stay until a server starts again.
      int rc = run(world, "KILLED", () -> {
        left.addAll(world.sideFiles());
        world.system().lose();
      });

      assertThat(rc).as(String.join("\n", world.listing())).isZero();
      assertThat(world.messages("BWO507E")).singleElement().asString().contains("BWO219E");
      assertThat(left).as("side files when the server was killed").hasSize(2);
      assertThat(attempt(world, "KILLED").ending()).contains(RunPhase.SUCCEEDED);
      assertThat(attempt(world, "KILLED").leftovers()).isEmpty();
      assertThat(world.sideFiles()).as("side files the step left").isEmpty();
    }
  }

  @Test
  void aRunThatMasksItsStoppedServerListsNoSideFileThatIsGone() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(2, true);

      // Stopped, as a restarted one would have: the server deletes its sessions' side files.
      int rc = run(world, "STOPPED", world::stopServer);

      assertThat(rc).as(String.join("\n", world.listing())).isZero();
      assertThat(world.messages("BWO507E")).singleElement().asString().contains("BWO219E");
      assertThat(world.sideFiles()).isEmpty();
      assertThat(attempt(world, "STOPPED").ending()).contains(RunPhase.SUCCEEDED);
      assertThat(attempt(world, "STOPPED").leftovers()).isEmpty();
    }
  }

  @Test
  void aSideFileTheStepCannotDeleteStaysListed() throws IOException {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(3);
      Path[] held = new Path[1];

      // Something the step cannot delete stands where one side file was.
      int rc = run(world, "HELD", () -> {
        held[0] = world.sideFiles().get(0);
        try {
          Files.delete(held[0]);
          Files.createDirectories(held[0].resolve("held"));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        world.system().lose();
      });

      try {
        assertThat(rc).as(String.join("\n", world.listing())).isZero();
        assertThat(attempt(world, "HELD").leftovers())
            .filteredOn(l -> l instanceof Leftover.SideFile)
            .containsExactly(new Leftover.SideFile(held[0].toString()));
        assertThat(attempt(world, "HELD").leftovers())
            .filteredOn(l -> l instanceof Leftover.CopySession).hasSize(1);
        assertThat(world.sideFiles()).containsExactly(held[0]);
      } finally {
        // What stood in its place goes, so that the segment system can end its session.
        Files.deleteIfExists(held[0].resolve("held"));
        Files.deleteIfExists(held[0]);
      }
    }
  }

  /**
   * Runs {@link #MASKED} as run {@code runId}, journaled; right after the thaw the applications
   * overwrite CI 0 of every data set (each session saves its old image in its side file), then
   * {@code loss} takes the segment system from the step. Returns the step's RC.
   */
  private static int run(DumpWorld world, String runId, Runnable loss) {
    PhaseObserver loseAfterThaw = (phase, detail, acquiring) -> {
      if (phase == RunPhase.UNFROZEN) {
        for (CatalogEntry e : world.dataSets()) {
          world.applications().commit(List.of(new Update.AddLong(e.dsn(), 0, 1)));
        }
        loss.run();
      }
    };
    world.platform.newStep(List.of(MASKED));
    return Adrdssu.run(new Adrdssu.Run(world.platform, world.catalog, events -> world.system(),
        Clock.systemDefaultZone(), DssOptions.defaults().withRunId(runId), List.of(),
        loseAfterThaw, "BWO TEST", false, Optional.of(RunJournal.open(world.catalog))));
  }

  /** The run's only attempt, as {@code bwo status} shows it. */
  private static AttemptHistory attempt(DumpWorld world, String runId) {
    List<AttemptHistory> attempts =
        RunJournal.open(world.catalog).status(RunId.parse(runId)).attempts();
    assertThat(attempts).hasSize(1);
    return attempts.get(0);
  }
}
