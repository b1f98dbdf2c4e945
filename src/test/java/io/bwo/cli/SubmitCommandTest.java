package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SubmitCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int bwo(String... args) {
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    return cl.execute(args);
  }

  private Path jcl(String... cards) throws IOException {
    return Files.writeString(dir.resolve("JOB.jcl"), String.join("\n", cards) + "\n");
  }

  @Test
  void runsTheJobPrintsItsLogAndExitsWithItsReturnCode() throws IOException {
    Path job = jcl("//ALLOC JOB", "//S1 EXEC PGM=IEFBR14",
        "//NEW DD DSN=&HLQ..NEW,DISP=(NEW,CATLG)");
    int rc = bwo("submit", job.toString(), "--catalog", dir.resolve("cat").toString(),
        "--set", "HLQ=TEST", "--output", dir.resolve("out").toString());
    assertThat(rc).isZero();
    assertThat(out.toString()).contains("BWO711I ALLOC S1 - STEP WAS EXECUTED - PGM=IEFBR14"
        + " - COND CODE 0000").contains("TEST.NEW CATALOGED");
    assertThat(dir.resolve("cat/datasets/TEST.NEW")).exists();
    assertThat(dir.resolve("out/JESMSGLG")).exists();
  }

  @Test
  void refusedJclIsAMessageWithItsLineAndExitCode8() throws IOException {
    Path job = jcl("//J JOB", "//S1 EXEC PGM=IEFBR14,PARM=&UNSET");
    int rc = bwo("submit", job.toString(), "--catalog", dir.toString());
    assertThat(rc).isEqualTo(8);
    assertThat(err.toString()).startsWith("BWO701E JCL ERROR AT LINE 2: SYMBOL &UNSET IS NOT"
        + " DEFINED");
  }

  @Test
  void aBadSymbolOptionIsRefused() throws IOException {
    Path job = jcl("//J JOB", "//S1 EXEC PGM=IEFBR14");
    assertThat(bwo("submit", job.toString(), "--catalog", dir.toString(), "--set", "lower=x"))
        .isEqualTo(8);
    assertThat(err.toString()).startsWith("BWO705E --set lower=x");
  }
}
