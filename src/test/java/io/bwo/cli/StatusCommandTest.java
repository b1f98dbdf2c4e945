package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bwo.catalog.Catalog;
import io.bwo.journal.Attempt;
import io.bwo.journal.Leftover;
import io.bwo.journal.PublishedDump;
import io.bwo.journal.RunId;
import io.bwo.journal.RunJournal;
import io.bwo.journal.RunPhase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class StatusCommandTest {
  private static final RunId RUN = RunId.parse("@A123");
  private static final PublishedDump TAPE1 =
      new PublishedDump("/dumps/tape1.bwo", 8192, "sha256:ab");
  private static final PublishedDump TAPE2 =
      new PublishedDump("/dumps/tape2.bwo", 4096, "sha256:cd");

  @TempDir Path root;
  private RunJournal journal;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void setUp() {
    journal = RunJournal.open(Catalog.open(root));
  }

  private int status(String... extra) {
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    String[] args = new String[4 + extra.length];
    args[0] = "status";
    args[1] = "--catalog";
    args[2] = root.toString();
    args[3] = "--run-id=" + RUN;
    System.arraycopy(extra, 0, args, 4, extra.length);
    return cl.execute(args);
  }

  @Test
  void anUnknownRunExits12() {
    assertThat(status()).isEqualTo(12);
    assertThat(out.toString()).startsWith("BWO614S RUN @A123 IS NOT IN THE JOURNAL OF ");
  }

  @Test
  void aRunningRunExits4() {
    try (Attempt a = journal.begin(RUN, "node-a", "sha256:5ysin")) {
      a.record(RunPhase.FROZEN, "HOLDER H1", List.of(new Leftover.Freeze("H1")));
      assertThat(status()).isEqualTo(4);
      assertThat(out.toString()).contains("ATTEMPT 1  NODE node-a", "FROZEN    HOLDER H1",
          "LEFTOVER FREEZE HELD BY H1", "BWO611W RUN @A123 IS RUNNING: ATTEMPT 1 ON NODE node-a");
    }
  }

  @Test
  void aFailedRunExits8AndAnAbandonedOneToo() {
    try (Attempt a = journal.begin(RUN, "node-a", "sha256:5ysin")) {
      a.record(RunPhase.FAILED, "RC 8");
    }
    assertThat(status()).isEqualTo(8);
    assertThat(out.toString()).contains("BWO612E RUN @A123 FAILED IN ATTEMPT 1 AFTER PHASE STARTED");
    journal.begin(RUN, "node-a", "sha256:5ysin").close();
    assertThat(status()).isEqualTo(8);
    assertThat(out.toString()).contains("BWO613E RUN @A123 WAS ABANDONED IN ATTEMPT 2");
  }

  @Test
  void aSucceededRunExits0AndShowsItsDump() {
    try (Attempt a = journal.begin(RUN, "node-a", "sha256:5ysin")) {
      a.published(new PublishedDump("/dumps/d1.bwo", 8192, "sha256:ab"));
      a.record(RunPhase.SUCCEEDED, "RC 0");
    }
    assertThat(status()).isZero();
    assertThat(out.toString()).contains("DUMP /dumps/d1.bwo  8192 BYTES  DIGEST sha256:ab",
        "BWO610I RUN @A123 SUCCEEDED IN ATTEMPT 1 AT ");
  }

  /** A run of a deck of two DUMP commands, TAPE1's and then TAPE2's dump published. */
  private void twoDumpRun() {
    try (Attempt a = journal.begin(RUN, "node-a", "sha256:5ysin")) {
      a.published(TAPE1);
      a.record(RunPhase.VERIFIED, "");
      a.published(TAPE2);
      a.record(RunPhase.VERIFIED, "");
      a.record(RunPhase.SUCCEEDED, "RC 0");
    }
  }

  @Test
  void aRunOfTwoDumpsShowsEachOfThemInOrder() {
    twoDumpRun();

    assertThat(status()).isZero();
    List<String> dumps = out.toString().lines().filter(l -> l.startsWith("  DUMP ")).toList();
    assertThat(dumps).containsExactly(
        "  DUMP /dumps/tape1.bwo  8192 BYTES  DIGEST sha256:ab",
        "  DUMP /dumps/tape2.bwo  4096 BYTES  DIGEST sha256:cd");
  }

  @Test
  void jsonListsEveryDumpAndKeepsTheLastAsDump() throws IOException {
    twoDumpRun();

    assertThat(status("--json")).isZero();
    JsonNode attempt = new ObjectMapper().readTree(out.toString()).get("attempts").get(0);
    assertThat(attempt.get("dumps")).extracting(d -> d.get("name").asText())
        .containsExactly("/dumps/tape1.bwo", "/dumps/tape2.bwo");
    assertThat(attempt.get("dumps").get(0).get("size").asLong()).isEqualTo(8192);
    assertThat(attempt.get("dumps").get(0).get("digest").asText()).isEqualTo("sha256:ab");
    assertThat(attempt.get("dump").get("name").asText()).isEqualTo("/dumps/tape2.bwo");
    assertThat(attempt.get("dump").get("size").asLong()).isEqualTo(4096);
    assertThat(attempt.get("dump").get("digest").asText()).isEqualTo("sha256:cd");
  }

  @Test
  void jsonTellsTheSameForMachines() throws IOException {
    try (Attempt a = journal.begin(RUN, "node-a", "sha256:5ysin")) {
      a.record(RunPhase.FROZEN, "HOLDER H1", List.of(new Leftover.Freeze("H1")));
      a.record(RunPhase.FAILED, "RC 8");
    }
    assertThat(status("--json")).isEqualTo(8);
    JsonNode doc = new ObjectMapper().readTree(out.toString());
    assertThat(doc.get("state").asText()).isEqualTo("FAILED");
    assertThat(doc.get("exitCode").asInt()).isEqualTo(8);
    JsonNode attempt = doc.get("attempts").get(0);
    assertThat(attempt.get("ending").asText()).isEqualTo("FAILED");
    assertThat(attempt.get("phases").get(1).get("phase").asText()).isEqualTo("FROZEN");
    assertThat(attempt.get("leftovers").get(0).get("type").asText()).isEqualTo("freeze");
    assertThat(attempt.get("dump").isNull()).isTrue();
    assertThat(attempt.get("dumps").isArray()).isTrue();
    assertThat(attempt.get("dumps")).isEmpty();
    assertThat(doc.get("owner").get("closed").asBoolean()).isTrue();
  }

  @Test
  void aMissingCatalogExits16AndIsNotCreated() {
    CommandLine cl = Main.newCommandLine();
    cl.setErr(new PrintWriter(err, true));
    Path typo = root.resolve("no-such-catalog");
    assertThat(cl.execute("status", "--catalog", typo.toString(), "--run-id", "R1")).isEqualTo(16);
    assertThat(err.toString()).startsWith("BWO107E CATALOG I/O FAILED ON " + typo);
    assertThat(typo).doesNotExist();
  }

  @Test
  void aBadRunIdExits16NotAFailureCode() {
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int rc = cl.execute("status", "--catalog", root.toString(), "--run-id", "a/b");
    assertThat(rc).isEqualTo(16);
    assertThat(err.toString()).startsWith("BWO601E RUN ID 'a/b' FROM --run-id IS NOT VALID");
  }

  @Test
  void aJudgmentJobWhoseRunIdSymbolIsEmptyExits16WithItsMessageNotAUsageError() {
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    // PARM='... status --run-id &RUNID' with RUNID= left empty.
    int rc = cl.execute("status", "--catalog", root.toString(), "--run-id");
    assertThat(rc).isEqualTo(16);
    assertThat(err.toString()).startsWith("BWO601E RUN ID '' FROM --run-id IS NOT VALID");
  }
}
