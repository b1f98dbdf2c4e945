package io.bwo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.Dsn;
import io.bwo.catalog.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    return dss(Path.of("testdata/sysin/bwodump.txt"), tape, more);
  }

  private int dss(Path sysin, Path tapeDd, String... more) {
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(new StringWriter(), true));
    cl.setErr(new PrintWriter(new StringWriter(), true));
    java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("dss",
        "--catalog", catalog.toString(), "--dd", "SYSIN=" + sysin,
        "--dd", "SYSPRINT=" + sysprint, "--dd", "TAPE=" + tapeDd));
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

  @Test
  void aDumpToDdDummyDumpsWhatItsFilterSelectsAndEndsWithReturnCodeZero() throws IOException {
    // As DFSMSdss is run to list what a filter selects (Ansible's ibm_zos_core: OUTDD on DUMMY):
    // the dump is taken, thrown away by the device, and nothing is left to read back.
    Path dummy = Path.of("/dev/null");

    assertThat(dss(Path.of("testdata/sysin/bwodump.txt"), dummy, "--run-id", "LIST1")).isZero();

    String listing = Files.readString(sysprint);
    assertThat(listing).contains("ADR734I", "BWO503I", "ADR454I",
        "BWO537I (001)-BWOPR(01), DUMP ON DD TAPE NOT READ BACK: DUMMY, A PIPE OR A DEVICE KEEPS"
            + " NOTHING TO READ", "HIGHEST RETURN CODE IS 0000").doesNotContain("BWO518I");
    assertThat(Files.isRegularFile(dummy)).isFalse();
    assertThat(dir.toFile().list()).containsExactlyInAnyOrder("catalog", "sysprint");
    // The run is done: run again, it does no work.
    assertThat(dss(Path.of("testdata/sysin/bwodump.txt"), dummy, "--run-id", "LIST1")).isZero();
    assertThat(Files.readString(sysprint)).contains("BWO604I").doesNotContain("ADR734I");
  }

  @Test
  void aSysprintLreclBelow84EndsTheStepWithReturnCode8AndAtLeast84HoldsThePageHeader()
      throws IOException {
    // JCL for DFSMSdss: SYSPRINT's LRECL is 84 to 137; below 84, RC 8 and an error message.
    try {
      System.setProperty("bwo.dd.SYSPRINT.lrecl", "80");
      assertThat(dss("--run-id", "SHORT1")).isEqualTo(8);
      assertThat(Files.readString(sysprint).replaceAll("\\s+", " ")).contains(
          "BWO015E DD SYSPRINT: LRECL 80 IS LESS THAN 84").doesNotContain("ADR101I");
      // Broken at blanks, not mid-word, each record with its carriage control.
      List<String> error = Files.readAllLines(sysprint);
      assertThat(error).hasSizeGreaterThan(1).allSatisfy(r -> assertThat(r).startsWith(" ")
          .hasSizeLessThanOrEqualTo(80));
      assertThat(String.join(" ", error.stream().map(String::strip).toList())).isEqualTo(
          "BWO015E DD SYSPRINT: LRECL 80 IS LESS THAN 84: A DFSMSDSS LISTING NEEDS AN LRECL OF 84"
              + " TO 137. THE STEP ENDS");
      assertThat(tape).doesNotExist();

      System.setProperty("bwo.dd.SYSPRINT.lrecl", "84");
      assertThat(dss("--run-id", "SHORT2")).isZero();
      List<String> records = Files.readAllLines(sysprint);
      assertThat(records.get(0)).hasSizeLessThanOrEqualTo(84)
          .matches("1PAGE 0001  .* DATA SET SERVICES  \\d{4}\\.\\d{3} \\d\\d:\\d\\d");
      assertThat(records).allSatisfy(r -> assertThat(r).hasSizeLessThanOrEqualTo(84));
      // Messages are broken at blanks to the record, as at 133, continuations indented.
      assertThat(records).anyMatch(r -> r.endsWith("DFSMSDSS PROCESSING COMPLETE. HIGHEST"))
          .contains("          RETURN CODE IS 0000")
          .anyMatch(r -> r.startsWith("          SUCCESSFUL FOR DATA SET OSB."));
    } finally {
      System.clearProperty("bwo.dd.SYSPRINT.lrecl");
    }
  }

  @Test
  void aDumpToDummyAndToAFileIsReadBackFromTheFile() throws IOException {
    Path deck = Files.write(dir.resolve("two-outdds.txt"), List.of(
        " DUMP DATASET(INCLUDE(OSB.SEG1.**)) OUTDDNAME(TAPE,TAPE2) CONCURRENT"));
    Path second = dir.resolve("second.bwo");

    assertThat(dss(deck, Path.of("/dev/null"), "--dd", "TAPE2=" + second)).isZero();

    assertThat(Files.readString(sysprint)).contains("BWO518I (001)-BWOPR(01), DUMP ON DD TAPE2"
        + " READ BACK AND VERIFIED").doesNotContain("BWO537I");
    assertThat(second).isNotEmptyFile();
  }

  @Test
  void linecntStartsANewPageEveryNLinesFromPagenoAndTheTuningKeywordsAreListedAsNoEffect()
      throws IOException {
    assertThat(dss("--parm", "LINECNT=12,PAGENO=7,SIZE=512K,UTILMSG=YES")).isZero();
    java.util.List<String> lines = Files.readAllLines(sysprint);
    assertThat(lines.get(0)).startsWith("1PAGE 0007");
    assertThat(lines).anyMatch(l -> l.startsWith("1PAGE 0008"));
    int onPage = 0;
    for (String l : lines) {
      onPage = l.startsWith("1PAGE") ? 1 : onPage + 1;
      assertThat(onPage).as("lines on the page ending at %s", l).isLessThanOrEqualTo(12);
    }
    assertThat(String.join("\n", lines))
        .contains("BWO526I (R/I)-BWOPR(01), PARM SIZE=512K,UTILMSG=YES: NO EFFECT IN BWO")
        .contains("ADR734I", "HIGHEST RETURN CODE IS 0000");
  }

  @Test
  void typrunScanChecksTheStatementsAndRunsNothing() throws IOException {
    assertThat(dss("--run-id", "SCAN1", "--parm", "TYPRUN=SCAN")).isZero();
    assertThat(Files.readString(sysprint)).contains("ADR101I", "ADR109I", "BWO527I")
        .doesNotContain("ADR006I", "BWO502I");
    assertThat(tape).doesNotExist();
    // Not the run: the real one with the same id still does its work.
    assertThat(dss("--run-id", "SCAN1")).isZero();
    assertThat(Files.readString(sysprint)).contains("ADR734I");
  }

  @Test
  void aParmAdrdssuDoesNotTakeEndsTheStepInTheListingBeforeSysinIsRead() throws IOException {
    assertThat(dss("--parm", "TYPRUN=NORUN,LINECNT=0")).isEqualTo(12);
    assertThat(Files.readString(sysprint))
        .contains("ADR009T (R/I)-DSSU (01), INVALID LINECNT VALUE SPECIFIED IN PARM STATEMENT")
        .contains("HIGHEST RETURN CODE IS 0012").doesNotContain("ADR101I");

    assertThat(dss("--parm", "LINECOUNT=60")).isEqualTo(8);
    assertThat(Files.readString(sysprint))
        .contains("BWO515E (R/I)-BWOPR(01), PARM 'LINECOUNT=60' IS NOT SUPPORTED BY BWO")
        .contains("HIGHEST RETURN CODE IS 0008");
    assertThat(tape).doesNotExist();
  }

  @Test
  void resetClearsTheChangedFlagsOfWhatWasDumpedOnlyOnceTheRunHasSucceeded() throws IOException {
    Catalog cat = Catalog.open(catalog);
    List<Dsn> changed = List.of(Dsn.parse("OSB.SEG1.PAGE02"), Dsn.parse("OSB.SEG2.PAGE01"),
        Dsn.parse("OSB.TEMP.WORK01"));
    changed.forEach(d -> cat.put(cat.get(d).withChanged(true)));
    Path incremental = dir.resolve("incremental.txt");
    Files.write(incremental, List.of(
        " DUMP DATASET(INCLUDE(OSB.**) BY(DSCHA,EQ,YES)) OUTDDNAME(TAPE) -",
        "      CONCURRENT TOLERATE(ENQFAILURE) RESET"));

    // The first attempt's RESET dump succeeds, but a later task fails the step: no flag may be
    // reset, or the re-run's BY(DSCHA,EQ,YES) would leave those data sets out of the dump that
    // replaces this one.
    Path twoTasks = dir.resolve("two-tasks.txt");
    List<String> deck = new java.util.ArrayList<>(Files.readAllLines(incremental));
    deck.add(" DUMP DATASET(INCLUDE(OSB.SEG0.**)) OUTDDNAME(NOSUCHDD) CONCURRENT");
    Files.write(twoTasks, deck);
    assertThat(dss(twoTasks, tape, "--run-id", "INCR1")).isEqualTo(8);
    assertThat(Files.readString(sysprint)).contains("ADR454I").doesNotContain("BWO529I");
    assertThat(changed).allMatch(d -> cat.get(d).changed());

    assertThat(dss(incremental, tape, "--run-id", "INCR1")).isEqualTo(4); // BWO504W
    // OSB.TEMP.WORK01 was let through by TOLERATE(ENQFAILURE), not serialized: its flag stays.
    assertThat(Files.readString(sysprint).replaceAll("\\s+", " "))
        .contains("BWO529I (001)-BWOPR(01), RESET: THE DATA-SET-CHANGED FLAG OF 2 OF THE 2 DATA SETS");
    assertThat(cat.get(changed.get(0)).changed()).isFalse();
    assertThat(cat.get(changed.get(1)).changed()).isFalse();
    assertThat(cat.get(changed.get(2)).changed()).isTrue();

    // The next incremental takes only what is still flagged.
    assertThat(dss(incremental, tape, "--run-id", "INCR2")).isEqualTo(4);
    assertThat(Files.readString(sysprint)).contains("BWO504W").contains("OSB.TEMP.WORK01")
        .doesNotContain("OSB.SEG1.PAGE02").doesNotContain("OSB.SEG2.PAGE01");
  }

  @Test
  void aRerunWhoseTapeIsElsewhereStillRemovesTheTemporaryDumpTheKilledAttemptLeft()
      throws IOException {
    // What a step killed mid-copy leaves: its temporary dump, journaled by DD and by file.
    Path left = dir.resolve("yesterday.bwo.0badf00d.tmp");
    Files.write(left, new byte[4096]);
    io.bwo.journal.RunJournal journal = io.bwo.journal.RunJournal.open(Catalog.open(catalog));
    try (io.bwo.journal.Attempt a = journal.begin(io.bwo.journal.RunId.parse("NIGHT2"), "node-a",
        "sha256:x")) {
      a.acquiring(java.util.List.of(new io.bwo.journal.Leftover.TemporaryDump("TAPE"),
          new io.bwo.journal.Leftover.TemporaryDump(left.toString())));
    }

    // The scheduler's re-run: TAPE is now a new generation, elsewhere.
    assertThat(dss("--run-id", "NIGHT2")).isZero();

    // (The listing breaks the long line before the path.)
    assertThat(Files.readString(sysprint).replaceAll("\\s+", " ")).contains("BWO606W")
        .contains("BWO519I (R/I)-BWOPR(01), LEFTOVER OF THE LAST ATTEMPT CLEANED UP: TEMPORARY DUMP "
            + left);
    assertThat(left).doesNotExist();
    assertThat(tape).exists();
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).noneMatch(f -> f.endsWith(".tmp"));
    }
  }
}
