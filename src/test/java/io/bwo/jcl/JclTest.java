package io.bwo.jcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JclTest {

  static JclJob read(String... cards) {
    return read(Map.of(), cards);
  }

  static JclJob read(Map<String, String> symbols, String... cards) {
    return Jcl.read("test.jcl", String.join("\n", cards) + "\n", symbols);
  }

  static void assertRefused(Msg id, int line, String reason, String... cards) {
    assertThatThrownBy(() -> read(cards))
        .isInstanceOfSatisfying(BwoException.class, e -> {
          assertThat(e.message().id()).isEqualTo(id);
          assertThat(e.message().args().get(0)).isEqualTo(String.valueOf(line));
          assertThat(e.message().args().get(1)).contains(reason);
        });
  }

  private static JobNode.Step step(JclJob job, int index) {
    return job.steps().get(index);
  }

  private static DataDefinition dd(JobNode.Step s, String name) {
    return s.dds().stream().filter(d -> d.name().equals(name)).findFirst().orElseThrow().first();
  }

  @Test
  void readsAStepWithItsProgramParmAndDds() {
    JclJob job = read(
        "//BWODUMP  JOB (ACCT),'BWO',CLASS=A,MSGCLASS=X,NOTIFY=&SYSUID",
        "//DUMP     EXEC PGM=ADRDSSU,PARM='TYPRUN=NORUN',REGION=0M",
        "//SYSPRINT DD SYSOUT=*",
        "//TAPE     DD DSN=HLQ.BACKUP.DUMP(+1),DISP=(NEW,CATLG,DELETE),",
        "//            UNIT=SYSDA,SPACE=(CYL,(100,50),RLSE)",
        "//NOTHING  DD DUMMY",
        "//CFG      DD PATH='/u/bwo/cfg.json'",
        "//SYSIN    DD *",
        " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE)",
        "/*");
    assertThat(job.name()).isEqualTo("BWODUMP");
    JobNode.Step s = step(job, 0);
    assertThat(s.name()).isEqualTo("DUMP");
    assertThat(s.program()).isEqualTo("ADRDSSU");
    assertThat(s.parm()).isEqualTo("TYPRUN=NORUN");
    assertThat(dd(s, "SYSPRINT")).isEqualTo(new DataDefinition.Sysout("*"));
    DataDefinition.DataSet tape = (DataDefinition.DataSet) dd(s, "TAPE");
    assertThat(tape.dsn()).isEqualTo(
        new DsnRef(DsnRef.Kind.GENERATION, "HLQ.BACKUP.DUMP", 1, null));
    assertThat(tape.disposition()).isEqualTo(new Disposition(Disposition.Status.NEW,
        Disposition.Action.CATLG, Disposition.Action.DELETE));
    assertThat(tape.attributes()).containsEntry("SPACE", "(CYL,(100,50),RLSE)")
        .containsEntry("UNIT", "SYSDA");
    assertThat(dd(s, "NOTHING")).isEqualTo(new DataDefinition.Dummy());
    assertThat(dd(s, "CFG")).isEqualTo(
        new DataDefinition.UnixFile("/u/bwo/cfg.json", false, "KEEP", "KEEP"));
    assertThat(dd(s, "SYSIN")).isEqualTo(new DataDefinition.InStream(
        List.of(" DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE)")));
  }

  @Test
  void parmIsPassedWithoutParenthesesOrApostrophesAndWithSingleAmpersands() {
    JclJob job = read("//J JOB",
        "//S1 EXEC PGM=P1,PARM=(DECK,'12+80',NOMAP)",
        "//S2 EXEC PGM=P2,PARM='IT''S 3462&&5'",
        "//S3 EXEC PGM=P3,PARM=(A,",
        "//             B)");
    assertThat(job.steps()).extracting(JobNode.Step::parm)
        .containsExactly("DECK,12+80,NOMAP", "IT'S 3462&5", "A,B");
  }

  @Test
  void refusesAParmLongerThan100Characters() {
    assertRefused(Msg.BWO701E, 2, "PARM HAS 103 CHARACTERS", "//J JOB",
        "//S1 EXEC PGM=P1,PARM='" + "X".repeat(45),
        "//             " + "Y".repeat(55) + "'");
  }

  @Test
  void substitutesSetSymbolsWithTheirDelimitingPeriod() {
    JclJob job = read("//J JOB",
        "// SET HLQ=PROD,RUN='R 1'",
        "//S1 EXEC PGM=JVMLDM86,PARM='/ io.bwo.cli.Main status --run-id &RUN'",
        "//OUT DD DSN=&HLQ..BWO.&HLQ.X,DISP=SHR");
    JobNode.Step s = step(job, 0);
    assertThat(s.parm()).isEqualTo("/ io.bwo.cli.Main status --run-id R 1");
    assertThat(((DataDefinition.DataSet) dd(s, "OUT")).dsn().name()).isEqualTo("PROD.BWO.PRODX");
  }

  @Test
  void setOptionsWinOverTheJobsSetStatements() {
    JclJob job = read(Map.of("RUNID", "FROMCLI"), "//J JOB",
        "// SET RUNID=INJCL",
        "//S1 EXEC PGM=P,PARM='&RUNID'");
    assertThat(step(job, 0).parm()).isEqualTo("FROMCLI");
  }

  @Test
  void refusesAnUndefinedSymbolOutsideApostrophes() {
    assertRefused(Msg.BWO701E, 2, "SYMBOL &NOPE IS NOT DEFINED", "//J JOB",
        "//S1 EXEC PGM=P,PARM=&NOPE");
  }

  @Test
  void keepsAnUndefinedSymbolInsideParmApostrophesAsWritten() {
    JclJob job = read("//J JOB", "//S1 EXEC PGM=P,PARM='A&NOPE'");
    assertThat(step(job, 0).parm()).isEqualTo("A&NOPE");
  }

  @Test
  void runsAnInStreamProcedureWithDefaultsOverridesAndAddedDds() {
    JclJob job = read("//J JOB",
        "//BWOPROC  PROC HLQ=TEST,LVL=1",
        "//FIRST    EXEC PGM=PGMA,PARM='&HLQ-&LVL'",
        "//IN       DD DSN=&HLQ..IN,DISP=SHR",
        "//OUT      DD SYSOUT=*",
        "//SECOND   EXEC PGM=PGMB,PARM=KEEPME",
        "//IN       DD DSN=&HLQ..IN2,DISP=SHR",
        "//         PEND",
        "//RUN      EXEC BWOPROC,HLQ=PROD,COND=(4,LT)",
        "//IN       DD DSN=PROD.OTHER,DISP=OLD",
        "//EXTRA    DD DUMMY",
        "//SECOND.IN DD SYSOUT=A");
    assertThat(job.steps()).extracting(JobNode.Step::qualifiedName, JobNode.Step::program,
            JobNode.Step::parm)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("RUN.FIRST", "PGMA", "PROD-1"),
            org.assertj.core.groups.Tuple.tuple("RUN.SECOND", "PGMB", "KEEPME"));
    JobNode.Step first = step(job, 0);
    assertThat(first.cond().tests()).hasSize(1);
    assertThat(step(job, 1).cond()).isEqualTo(first.cond());
    DataDefinition.DataSet in = (DataDefinition.DataSet) dd(first, "IN");
    assertThat(in.dsn().name()).isEqualTo("PROD.OTHER");
    assertThat(in.disposition().status()).isEqualTo(Disposition.Status.OLD);
    assertThat(dd(first, "EXTRA")).isEqualTo(new DataDefinition.Dummy());
    assertThat(dd(step(job, 1), "IN")).isEqualTo(new DataDefinition.Sysout("A"));
  }

  @Test
  void aParmOnTheCallGoesToTheFirstProcedureStepAndNullifiesTheOthers() {
    JclJob job = read("//J JOB",
        "//P PROC",
        "//A EXEC PGM=PA,PARM=ONE",
        "//B EXEC PGM=PB,PARM=TWO",
        "// PEND",
        "//X EXEC P,PARM=NEW",
        "//Y EXEC P,PARM.B=NEWB");
    assertThat(job.steps()).extracting(JobNode.Step::parm)
        .containsExactly("NEW", null, "ONE", "NEWB");
  }

  @Test
  void callsIbmsJzosSampleProcedureWithoutAProcedureLibrary() {
    JclJob job = read("//J JOB",
        "//BWO EXEC JVMPRC86,JAVACLS='io.bwo.cli.Main',ARGS='verify --indd TAPE'",
        "//STDENV DD *",
        "export JAVA_HOME=/usr/lpp/java/J8.0_64",
        "/*");
    JobNode.Step s = step(job, 0);
    assertThat(s.qualifiedName()).isEqualTo("BWO.JAVAJVM");
    assertThat(s.program()).isEqualTo("JVMLDM86");
    assertThat(s.parm()).isEqualTo("/ io.bwo.cli.Main verify --indd TAPE");
    assertThat(s.dds()).extracting(DdStatement::name).containsExactly("SYSPRINT", "SYSOUT",
        "STDOUT", "STDERR", "CEEDUMP", "ABNLIGNR", "STDENV");
  }

  @Test
  void refusesASymbolOnTheCallThatTheProcedureDoesNotUse() {
    assertRefused(Msg.BWO701E, 5, "SYMBOL HLQ IS NOT USED IN PROCEDURE P", "//J JOB",
        "//P PROC", "//A EXEC PGM=PA", "// PEND", "//X EXEC P,HLQ=X");
  }

  @Test
  void refusesAProcedureThatIsNotInTheJob() {
    assertRefused(Msg.BWO702E, 2, "PROCEDURE MYPROC IS NOT IN THIS JOB", "//J JOB",
        "//S EXEC MYPROC");
  }

  @Test
  void buildsIfThenElseStructure() {
    JclJob job = read("//J JOB",
        "//S1 EXEC PGM=A",
        "//T1 IF (S1.RC > 4 | ABEND) THEN",
        "//S2 EXEC PGM=B",
        "//   ELSE",
        "//T2 IF S1.RC = 0 THEN",
        "//S3 EXEC PGM=C",
        "//   ENDIF",
        "//   ENDIF",
        "//S4 EXEC PGM=D");
    assertThat(job.body()).hasSize(3);
    JobNode.If outer = (JobNode.If) job.body().get(1);
    assertThat(outer.expression().testsAbend()).isTrue();
    assertThat(outer.thenPart()).singleElement().extracting(n -> ((JobNode.Step) n).name())
        .isEqualTo("S2");
    assertThat(outer.elsePart()).singleElement().isInstanceOf(JobNode.If.class);
    assertThat(job.steps()).extracting(JobNode.Step::name).containsExactly("S1", "S2", "S3",
        "S4");
  }

  @Test
  void refusesUnbalancedIfConstructs() {
    assertRefused(Msg.BWO701E, 2, "IF WITHOUT ENDIF", "//J JOB", "//T IF RC = 0 THEN",
        "//S EXEC PGM=A");
    assertRefused(Msg.BWO701E, 3, "ELSE WITHOUT IF", "//J JOB", "//S EXEC PGM=A", "// ELSE");
    assertRefused(Msg.BWO701E, 3, "ENDIF WITHOUT IF", "//J JOB", "//S EXEC PGM=A", "// ENDIF");
  }

  @Test
  void refusesReferencesToStepsThatDoNotComeBefore() {
    assertRefused(Msg.BWO701E, 3, "NO EARLIER STEP IS NAMED S9", "//J JOB", "//S1 EXEC PGM=A",
        "//S2 EXEC PGM=B,COND=(0,NE,S9)");
    assertRefused(Msg.BWO701E, 3, "NO EARLIER STEP IS NAMED S9", "//J JOB", "//S1 EXEC PGM=A",
        "//T IF S9.RC = 0 THEN", "//S2 EXEC PGM=B", "// ENDIF");
  }

  @Test
  void refusesLibrariesAndStatementsItDoesNotSupportWithTheirLine() {
    assertRefused(Msg.BWO702E, 2, "JCLLIB", "//J JOB", "//LIB JCLLIB ORDER=SYS1.PROCLIB",
        "//S EXEC PGM=A");
    assertRefused(Msg.BWO702E, 3, "INCLUDE", "//J JOB", "//S EXEC PGM=A",
        "//INC INCLUDE MEMBER=X");
    assertRefused(Msg.BWO702E, 2, "THE OUTPUT STATEMENT", "//J JOB", "//O OUTPUT CLASS=A");
    assertRefused(Msg.BWO702E, 3, "DD PARAMETER SUBSYS", "//J JOB", "//S EXEC PGM=A",
        "//D DD SUBSYS=(X)");
    assertRefused(Msg.BWO702E, 1, "TYPRUN=HOLD", "//J JOB TYPRUN=HOLD", "//S EXEC PGM=A");
    assertRefused(Msg.BWO702E, 2, "PARMDD", "//J JOB", "//S EXEC PGM=A,PARMDD=X");
    assertRefused(Msg.BWO702E, 3, "SYMBOLS=EXECSYS", "//J JOB", "//S EXEC PGM=A",
        "//D DD *,SYMBOLS=EXECSYS", "X", "/*");
    assertRefused(Msg.BWO702E, 3, "SYMBOLS=EXECSYS", "//J JOB", "//S EXEC PGM=A",
        "//D DD *,SYMBOLS=(EXECSYS,LOG)", "X", "/*");
  }

  @Test
  void refusesInvalidJcl() {
    assertRefused(Msg.BWO701E, 1, "THE FIRST STATEMENT MUST BE JOB", "//S EXEC PGM=A");
    assertRefused(Msg.BWO701E, 2, "UNKNOWN EXEC PARAMETER FOO", "//J JOB",
        "//S EXEC PGM=A,FOO=1");
    assertRefused(Msg.BWO701E, 2, "'exec' IS NOT A JCL OPERATION (JCL IS UPPER CASE)",
        "//J JOB", "//S exec PGM=A");
    assertRefused(Msg.BWO701E, 3, "DD NAME", "//J JOB", "//S EXEC PGM=A",
        "//TOOLONGNAME DD DUMMY");
    assertRefused(Msg.BWO701E, 2, "DD OUTSIDE A STEP", "//J JOB", "//D DD DUMMY");
    assertRefused(Msg.BWO701E, 3, "DISP=(NEW,PASS,PASS)", "//J JOB", "//S EXEC PGM=A",
        "//D DD DSN=A.B,DISP=(NEW,PASS,PASS)");
    assertRefused(Msg.BWO701E, 3, "QUALIFIER 2 (9BAD)", "//J JOB", "//S EXEC PGM=A",
        "//D DD DSN=A.9BAD,DISP=SHR");
    assertRefused(Msg.BWO701E, 1, "THE JOB HAS NO EXEC", "//J JOB");
    assertRefused(Msg.BWO701E, 3, "A SECOND JOB", "//J JOB", "//S EXEC PGM=A", "//K JOB");
  }

  /**
   * IBM, z/OS MVS JCL Reference, DD name field: under JES2 both DDs of a duplicate ddname are
   * allocated and disposed of, and every reference goes to the first.
   */
  @Test
  void aDdnameCodedTwiceInAStepIsKeptTwiceAndReferencesGoToTheFirst() {
    JclJob job = read("//J JOB", "//RECV EXEC PGM=A",
        "//OAPP DD DSN=HLQ.APPLIBS,DISP=(NEW,CATLG)",
        "//OAPP DD DSN=HLQ.SYSLIBS,DISP=(NEW,CATLG)",
        "//COPY DD DSN=*.OAPP,DISP=SHR");
    JobNode.Step s = step(job, 0);
    assertThat(s.dds()).extracting(DdStatement::name).containsExactly("OAPP", "OAPP", "COPY");
    assertThat(((DataDefinition.DataSet) dd(s, "COPY")).dsn().name()).isEqualTo("HLQ.APPLIBS");
    assertThat(job.notes()).singleElement().isEqualTo(
        Message.of(Msg.BWO706I, 4, "OAPP", "RECV", 3));
    // A step without a name is named as the job log names it: by its line.
    assertThat(read("//J JOB", "// EXEC PGM=A", "//OUT DD DUMMY", "//OUT DD DUMMY").notes())
        .singleElement().isEqualTo(Message.of(Msg.BWO706I, 4, "OUT", "L2", 3));
  }

  @Test
  void aDdnameTwiceInAProcedureStepIsOverriddenInOrderAndAnAdditionMayRepeatIt() {
    JclJob job = read("//J JOB",
        "//P PROC",
        "//A EXEC PGM=PA",
        "//OUT DD SYSOUT=A",
        "//OUT DD SYSOUT=B",
        "// PEND",
        "//X EXEC P",
        "//A.OUT DD SYSOUT=C",
        "//A.OUT DD SYSOUT=D",
        "//A.ADD DD DUMMY",
        "//A.ADD DD SYSOUT=E");
    assertThat(step(job, 0).dds()).extracting(DdStatement::name, DdStatement::first)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("OUT", new DataDefinition.Sysout("C")),
            org.assertj.core.groups.Tuple.tuple("OUT", new DataDefinition.Sysout("D")),
            org.assertj.core.groups.Tuple.tuple("ADD", new DataDefinition.Dummy()),
            org.assertj.core.groups.Tuple.tuple("ADD", new DataDefinition.Sysout("E")));
    assertThat(job.notes()).containsExactly(Message.of(Msg.BWO706I, 5, "OUT", "X.A", 4),
        Message.of(Msg.BWO706I, 11, "ADD", "X.A", 10));
  }

  @Test
  void readsDataSetNameForms() {
    JclJob job = read("//J JOB",
        "//S EXEC PGM=A",
        "//LIB DD DSN=HLQ.CNTL(DUMPCTL),DISP=SHR",
        "//TMP DD DSN=&&WORK,DISP=(NEW,PASS)",
        "//OLD DD DSNAME=HLQ.GDG(-1),DISP=OLD",
        "//NUL DD DSN=NULLFILE",
        "//S2 EXEC PGM=B",
        "//IN DD DSN=*.S.TMP,DISP=(OLD,DELETE)");
    JobNode.Step s = step(job, 0);
    assertThat(((DataDefinition.DataSet) dd(s, "LIB")).dsn())
        .isEqualTo(new DsnRef(DsnRef.Kind.CATALOGED, "HLQ.CNTL", 0, "DUMPCTL"));
    assertThat(((DataDefinition.DataSet) dd(s, "TMP")).dsn())
        .isEqualTo(new DsnRef(DsnRef.Kind.TEMPORARY, "WORK", 0, null));
    assertThat(((DataDefinition.DataSet) dd(s, "OLD")).dsn().generation()).isEqualTo(-1);
    assertThat(dd(s, "NUL")).isEqualTo(new DataDefinition.Dummy());
    DataDefinition.DataSet back = (DataDefinition.DataSet) dd(step(job, 1), "IN");
    assertThat(back.dsn().kind()).isEqualTo(DsnRef.Kind.TEMPORARY);
    assertThat(back.disposition().normal()).isEqualTo(Disposition.Action.DELETE);
  }

  @Test
  void aNewDdWithoutDsnIsATemporaryDataSetTheSystemNames() {
    JclJob job = read("//J JOB",
        "//COPYDLL  EXEC PGM=IKJEFT1A",
        "//ISPWRK1  DD DISP=(NEW,DELETE,DELETE),",
        "//            UNIT=VIO,SPACE=(CYL,(1,1))",
        "//ISPPROF  DD UNIT=SYSDA,DCB=(DSORG=PO,RECFM=FB,LRECL=80),",
        "//            SPACE=(TRK,(5,5,5))",
        "//OUTPUT   DD DISP=(,PASS),SPACE=(CYL,(10,10),RLSE),UNIT=SYSDA",
        "//GZIP     EXEC PGM=COZBATCH",
        "//IN       DD DISP=(OLD,PASS),DSN=*.COPYDLL.OUTPUT");
    JobNode.Step s = step(job, 0);
    DataDefinition.DataSet work = (DataDefinition.DataSet) dd(s, "ISPWRK1");
    DataDefinition.DataSet prof = (DataDefinition.DataSet) dd(s, "ISPPROF");
    DataDefinition.DataSet out = (DataDefinition.DataSet) dd(s, "OUTPUT");
    assertThat(List.of(work, prof, out)).allSatisfy(d -> {
      assertThat(d.dsn().kind()).isEqualTo(DsnRef.Kind.TEMPORARY);
      assertThat(d.disposition().status()).isEqualTo(Disposition.Status.NEW);
    });
    assertThat(List.of(work.dsn(), prof.dsn(), out.dsn())).doesNotHaveDuplicates();
    assertThat(work.disposition().normal()).isEqualTo(Disposition.Action.DELETE);
    assertThat(work.attributes()).containsEntry("UNIT", "VIO");
    assertThat(((DataDefinition.DataSet) dd(step(job, 1), "IN")).dsn()).isEqualTo(out.dsn());
  }

  @Test
  void anOldDdWithoutDsnOnAVolumeIsAVolumeDdNotSupportedLocally() {
    // IBM's DFSMSdss example (COPY, r2244): the DDs are the volumes themselves.
    assertRefused(Msg.BWO702E, 4, "A VOLUME DD (NO DSN, VOL=(PRIVATE,SER=111111), DISP=OLD)",
        "//JOB1     JOB   accounting information,REGION=nnnnK",
        "//STEP1    EXEC  PGM=ADRDSSU",
        "//SYSPRINT DD    SYSOUT=A",
        "//DASD1    DD    UNIT=3380,VOL=(PRIVATE,SER=111111),DISP=OLD",
        "//DASD2    DD    UNIT=3380,VOL=(PRIVATE,SER=222222),DISP=OLD",
        "//SYSIN    DD    *",
        "  command input",
        "/*");
    assertRefused(Msg.BWO702E, 4, "A VOLUME DD (NO DSN, VOL=SER=ZVOL00, DISP=SHR)",
        "//DMPZV00  JOB (ACCT),'DUMP ZVOL00',CLASS=A,MSGCLASS=X",
        "//STEP01   EXEC PGM=ADRDSSU,REGION=0M",
        "//SYSPRINT DD SYSOUT=*",
        "//DASD1    DD UNIT=3390,VOL=SER=ZVOL00,DISP=SHR");
  }

  @Test
  void anExistingDataSetWithoutDsnOrVolumeIsRefused() {
    assertRefused(Msg.BWO701E, 3, "DISP=SHR WITHOUT DSN", "//J JOB", "//S EXEC PGM=A",
        "//IN DD DISP=SHR,UNIT=SYSDA");
    assertRefused(Msg.BWO701E, 3, "THE DD DEFINES NO DATA", "//J JOB", "//S EXEC PGM=A",
        "//IN DD");
  }

  @Test
  void concatenatesUnnamedDds() {
    JclJob job = read("//J JOB", "//S EXEC PGM=A",
        "//SYSIN DD DSN=HLQ.CNTL(ONE),DISP=SHR",
        "//      DD *",
        " MORE",
        "/*");
    assertThat(step(job, 0).dds()).singleElement().extracting(d -> d.parts().size())
        .isEqualTo(2);
  }

  @Test
  void aJobLibraryAndTheLibrariesConcatenatedToItAreNotAllocated() {
    JclJob job = read("//KC03CAFJ JOB CLASS=A,MSGCLASS=O",
        "//JOBLIB   DD DSN=DB2.DSN610.SDSNEXIT,DISP=SHR",
        "//         DD DSN=DB2.DSN610.SDSNLOAD,DISP=SHR",
        "//*  A COMMENT BETWEEN THE LIBRARIES AND THE FIRST STEP",
        "//STEP1    EXEC PGM=IEFBR14",
        "//SYSPRINT DD SYSOUT=*");
    assertThat(step(job, 0).dds()).extracting(DdStatement::name).containsExactly("SYSPRINT");
  }

  @Test
  void aLibraryConcatenatesToJoblibOnlyRightAfterIt() {
    assertRefused(Msg.BWO701E, 4, "DD OUTSIDE A STEP", "//J JOB",
        "//JOBLIB DD DSN=DB2.DSN610.SDSNEXIT,DISP=SHR",
        "// SET HLQ=PROD",
        "//       DD DSN=DB2.DSN610.SDSNLOAD,DISP=SHR",
        "//S EXEC PGM=A");
  }

  // (JCLONLY,SUBST): a public RECVLIBS job's, with no SUBST DD in the step. IBM does not log
  // where the logging DD cannot be opened; the job runs the same.
  @ParameterizedTest
  @ValueSource(strings = {"JCLONLY", "(JCLONLY)", "(JCLONLY,SUBST)"})
  void substitutesOnlyExportedSymbolsInDataWithSymbolsJclOnly(String symbols) {
    JclJob job = read("//J JOB", "// EXPORT SYMLIST=(HLQ)", "// SET HLQ=PROD,TAPE=T1",
        "//S EXEC PGM=A",
        "//SYSIN DD *,SYMBOLS=" + symbols,
        " DUMP DATASET(INCLUDE(&HLQ..**)) OUTDD(&TAPE) &UNDEF",
        "/*",
        "//RAW DD *",
        " &HLQ",
        "/*");
    assertThat(dd(step(job, 0), "SYSIN")).isEqualTo(new DataDefinition.InStream(
        List.of(" DUMP DATASET(INCLUDE(PROD.**)) OUTDD(&TAPE) &UNDEF")));
    assertThat(dd(step(job, 0), "RAW")).isEqualTo(new DataDefinition.InStream(List.of(" &HLQ")));
  }

  @Test
  void exportSymlistStarExportsTheSymbolsSetAfterItToAJzosStdenv() {
    JclJob job = read("//JOBNAME  JOB CLASS=A,NOTIFY=&SYSUID",
        "// SET EARLY=BEFORE",
        "// EXPORT SYMLIST=*",
        "// SET JAVA='/usr/lpp/java/J8.0'",
        "// SET EZSMFDIR='./java/easysmf-je-1-9-3'",
        "//G        EXEC PGM=JVMLDM80,REGION=0M,",
        "//   PARM='/ com.blackhillsoftware.samples.RecordCount'",
        "//STDENV   DD *,SYMBOLS=JCLONLY",
        "export JAVA_HOME=&JAVA",
        "CP=\"${CP}\":\"&EZSMFDIR./jar/easysmf-je-1.9.3.jar\"",
        "# &EARLY WAS SET BEFORE THE EXPORT",
        "/*");
    assertThat(dd(step(job, 0), "STDENV")).isEqualTo(new DataDefinition.InStream(List.of(
        "export JAVA_HOME=/usr/lpp/java/J8.0",
        "CP=\"${CP}\":\"./java/easysmf-je-1-9-3/jar/easysmf-je-1.9.3.jar\"",
        "# &EARLY WAS SET BEFORE THE EXPORT")));
  }

  @Test
  void exportedSymbolsTakeTheValueLastSetBeforeTheNextStepAsInIbmsExample() {
    // IBM's EXPORT example 2, each step reading its exported symbols from in-stream data.
    JclJob job = read("//J JOB",
        "//MYEXPR1 EXPORT SYMLIST=(SYM1,SYM2)",
        "//        SET    SYM1=SYMVAL1,SYM2=SYMVAL2",
        "//STEP1   EXEC   PGM=MYPROG1",
        "//IN      DD     *,SYMBOLS=(JCLONLY)", " &SYM1 &SYM2 &SYM3", "/*",
        "//STEP2   EXEC   PGM=MYPROG1",
        "//IN      DD     *,SYMBOLS=(JCLONLY)", " &SYM1 &SYM2 &SYM3", "/*",
        "//        SET    SYM1=NEWSYMVAL",
        "//MYEXPR2 EXPORT SYMLIST=SYM3",
        "//STEP3   EXEC   PGM=MYPROG1",
        "//IN      DD     *,SYMBOLS=(JCLONLY)", " &SYM1 &SYM2 &SYM3", "/*",
        "//STEP4   EXEC   PGM=MYPROG1",
        "//IN      DD     *,SYMBOLS=(JCLONLY)", " &SYM1 &SYM2 &SYM3", "/*",
        "//        SET    SYM3=SYMVAL3",
        "//STEP5   EXEC   PGM=MYPROG1",
        "//IN      DD     *,SYMBOLS=(JCLONLY)", " &SYM1 &SYM2 &SYM3", "/*");
    assertThat(job.steps()).extracting(s -> ((DataDefinition.InStream) dd(s, "IN")).records())
        .containsExactly(List.of(" SYMVAL1 SYMVAL2 &SYM3"), List.of(" NEWSYMVAL SYMVAL2 &SYM3"),
            List.of(" NEWSYMVAL SYMVAL2 &SYM3"), List.of(" NEWSYMVAL SYMVAL2 SYMVAL3"),
            List.of(" NEWSYMVAL SYMVAL2 SYMVAL3"));
  }

  @Test
  void sysuidIsSubstitutedInDataWithoutExportWithJessValue() {
    JclJob job = read("//J JOB", "// SET SYSUID=OTHER", "//S EXEC PGM=A,PARM='&SYSUID'",
        "//SYSIN DD *,SYMBOLS=JCLONLY",
        " OWNER(&SYSUID)",
        "/*");
    assertThat(step(job, 0).parm()).isEqualTo("OTHER");
    assertThat(dd(step(job, 0), "SYSIN")).isEqualTo(new DataDefinition.InStream(
        List.of(" OWNER(" + Jcl.userId() + ")")));
  }

  @Test
  void setOptionsAreExportedAsSymbolsPassedBySubmittingJobsAre() {
    JclJob job = read(Map.of("RUNID", "NIGHT1"), "//J JOB", "//S EXEC PGM=A",
        "//SYSIN DD *,SYMBOLS=JCLONLY",
        " RUN(&RUNID)",
        "/*");
    assertThat(dd(step(job, 0), "SYSIN")).isEqualTo(new DataDefinition.InStream(
        List.of(" RUN(NIGHT1)")));
  }

  @Test
  void readsExportSymlistInEachFormIbmAllows() {
    JclJob job = read("//J JOB", "// EXPORT SYMLIST=A", "//X EXPORT SYMLIST='B,C'  COMMENT",
        "// EXPORT SYMLIST=(D,D,@E)", "// EXPORT SYMLIST=(*)",
        "// SET A=1,B=2,C=3,D=4,@E=5,F=6", "//S EXEC PGM=A",
        "//SYSIN DD *,SYMBOLS=JCLONLY", " &A&B&C&D&@E&F", "/*");
    assertThat(dd(step(job, 0), "SYSIN")).isEqualTo(new DataDefinition.InStream(
        List.of(" 123456")));
  }

  @Test
  void refusesExportStatementsThatAreNotSymlistOfNamesOrStar() {
    String[][] bad = {
        {"// EXPORT SYMLIST=(*,A)", "SYMLIST=(*,A): * EXPORTS EVERY SYMBOL"},
        {"// EXPORT SYMLIST=(A,9B)", "SYMLIST=(A,9B): '9B' IS NOT A SYMBOL NAME"},
        {"// EXPORT SYMLIST=(A,,B)", "SYMLIST=(A,,B): '' IS NOT A SYMBOL NAME"},
        {"// EXPORT SYMLIST=&A", "SYMLIST=&A: '&A' IS NOT A SYMBOL NAME"},
        {"// EXPORT SYMLIST=(TOOLONGNM)", "'TOOLONGNM' IS NOT A SYMBOL NAME"},
        {"// EXPORT A", "EXPORT TAKES SYMLIST=* OR SYMLIST=(NAME,...), NOT A"},
        {"// EXPORT SYMLIST.S=A", "NOT SYMLIST.S"},
    };
    for (String[] b : bad) {
      assertRefused(Msg.BWO701E, 2, b[1], "//J JOB", b[0], "//S EXEC PGM=A");
    }
    assertRefused(Msg.BWO701E, 2, "MORE THAN 142 CHARACTERS", "//J JOB",
        "// EXPORT SYMLIST=(" + "SYMBOL01,".repeat(5),
        "//             " + "SYMBOL02,".repeat(6),
        "//             " + "SYMBOL03,".repeat(5) + "SYMBOL04)",
        "//S EXEC PGM=A");
    assertRefused(Msg.BWO702E, 3, "EXPORT INSIDE AN IN-STREAM PROCEDURE", "//J JOB",
        "//P PROC", "// EXPORT SYMLIST=*", "//S EXEC PGM=A", "// PEND");
  }

  @Test
  void readsJobParameters() {
    JclJob job = read("//J JOB ,'NAME',COND=(8,LE),TIME=(1,30),JOBRC=(STEP,S1),RESTART=S2",
        "//S1 EXEC PGM=A,TIME=NOLIMIT", "//S2 EXEC PGM=B,TIME=2");
    JobParameters p = job.parameters();
    assertThat(p.cond().tests()).hasSize(1);
    assertThat(p.time()).isEqualTo(Duration.ofSeconds(90));
    assertThat(p.jobRc()).isEqualTo(JobParameters.JobRc.STEP);
    assertThat(p.jobRcStep()).isEqualTo(new StepRef("S1", null));
    assertThat(p.restart()).isEqualTo(new StepRef("S2", null));
    assertThat(step(job, 0).time()).isNull();
    assertThat(step(job, 1).time()).isEqualTo(Duration.ofMinutes(2));
  }

  @Test
  void notesJes2StatementsForTheJobLog() {
    JclJob job = read("//J JOB", "/*JOBPARM SYSAFF=*", "//S EXEC PGM=A");
    assertThat(job.notes()).singleElement().extracting(m -> m.id()).isEqualTo(Msg.BWO703I);
  }
}
