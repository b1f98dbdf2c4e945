package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.CatalogEntry;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.SegmentDefinition;
import io.bwo.catalog.SegmentName;
import io.bwo.catalog.SegmentStatus;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class WorkloadCommandTest {
  @TempDir Path root;
  private StringWriter out;
  private StringWriter err;

  @Test
  void checkWithTheAckLogProvesEveryAcknowledgedTransactionIsInTheData() throws Exception {
    Catalog c = Catalog.open(root);
    c.define(CatalogEntry.linear(Dsn.parse("W.ONE"), SegmentName.parse("SEGW"), 4096, 2, true,
        Instant.parse("2026-11-23T09:00:00Z")));
    c.putSegment(new SegmentDefinition(SegmentName.parse("SEGW"), SegmentStatus.ONLINE));
    Path log = root.resolve("ack.log");

    assertThat(run("workload", "init")).isZero();
    assertThat(run("workload", "run", "--seconds", "0.3", "--threads", "2",
        "--ack-log", log.toString())).isZero();
    assertThat(run("workload", "check", "--ack-log", log.toString())).as(err.toString()).isZero();
    assertThat(out.toString()).startsWith("BWO907I ACKNOWLEDGEMENT LOG " + log)
        .contains("OF 2 THREADS LOGGED, 0 MORE COMMITTED BUT NOT YET LOGGED, REPLAYED EXACTLY");

    Files.writeString(log, "0 999999 W.ONE 0 W.ONE 8 1\n", java.nio.file.StandardOpenOption.APPEND);
    assertThat(run("workload", "check", "--ack-log", log.toString())).isEqualTo(8);
    assertThat(err.toString()).startsWith("BWO908E ACKNOWLEDGED TRANSACTION LOST: THREAD 0");
  }

  private int run(String... args) {
    out = new StringWriter();
    err = new StringWriter();
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    List<String> all = new ArrayList<>(List.of(args));
    all.add("--catalog");
    all.add(root.toString());
    return cl.execute(all.toArray(String[]::new));
  }
}
