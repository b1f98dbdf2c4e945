package io.bwo.jcl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementReaderTest {

  /** {@code text} padded with blanks to reach column {@code column} (1-based) exactly. */
  static String upTo(String text, int column) {
    return text + " ".repeat(column - text.length());
  }

  private static List<Statement> read(String... cards) {
    return StatementReader.read(String.join("\n", cards) + "\n");
  }

  private static void assertRefused(String reason, int line, String... cards) {
    assertThatThrownBy(() -> read(cards))
        .isInstanceOfSatisfying(BwoException.class, e -> {
          assertThat(e.message().id()).isEqualTo(Msg.BWO701E);
          assertThat(e.message().args()).first().isEqualTo(String.valueOf(line));
          assertThat(e.message().args().get(1)).contains(reason);
        });
  }

  @Test
  void readsNameOperationAndOperandsAndDropsComments() {
    List<Statement> st = read(
        "//MYJOB    JOB (ACCT),'A USER',CLASS=A    THE JOB CARD",
        "//* A COMMENT STATEMENT",
        "//STEP1    EXEC PGM=IEFBR14             COMMENT AFTER A BLANK");
    assertThat(st).extracting(Statement::name, Statement::operation, Statement::operands)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("MYJOB", "JOB", "(ACCT),'A USER',CLASS=A"),
            org.assertj.core.groups.Tuple.tuple("STEP1", "EXEC", "PGM=IEFBR14"));
    assertThat(st.get(1).line()).isEqualTo(3);
  }

  @Test
  void joinsOperandsContinuedAfterAComma() {
    List<Statement> st = read(
        "//DD1 DD DSN=HLQ.DATA,          FIRST PART",
        "//   DISP=(NEW,CATLG,DELETE),",
        "//*  A COMMENT BETWEEN CONTINUATIONS IS SKIPPED",
        "//             SPACE=(CYL,(1,1))   LAST PART");
    assertThat(st).singleElement().extracting(Statement::operands)
        .isEqualTo("DSN=HLQ.DATA,DISP=(NEW,CATLG,DELETE),SPACE=(CYL,(1,1))");
  }

  @Test
  void refusesAContinuationThatStartsAfterColumn16() {
    assertRefused("MUST START IN COLUMNS 4 TO 16", 2,
        "//DD1 DD DSN=HLQ.DATA,",
        "//                DISP=SHR");
  }

  @Test
  void refusesAStatementThatEndsWithACommaAndNoContinuation() {
    assertRefused("CONTINUATION OF THE STATEMENT AT LINE 1 EXPECTED", 2,
        "//DD1 DD DSN=HLQ.DATA,",
        "//DD2 DD DUMMY");
  }

  @Test
  void joinsAQuotedStringContinuedFromColumn71ToColumn16() {
    String first = "//S1 EXEC PGM=JVMLDM86,PARM='/ io.bwo.cli.Main status --run-id ABCDEFGH";
    assertThat(first).hasSize(71);
    List<Statement> st = read(first, "//             FGHIJ'");
    assertThat(st.get(0).operands())
        .isEqualTo("PGM=JVMLDM86,PARM='/ io.bwo.cli.Main status --run-id ABCDEFGHFGHIJ'");
  }

  @Test
  void aQuotedStringEndingBeforeColumn71KeepsTheBlanksOfTheCard() {
    List<Statement> st = read("//S1 EXEC PGM=X,PARM='A", "//             B'");
    assertThat(st.get(0).operands()).isEqualTo("PGM=X,PARM='A" + " ".repeat(71 - 23) + "B'");
  }

  @Test
  void refusesAQuotedStringThatResumesBeforeColumn16() {
    assertRefused("RESUMES IN COLUMN 16, NOT 5", 2,
        "//S1 EXEC PGM=X,PARM='ABC",
        "//  DEF'");
  }

  @Test
  void anIfExpressionContinuesUntilThen() {
    List<Statement> st = read(
        "//CHK IF (STEP1.RC > 4 &",
        "//       STEP2.RC < 8) THEN  COMMENT",
        "// ELSE  A COMMENT",
        "// ENDIF");
    assertThat(st).extracting(Statement::operation).containsExactly("IF", "ELSE", "ENDIF");
    assertThat(st.get(0).operands()).isEqualTo("(STEP1.RC > 4 & STEP2.RC < 8)");
    assertThat(st.get(0).name()).isEqualTo("CHK");
  }

  @Test
  void inStreamDataEndsAtTheDelimiterOrTheNextStatement() {
    List<Statement> st = read(
        "//SYSIN DD *",
        " DUMP DATASET(INCLUDE(A.**)) -",
        "      OUTDDNAME(TAPE)",
        "/*",
        "//OTHER DD *",
        "DATA LINE",
        "//NEXT DD DUMMY");
    assertThat(st.get(0).data()).containsExactly(" DUMP DATASET(INCLUDE(A.**)) -",
        "      OUTDDNAME(TAPE)");
    assertThat(st.get(1).data()).containsExactly("DATA LINE");
    assertThat(st.get(2).hasData()).isFalse();
  }

  @Test
  void ddDataKeepsJclStatementsUntilItsDelimiter() {
    List<Statement> st = read(
        "//JCLOUT DD DATA,DLM=$$",
        "//INNER JOB",
        "/* NOT THE END",
        "$$",
        "//AFTER DD DUMMY");
    assertThat(st.get(0).data()).containsExactly("//INNER JOB", "/* NOT THE END");
    assertThat(st.get(1).name()).isEqualTo("AFTER");
  }

  @Test
  void ddStarWithDlmEndsAtItsDelimiterOrAStatement() {
    List<Statement> st = read(
        "//STDENV DD *,DLM=@@",
        "/* a shell comment line */",
        "@@",
        "//IN2 DD *,DLM=@@",
        "x",
        "//NEXT DD DUMMY");
    assertThat(st.get(0).data()).containsExactly("/* a shell comment line */");
    assertThat(st.get(1).data()).containsExactly("x");
    assertThat(st).hasSize(3);
  }

  @Test
  void refusesDataWithoutDelimiterThatWouldSwallowTheJcl() {
    assertRefused("HAS NO DELIMITER $$", 1,
        "//IN DD DATA,DLM=$$",
        "SOME DATA",
        "//STEP2 EXEC PGM=IEFBR14");
  }

  @Test
  void dataAfterAStepWithoutDdStarBecomesSysin() {
    List<Statement> st = read(
        "//STEP1 EXEC PGM=ADRDSSU",
        "//SYSPRINT DD SYSOUT=*",
        " DUMP DATASET(INCLUDE(**)) OUTDD(TAPE)",
        "/*");
    assertThat(st.get(2)).extracting(Statement::name, Statement::operation, Statement::operands)
        .containsExactly("SYSIN", "DD", "*");
    assertThat(st.get(2).data()).containsExactly(" DUMP DATASET(INCLUDE(**)) OUTDD(TAPE)");
  }

  @Test
  void refusesDataThatFollowsNoStep() {
    assertRefused("NOT A JCL STATEMENT", 2, "//J JOB", "DATA WITHOUT A STEP");
  }

  @Test
  void refusesColumn72TabsAndLongCards() {
    assertRefused("COLUMN 72 IS NOT BLANK", 1, upTo("//S1 EXEC PGM=IEFBR14", 71) + "X");
    assertRefused("TAB CHARACTER", 1, "//S1\tEXEC PGM=IEFBR14");
    assertRefused("JCL CARDS HAVE 80", 1, "//S1 EXEC PGM=IEFBR14" + " ".repeat(60) + "X");
  }

  @Test
  void sequenceNumbersInColumns73To80AreIgnored() {
    List<Statement> st = read(upTo("//S1 EXEC PGM=IEFBR14", 72) + "00010000");
    assertThat(st.get(0).operands()).isEqualTo("PGM=IEFBR14");
  }

  @Test
  void theNullStatementEndsTheJob() {
    assertThat(read("//J JOB", "//S EXEC PGM=IEFBR14", "//", "", "//* COMMENT")).hasSize(2);
    assertRefused("AFTER THE NULL STATEMENT", 4, "//J JOB", "//S EXEC PGM=IEFBR14", "//",
        "//T EXEC PGM=IEFBR14");
  }

  @Test
  void jes2StatementsAreKeptForTheJobLogAndBareDelimitersSkipped() {
    List<Statement> st = read("//J JOB", "/*JOBPARM SYSAFF=*", "/*", "//S EXEC PGM=IEFBR14");
    assertThat(st).extracting(Statement::operation)
        .containsExactly("JOB", Statement.JES2, "EXEC");
  }

  @Test
  void refusesABlankLineBetweenStatementsButNotAtTheEnd() {
    assertRefused("A BLANK LINE IS NOT A JCL STATEMENT", 2, "//J JOB", "", "//S EXEC PGM=X");
    assertThat(read("//J JOB", "//S EXEC PGM=X", "", "  ")).hasSize(2);
  }
}
