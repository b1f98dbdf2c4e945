package io.bwo.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.bwo.catalog.AtomicWrite;
import io.bwo.message.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunJournalTest {
  private static final RunId RUN = RunId.parse("@A123");
  private static final String SYSIN = "sha256:5ysin";
  private static final JournalPolicy POLICY = new JournalPolicy(Duration.ofHours(1),
      Duration.ofHours(2), Duration.ofMillis(100), 3);
  private static final Duration STALE = POLICY.staleAfter();
  private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private static final Leftover FREEZE = new Leftover.Freeze("BWO:@A123:1");
  private static final Leftover SESSION = new Leftover.CopySession("OSB.PAGE.SEG1", "cc-1");
  private static final Leftover SIDE = new Leftover.SideFile("/cat/.bwo/side/cc-1");
  private static final Leftover TEMP = new Leftover.TemporaryDump("/dumps/d1.bwo.tmp");
  private static final PublishedDump DUMP = new PublishedDump("/dumps/d1.bwo", 8192, "sha256:ab");
  private static final PublishedDump DUMP2 = new PublishedDump("/dumps/d2.bwo", 4096, "sha256:cd");

  @TempDir Path tmp;
  private FakeClock clock;
  private RunJournal journal;

  @BeforeEach
  void setUp() {
    clock = new FakeClock(Instant.parse("2026-11-23T09:00:00Z"));
    journal = journalOf("node-a");
  }

  private RunJournal journalOf(String node) {
    return new RunJournal(tmp.resolve("journal"), clock, clock, POLICY, node);
  }

  private Path runDir() {
    return tmp.resolve("journal").resolve(RUN.value());
  }

  private List<String> lines(int attempt) throws IOException {
    return Files.readAllLines(runDir().resolve(History.fileName(attempt)));
  }

  @Test
  void aNewRunNeverRanAndItsStartIsOnDiskWhenBeginReturns() throws IOException {
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      assertThat(a.number()).isEqualTo(1);
      assertThat(a.previous()).isEqualTo(new PriorOutcome.NeverRan());
      assertThat(a.report()).isEmpty();
      assertThat(lines(1)).singleElement().asString()
          .contains("\"phase\":\"STARTED\"", "\"node\":\"node-a\"", "\"sysin\":\"" + SYSIN + "\"");
    }
  }

  @Test
  void aCloseThatCannotWriteAfterTheOutcomeKeepsTheOutcomeAndSaysWhy() throws IOException {
    Attempt a = journal.begin(RUN, "node-a", SYSIN);
    a.record(RunPhase.SUCCEEDED, "0000");
    // The owner record cannot be replaced any more, as on a full disk.
    Files.createDirectories(AtomicWrite.temporarySibling(runDir().resolve(RunJournal.OWNER))
        .resolve("full"));

    a.close();

    assertThat(a.unclosed()).get().asString().startsWith("BWO609E JOURNAL I/O FAILED ON");
    assertThat(journal.status(RUN).attempts().get(0).ending()).contains(RunPhase.SUCCEEDED);
    try (Attempt again = journal.begin(RUN, "node-a", SYSIN)) {
      assertThat(again.alreadySucceeded()).isTrue();
    }
  }

  @Test
  void aCloseThatCannotWriteBeforeAnyOutcomeFails() throws IOException {
    Attempt a = journal.begin(RUN, "node-a", SYSIN);
    Files.createDirectories(AtomicWrite.temporarySibling(runDir().resolve(RunJournal.OWNER))
        .resolve("full"));

    assertThatThrownBy(a::close).hasMessageStartingWith("BWO609E");
    assertThat(a.unclosed()).isEmpty();
  }

  @Test
  void eachRecordIsInTheFileWhenRecordReturns() throws IOException {
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      a.record(RunPhase.FROZEN, "HOLDER BWO:@A123:1", List.of(FREEZE));
      assertThat(lines(1)).hasSize(2);
      assertThat(lines(1).get(1)).contains("\"phase\":\"FROZEN\"", "\"holder\":\"BWO:@A123:1\"");
    }
  }

  @Test
  void aSecondConcurrentAttemptInAnotherThreadIsRefused() throws Exception {
    CountDownLatch begun = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(1);
    CompletableFuture<Void> first = CompletableFuture.runAsync(() -> {
      try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
        a.record(RunPhase.FROZEN, "HOLDER", List.of(FREEZE));
        begun.countDown();
        done.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    assertThat(begun.await(10, TimeUnit.SECONDS)).isTrue();
    assertThatThrownBy(() -> journal.begin(RUN, "node-a", SYSIN))
        .hasMessageContaining("BWO603E RUN @A123 IS ALREADY RUNNING: ATTEMPT 1 ON NODE node-a");
    assertThat(journal.status(RUN).state()).isEqualTo(RunState.RUNNING);
    done.countDown();
    first.get(10, TimeUnit.SECONDS);
    try (Attempt again = journal.begin(RUN, "node-a", SYSIN)) {
      assertThat(again.number()).isEqualTo(2);
    }
  }

  @Test
  void aRerunAfterSuccessDoesNothingAndSaysWhereTheDumpIs() throws IOException {
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      a.record(RunPhase.FROZEN, "HOLDER", List.of(FREEZE));
      a.record(RunPhase.NOTIFIED, "OSB.PAGE.SEG1", List.of(SESSION, SIDE));
      a.record(RunPhase.UNFROZEN, "");
      a.released(List.of(FREEZE));
      a.acquiring(List.of(TEMP));
      a.record(RunPhase.COPIED, "1 DATA SET");
      a.released(List.of(SESSION, SIDE));
      a.published(DUMP);
      a.released(List.of(TEMP));
      a.record(RunPhase.VERIFIED, "");
      a.record(RunPhase.SUCCEEDED, "RC 0");
    }
    clock.advance(Duration.ofHours(5));
    try (Attempt again = journal.begin(RUN, "node-a", SYSIN)) {
      assertThat(again.alreadySucceeded()).isTrue();
      assertThat(again.number()).isEqualTo(1);
      assertThat(again.previous()).isEqualTo(new PriorOutcome.Succeeded(1,
          Instant.parse("2026-11-23T09:00:00Z"), List.of(DUMP)));
      assertThat(again.report()).extracting(Message::toString).containsExactly(
          "BWO604I RUN @A123 ALREADY SUCCEEDED IN ATTEMPT 1 AT 2026-11-23T09:00:00Z; NOTHING IS"
              + " DONE AGAIN",
          "BWO605I DUMP OF RUN @A123: /dumps/d1.bwo, 8192 BYTES, DIGEST sha256:ab");
      assertThatThrownBy(() -> again.record(RunPhase.FROZEN, ""))
          .isInstanceOf(IllegalStateException.class);
    }
    assertThat(runDir().resolve(History.fileName(2))).doesNotExist();
    RunStatus s = journal.status(RUN);
    assertThat(s.state()).isEqualTo(RunState.SUCCEEDED);
    assertThat(s.exitCode()).isZero();
    assertThat(s.attempts().get(0).leftovers()).isEmpty();
  }

  @Test
  void aRerunAfterSuccessSaysWhereEachOfItsDumpsIsInTheOrderTheyWerePublished() {
    // A deck of two DUMP commands: DUMP ... OUTDDNAME(TAPE1), then DUMP ... OUTDDNAME(TAPE2).
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      a.published(DUMP);
      a.record(RunPhase.VERIFIED, "");
      a.published(DUMP2);
      a.record(RunPhase.VERIFIED, "");
      a.record(RunPhase.SUCCEEDED, "RC 0");
    }
    try (Attempt again = journal.begin(RUN, "node-a", SYSIN)) {
      assertThat(again.report()).extracting(Message::toString).containsExactly(
          "BWO604I RUN @A123 ALREADY SUCCEEDED IN ATTEMPT 1 AT 2026-11-23T09:00:00Z; NOTHING IS"
              + " DONE AGAIN",
          "BWO605I DUMP OF RUN @A123: /dumps/d1.bwo, 8192 BYTES, DIGEST sha256:ab",
          "BWO605I DUMP OF RUN @A123: /dumps/d2.bwo, 4096 BYTES, DIGEST sha256:cd");
    }
  }

  @Test
  void anAttemptKeepsEveryDumpItPublishedInOrderAsJournalsOfEarlierVersionsTellThem()
      throws IOException {
    // Attempt 1 of a two-DUMP deck as bwo wrote it before it kept more than the last dump: the
    // format did not change, a PUBLISHED line for each dump.
    Files.createDirectories(runDir());
    Files.write(runDir().resolve(History.fileName(1)), List.of(
        "{\"seq\":1,\"at\":\"2026-11-23T09:00:00Z\",\"phase\":\"STARTED\",\"detail\":"
            + "\"NODE node-a PID 6192\",\"format\":1,\"attempt\":1,\"node\":\"node-a\","
            + "\"pid\":6192,\"sysin\":\"sha256:5ysin\"}",
        "{\"seq\":2,\"at\":\"2026-11-23T09:00:01Z\",\"phase\":\"PUBLISHED\",\"detail\":"
            + "\"/dumps/d1.bwo\",\"dump\":{\"name\":\"/dumps/d1.bwo\",\"size\":8192,"
            + "\"digest\":\"sha256:ab\"}}",
        "{\"seq\":3,\"at\":\"2026-11-23T09:00:01Z\",\"phase\":\"VERIFIED\"}",
        "{\"seq\":4,\"at\":\"2026-11-23T09:00:02Z\",\"phase\":\"PUBLISHED\",\"detail\":"
            + "\"/dumps/d2.bwo\",\"dump\":{\"name\":\"/dumps/d2.bwo\",\"size\":4096,"
            + "\"digest\":\"sha256:cd\"}}",
        "{\"seq\":5,\"at\":\"2026-11-23T09:00:02Z\",\"phase\":\"VERIFIED\"}",
        "{\"seq\":6,\"at\":\"2026-11-23T09:00:02Z\",\"phase\":\"SUCCEEDED\",\"detail\":"
            + "\"RC 0\"}"), StandardCharsets.UTF_8);

    AttemptHistory a = journal.status(RUN).attempts().get(0);

    assertThat(a.dumps()).containsExactly(DUMP, DUMP2);
    assertThat(a.dump()).as("the last, as before").contains(DUMP2);
    assertThat(a.damagedLines()).isEmpty();
  }

  @Test
  void aReleasedLineRidesOnTheNextForceAndIsKeptAllTheSame() {
    int afterBegin;
    int afterReleased;
    int afterUnfrozen;
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      a.record(RunPhase.FROZEN, "HOLDER", List.of(FREEZE));
      a.record(RunPhase.NOTIFIED, "1 DATA SET", List.of(SESSION, SIDE));
      afterBegin = a.forces();
      a.released(List.of(FREEZE));
      afterReleased = a.forces();
      a.record(RunPhase.UNFROZEN, "");
      afterUnfrozen = a.forces();
      a.released(List.of(SESSION, SIDE));
      // Closed with that last line not yet forced: the close forces it.
    }
    assertThat(afterReleased).as("no force of its own").isEqualTo(afterBegin);
    assertThat(afterUnfrozen).isEqualTo(afterBegin + 1);
    assertThat(journal.status(RUN).attempts().get(0).leftovers()).isEmpty();
  }

  @Test
  void aRerunAfterSuccessKnowsTheReturnCodeTheRunEndedWith() {
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      a.record(RunPhase.SUCCEEDED, "0004");
    }
    try (Attempt again = journal.begin(RUN, "node-a", SYSIN)) {
      assertThat(again.previous()).isInstanceOfSatisfying(PriorOutcome.Succeeded.class,
          s -> assertThat(s.returnCode()).isEqualTo(4));
    }
  }

  @Test
  void aRerunAfterSuccessWithAnotherSysinIsRefused() {
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      a.record(RunPhase.SUCCEEDED, "RC 0");
    }
    assertThatThrownBy(() -> journal.begin(RUN, "node-a", "sha256:other"))
        .hasMessageContaining("BWO608E RUN @A123 ALREADY SUCCEEDED WITH ANOTHER SYSIN");
  }

  @Test
  void aFailureMidwayHandsItsLeftoversToTheRerun() {
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      a.acquiring(List.of(TEMP));
      a.record(RunPhase.FROZEN, "HOLDER", List.of(FREEZE));
      a.record(RunPhase.NOTIFIED, "OSB.PAGE.SEG1", List.of(SESSION, SIDE));
      a.record(RunPhase.UNFROZEN, "");
      a.released(List.of(FREEZE));
      a.record(RunPhase.FAILED, "BWO409E WRITE FAILED");
    }
    try (Attempt again = journal.begin(RUN, "node-a", SYSIN)) {
      assertThat(again.number()).isEqualTo(2);
      assertThat(again.previous()).isEqualTo(new PriorOutcome.Unfinished(1,
          PriorOutcome.Ending.FAILED, RunPhase.UNFROZEN, "node-a", SYSIN,
          List.of(TEMP, SESSION, SIDE)));
      assertThat(again.report()).extracting(Message::toString).containsExactly(
          "BWO606W RUN @A123: ATTEMPT 1 FAILED AFTER PHASE UNFROZEN; 3 LEFTOVERS ARE CLEANED UP"
              + " AND THE RUN IS DONE AGAIN");
    }
  }

  @Test
  void leftoversNotCleanedByAFailedRerunAreHandedOnAgain() {
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      a.record(RunPhase.FROZEN, "HOLDER", List.of(FREEZE, TEMP));
    }
    try (Attempt second = journal.begin(RUN, "node-a", SYSIN)) {
      second.released(List.of(FREEZE));
      // Dies before it cleans the temporary dump.
    }
    try (Attempt third = journal.begin(RUN, "node-a", SYSIN)) {
      PriorOutcome.Unfinished u = (PriorOutcome.Unfinished) third.previous();
      assertThat(u.attempt()).isEqualTo(2);
      assertThat(u.ending()).isEqualTo(PriorOutcome.Ending.ABANDONED);
      assertThat(u.leftovers()).containsExactly(TEMP);
    }
  }

  @Test
  void aTornLastLineIsIgnoredReportedAndNeverBlocksARerun() throws IOException {
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      a.record(RunPhase.FROZEN, "HOLDER", List.of(FREEZE));
    }
    // What a crash in the middle of appending NOTIFIED leaves.
    Files.writeString(runDir().resolve(History.fileName(1)), "{\"seq\":3,\"at\":\"2026-11-2",
        StandardOpenOption.APPEND);
    RunStatus s = journal.status(RUN);
    assertThat(s.state()).isEqualTo(RunState.ABANDONED);
    assertThat(s.attempts().get(0).damagedLines()).containsExactly(3);
    assertThat(s.warnings()).extracting(Message::toString).singleElement().asString()
        .startsWith("BWO607W JOURNAL ").endsWith("LINE 3 WAS TORN OR DAMAGED BY A CRASH AND IS"
            + " IGNORED");
    try (Attempt again = journal.begin(RUN, "node-a", SYSIN)) {
      assertThat(again.previous()).isEqualTo(new PriorOutcome.Unfinished(1,
          PriorOutcome.Ending.ABANDONED, RunPhase.FROZEN, "node-a", SYSIN, List.of(FREEZE)));
      assertThat(again.report()).extracting(m -> m.id().id()).containsExactly("BWO607W",
          "BWO606W");
    }
  }

  @Test
  void aDamagedLineAmidTheFileIsSkipped() throws IOException {
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      a.record(RunPhase.FROZEN, "HOLDER", List.of(FREEZE));
    }
    Path f = runDir().resolve(History.fileName(1));
    List<String> text = Files.readAllLines(f);
    Files.write(f, List.of(text.get(0), "\0\0\0\0", "null", "{\"seq\":9}", text.get(1)),
        StandardCharsets.UTF_8);
    AttemptHistory a = journal.status(RUN).attempts().get(0);
    assertThat(a.damagedLines()).containsExactly(2, 3, 4);
    assertThat(a.reached()).isEqualTo(RunPhase.FROZEN);
  }

  @Test
  void anAttemptWhoseStartWasTornStillHoldsTheLeftoversBeforeIt() throws IOException {
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      a.record(RunPhase.FROZEN, "HOLDER", List.of(FREEZE, TEMP));
      a.record(RunPhase.FAILED, "");
    }
    // Attempt 2 died while its STARTED line was being written.
    Files.writeString(runDir().resolve(History.fileName(2)), "{\"seq\":1,\"at\"");
    try (Attempt third = journal.begin(RUN, "node-a", SYSIN)) {
      assertThat(third.number()).isEqualTo(3);
      PriorOutcome.Unfinished u = (PriorOutcome.Unfinished) third.previous();
      assertThat(u.attempt()).isEqualTo(2);
      assertThat(u.lastPhase()).isEqualTo(RunPhase.STARTED);
      assertThat(u.leftovers()).containsExactly(FREEZE, TEMP);
    }
  }

  @Test
  void nothingIsRecordedAfterTheEndOrOutOfTurn() {
    Attempt a = journal.begin(RUN, "node-a", SYSIN);
    assertThatThrownBy(() -> a.record(RunPhase.STARTED, ""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> a.record(RunPhase.PUBLISHED, "x"))
        .isInstanceOf(IllegalArgumentException.class);
    a.record(RunPhase.FAILED, "RC 8");
    assertThatThrownBy(() -> a.record(RunPhase.COPIED, ""))
        .isInstanceOf(IllegalStateException.class);
    a.released(List.of(TEMP));
    a.close();
    assertThatThrownBy(() -> a.released(List.of(TEMP))).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void onlyTheNewestAttemptsAreKept() {
    for (int i = 0; i < 5; i++) {
      try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
        a.record(RunPhase.FAILED, "RC 8");
      }
    }
    assertThat(journal.status(RUN).attempts()).extracting(AttemptHistory::number)
        .containsExactly(3, 4, 5);
  }

  @Test
  void statusTellsEachStateWithItsExitCode() {
    RunId other = RunId.parse("OTHER");
    assertThat(journal.status(other).state()).isEqualTo(RunState.UNKNOWN);
    assertThat(journal.status(other).exitCode()).isEqualTo(12);
    assertThat(journal.status(other).summary().toString())
        .startsWith("BWO614S RUN OTHER IS NOT IN THE JOURNAL OF ");
    assertThat(tmp.resolve("journal")).doesNotExist();
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      assertThat(journal.status(RUN).exitCode()).isEqualTo(4);
      a.record(RunPhase.FAILED, "RC 8");
      // Still holding the lock: a re-run would be refused, so it still runs.
      assertThat(journal.status(RUN).state()).isEqualTo(RunState.RUNNING);
    }
    RunStatus failed = journal.status(RUN);
    assertThat(failed.state()).isEqualTo(RunState.FAILED);
    assertThat(failed.exitCode()).isEqualTo(8);
    assertThat(failed.summary().toString())
        .isEqualTo("BWO612E RUN @A123 FAILED IN ATTEMPT 1 AFTER PHASE STARTED");
    journal.begin(RUN, "node-a", SYSIN).close();
    assertThat(journal.status(RUN).state()).isEqualTo(RunState.ABANDONED);
    assertThat(journal.status(RUN).exitCode()).isEqualTo(8);
  }

  // ---- the failover rule, with another node's attempt written as that node would --------------

  /** Attempt {@code n} of node-b, its heartbeat written at {@code beat}, its lock not visible. */
  private void otherNodeAttempt(int n, Instant beat, List<Leftover> holding) throws IOException {
    Files.createDirectories(runDir());
    try (AttemptFile f = AttemptFile.create(runDir().resolve(History.fileName(n)),
        JSON)) {
      f.append(JournalLine.started(beat, n, "node-b", 4242, SYSIN, List.of()));
      f.append(JournalLine.phase(2, beat, RunPhase.FROZEN, "HOLDER", holding));
    }
    writeOwner(new Owner(n, "node-b", 4242, beat, beat, false));
  }

  private void writeOwner(Owner o) {
    try {
      AtomicWrite.replace(runDir().resolve(RunJournal.OWNER),
          JSON.writeValueAsBytes(o));
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void anotherNodesFreshHeartbeatMeansRunningUntilItIsStale() throws IOException {
    otherNodeAttempt(1, clock.instant(), List.of(FREEZE));
    clock.advance(STALE.minusSeconds(1));
    assertThat(journal.status(RUN).state()).isEqualTo(RunState.RUNNING);
    assertThat(journal.status(RUN).summary().toString())
        .startsWith("BWO611W RUN @A123 IS RUNNING: ATTEMPT 1 ON NODE node-b, PID 4242");
    clock.advance(Duration.ofSeconds(1));
    assertThat(journal.status(RUN).state()).isEqualTo(RunState.ABANDONED);
  }

  @Test
  void aRerunWaitsOutAStoppedHeartbeatOfAnotherNodeThenTakesOver() throws IOException {
    Instant crash = clock.instant();
    otherNodeAttempt(1, crash, List.of(FREEZE));
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      assertThat(Duration.between(crash, clock.instant())).isGreaterThanOrEqualTo(STALE);
      assertThat(a.number()).isEqualTo(2);
      assertThat(a.previous()).isEqualTo(new PriorOutcome.Unfinished(1,
          PriorOutcome.Ending.ABANDONED, RunPhase.FROZEN, "node-b", SYSIN, List.of(FREEZE)));
    }
  }

  @Test
  void aRerunIsRefusedWhileAnotherNodesHeartbeatMoves() throws IOException {
    otherNodeAttempt(1, clock.instant(), List.of());
    Sleeper nodeBStillBeats = d -> {
      clock.advance(d);
      writeOwner(new Owner(1, "node-b", 4242, Instant.EPOCH, clock.instant(), false));
    };
    RunJournal watching = new RunJournal(tmp.resolve("journal"), clock, nodeBStillBeats, POLICY,
        "node-a");
    assertThatThrownBy(() -> watching.begin(RUN, "node-a", SYSIN))
        .hasMessageContaining("BWO603E RUN @A123 IS ALREADY RUNNING: ATTEMPT 1 ON NODE node-b");
  }

  @Test
  void aClosedOwnerOrAnEndedAttemptOfAnotherNodeIsNotWaitedFor() throws IOException {
    otherNodeAttempt(1, clock.instant(), List.of());
    writeOwner(new Owner(1, "node-b", 4242, clock.instant(), clock.instant(), true));
    Instant before = clock.instant();
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      assertThat(clock.instant()).isEqualTo(before);
      assertThat(a.number()).isEqualTo(2);
    }
  }

  @Test
  void theSameNodeJudgesByTheLockNotTheHeartbeat() throws IOException {
    otherNodeAttempt(1, clock.instant(), List.of(FREEZE));
    // The owner record says node-a: that node's lock is free, so its process is gone.
    writeOwner(new Owner(1, "node-a", 4242, clock.instant(), clock.instant(), false));
    assertThat(journal.status(RUN).state()).isEqualTo(RunState.ABANDONED);
    Instant before = clock.instant();
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      assertThat(clock.instant()).isEqualTo(before);
      assertThat(a.previous()).isInstanceOf(PriorOutcome.Unfinished.class);
    }
  }

  @Test
  void theHeartbeatMovesTheOwnerRecord() throws IOException {
    try (Attempt a = journal.begin(RUN, "node-a", SYSIN)) {
      clock.advance(Duration.ofSeconds(7));
      Instant beat = clock.instant();
      a.heartbeat();
      Owner o = journal.status(RUN).owner().orElseThrow();
      assertThat(o.heartbeat()).isEqualTo(beat);
      assertThat(o.closed()).isFalse();
    }
    assertThat(journal.status(RUN).owner().orElseThrow().closed()).isTrue();
  }

  @Test
  void theBackgroundHeartbeatRunsWhileTheAttemptIsOpen() throws Exception {
    JournalPolicy fast = new JournalPolicy(Duration.ofMillis(20), Duration.ofSeconds(1),
        Duration.ofMillis(100), 3);
    RunJournal real = new RunJournal(tmp.resolve("journal"), Clock.systemUTC(),
        Sleeper.REAL, fast, "node-a");
    try (Attempt a = real.begin(RUN, "node-a", SYSIN)) {
      assertThat(a.number()).isEqualTo(1);
      Instant first = real.status(RUN).owner().orElseThrow().heartbeat();
      Thread.sleep(200);
      assertThat(real.status(RUN).owner().orElseThrow().heartbeat()).isAfter(first);
    }
  }
}
