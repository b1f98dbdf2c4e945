package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code bwo dss} with the run journal, as a scheduler drives it: same run id, run again. */
class DssCommandTest {
  @TempDir Path dir;
  private Path catalog;
  private Path sysprint;
  private Path tape;

  @BeforeEach
  void sampleWorld() throws IOException {
    catalog = dir.resolve("catalog");
    Settings.read(Path.of("testdata/world.json")).importInto(Catalog.open(catalog), false);
    sysprint = dir.resolve("sysprint");
    tape = dir.resolve("dump.bwo");
  }

  @AfterEach
  void forgetDds() {
    System.clearProperty("bwo.dd.SYSIN");
    System.clearProperty("bwo.dd.SYSPRINT");
    System.clearProperty("bwo.dd.TAPE");
  }

  private int dss(String... more) {
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("dss",
        "--catalog", catalog.toString(), "--dd", "SYSIN=testdata/sysin/bwodump.txt",
        "--dd", "SYSPRINT=" + sysprint, "--dd", "TAPE=" + tape));
    args.addAll(java.util.List.of(more));
    return cl.execute(args.toArray(String[]::new));
  }

  @Test
  void aNorunDoesNotCountAsTheRunAndARerunAfterSuccessDoesNoWork() throws IOException {
    assertThat(dss("--run-id", "NIGHT1", "--parm", "TYPRUN=NORUN")).isZero();
    assertThat(Files.readString(sysprint)).contains("BWO505I").doesNotContain("ADR734I");
    assertThat(tape).doesNotExist();

    assertThat(dss("--run-id", "NIGHT1")).isZero();
    assertThat(Files.readString(sysprint)).contains("ADR734I", "BWO518I");
    long dumped = Files.size(tape);
    Files.delete(tape);

    assertThat(dss("--run-id", "NIGHT1")).isZero();
    assertThat(Files.readString(sysprint)).contains("BWO604I").doesNotContain("ADR734I");
    assertThat(tape).doesNotExist();
    assertThat(dumped).isPositive();
  }
}
