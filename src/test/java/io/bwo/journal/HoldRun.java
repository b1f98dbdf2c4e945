package io.bwo.journal;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

/**
 * A dump job stand-in for the two-process tests: begins run {@code args[1]} in journal {@code
 * args[0]} as node {@code args[2]}, freezes with a temporary dump open, says {@code HOLDING} and
 * waits to be killed.
 */
final class HoldRun {
  static final String READY = "HOLDING";

  private HoldRun() {}

  public static void main(String[] args) throws InterruptedException {
    RunJournal journal = new RunJournal(Path.of(args[0]), Clock.systemUTC(), Sleeper.REAL,
        JournalPolicy.DEFAULT, args[2]);
    Attempt a = journal.begin(RunId.parse(args[1]), args[2], "sha256:5ysin");
    a.acquiring(List.of(new Leftover.TemporaryDump("/dumps/d1.bwo.tmp")));
    a.record(RunPhase.FROZEN, "HOLDER H1", List.of(new Leftover.Freeze("H1")));
    System.out.println(READY);
    System.out.flush();
    Thread.sleep(Long.MAX_VALUE);
  }
}
