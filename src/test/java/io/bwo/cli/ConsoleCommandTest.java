package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The operator's console off z/OS: {@code bwo console JOBNAME STATUS} reaches a running {@code bwo
 * dss} step through the JZOS stubs' command file, and the step answers on its listing and the
 * console.
 */
class ConsoleCommandTest {
  @TempDir Path dir;

  @AfterEach
  void forgetSettings() {
    for (String p : new String[] {"bwo.console.dir", "bwo.jobname", "bwo.dd.SYSIN",
        "bwo.dd.SYSPRINT", "bwo.dd.TAPE"}) {
      System.clearProperty(p);
    }
  }

  private static int bwo(StringWriter out, String... args) {
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(out, true));
    return cl.execute(args);
  }

  @Test
  void statusSentFromTheConsoleIsAnsweredByTheRunningStep() throws Exception {
    Catalog c = Catalog.open(dir.resolve("cat"));
    // One sparse data set large enough that the copy is still running when the command arrives;
    // COMPRESS keeps its dump of zeros small on disk.
    c.define(CatalogEntry.linear(Dsn.parse("BIG.DATA"), SegmentName.parse("SEGA"), 4096,
        256 * 1024, true, Instant.now()));
    c.putSegment(new SegmentDefinition(SegmentName.parse("SEGA"), SegmentStatus.ONLINE));
    Path sysin = Files.writeString(dir.resolve("sysin"),
        " DUMP DATASET(INCLUDE(BIG.**)) OUTDDNAME(TAPE) CONCURRENT NOTIFYCC COMPRESS\n");
    System.setProperty("bwo.console.dir", dir.resolve("console").toString());
    System.setProperty("bwo.jobname", "CONSTEST");
    Path sysprint = dir.resolve("sysprint");

    CompletableFuture<Integer> step = CompletableFuture.supplyAsync(() -> bwo(new StringWriter(),
        "dss", "--catalog", c.root().toString(), "--dd", "SYSIN=" + sysin,
        "--dd", "SYSPRINT=" + sysprint, "--dd", "TAPE=" + dir.resolve("dump"),
        "--copy-threads", "1"));
    waitFor(sysprint, "BWO503I");
    StringWriter console = new StringWriter();
    assertThat(bwo(console, "console", "constest", "STATUS", "--wait", "1")).isZero();
    assertThat(step.get()).isZero();

    assertThat(console.toString()).contains("F CONSTEST,STATUS SENT");
    assertThat(Files.readString(sysprint)).contains("BWO517I", "STATUS: PHASE");
  }

  private static void waitFor(Path file, String text) throws IOException, InterruptedException {
    for (int i = 0; i < 300; i++) {
      if (Files.exists(file) && Files.readString(file).contains(text)) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError(text + " never appeared in " + file);
  }
}
