package samples;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.platform.LocalSystem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs programs written the IBM JZOS sample way against local DD files and data sets. */
class JzosSamplesTest {
  @TempDir Path dir;

  @Test
  void copyProgramCopiesInputToOutputAndReportsOnTheConsole() throws Exception {
    try (LocalSystem system = LocalSystem.in(dir)) {
      Path input = system.dd("INPUT", "input.txt");
      Path output = system.dd("OUTPUT", "output.txt");
      Files.write(input, List.of("FIRST RECORD", "", "THIRD RECORD WITH TRAILING BLANKS   "));

      CopyInputToOutput.main(new String[0]);

      assertThat(Files.readAllLines(output))
          .containsExactly("FIRST RECORD", "", "THIRD RECORD WITH TRAILING BLANKS");
      assertThat(system.console())
          .singleElement()
          .asString()
          .endsWith(" " + system.jobName() + " COPIED 3 RECORDS FROM INPUT TO OUTPUT");
    }
  }

  @Test
  void consoleProgramAnswersModifyCommandsUntilExit() throws Exception {
    try (LocalSystem system = LocalSystem.in(dir)) {
      Files.write(system.datasetsDir().resolve("HLQ.SMALL.DATA"), List.of("A", "B", "C"));
      Thread program =
          new Thread(
              () -> {
                try {
                  CountRecordsOnRequest.main(new String[0]);
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              });
      program.start();

      awaitConsole(system, "READY: F " + system.jobName() + ",DSN");
      // Quoted, as an unquoted name is the user's (getSlashSlashQuotedDSN qualifies it).
      system.command("F 'HLQ.SMALL.DATA'");
      // getActualFilename() is the data set name, as fldata() gives it on z/OS.
      awaitConsole(system, "3 RECORDS IN HLQ.SMALL.DATA");
      system.command("F HLQ.MISSING");
      awaitConsole(system, "DATA SET HLQ.MISSING DOES NOT EXIST");
      system.command("P");
      awaitConsole(system, "STOP IGNORED");
      system.command("F EXIT");
      program.join(Duration.ofSeconds(5).toMillis());

      assertThat(program.isAlive()).isFalse();
    }
  }

  private static void awaitConsole(LocalSystem system, String text) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    while (system.console().stream().noneMatch(l -> l.contains(text))) {
      assertThat(System.nanoTime()).as("console shows '%s' within 5 s", text).isLessThan(deadline);
      Thread.sleep(20);
    }
  }
}
