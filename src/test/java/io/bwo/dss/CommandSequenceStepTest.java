package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.journal.RunId;
import io.bwo.journal.RunJournal;
import io.bwo.journal.RunPhase;
import io.bwo.journal.RunStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A deck's SET, IF-THEN-ELSE, SERIAL and PARALLEL run against the world's catalog: the step's
 * return code is the final MAXCC, a clause not taken runs no task, and the journal records what
 * the step returns.
 */
class CommandSequenceStepTest {
  private static final String[] WORLD = {"SEGA:OSB.SEGA.PAGE01", "SEGB:OSB.SEGB.PAGE01"};
  /** A dump that runs and succeeds. */
  private static final String GOOD = " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) CONCURRENT";
  /** A dump that ends at task time, RC 8, before any work (BWO515E: DELETE). */
  private static final String FAILING = " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) DELETE";

  @TempDir Path dir;

  @Test
  void aFailedDumpFollowedBySetMaxcc0EndsTheStepWithReturnCode0() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(1);

      int rc = world.dss(FAILING, " SET MAXCC=0");

      assertThat(rc).as(String.join("\n", world.listing())).isZero();
      assertThat(world.messages("ADR013I")).singleElement().asString().endsWith("CODE 0008");
      assertThat(world.messages("ADR015I")).singleElement().asString()
          .startsWith("ADR015I (SCH)-DSSU (01), MAXIMUM CONDITION CODE HAS BEEN RESET FROM 0008"
              + " TO 0000");
      assertThat(world.messages("ADR012I")).singleElement().asString().endsWith("CODE IS 0000");
    }
  }

  @Test
  void eojAfterAFailedDumpRunsNothingMoreAndTheStepEndsWithItsMaxcc() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(11);

      int rc = world.dss(FAILING, " IF MAXCC >= 8 THEN EOJ", GOOD, " SET MAXCC=0");

      assertThat(rc).as(String.join("\n", world.listing())).isEqualTo(8);
      assertThat(world.messages("ADR101I")).hasSize(2);
      assertThat(world.messages("ADR013I")).singleElement().asString().endsWith("CODE 0008");
      assertThat(world.messages("ADR015I")).isEmpty();
    }
  }

  @Test
  void theJournalRecordsTheFinalMaxcc() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(2);

      assertThat(journaled(world, "SETCC1", FAILING, " SET MAXCC=0")).isZero();
      assertThat(journaled(world, "SETCC2", GOOD, " SET MAXCC=8")).isEqualTo(8);

      RunJournal journal = RunJournal.open(world.catalog);
      assertThat(ending(journal, "SETCC1")).isEqualTo(RunPhase.SUCCEEDED);
      assertThat(ending(journal, "SETCC2")).isEqualTo(RunPhase.FAILED);
    }
  }

  @Test
  void aReRunOfASucceededRunDoesNothingAndEndsWithTheReturnCodeTheRunEndedWith() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(12);

      assertThat(journaled(world, "SETCC6", GOOD, " SET MAXCC=6")).isEqualTo(6);
      assertThat(journaled(world, "SETCC6", GOOD, " SET MAXCC=6")).isEqualTo(6);

      assertThat(world.messages("BWO604I")).singleElement();
      assertThat(world.messages("ADR006I")).as("no task ran again").isEmpty();
      assertThat(world.messages("ADR012I")).singleElement().asString().endsWith("CODE IS 0006");
    }
  }

  @Test
  void aReRunOfASucceededRunOfTwoDumpsNamesEachOfItsDumpsInOrder() throws IOException {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(13);
      Path tape1 = dir.resolve("tape1.bwo");
      Path tape2 = dir.resolve("tape2.bwo");
      world.platform.dumpDd("TAPE1", tape1).dumpDd("TAPE2", tape2);
      String[] deck = {
          " DUMP DATASET(INCLUDE(OSB.SEGA.**)) OUTDDNAME(TAPE1) CONCURRENT",
          " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE2) CONCURRENT"};

      assertThat(journaled(world, "TWODUMPS", deck)).isZero();
      assertThat(journaled(world, "TWODUMPS", deck)).isZero();

      assertThat(world.messages("ADR006I")).as("no task ran again").isEmpty();
      assertThat(world.messages("BWO605I")).satisfiesExactly(
          m -> assertThat(m).contains("RUN TWODUMPS: TAPE1, " + Files.size(tape1) + " BYTES"),
          m -> assertThat(m).contains("RUN TWODUMPS: TAPE2, " + Files.size(tape2) + " BYTES"));
    }
  }

  /** As a re-run of a job whose dump DD is {@code DUMP(+1),DISP=NEW}: a new, empty data set. */
  @Test
  void aReRunWhoseDumpDdIsANewEmptyDataSetGetsTheRunsDumpWithoutDumpingAgain()
      throws IOException {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(14);
      Path g1 = dir.resolve("HLQ.DUMP.G0001V00");
      Path g2 = Files.createFile(dir.resolve("HLQ.DUMP.G0002V00"));
      Path g3 = Files.createFile(dir.resolve("HLQ.DUMP.G0003V00"));
      world.platform.dumpDd("TAPE", g1);
      assertThat(journaled(world, "NEWGEN", GOOD)).isZero();
      world.platform.dumpDd("TAPE", g2);

      assertThat(journaled(world, "NEWGEN", GOOD)).as(String.join("\n", world.listing()))
          .isZero();

      assertThat(world.messages("ADR006I")).as("no task ran again").isEmpty();
      assertThat(Files.readAllBytes(g2)).isEqualTo(Files.readAllBytes(g1));
      assertThat(world.messages("BWO615I")).singleElement().asString()
          .contains("DUMP OF RUN NEWGEN COPIED FROM " + g1 + " TO DD TAPE (" + g2 + ")");
      // Once the run's dump is gone, a new empty DD is not left empty under RC 0.
      Files.delete(g1);
      world.platform.dumpDd("TAPE", g3);
      assertThat(journaled(world, "NEWGEN", GOOD)).isEqualTo(8);
      assertThat(world.messages("BWO616E")).singleElement().asString()
          .contains("RUN NEWGEN ALREADY SUCCEEDED, BUT DD TAPE (" + g3 + ") IS NEW AND EMPTY");
      assertThat(g3).isEmptyFile();
    }
  }

  @Test
  void aFailureTheStepCannotGoOnFromStillEndsTheListingWithAdr012i() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(15);
      world.platform.unreadable(FakePlatform.SYSIN);

      int rc = journaled(world, "UNREADABLE", GOOD);

      assertThat(rc).isEqualTo(8);
      assertThat(world.listing()).anyMatch(l -> l.startsWith("BWO012E") && l.contains("I/O ERROR ON DD SYSIN"))
          .last().asString().contains("ADR012I").endsWith("HIGHEST RETURN CODE IS 0008");
    }
  }

  @Test
  void aWaitForAStartingSegmentServerIsInTheListing() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(16);
      world.platform.newStep(List.of(GOOD));

      int rc = Adrdssu.run(new Adrdssu.Run(world.platform, world.catalog, events -> {
        events.accept(io.bwo.message.Message.of(io.bwo.message.Msg.BWO235I, world.catalog.root(),
            "SERVER PID 4711"));
        return world.system();
      }, Clock.systemDefaultZone(), DssOptions.defaults(), List.of(), PhaseObserver.NONE,
          "BWO TEST", false, Optional.empty()));

      assertThat(rc).isZero();
      assertThat(world.messages("BWO235I")).singleElement().asString()
          .contains("IS STARTING (SERVER PID 4711): WAITING FOR IT TO ANSWER");
    }
  }

  @Test
  void resetIsNotDoneWhenATaskFailedOrTheStepIsMadeToFail() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(3);
      String reset = " DUMP DS(INC(OSB.**)) ODD(TAPE) CC RESET";

      assertThat(world.dss(reset, " SET MAXCC=8")).isEqualTo(8);
      assertThat(world.messages("BWO529I")).as("a failed step is re-run: flags stay").isEmpty();

      assertThat(world.dss(reset, FAILING, " SET MAXCC=0")).isZero();
      assertThat(world.messages("BWO529I")).as("a task failed: its SET does not undo it")
          .isEmpty();

      assertThat(world.dss(reset, " SET MAXCC=4")).isEqualTo(4);
      assertThat(world.messages("BWO529I")).singleElement();
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void ifLastccRunsTheSecondDumpOnlyWhenTheFirstSucceeded(boolean firstSucceeds) {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(4);

      int rc = world.dss(
          firstSucceeds ? GOOD : FAILING,
          " IF LASTCC = 0 -",
          "   THEN DUMP DATASET(INCLUDE(OSB.SEGA.**)) OUTDDNAME(TAPE) DELETE");

      assertThat(rc).isEqualTo(8);
      assertThat(world.messages("ADR101I")).as("every command has its task id")
          .extracting(m -> m.replaceAll(".*TASKID ", "")).containsExactly(
              "001 HAS BEEN ASSIGNED TO COMMAND 'DUMP '",
              "002 HAS BEEN ASSIGNED TO COMMAND 'DUMP '");
      List<String> second = world.listing().stream().filter(l -> l.contains(" (002)-")).toList();
      if (firstSucceeds) {
        assertThat(second).anyMatch(l -> l.startsWith("ADR006I") && l.endsWith("BEGINS"));
        assertThat(world.messages("BWO515E")).singleElement().asString().contains("(002)");
      } else {
        assertThat(second).as("a skipped command is not run").isEmpty();
        assertThat(world.messages("ADR006I")).hasSize(2); // task 001's BEGINS and ENDS
      }
    }
  }

  @Test
  void theElseClauseRunsWhenTheConditionFails() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(5);

      int rc = world.dss(
          FAILING,
          " IF MAXCC > 4 THEN DO",
          "   SET MAXCC = 4",
          " END",
          " ELSE SET MAXCC = 12");

      assertThat(rc).isEqualTo(4);
      assertThat(world.messages("ADR015I")).singleElement().asString()
          .endsWith("RESET FROM 0008 TO 0004");
    }
  }

  @Test
  void aDoAfterNoThenIsAWarningThatMaxccStartsWith() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(9);

      assertThat(world.dss(" DO", GOOD, " END")).isEqualTo(4);
      assertThat(world.messages("BWO534W")).singleElement().asString().startsWith("BWO534W (R/I)");
      assertThat(world.messages("ADR013I")).singleElement().asString().endsWith("CODE 0000");

      assertThat(world.dss(" DO", GOOD, " END", " IF MAXCC = 4 THEN SET MAXCC = 0")).isZero();
      assertThat(world.messages("ADR015I")).singleElement().asString()
          .endsWith("RESET FROM 0004 TO 0000");
    }
  }

  @Test
  void parallelIsListedWithAdr014iAndTheTasksStillRunOneAtATime() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(6);

      int rc = world.dss(" PARALLEL", GOOD, " SERIAL");

      assertThat(rc).as(String.join("\n", world.listing())).isZero();
      assertThat(world.messages("ADR014I")).hasSize(2).satisfiesExactly(
          m -> assertThat(m).matches("ADR014I \\(SCH\\)-DSSU \\(01\\), \\d{4}\\.\\d{3}"
              + " \\d\\d:\\d\\d:\\d\\d ALL PREVIOUSLY SCHEDULED TASKS COMPLETED\\. PARALLEL MODE"
              + " NOW IN EFFECT"),
          m -> assertThat(m).endsWith("SERIAL MODE NOW IN EFFECT"));
      assertThat(world.messages("BWO531I")).singleElement().asString()
          .contains("PARALLEL: NO EFFECT IN BWO: TASKS STILL RUN ONE AT A TIME");
      List<String> listing = world.listing();
      int parallel = indexOf(listing, "ADR014I");
      int begins = indexOf(listing, "ADR006I");
      int serial = indexOf(listing.subList(parallel + 1, listing.size()), "ADR014I") + parallel + 1;
      assertThat(parallel).isLessThan(begins);
      assertThat(serial).isGreaterThan(indexOf(listing, "ADR013I"));
    }
  }

  @Test
  void typrunNorunWalksTheSequenceAndScanOnlyChecksIt() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(10);
      String[] deck = {GOOD, " IF LASTCC = 0 THEN -", "   DUMP DS(INC(OSB.SEGB.**)) ODD(TAPE)"};

      int rc = world.dss(DssOptions.defaults().withParm("TYPRUN=NORUN"), List.of(),
          PhaseObserver.NONE, deck);

      assertThat(rc).as(String.join("\n", world.listing())).isZero();
      assertThat(world.messages("BWO505I")).as("2 data sets, then 1").hasSize(3);
      assertThat(world.messages("BWO505I")).last().asString().contains("(002)")
          .contains("OSB.SEGB.PAGE01");
      assertThat(world.dumpFile).doesNotExist();

      assertThat(world.dss(DssOptions.defaults().withParm("TYPRUN=SCAN"), List.of(),
          PhaseObserver.NONE, deck)).isZero();
      assertThat(world.messages("BWO527I")).singleElement();
      assertThat(world.messages("ADR006I")).isEmpty();
    }
  }

  @Test
  void aSequenceErrorRunsNothingAndEndsTheStepWithReturnCode12() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(7);

      int rc = world.dss(GOOD, " SET MAXCC=17");

      assertThat(rc).isEqualTo(12);
      assertThat(world.messages("BWO533S")).singleElement().asString()
          .startsWith("BWO533S (R/I)-RI01 (01), STATEMENT AT RECORD 2: COMMAND SEQUENCE ERROR AT"
              + " 'MAXCC=17' AT RECORD 2 COLUMN 6");
      assertThat(world.messages("ADR006I")).isEmpty();
      assertThat(world.systemsOpened()).isZero();
    }
  }

  @Test
  void anOperatorStopEndsTheSequence() {
    try (DumpWorld world = new DumpWorld(dir, 16, WORLD)) {
      world.start(8);
      NotifyConcurrentListener operator = n -> {
        world.platform.console().orElseThrow().stop();
        return 0;
      };

      int rc = world.dss(DssOptions.defaults(), List.of(operator), PhaseObserver.NONE,
          " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) CONCURRENT NOTIFYCONCURRENT",
          " SET MAXCC=0");

      assertThat(rc).isEqualTo(8);
      assertThat(world.messages("BWO514E")).isNotEmpty();
      assertThat(world.messages("ADR015I")).as("nothing after the STOP runs").isEmpty();
      world.assertThawed();
    }
  }

  private static int indexOf(List<String> listing, String id) {
    for (int i = 0; i < listing.size(); i++) {
      if (listing.get(i).startsWith(id + " ")) {
        return i;
      }
    }
    return -1;
  }

  private static int journaled(DumpWorld world, String runId, String... sysin) {
    world.platform.newStep(List.of(sysin));
    return Adrdssu.run(new Adrdssu.Run(world.platform, world.catalog, events -> world.system(),
        Clock.systemDefaultZone(), DssOptions.defaults().withRunId(runId), List.of(),
        PhaseObserver.NONE, "BWO TEST", false, Optional.of(RunJournal.open(world.catalog))));
  }

  private static RunPhase ending(RunJournal journal, String runId) {
    RunStatus status = journal.status(RunId.parse(runId));
    return status.attempts().get(0).ending().orElseThrow();
  }
}
