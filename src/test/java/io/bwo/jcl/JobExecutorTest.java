package io.bwo.jcl;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.catalog.AtomicWrite;
import io.bwo.catalog.ProcessLock;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobExecutorTest {
  @TempDir Path root;
  private FakePrograms programs;
  private final Clock clock = Clock.fixed(Instant.parse("2024-05-14T12:03:04Z"), ZoneId.of("UTC"));

  @BeforeEach
  void programs() {
    programs = new FakePrograms()
        .with("RC0", Completion.normal(0))
        .with("RC4", Completion.normal(4))
        .with("RC8", Completion.normal(8))
        .with("RC12", Completion.normal(12))
        .with("ABEND", Completion.abend("S0C4"))
        .with("IEFBR14", Completion.normal(0));
  }

  private JobResult submit(String... cards) {
    return submit(Map.of(), cards);
  }

  private JobResult submit(Map<String, String> symbols, String... cards) {
    JclJob job = Jcl.read("test.jcl", String.join("\n", cards) + "\n", symbols);
    return new JobExecutor(root, programs, clock).run(job, null);
  }

  /** The steps that ran, as STEP or STEP.PROCSTEP. */
  private static List<String> ran(JobResult r) {
    return r.steps().stream().filter(s -> s.completion() != null)
        .map(s -> s.procStep() == null ? s.step() : s.step() + "." + s.procStep()).toList();
  }

  @Test
  void aJobRemovesTheWorkFoldersOfJobsThatDidNotEndAndKeepsThoseInUse() throws IOException {
    Path jes = root.resolve(".bwo").resolve("jes");
    // Killed outright: its lock file stays, nobody holds it.
    Path killed = Files.createDirectories(jes.resolve("JOB09997").resolve("temp"));
    Files.writeString(killed.resolve("SYSIN"), " DUMP DATASET(INCLUDE(**))");
    Files.createFile(jes.resolve("JOB09997").resolve(JobExecutor.WORK_LOCK));
    Files.setLastModifiedTime(jes.resolve("JOB09997"),
        FileTime.from(Instant.now().minus(java.time.Duration.ofMinutes(5))));
    // Its lock free too, but made a moment ago: a job that has not locked it yet, maybe.
    Path fresh = Files.createDirectories(jes.resolve("JOB09995"));
    Files.createFile(fresh.resolve(JobExecutor.WORK_LOCK));
    // No lock and an hour old; no lock and just made (a job starting now, maybe).
    Path old = Files.createDirectories(jes.resolve("JOB09998"));
    Files.setLastModifiedTime(old,
        FileTime.from(Instant.now().minus(java.time.Duration.ofHours(1))));
    Path young = Files.createDirectories(jes.resolve("JOB09996"));
    Path running = Files.createDirectories(jes.resolve("JOB09999"));
    try (ProcessLock held =
        ProcessLock.tryLock(running.resolve(JobExecutor.WORK_LOCK)).orElseThrow()) {
      assertThat(held).isNotNull();
      JobResult r = submit("//J JOB", "//S1 EXEC PGM=RC0");

      assertThat(r.returnCode()).isZero();
      assertThat(jes.resolve("JOB09997")).doesNotExist();
      assertThat(old).doesNotExist();
      assertThat(young).exists();
      assertThat(fresh).exists();
      assertThat(running).exists();
      assertThat(r.log()).anyMatch(l -> l.contains("BWO726I JOB JOB09997 DID NOT END"))
          .anyMatch(l -> l.contains("BWO726I JOB JOB09998 DID NOT END"));
      assertThat(jes.resolve(r.jobId())).as("its own, once it ended").doesNotExist();
    }
  }

  @Test
  void theSweepDeletesWhatADeadJobOwedAndTheDumpTemporariesOfItsDataSetsOnly(
      @TempDir Path unix) throws IOException {
    Path jes = Files.createDirectories(root.resolve(".bwo").resolve("jes"));
    Path dead = Files.createDirectories(jes.resolve("JOB09990"));
    Files.createFile(dead.resolve(JobExecutor.WORK_LOCK)); // killed: nobody holds it
    Files.createDirectories(root.resolve("datasets"));
    Path owed = Files.writeString(dataSet("HLQ.DUMP.G0003V00"), "");
    Path half = Files.writeString(dataSet("HLQ.DUMP.G0003V00.0badcafe.tmp"), "HALF A DUMP");
    Path report = Files.writeString(unix.resolve("report"), "R");
    Path users = Files.writeString(unix.resolve("report.tmp"), "THE USER'S");
    OwedDispositions.write(dead, List.of(
        new OwedDispositions.Owed("DEAD", "DUMP", "TAPE", "HLQ.DUMP.G0003V00", owed),
        new OwedDispositions.Owed("DEAD", "DUMP", "REPORT", report.toString(), report)));
    Files.setLastModifiedTime(dead,
        FileTime.from(Instant.now().minus(JobExecutor.LOCKING_GRACE.multipliedBy(2))));

    List<String> swept = JobExecutor.sweepDeadJobs(jes, "JOB09999", root.resolve("datasets"))
        .stream().map(Object::toString).toList();

    assertThat(swept).containsExactly(
        "BWO716I DEAD DUMP - DD TAPE - HLQ.DUMP.G0003V00 DELETED (JOB JOB09990 DID NOT END: ITS"
            + " ABNORMAL DISPOSITION)",
        "BWO716I DEAD DUMP - DD REPORT - " + report + " DELETED (JOB JOB09990 DID NOT END: ITS"
            + " ABNORMAL DISPOSITION)",
        "BWO726I JOB JOB09990 DID NOT END: ITS WORK FOLDER " + dead + " IS REMOVED");
    assertThat(owed).doesNotExist();
    assertThat(half).doesNotExist();
    assertThat(report).doesNotExist();
    assertThat(users).as("a UNIX file's neighbour is the user's").exists();
    assertThat(dead).doesNotExist();
  }

  private Path dataSet(String dsn) {
    return root.resolve("datasets").resolve(dsn);
  }

  @Test
  void runsStepsInOrderAndEndsWithTheHighestConditionCode() {
    JobResult r = submit("//TWO JOB", "//S1 EXEC PGM=RC4", "//S2 EXEC PGM=RC0");
    assertThat(ran(r)).containsExactly("S1", "S2");
    assertThat(r.returnCode()).isEqualTo(4);
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.jobId()).matches("JOB\\d{5}");
    assertThat(r.log()).anyMatch(l -> l.endsWith(
        "BWO711I TWO S1 - STEP WAS EXECUTED - PGM=RC4 - COND CODE 0004"));
    assertThat(r.log()).last().asString()
        .endsWith("BWO719I TWO ENDED - RC=0004 - HIGHEST CONDITION CODE 0004");
  }

  @Test
  void theJobLogReadsLikeJes2AndIsWrittenWithTheJcl() throws IOException {
    JobResult r = submit("//TWO JOB", "/*JOBPARM SYSAFF=*", "//S1 EXEC PGM=RC4",
        "//S2 EXEC PGM=RC8,COND=(4,LE)");
    String id = r.jobId();
    assertThat(r.log().subList(0, 3)).containsExactly(
        "                    J E S 2  J O B  L O G  --  L O C A L  ( B W O  S U B M I T )",
        "",
        "12.03.04 " + id + " ---- TUESDAY, 14 MAY 2024 ----");
    assertThat(r.log().subList(3, r.log().size())).containsExactly(
        "12.03.04 " + id + "  BWO710I TWO STARTED - JOB ID " + id + " - JCL test.jcl - CATALOG "
            + root.toAbsolutePath(),
        "12.03.04 " + id + "  BWO703I LINE 2: JES2 STATEMENT IGNORED LOCALLY: /*JOBPARM SYSAFF=*",
        "12.03.04 " + id + "  -JOBNAME  STEPNAME PROCSTEP PROGRAM      RC   ELAPSED",
        "12.03.04 " + id + "  BWO711I TWO S1 - STEP WAS EXECUTED - PGM=RC4 - COND CODE 0004",
        "12.03.04 " + id + "  -TWO      S1                RC4          04     0.00S",
        "12.03.04 " + id + "  BWO712I TWO S2 - STEP WAS NOT EXECUTED - COND=(4,LE) IS SATISFIED"
            + " BY S1 RC 0004",
        "12.03.04 " + id + "  -TWO      S2                RC8       FLUSH     0.00S",
        "12.03.04 " + id + "  BWO719I TWO ENDED - RC=0004 - HIGHEST CONDITION CODE 0004");
    assertThat(r.outputDir()).isEqualTo(root.resolve("joblog").resolve("TWO." + id));
    assertThat(Files.readAllLines(r.outputDir().resolve("JESMSGLG"))).isEqualTo(r.log());
    assertThat(Files.readAllLines(r.outputDir().resolve("JESJCL")))
        .startsWith("        1 //TWO JOB");
  }

  @Test
  void jobIdsCountUpPerCatalog() {
    String first = submit("//A JOB", "//S EXEC PGM=RC0").jobId();
    String second = submit("//A JOB", "//S EXEC PGM=RC0").jobId();
    assertThat(Integer.parseInt(second.substring(3)))
        .isEqualTo(Integer.parseInt(first.substring(3)) + 1);
  }

  /** IBM's example of COND return code testing in a job (z/OS MVS JCL User's Guide). */
  @Test
  void followsIbmsCondExampleStepByStep() {
    programs.with("A", Completion.normal(6)).with("B", Completion.normal(2))
        .with("C", Completion.normal(0)).with("D", Completion.normal(0))
        .with("E", Completion.normal(9)).with("F", Completion.normal(10))
        .with("G", Completion.normal(12)).with("H", Completion.normal(0))
        .with("I", Completion.normal(0));
    JobResult r = submit("//MYJOB JOB ,A.SMITH,COND=(10,LT)",
        "//STEP1 EXEC PGM=A",
        "//STEP2 EXEC PGM=B,COND=((2,EQ),(4,EQ))",
        "//STEP3 EXEC PGM=C,COND=ONLY",
        "//STEP4 EXEC PGM=D,COND=((5,GT,STEP1),(2,EQ))",
        "//STEP5 EXEC PGM=E",
        "//STEP6 EXEC PGM=F,COND=((8,GT,STEP5),EVEN)",
        "//STEP7 EXEC PGM=G,COND=(4,GT,STEP4)",
        "//STEP8 EXEC PGM=H",
        "//STEP9 EXEC PGM=I,COND=ONLY");
    assertThat(ran(r)).containsExactly("STEP1", "STEP2", "STEP5", "STEP6", "STEP7");
    assertThat(r.steps().get(7).reason()).startsWith("JOB COND=(10,LT) IS SATISFIED BY STEP7");
    assertThat(r.steps().get(8).reason()).isEqualTo(r.steps().get(7).reason());
    assertThat(r.returnCode()).isEqualTo(12);
  }

  @Test
  void anAbendBypassesTheRestUnlessEvenOnlyOrAnIfThatTestsAbend() {
    JobResult r = submit("//J JOB",
        "//S1 EXEC PGM=RC4",
        "//S2 EXEC PGM=ABEND",
        "//S3 EXEC PGM=RC0",
        "//S4 EXEC PGM=RC0,COND=EVEN",
        "//S5 EXEC PGM=RC0,COND=((4,LE,S1),EVEN)",
        "//S6 EXEC PGM=RC0,COND=ONLY",
        "//T1 IF RC = 4 THEN",
        "//S7 EXEC PGM=RC0",
        "// ENDIF",
        "//T2 IF ABEND THEN",
        "//S8 EXEC PGM=RC8",
        "// ELSE",
        "//S9 EXEC PGM=RC0",
        "// ENDIF");
    assertThat(ran(r)).containsExactly("S1", "S2", "S4", "S6", "S8");
    assertThat(r.steps().get(2).reason()).isEqualTo("AN EARLIER STEP ABENDED");
    assertThat(r.steps().get(4).reason()).startsWith("COND=(4,LE,S1) IS SATISFIED BY S1");
    assertThat(r.steps().get(6).reason()).isEqualTo("AN EARLIER STEP ABENDED");
    assertThat(r.steps().get(8).reason()).isEqualTo("IF AT LINE 11 IS TRUE");
    assertThat(r.abendCode()).isEqualTo("S0C4");
    assertThat(r.returnCode()).isEqualTo(8);
    assertThat(r.exitCode()).isEqualTo(16);
    assertThat(r.log()).anyMatch(l -> l.contains(
        "BWO713E J S2 - STEP ABENDED - PGM=ABEND - ABEND S0C4 - THE JVM CRASHED"));
    assertThat(r.log()).last().asString()
        .endsWith("BWO720E J ENDED - ABEND S0C4 - HIGHEST CONDITION CODE 0008");
  }

  @Test
  void onlyRunsAfterAnAbend() {
    JobResult r = submit("//J JOB", "//S1 EXEC PGM=RC0", "//S2 EXEC PGM=RC0,COND=ONLY");
    assertThat(ran(r)).containsExactly("S1");
    assertThat(r.steps().get(1).reason()).isEqualTo("COND=ONLY AND NO EARLIER STEP ABENDED");
  }

  /** IBM's example 9: the branch is chosen when the IF is reached, once. */
  @Test
  void theIfBranchIsFixedWhenTheIfIsReached() {
    JobResult r = submit("//JOBF JOB",
        "//STEP1 EXEC PGM=RC0",
        "//IFTEST6 IF ¬ABEND THEN",
        "//STEP2 EXEC PGM=ABEND",
        "//STEP3 EXEC PGM=RC0",
        "// ELSE",
        "//STEP4 EXEC PGM=RC0",
        "// ENDIF");
    assertThat(ran(r)).containsExactly("STEP1", "STEP2", "STEP3");
    assertThat(r.steps().get(3).reason()).isEqualTo("IF AT LINE 3 IS TRUE");
  }

  @Test
  void nestedIfsRunTheChosenBranches() {
    JobResult r = submit("//J JOB",
        "//S1 EXEC PGM=RC8",
        "//T1 IF (S1.RC > 4 & S1.RC < 12) THEN",
        "//T2 IF S1.RC = 8 THEN",
        "//S2 EXEC PGM=RC0",
        "// ELSE",
        "//S3 EXEC PGM=RC0",
        "// ENDIF",
        "// ELSE",
        "//S4 EXEC PGM=RC0",
        "// ENDIF",
        "//S5 EXEC PGM=RC0,COND=(8,EQ,S1)");
    assertThat(ran(r)).containsExactly("S1", "S2");
  }

  @Test
  void aProgramThatIsNotAvailableIsFlushedAsAbendS806() {
    JobResult r = submit("//J JOB", "//S1 EXEC PGM=IEBGENER", "//S2 EXEC PGM=RC0",
        "//S3 EXEC PGM=RC0,COND=EVEN");
    assertThat(r.steps()).extracting(StepResult::status).containsExactly(
        StepResult.Status.FLUSHED, StepResult.Status.NOT_RUN, StepResult.Status.EXECUTED);
    assertThat(r.log()).anyMatch(l -> l.contains("BWO714E J S1 - PROGRAM IEBGENER IS NOT"
        + " AVAILABLE LOCALLY (LOCAL PROGRAMS: "));
    assertThat(r.abendCode()).isEqualTo("S806");
    assertThat(r.exitCode()).isEqualTo(16);
  }

  @Test
  void givesTheProgramItsDdsParmAndJobFacts() throws IOException {
    programs.with("READ", call -> {
      String sysin = Files.readString(call.dds().get("SYSIN"));
      Files.writeString(call.dds().get("SYSPRINT"), "GOT " + sysin);
      return Completion.normal(sysin.lines().count() == 3 ? 4 : 0);
    });
    JobResult r = submit("//JOBX JOB",
        "//RUN EXEC PGM=READ,PARM='A B'",
        "//SYSPRINT DD SYSOUT=*",
        "//SYSIN DD DATA,DLM=$$",
        "//NOT A STATEMENT",
        "/* NOR A DELIMITER",
        " $$ IN DATA",
        "$$",
        "//NOTHING DD DUMMY");
    ProgramCall call = programs.call("RUN");
    assertThat(call.parm()).isEqualTo("A B");
    assertThat(call.env()).containsEntry("BWO_JOBNAME", "JOBX")
        .containsEntry("BWO_JOBID", r.jobId()).containsEntry("BWO_STEPNAME", "RUN")
        .containsEntry("BWO_CATALOG", root.toAbsolutePath().toString())
        .containsEntry("BWO_PARM", "A B")
        .containsEntry("BWO_DATASETS", root.toAbsolutePath().resolve("datasets").toString())
        .containsEntry("DD_SYSIN", call.dds().get("SYSIN").toString())
        .containsEntry("DD_NOTHING", "/dev/null");
    assertThat(Files.readString(r.outputDir().resolve("RUN.SYSPRINT")))
        .isEqualTo("GOT //NOT A STATEMENT\n/* NOR A DELIMITER\n $$ IN DATA\n");
    assertThat(r.returnCode()).isEqualTo(4);
    assertThat(call.dds().get("SYSIN")).doesNotExist(); // the work folder is gone
  }

  @Test
  void aNewLibraryIsADirectoryAndItsMembersFilesAndAMemberOfASequentialDataSetAJclError()
      throws IOException {
    JobResult r = submit("//J JOB", "//S1 EXEC PGM=IEFBR14",
        "//PDS DD DSN=HLQ.PDS,DISP=(NEW,CATLG),SPACE=(TRK,(5,5,10))",
        "//PDSE DD DSN=HLQ.PDSE,DISP=(NEW,CATLG),",
        "//        DSNTYPE=LIBRARY,SPACE=(CYL,(1,1))",
        "//PO DD DSN=HLQ.PO,DISP=(NEW,CATLG),",
        "//        DCB=(DSORG=PO,RECFM=FB,LRECL=80)",
        "//SEQ DD DSN=HLQ.SEQ,DISP=(NEW,CATLG),",
        "//        SPACE=(TRK,(5,5)),DSNTYPE=LARGE",
        "//S2 EXEC PGM=RC0",
        "//MEM DD DSN=HLQ.PDS(NEWMEM),DISP=SHR",
        "//S3 EXEC PGM=RC0",
        "//BAD DD DSN=HLQ.SEQ(MEMBER),DISP=SHR");
    assertThat(dataSet("HLQ.PDS")).isDirectory();
    assertThat(dataSet("HLQ.PDSE")).isDirectory();
    assertThat(dataSet("HLQ.PO")).isDirectory();
    assertThat(dataSet("HLQ.SEQ")).isRegularFile();
    // A member need not exist to be allocated SHR: the program's open finds it or not.
    assertThat(programs.call("S2").env())
        .containsEntry("DD_MEM", dataSet("HLQ.PDS").resolve("NEWMEM").toString());
    assertThat(dataSet("HLQ.PDS").resolve("NEWMEM")).doesNotExist();
    assertThat(r.log()).anyMatch(l -> l.endsWith("BWO715E J S3 - JCL ERROR - DD BAD: DATA SET"
        + " HLQ.SEQ IS NOT PARTITIONED: IT HAS NO MEMBER MEMBER - THE JOB ENDS"));
  }

  @Test
  void aNewMembersLibraryIsMadeAndTheMemberOnlyWhenTheProgramWritesIt() throws IOException {
    programs.with("WRITE", call -> {
      try {
        Files.writeString(call.dds().get("OUT"), "//J JOB\n");
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
      return Completion.normal(0);
    });
    JobResult r = submit("//J JOB", "//S1 EXEC PGM=IEFBR14",
        "//LIB DD DSN=HLQ.NEW.LIB(UNUSED),DISP=(NEW,CATLG),SPACE=(TRK,(1,1,5))",
        "//S2 EXEC PGM=WRITE",
        "//OUT DD DSN=HLQ.NEW.LIB(WRITTEN),DISP=SHR");
    assertThat(r.returnCode()).isZero();
    assertThat(dataSet("HLQ.NEW.LIB")).isDirectory();
    assertThat(dataSet("HLQ.NEW.LIB").resolve("UNUSED")).doesNotExist();
    assertThat(dataSet("HLQ.NEW.LIB").resolve("WRITTEN")).hasContent("//J JOB");
  }

  @Test
  void aNewDataSetKeepsItsDcbAsALabelForTheStepsAfter() throws Exception {
    JobResult r = submit("//J JOB", "//S1 EXEC PGM=IEFBR14",
        "//ACCT DD DSN=HLQ.ACCOUNTS,DISP=(NEW,CATLG),SPACE=(TRK,(1,1)),",
        "//        DCB=(RECFM=FB,LRECL=50,BLKSIZE=0)",
        "//LIB DD DSN=HLQ.LIB,DISP=(NEW,CATLG),SPACE=(TRK,(1,1,5)),",
        "//        RECFM=VB,LRECL=255",
        "//BARE DD DSN=HLQ.BARE,DISP=(NEW,CATLG),SPACE=(TRK,(1,1))",
        "//ODD DD DSN=HLQ.ODD,DISP=(NEW,CATLG),DCB=(RECFM=D,LRECL=50)");
    assertThat(r.returnCode()).isZero();
    assertThat(label(dataSet("HLQ.ACCOUNTS"))).isEqualTo("FB 50");
    assertThat(label(dataSet("HLQ.LIB"))).isEqualTo("VB 255");
    assertThat(label(dataSet("HLQ.BARE"))).isNull();
    assertThat(label(dataSet("HLQ.ODD"))).isNull(); // a tape's RECFM=D: no local meaning
    // A later program, its DD without a DCB, opens the data set at the format of its label.
    com.ibm.jzos.ZFile in =
        new com.ibm.jzos.ZFile(dataSet("HLQ.ACCOUNTS").toString(), "rb,type=record");
    try {
      assertThat(in.getRecfm()).isEqualTo("FB");
      assertThat(in.getLrecl()).isEqualTo(50);
    } finally {
      in.close();
    }
  }

  private static String label(Path file) throws IOException {
    var view = Files.getFileAttributeView(
        file, java.nio.file.attribute.UserDefinedFileAttributeView.class);
    if (!view.list().contains("bwo.dcb")) {
      return null;
    }
    java.nio.ByteBuffer value = java.nio.ByteBuffer.allocate(view.size("bwo.dcb"));
    view.read("bwo.dcb", value);
    return new String(value.array(), 0, value.position(), StandardCharsets.US_ASCII);
  }

  @Test
  void theDcbOfADataSetDdIsTheRecordFormatTheProgramGets() {
    JobResult r = submit("//J JOB", "//S EXEC PGM=RC0",
        "//OUT DD DSN=HLQ.OUT,DISP=(NEW,CATLG),",
        "//        DCB=(RECFM=FB,LRECL=200,BLKSIZE=0)",
        "//REP DD DSN=HLQ.REP,DISP=(NEW,CATLG),RECFM=VBA,LRECL=137",
        "//TAPE DD DSN=HLQ.TAPE,DISP=(NEW,CATLG),DCB=(RECFM=D,LRECL=X)",
        "//PRINT DD SYSOUT=*");
    assertThat(r.returnCode()).isZero();
    assertThat(programs.call("S").env())
        .containsEntry("DD_OUT_RECFM", "FB").containsEntry("DD_OUT_LRECL", "200")
        .containsEntry("DD_REP_RECFM", "VBA").containsEntry("DD_REP_LRECL", "137")
        .doesNotContainKeys("DD_TAPE_RECFM", "DD_TAPE_LRECL", "DD_PRINT_RECFM");
  }

  @Test
  void aDispModDataSetIsWrittenOnAtItsEndByTheProgram() throws IOException {
    // DFSMSdss's SYSPRINT to a cumulative log: each job's listing after the last.
    programs.with("LOG", call -> {
      assertThat(call.env()).containsEntry("DD_SYSPRINT_DISP", "MOD")
          .doesNotContainKey("DD_OTHER_DISP");
      return Completion.normal(0);
    });
    JobResult r = submit("//J JOB", "//S EXEC PGM=LOG",
        "//SYSPRINT DD DSN=HLQ.LOG,DISP=(MOD,CATLG),SPACE=(TRK,(5,5))",
        "//OTHER DD DSN=HLQ.OTHER,DISP=(NEW,CATLG)");
    assertThat(r.returnCode()).isZero();
    assertThat(programs.call("S").env()).containsKey("DD_SYSPRINT");
  }

  @Test
  void aConcatenationIsOneFileOfItsParts() throws IOException {
    Files.createDirectories(dataSet("HLQ.CNTL"));
    Files.writeString(dataSet("HLQ.CNTL").resolve("ONE"), "FIRST\n");
    String[] seen = new String[1];
    programs.with("READ", call -> {
      seen[0] = Files.readString(call.dds().get("SYSIN"));
      return Completion.normal(0);
    });
    submit("//J JOB", "//S EXEC PGM=READ",
        "//SYSIN DD DSN=HLQ.CNTL(ONE),DISP=SHR",
        "//      DD *",
        "SECOND",
        "/*");
    assertThat(seen[0]).isEqualTo("FIRST\nSECOND\n");
  }

  @Test
  void newCatlgDeleteKeepsTheDataSetUnlessTheStepAbends() {
    programs.with("WRITE", call -> {
      Files.writeString(call.dds().get("OUT"), "DATA");
      return Completion.normal(8);
    }).with("WRITEDIE", call -> {
      Files.writeString(call.dds().get("OUT"), "PARTIAL");
      // As a dump killed while it wrote leaves its temporary file, locked by nobody.
      Files.writeString(call.dds().get("OUT").resolveSibling("HLQ.BAD.0badcafe.tmp"), "HALF");
      return Completion.abend("S222");
    });
    JobResult ok = submit("//J JOB", "//S EXEC PGM=WRITE",
        "//OUT DD DSN=HLQ.GOOD,DISP=(NEW,CATLG,DELETE)");
    assertThat(dataSet("HLQ.GOOD")).hasContent("DATA");
    assertThat(ok.log()).anyMatch(l -> l.endsWith("BWO716I J S - DD OUT - HLQ.GOOD CATALOGED"));
    JobResult bad = submit("//J JOB", "//S EXEC PGM=WRITEDIE",
        "//OUT DD DSN=HLQ.BAD,DISP=(NEW,CATLG,DELETE)");
    assertThat(dataSet("HLQ.BAD")).doesNotExist();
    assertThat(dataSet("HLQ.BAD.0badcafe.tmp")).doesNotExist();
    assertThat(bad.log()).anyMatch(l -> l.endsWith("BWO716I J S - DD OUT - HLQ.BAD DELETED"));
  }

  /** As wazi's APPREST.jcl codes OAPP twice: z/OS allocates and disposes of both. */
  @Test
  void aDdnameCodedTwiceAllocatesAndDisposesOfBothButTheProgramSeesTheFirst() {
    boolean[] scratchAllocated = new boolean[1];
    programs.with("WRITE", call -> {
      Files.writeString(call.dds().get("OAPP"), "DATA");
      scratchAllocated[0] = Files.exists(dataSet("HLQ.SCRATCH"));
      return Completion.normal(0);
    });
    JobResult r = submit("//J JOB", "//RECV EXEC PGM=WRITE",
        "//OAPP DD DISP=(NEW,CATLG),DSN=HLQ.APPLIBS",
        "//OAPP DD DISP=(NEW,CATLG),DSN=HLQ.SYSLIBS",
        "//OAPP DD DISP=(NEW,DELETE),DSN=HLQ.SCRATCH");
    assertThat(programs.call("RECV").env())
        .containsEntry("DD_OAPP", dataSet("HLQ.APPLIBS").toAbsolutePath().toString());
    assertThat(dataSet("HLQ.APPLIBS")).hasContent("DATA");
    assertThat(dataSet("HLQ.SYSLIBS")).isEmptyFile();
    assertThat(scratchAllocated[0]).isTrue();
    assertThat(dataSet("HLQ.SCRATCH")).doesNotExist();
    assertThat(r.log()).anyMatch(l -> l.endsWith("BWO706I LINE 4: DD OAPP IS CODED AGAIN IN STEP"
            + " RECV: IT IS ALLOCATED AND DISPOSED OF, BUT THE PROGRAM SEES THE DD OF LINE 3"))
        .anyMatch(l -> l.endsWith("BWO716I J RECV - DD OAPP - HLQ.APPLIBS CATALOGED"))
        .anyMatch(l -> l.endsWith("BWO716I J RECV - DD OAPP - HLQ.SYSLIBS CATALOGED"))
        .anyMatch(l -> l.endsWith("BWO716I J RECV - DD OAPP - HLQ.SCRATCH DELETED"));
    assertThat(r.returnCode()).isZero();
  }

  @Test
  void aMissingOldDataSetIsAJclErrorThatEndsTheJob() {
    JobResult r = submit("//J JOB", "//S1 EXEC PGM=RC4",
        "//S2 EXEC PGM=RC0", "//IN DD DSN=HLQ.MISSING,DISP=SHR",
        "//S3 EXEC PGM=RC0,COND=EVEN");
    assertThat(r.steps()).extracting(StepResult::status).containsExactly(
        StepResult.Status.EXECUTED, StepResult.Status.JCL_ERROR, StepResult.Status.NOT_RUN);
    assertThat(r.log()).anyMatch(l -> l.endsWith("BWO715E J S2 - JCL ERROR - DD IN: DATA SET"
        + " HLQ.MISSING NOT FOUND (DISP=SHR) - THE JOB ENDS"));
    assertThat(r.jclError()).isTrue();
    assertThat(r.exitCode()).isEqualTo(12);
  }

  @Test
  void aNewDataSetThatExistsIsAJclError() throws IOException {
    Files.createDirectories(dataSet("HLQ.X").getParent());
    Files.writeString(dataSet("HLQ.X"), "OLD");
    JobResult r = submit("//J JOB", "//S1 EXEC PGM=RC0",
        "//A DD DSN=HLQ.NEWONE,DISP=(NEW,CATLG)",
        "//B DD DSN=HLQ.X,DISP=(NEW,CATLG)");
    assertThat(r.jclError()).isTrue();
    assertThat(dataSet("HLQ.X")).hasContent("OLD");
    assertThat(dataSet("HLQ.NEWONE")).doesNotExist(); // nothing is allocated when one DD fails
  }

  @Test
  void relativeGenerationsStayFixedForTheWholeJob() throws IOException {
    programs.with("WRITE", call -> {
      Files.writeString(call.dds().get("OUT"), call.stepName());
      return Completion.normal(0);
    }).with("READ", call -> {
      Files.writeString(call.dds().get("ECHO"), Files.readString(call.dds().get("IN")));
      return Completion.normal(0);
    });
    JobResult first = submit("//G1 JOB", "//W EXEC PGM=WRITE",
        "//OUT DD DSN=HLQ.DUMP(+1),DISP=(NEW,CATLG,DELETE)",
        "//R EXEC PGM=READ",
        "//IN DD DSN=HLQ.DUMP(+1),DISP=SHR",
        "//ECHO DD SYSOUT=*");
    assertThat(dataSet("HLQ.DUMP.G0001V00")).hasContent("W");
    assertThat(first.outputDir().resolve("R.ECHO")).hasContent("W"); // (+1), shared in step R
    JobResult second = submit("//G2 JOB", "//W2 EXEC PGM=WRITE",
        "//OUT DD DSN=HLQ.DUMP(+1),DISP=(NEW,CATLG,DELETE)",
        "//R EXEC PGM=READ",
        "//IN DD DSN=HLQ.DUMP(0),DISP=SHR",
        "//ECHO DD SYSOUT=*");
    assertThat(dataSet("HLQ.DUMP.G0002V00")).hasContent("W2");
    assertThat(Files.readString(second.outputDir().resolve("R.ECHO"))).isEqualTo("W");
    JobResult none = submit("//G3 JOB", "//R EXEC PGM=READ",
        "//IN DD DSN=HLQ.OTHER(0),DISP=SHR", "//ECHO DD SYSOUT=*");
    assertThat(none.log()).anyMatch(l -> l.contains("GENERATION HLQ.OTHER(0) DOES NOT EXIST"));
    JobResult notCreated = submit("//G4 JOB", "//R EXEC PGM=READ",
        "//IN DD DSN=HLQ.DUMP(+1),DISP=SHR", "//ECHO DD SYSOUT=*");
    assertThat(notCreated.jclError()).isTrue();
    assertThat(notCreated.log())
        .anyMatch(l -> l.contains("DATA SET HLQ.DUMP.G0003V00 NOT FOUND (DISP=SHR)"));
  }

  /** WRITE puts TEMP DATA in its OUT DD; READ copies its IN DD to its ECHO DD. */
  private void writeAndReadPrograms() {
    programs.with("WRITE", call -> {
      Files.writeString(call.dds().get("OUT"), "TEMP DATA");
      return Completion.normal(0);
    }).with("READ", call -> {
      Files.writeString(call.dds().get("ECHO"), Files.readString(call.dds().get("IN")));
      return Completion.normal(0);
    });
  }

  @Test
  void temporaryDataSetsPassBetweenStepsAndGoAtJobEnd() {
    writeAndReadPrograms();
    JobResult r = submit("//J JOB", "//S1 EXEC PGM=WRITE",
        "//OUT DD DSN=&&WORK,DISP=(NEW,PASS)",
        "//S2 EXEC PGM=READ",
        "//IN DD DSN=*.S1.OUT,DISP=(OLD,DELETE)",
        "//ECHO DD SYSOUT=*",
        "//S3 EXEC PGM=WRITE",
        "//OUT DD DSN=&&KEPT,DISP=(NEW,CATLG)");
    assertThat(r.outputDir().resolve("S2.ECHO")).hasContent("TEMP DATA");
    assertThat(r.log()).anyMatch(l -> l.endsWith("DD OUT - &&WORK PASSED"))
        .anyMatch(l -> l.endsWith("DD IN - &&WORK DELETED"))
        .anyMatch(l -> l.endsWith("DD OUT - &&KEPT PASSED"))
        .anyMatch(l -> l.endsWith("(JOB END) - DD - - &&KEPT DELETED (TEMPORARY)"));
  }

  @Test
  void ddsWithoutDsnAreTemporaryDataSetsPassedByBackReferenceAndGoneAtJobEnd() {
    writeAndReadPrograms();
    JobResult r = submit("//J JOB", "//COMPRESS EXEC PGM=WRITE",
        "//OUT      DD DISP=(,PASS),",
        "//     SPACE=(CYL,(10,10),RLSE),",
        "//     LRECL=80,BLKSIZE=0,RECFM=FB,",
        "//     UNIT=SYSDA",
        "//GZIP     EXEC PGM=READ",
        "//IN       DD DISP=(OLD,PASS),DSN=*.COMPRESS.OUT",
        "//ECHO     DD SYSOUT=*",
        "//ISPWRK1  DD DISP=(NEW,DELETE,DELETE),UNIT=VIO,SPACE=(CYL,(1,1))");
    assertThat(r.outputDir().resolve("GZIP.ECHO")).hasContent("TEMP DATA");
    assertThat(r.log()).anyMatch(l -> l.endsWith("DD OUT - &&SYS.R0000001 PASSED"))
        .anyMatch(l -> l.endsWith("DD IN - &&SYS.R0000001 PASSED"))
        .anyMatch(l -> l.endsWith("DD ISPWRK1 - &&SYS.R0000002 DELETED"))
        .anyMatch(l -> l.endsWith("(JOB END) - DD - - &&SYS.R0000001 DELETED (TEMPORARY)"));
    assertThat(r.returnCode()).isZero();
  }

  @Test
  void aNewDataSetPassedAndNeverReceivedIsDeletedAtJobEnd() {
    submit("//J JOB", "//S1 EXEC PGM=RC0", "//OUT DD DSN=HLQ.PASSED,DISP=(NEW,PASS)");
    assertThat(dataSet("HLQ.PASSED")).doesNotExist();
    submit("//J JOB", "//S1 EXEC PGM=RC0", "//OUT DD DSN=HLQ.RECV,DISP=(NEW,PASS)",
        "//S2 EXEC PGM=RC0", "//IN DD DSN=HLQ.RECV,DISP=(OLD,CATLG)");
    assertThat(dataSet("HLQ.RECV")).exists();
  }

  @Test
  void deletingAMemberDeletesTheLibraryAsOnZos() throws IOException {
    Files.createDirectories(dataSet("HLQ.LIB"));
    Files.writeString(dataSet("HLQ.LIB").resolve("M1"), "x");
    submit("//J JOB", "//S EXEC PGM=RC0", "//D DD DSN=HLQ.LIB(M1),DISP=(OLD,DELETE)");
    assertThat(dataSet("HLQ.LIB")).doesNotExist();
  }

  @Test
  void jobRcLastRcAndStepChooseTheJobsReturnCode() {
    assertThat(submit("//J JOB JOBRC=LASTRC", "//S1 EXEC PGM=RC8", "//S2 EXEC PGM=RC4")
        .returnCode()).isEqualTo(4);
    assertThat(submit("//J JOB JOBRC=(STEP,S2)", "//S1 EXEC PGM=RC8", "//S2 EXEC PGM=RC4",
        "//S3 EXEC PGM=RC12").returnCode()).isEqualTo(4);
  }

  @Test
  void restartBeginsAtTheNamedStep() {
    JobResult r = submit("//J JOB RESTART=S2", "//S1 EXEC PGM=RC8", "//S2 EXEC PGM=RC4");
    assertThat(ran(r)).containsExactly("S2");
    assertThat(r.steps().get(0).reason()).isEqualTo("RESTART=S2");
  }

  @Test
  void typrunScanRunsNothing() {
    JobResult r = submit("//J JOB TYPRUN=SCAN", "//S1 EXEC PGM=RC8",
        "//OUT DD DSN=HLQ.SCAN,DISP=(NEW,CATLG)");
    assertThat(ran(r)).isEmpty();
    assertThat(programs.calls).isEmpty();
    assertThat(dataSet("HLQ.SCAN")).doesNotExist();
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void procedureStepsRunWithTheirQualifiedNames() {
    JobResult r = submit("//J JOB",
        "//P PROC", "//A EXEC PGM=RC4", "//B EXEC PGM=RC0,COND=(4,LE,A)", "// PEND",
        "//X EXEC P",
        "//T IF X.A.RC = 4 THEN", "//Y EXEC PGM=RC0", "// ENDIF");
    assertThat(ran(r)).containsExactly("X.A", "Y");
    assertThat(programs.call("X.A").env()).containsEntry("BWO_STEPNAME", "X")
        .containsEntry("BWO_PROCSTEPNAME", "A");
  }

  @Test
  void symbolsFromTheCommandLineReachTheProgram() {
    submit(Map.of("RUNID", "R42"), "//J JOB", "//S EXEC PGM=RC0,PARM='--run-id &RUNID'");
    assertThat(programs.call("S").parm()).isEqualTo("--run-id R42");
  }

  @Test
  void vsamClustersOfTheCatalogAreUsedInPlace() throws IOException {
    io.bwo.catalog.Catalog c = io.bwo.catalog.Catalog.open(root);
    c.define(new io.bwo.catalog.CatalogEntry(io.bwo.catalog.Dsn.parse("OSB.SEG1.PAGE01"),
        io.bwo.catalog.ClusterType.LINEAR, 4096, 2, 0, true, false, clock.instant(),
        clock.instant(), io.bwo.catalog.SegmentName.parse("SEG1")));
    submit("//J JOB", "//S EXEC PGM=RC0", "//PAGE DD DSN=OSB.SEG1.PAGE01,DISP=SHR");
    assertThat(programs.call("S").dds().get("PAGE"))
        .isEqualTo(c.dataFile(io.bwo.catalog.Dsn.parse("OSB.SEG1.PAGE01")));
    JobResult r = submit("//J JOB", "//S EXEC PGM=RC0",
        "//PAGE DD DSN=OSB.SEG1.PAGE01,DISP=(OLD,DELETE)");
    assertThat(r.jclError()).isTrue();
    assertThat(Files.size(c.dataFile(io.bwo.catalog.Dsn.parse("OSB.SEG1.PAGE01"))))
        .isEqualTo(8192);
  }

  @Test
  void aJobLogThatCannotBeWrittenIsStillInTheResultAndTheJobEndsAtLeastRc4(
      @TempDir Path elsewhere) throws IOException {
    // Its job log's file cannot be made, as on a full disk.
    Files.createDirectories(elsewhere.resolve("JESMSGLG"));
    JclJob job = Jcl.read("test.jcl", "//J JOB\n//S1 EXEC PGM=RC0\n"
        + "//OUT DD DSN=HLQ.KEPT,DISP=(NEW,CATLG,DELETE)\n", Map.of());

    JobResult r = new JobExecutor(root, programs, clock).run(job, elsewhere);

    assertThat(r.returnCode()).isZero();
    assertThat(r.outputLost()).isNotNull();
    assertThat(r.exitCode()).isEqualTo(4);
    assertThat(r.log()).anyMatch(l -> l.contains("BWO719I J ENDED - RC=0000"))
        .last().asString().contains("BWO727W J - THE JOB LOG CANNOT BE WRITTEN TO " + elsewhere);
    assertThat(dataSet("HLQ.KEPT")).as("its dispositions applied").exists();
  }

  @Test
  void aJobWhoseOwedDeletionsCannotBeRecordedRunsOnAndSaysSo() throws IOException {
    String first = submit("//J JOB", "//S EXEC PGM=RC0").jobId();
    String next = String.format("JOB%05d", Integer.parseInt(first.substring(3)) + 1);
    // Its list cannot be replaced, as on a full disk.
    Files.createDirectories(root.resolve(".bwo/jes").resolve(next)
        .resolve(AtomicWrite.temporarySibling(Path.of(OwedDispositions.FILE))).resolve("full"));

    JobResult r = submit("//J JOB", "//S EXEC PGM=RC0",
        "//OUT DD DSN=HLQ.OWED,DISP=(NEW,CATLG,DELETE)", "//S2 EXEC PGM=RC0",
        "//OUT DD DSN=HLQ.OWED2,DISP=(NEW,CATLG,DELETE)");

    assertThat(r.jobId()).isEqualTo(next);
    assertThat(r.returnCode()).isZero();
    assertThat(r.log()).filteredOn(l -> l.contains("BWO728W")).singleElement().asString()
        .contains("BWO728W J - WHAT THE JOB WOULD DELETE IF IT DIED CANNOT BE RECORDED");
    assertThat(dataSet("HLQ.OWED")).exists();
    assertThat(dataSet("HLQ.OWED2")).exists();
  }

  @Test
  void writesTheJobOutputWhereAsked(@TempDir Path elsewhere) throws IOException {
    programs.with("PRINT", call -> {
      Files.writeString(call.dds().get("SYSPRINT"), "LISTING", StandardCharsets.UTF_8);
      return Completion.normal(0);
    });
    JclJob job = Jcl.read("x", "//J JOB\n//S EXEC PGM=PRINT\n//SYSPRINT DD SYSOUT=*\n",
        Map.of());
    JobResult r = new JobExecutor(root, programs, clock).run(job, elsewhere.resolve("out"));
    assertThat(elsewhere.resolve("out").resolve("S.SYSPRINT")).hasContent("LISTING");
    assertThat(elsewhere.resolve("out").resolve("JESMSGLG")).exists();
    assertThat(r.outputDir()).isEqualTo(elsewhere.resolve("out").toAbsolutePath());
  }
}
