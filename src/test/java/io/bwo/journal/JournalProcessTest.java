package io.bwo.journal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes on one node: the OS lock keeps a second attempt out while the first lives, and
 * frees the run the moment the first is killed (SIGKILL), without waiting for its heartbeat.
 */
class JournalProcessTest {
  private static final RunId RUN = RunId.parse("@A123");

  @TempDir Path tmp;

  private Process holdRun(Path root) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
        HoldRun.class.getName(), root.toString(), RUN.value(), "node-a")
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    String line = out.readLine();
    assertThat(line).as("the child's first line").isEqualTo(HoldRun.READY);
    return p;
  }

  @Test
  void anotherProcessIsRefusedWhileTheFirstLivesAndTakesOverOnceItIsKilled() throws Exception {
    Path root = tmp.resolve("journal");
    RunJournal journal =
        new RunJournal(root, Clock.systemUTC(), Sleeper.REAL, JournalPolicy.DEFAULT, "node-a");
    Process first = holdRun(root);
    try {
      assertThatThrownBy(() -> journal.begin(RUN, "node-a", "sha256:5ysin"))
          .hasMessageContaining("BWO603E RUN @A123 IS ALREADY RUNNING: ATTEMPT 1 ON NODE node-a,"
              + " PID " + first.pid());
      assertThat(journal.status(RUN).state()).isEqualTo(RunState.RUNNING);
    } finally {
      first.destroyForcibly();
      assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(journal.status(RUN).state()).isEqualTo(RunState.ABANDONED);
    try (Attempt second = journal.begin(RUN, "node-a", "sha256:5ysin")) {
      assertThat(second.number()).isEqualTo(2);
      assertThat(second.previous()).isEqualTo(new PriorOutcome.Unfinished(1,
          PriorOutcome.Ending.ABANDONED, RunPhase.FROZEN, "node-a", "sha256:5ysin",
          List.of(new Leftover.TemporaryDump("/dumps/d1.bwo.tmp"), new Leftover.Freeze("H1"))));
    }
  }
}
