package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Dsn;
import io.bwo.journal.RunPhase;
import io.bwo.platform.YieldingThreads;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * While the applications commit, the copy takes the share of the disk its OPTIMIZE allows and
 * says how long it yielded (BWO525I); with nobody committing, or at OPTIMIZE(4), it does not
 * yield. Either way the dump is the same point-in-time image. The dump's output is told whether
 * they commit as it is opened, before FREEZE (how a small dump is written depends on it), at every
 * OPTIMIZE; and it is asked for writes of 2 MiB at OPTIMIZE(4), of 1 MiB below, which a commit
 * may wait behind. Its copy threads start at a lower priority than the step's; at OPTIMIZE(4)
 * the output's writers keep the step's.
 */
class YieldToCommitsTest {
  /** 2 data sets of 2,048 CIs: 16 MiB, several of the copy's 4 MiB reads each. */
  private static final String[] WORLD = {"SEG1:APP.PAGE.D01", "SEG2:APP.PAGE.D02"};

  private static String[] deck(String optimize) {
    return new String[] {
      " DUMP DATASET(INCLUDE(**)) -",
      "      OUTDDNAME(TAPE) CONCURRENT NOTIFYCONCURRENT" + optimize
    };
  }

  @Test
  void optimize1YieldsToTheApplicationsCommitsAndSaysSo(@TempDir Path dir) {
    Dumped dumped = dumpWhileCommitting(dir, "");
    assertThat(dumped.copyThreads()).as("a copy held to its limit copies on one thread")
        .isEqualTo(1);
    assertThat(dumped.largestReadCis()).as("a chunk of 1 MiB per read")
        .isEqualTo((1 << 20) / DumpWorld.CI_SIZE);
    assertThat(dumped.blockBytes()).as("writes a commit may wait behind").isEqualTo(1 << 20);
    assertThat(dumped.persistedBlockBytes()).as("of those, the ones persisted one by one")
        .isEqualTo(256 << 10);
    assertThat(dumped.atCallersPriority()).as("its writers yield the processors as the copy does")
        .isFalse();
    List<String> yielded = dumped.bwo525i();
    assertThat(yielded).singleElement().asString()
        .matches("BWO525I \\(001\\)-BWOPR\\(01\\), THE COPY YIELDED [1-9][0-9]* MS TO THE APPLICATIONS' COMMITS:"
            + " OPTIMIZE\\(1\\) COPIES AT MOST 128 MIB/S WHILE THEY COMMIT");
  }

  /**
   * OPTIMIZE(1) too, since round 33: told they commit, the platform writes a small dump directly
   * ({@code DirectIo.forDump}).
   */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4})
  void theDumpsOutputIsToldTheApplicationsCommitAtEveryOptimize(int optimize, @TempDir Path dir) {
    assertThat(dumpWhileCommitting(dir, " OPTIMIZE(" + optimize + ")").whileCommitting())
        .contains(true);
  }

  @Test
  void optimize4CopiesAtFullSpeedWhatever(@TempDir Path dir) {
    Dumped dumped = dumpWhileCommitting(dir, " OPTIMIZE(4)");
    assertThat(dumped.bwo525i()).isEmpty();
    assertThat(dumped.copyThreads()).as("a data set per copy thread").isEqualTo(2);
    assertThat(dumped.largestReadCis()).as("4 chunks of 1 MiB per read")
        .isEqualTo((4 << 20) / DumpWorld.CI_SIZE);
    assertThat(dumped.blockBytes()).as("the dump reaches the disk 2 MiB at a time")
        .isEqualTo(2 << 20);
    assertThat(dumped.persistedBlockBytes()).as("persisted one by one too")
        .isEqualTo(2 << 20);
    assertThat(dumped.atCallersPriority())
        .as("its writers hand the disk each block at the step's priority").isTrue();
  }

  /**
   * The copy threads start at a lower priority than the step's (YieldingThreads), at every
   * OPTIMIZE; FREEZE is asked for at the step's own, so the window does not wait for a processor
   * behind anyone.
   */
  @ParameterizedTest
  @ValueSource(strings = {"", " OPTIMIZE(4)"})
  void theCopyGivesTheProcessorsUpToTheCommitsAndTheFreezeDoesNot(String optimize,
      @TempDir Path dir) {
    OptionalInt step = YieldingThreads.currentNice();
    Dumped dumped = dumpWhileCommitting(dir, optimize);
    assertThat(dumped.freezingNices()).containsExactly(step);
    assertThat(dumped.copyNices()).containsExactly(step.isPresent()
        ? OptionalInt.of(Math.max(YieldingThreads.NICE, step.getAsInt()))
        : OptionalInt.empty());
  }

  @Test
  void nobodyCommittingNothingIsHeldBack(@TempDir Path dir) {
    try (DumpWorld world = new DumpWorld(dir, 2048, WORLD)) {
      Map<Dsn, byte[]> initial = world.start(7);
      world.platform.askingWhetherApplicationsCommit();
      world.system().rendezvous(2);
      assertThat(world.dss(deck(""))).isZero();
      assertThat(world.messages("BWO525I")).isEmpty();
      assertThat(world.platform.lastDumpWhileCommitting()).contains(false);
      assertThat(world.system().copyThreads()).as("a data set per copy thread").hasSize(2);
      assertThat(DumpWorld.same(world.dumped(), initial)).isTrue();
    }
  }

  /**
   * What a dump under commits said it yielded (BWO525I), how many threads copied, and the most
   * CIs one read took; what its output was told of the commits, and the write size it was asked
   * for, and the one for the writes it persists one by one, and whether it was asked to write at
   * the step's priority.
   */
  private record Dumped(List<String> bwo525i, int copyThreads, int largestReadCis,
      Optional<Boolean> whileCommitting, int blockBytes, int persistedBlockBytes,
      boolean atCallersPriority, Set<OptionalInt> freezingNices, Set<OptionalInt> copyNices) {}

  /** Dumps the world with the deck's OPTIMIZE while transfers commit. */
  private static Dumped dumpWhileCommitting(Path dir, String optimize) {
    try (DumpWorld world = new DumpWorld(dir, 2048, WORLD)) {
      world.start(11);
      world.platform.askingWhetherApplicationsCommit();
      Transfers apps = new Transfers(world.applications(), world.dataSets(), 2, 11, 200);
      apps.awaitMore(20);
      // The copy knows the applications commit once their log was forced after the dump began
      // (CopyShare.limiting): make sure of it, however fast the step reaches its copy.
      PhaseObserver committedMeanwhile = (phase, detail, acquiring) -> {
        if (phase == RunPhase.FROZEN) {
          apps.awaitMore(20);
        }
      };
      int rc = world.dss(DssOptions.defaults(), List.of(), committedMeanwhile, deck(optimize));
      apps.stop();
      assertThat(apps.failures()).isEmpty();
      assertThat(rc).as("listing:%n%s", String.join("\n", world.listing())).isZero();
      assertThat(world.system().logForces()).as("the applications forced the log").isPositive();
      assertThat(world.dumped().keySet()).hasSize(2);
      world.assertThawed();
      return new Dumped(world.messages("BWO525I"), world.system().copyThreads().size(),
          world.system().largestReadCis(), world.platform.lastDumpWhileCommitting(),
          world.platform.lastDumpBlockBytes(), world.platform.lastDumpPersistedBlockBytes(),
          world.platform.lastDumpAtCallersPriority(),
          world.system().freezingNices(), world.system().copyNices());
    }
  }
}
