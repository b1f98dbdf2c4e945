package com.ibm.jzos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedWriter;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exec runs a local process in the flow IBM's class documents: run, readLine, getReturnCode. */
class ExecTest {
  @TempDir Path dir;

  @Test
  void readsTheOutputToItsEndThenTheReturnCodeAndTheErrorLines() throws IOException {
    Exec exec = new Exec(new String[] {"sh", "-c", "echo one; echo two; echo oops >&2; exit 3"});
    exec.run();
    List<String> lines = new ArrayList<>();
    for (String line = exec.readLine(); line != null; line = exec.readLine()) {
      lines.add(line);
    }
    assertThat(lines).containsExactly("one", "two");
    assertThat(exec.getReturnCode()).isEqualTo(3);
    List<?> errors = exec.getErrorLines();
    assertThat(errors.toArray()).containsExactly("oops");
  }

  @Test
  void aCommandStringIsSplitAtBlanksAndRunsInTheDirectoryGiven() throws IOException {
    Exec exec = new Exec("pwd", null, dir.toFile());
    exec.run();
    assertThat(new File(exec.readLine()).getCanonicalPath())
        .isEqualTo(dir.toFile().getCanonicalPath());
    assertThat(exec.getReturnCode()).isZero();

    Exec echo = new Exec("echo  a   b");
    echo.run();
    assertThat(echo.readLine()).isEqualTo("a b");
    assertThat(echo.getReturnCode()).isZero();
  }

  @Test
  void theEnvironmentIsTheOneGivenElseTheCEnvironmentWithWhatSetEnvSet() throws IOException {
    Exec given = new Exec(new String[] {"sh", "-c", "echo $BWO_EXEC_TEST"},
        new String[] {"BWO_EXEC_TEST=given", "PATH=/usr/bin:/bin"});
    given.run();
    assertThat(given.readLine()).isEqualTo("given");
    given.getReturnCode();

    ZUtil.setEnv("BWO_EXEC_TEST", "inherited");
    try {
      Exec inherited = new Exec(new String[] {"sh", "-c", "echo $BWO_EXEC_TEST"});
      inherited.run();
      assertThat(inherited.readLine()).isEqualTo("inherited");
      inherited.getReturnCode();
    } finally {
      ZUtil.setEnv("BWO_EXEC_TEST", null);
    }
  }

  @Test
  void standardInputIsWrittenAndClosedAndOutputConsumedIntoABuffer() throws IOException {
    Exec cat = new Exec("cat");
    cat.run();
    BufferedWriter in = cat.getStdinWriter();
    in.write("//JOB1 JOB\n//STEP1 EXEC PGM=IEFBR14\n");
    in.close();
    StringBuffer out = new StringBuffer();
    cat.consumeOutput(out);
    assertThat(out.toString()).isEqualTo("//JOB1 JOB\n//STEP1 EXEC PGM=IEFBR14\n");
    assertThat(cat.getReturnCode()).isZero();
  }

  @Test
  void theStdoutStreamGivesTheOutputAsBytes() throws IOException {
    Exec exec = new Exec(new String[] {"printf", "AB"});
    exec.run();
    assertThat(new String(exec.getStdoutStream().readAllBytes(), StandardCharsets.US_ASCII))
        .isEqualTo("AB");
    assertThat(exec.getReturnCode()).isZero();
  }

  @Test
  void aProcessSilentPastTheTimeoutIsDestroyedAndTheReadFails() throws IOException {
    Exec exec = new Exec(new String[] {"sh", "-c", "echo first; exec sleep 30"});
    exec.setTimeout(300);
    exec.run();
    assertThat(exec.readLine()).isEqualTo("first");
    long start = System.nanoTime();
    assertThatThrownBy(exec::readLine)
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no output for 300 ms");
    assertThat(exec.getReturnCode()).isNotZero();
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(20_000);
  }

  @Test
  void aMissingProgramFailsToRunAndNothingIsReadBeforeRun() {
    assertThatThrownBy(() -> new Exec("no-such-program-bwo").run())
        .isInstanceOf(IOException.class);
    assertThatThrownBy(() -> new Exec("true").readLine()).isInstanceOf(IOException.class);
    assertThatThrownBy(() -> new Exec("   ").run()).isInstanceOf(IOException.class);
  }
}
