package io.bwo.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.control.Flow.Code;
import io.bwo.control.Flow.Condition;
import io.bwo.control.Flow.IfThenElse;
import io.bwo.control.Flow.Operator;
import io.bwo.control.Flow.RunTask;
import io.bwo.control.Flow.SetCode;
import io.bwo.control.Flow.TaskMode;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.message.Severity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** SET, IF-THEN-ELSE with DO-END, SERIAL and PARALLEL as DFSMSdss reads them (IBM r2089-r2095). */
class FlowParserTest {
  static final String DUMP = " DUMP DS(INC(A.B)) ODD(T)";

  static Deck deck(String... records) {
    ParseResult result = Deck.parse(List.of(records));
    assertThat(result.errors()).as("errors").isEmpty();
    return ((ParseResult.Parsed) result).deck();
  }

  static List<Flow> flow(String... records) {
    return deck(records).flow();
  }

  static List<Message> errors(String... records) {
    ParseResult result = Deck.parse(List.of(records));
    assertThat(result).isInstanceOf(ParseResult.Rejected.class);
    return result.errors();
  }

  static IfThenElse ifThenElse(Code code, Operator op, int n, List<Flow> then, List<Flow> other) {
    return new IfThenElse(new Condition(code, op, n), then, other);
  }

  @Test
  void setTakesMaxccAndLastccWithOrWithoutBlanks() {
    assertThat(flow(DUMP, " SET MAXCC=0", " SET LASTCC = 4", " SET MAXCC =16")).containsExactly(
        new RunTask(0), new SetCode(Code.MAXCC, 0), new SetCode(Code.LASTCC, 4),
        new SetCode(Code.MAXCC, 16));
  }

  static Stream<Arguments> operators() {
    return Stream.of(
        Arguments.of("EQ", Operator.EQ), Arguments.of("=", Operator.EQ),
        Arguments.of("NE", Operator.NE), Arguments.of("¬=", Operator.NE),
        Arguments.of("GT", Operator.GT), Arguments.of(">", Operator.GT),
        Arguments.of("LT", Operator.LT), Arguments.of("<", Operator.LT),
        Arguments.of("GE", Operator.GE), Arguments.of(">=", Operator.GE),
        Arguments.of("LE", Operator.LE), Arguments.of("<=", Operator.LE));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operators")
  void everyOperatorTestsLastccAndMaxcc(String op, Operator operator) {
    for (Code code : Code.values()) {
      assertThat(flow(DUMP, " IF " + code + " " + op + " 4 THEN" + DUMP)).last().isEqualTo(
          ifThenElse(code, operator, 4, List.of(new RunTask(1)), List.of()));
    }
  }

  @Test
  void aSymbolMayTouchItsOperandsAWordMayNot() {
    assertThat(flow(DUMP, " IF MAXCC>=8 THEN SET MAXCC=0")).last().isEqualTo(ifThenElse(
        Code.MAXCC, Operator.GE, 8, List.of(new SetCode(Code.MAXCC, 0)), List.of()));
    assertThat(errors(DUMP, " IF MAXCCGE8 THEN SET MAXCC=0")).extracting(Message::id)
        .containsExactly(Msg.BWO533S);
  }

  @Test
  void thenAndElseTakeOneCommandEachAndTaskIdsFollowTheDeck() {
    Deck d = deck(
        DUMP,
        " IF LASTCC = 0 THEN DUMP DS(INC(C.D)) ODD(T)",
        " ELSE RESTORE DS(INC(A.B)) IDD(T)");

    assertThat(d.flow()).containsExactly(new RunTask(0), ifThenElse(Code.LASTCC, Operator.EQ, 0,
        List.of(new RunTask(1)), List.of(new RunTask(2))));
    assertThat(d.commands()).extracting(Command::verb).containsExactly("DUMP", "DUMP", "RESTORE");
    assertThat(d.commands()).extracting(Command::recordNumber).containsExactly(1, 2, 3);
  }

  @Test
  void theShippedConditionalDeckReadsAsDocumented() throws java.io.IOException {
    List<String> records = java.nio.file.Files.readAllLines(
        java.nio.file.Path.of("testdata", "sysin", "bwocond.txt"));

    assertThat(flow(records.toArray(String[]::new))).containsExactly(new RunTask(0),
        ifThenElse(Code.LASTCC, Operator.LE, 4, List.of(new RunTask(1)),
            List.of(new SetCode(Code.MAXCC, 12))),
        ifThenElse(Code.MAXCC, Operator.EQ, 4, List.of(new SetCode(Code.MAXCC, 0)), List.of()));
  }

  @Test
  void doEndGroupsSeveralCommands() {
    List<Flow> f = flow(
        DUMP,
        " IF MAXCC GT 4 THEN DO",
        DUMP,
        "   SET MAXCC=0",
        " END",
        " ELSE DO",
        DUMP,
        DUMP,
        " END");

    assertThat(f).containsExactly(new RunTask(0), ifThenElse(Code.MAXCC, Operator.GT, 4,
        List.of(new RunTask(1), new SetCode(Code.MAXCC, 0)),
        List.of(new RunTask(2), new RunTask(3))));
  }

  @Test
  void aClauseContinuesOverRecordsWithTheHyphen() {
    List<Flow> f = flow(
        DUMP,
        " IF LASTCC = 0 -",
        "    THEN -",
        "    DUMP DS(INC(C.D)) -",
        "         ODD(T)",
        " ELSE -",
        "    SET MAXCC = 12");

    assertThat(f).last().isEqualTo(ifThenElse(Code.LASTCC, Operator.EQ, 0,
        List.of(new RunTask(1)), List.of(new SetCode(Code.MAXCC, 12))));
  }

  @Test
  void thenWithNothingAfterItIsANullClauseAndTheNextCommandRunsAnyway() {
    // IBM dgt3u2209: the hyphen is missing after THEN.
    assertThat(flow(DUMP, " IF MAXCC = 0 THEN", DUMP)).containsExactly(new RunTask(0),
        ifThenElse(Code.MAXCC, Operator.EQ, 0, List.of(), List.of()), new RunTask(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"THEN;", "THEN ;"})
  void aSemicolonAfterThenMakesANullThenClause(String then) {
    // IBM nulls: "A semicolon after the THEN or ELSE keyword also results in a null command".
    assertThat(flow(DUMP, " IF LASTCC = 0 " + then, " ELSE SET MAXCC = 3", DUMP)).containsExactly(
        new RunTask(0), ifThenElse(Code.LASTCC, Operator.EQ, 0, List.of(),
            List.of(new SetCode(Code.MAXCC, 3))), new RunTask(1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"ELSE;", "ELSE ;"})
  void aSemicolonAfterElseMakesANullElseClause(String elseWord) {
    // IBM nulls: IF ... THEN ... / ELSE;
    assertThat(flow(DUMP, " IF LASTCC = 0 THEN SET MAXCC = 3", " " + elseWord, DUMP))
        .containsExactly(new RunTask(0), ifThenElse(Code.LASTCC, Operator.EQ, 0,
            List.of(new SetCode(Code.MAXCC, 3)), List.of()), new RunTask(1));
  }

  @Test
  void nothingMayFollowTheSemicolonOfANullClause() {
    assertThat(errors(DUMP, " IF LASTCC = 0 THEN; SET MAXCC = 3")).extracting(Message::text)
        .containsExactly("STATEMENT AT RECORD 2: COMMAND SEQUENCE ERROR AT 'SET' AT RECORD 2"
            + " COLUMN 22: A ';' AFTER THEN MAKES A NULL CLAUSE: NOTHING MAY FOLLOW IT ON ITS"
            + " STATEMENT. THE REST OF THE COMMAND STREAM IS IGNORED");
    assertThat(errors(" ELSE;")).extracting(Message::id).containsExactly(Msg.BWO533S);
  }

  @Test
  void aNullElseMatchesTheInnerThenSoTheNextElseIsTheOuterOnes() {
    // IBM dgt3u2208: the null ELSE says that the next ELSE goes with the first THEN.
    List<Flow> f = flow(
        DUMP,
        " IF LASTCC GT 4 THEN -",
        "   IF MAXCC GE 12 THEN DUMP DS(INC(C.D)) ODD(T)",
        "   ELSE",
        " ELSE DUMP DS(INC(E.F)) ODD(T)");

    assertThat(f).last().isEqualTo(ifThenElse(Code.LASTCC, Operator.GT, 4,
        List.of(ifThenElse(Code.MAXCC, Operator.GE, 12, List.of(new RunTask(1)), List.of())),
        List.of(new RunTask(2))));
  }

  @Test
  void aCommentRecordWithoutHyphenEndsTheIfAndLeavesTheElseUnmatched() {
    // IBM dgt3u2210.
    List<Message> errors = errors(
        DUMP,
        " IF LASTCC = 0 -",
        "   THEN -",
        "   DUMP DS(INC(C.D)) ODD(T)",
        " /* ALTERNATE PATH */",
        " ELSE -",
        "   DUMP DS(INC(E.F)) ODD(T)");

    assertThat(errors).extracting(Message::text).containsExactly("STATEMENT AT RECORD 6: COMMAND"
        + " SEQUENCE ERROR AT 'ELSE' AT RECORD 6 COLUMN 2: ELSE FOLLOWS NO THEN CLAUSE (A RECORD"
        + " OF BLANKS OR COMMENTS BETWEEN THEM NEEDS A '-'). THE REST OF THE COMMAND STREAM IS"
        + " IGNORED");
  }

  @Test
  void theElseMayFollowEndOnItsRecord() {
    assertThat(flow(DUMP, " IF MAXCC = 0 THEN DO", DUMP, " END ELSE SET MAXCC=4")).last()
        .isEqualTo(ifThenElse(Code.MAXCC, Operator.EQ, 0, List.of(new RunTask(1)),
            List.of(new SetCode(Code.MAXCC, 4))));
  }

  /** {@code depth} IFs, each in the THEN clause of the one before, around a SET. */
  static String[] nested(int depth) {
    List<String> records = new ArrayList<>(List.of(DUMP));
    records.addAll(Collections.nCopies(depth, " IF MAXCC = 0 THEN -"));
    records.add("   SET MAXCC = 1");
    return records.toArray(String[]::new);
  }

  @Test
  void ifsNestTenLevelsDeepAndNoMore() {
    Flow f = flow(nested(FlowParser.MAX_NESTING)).get(1);
    int depth = 0;
    while (f instanceof IfThenElse i) {
      depth++;
      f = i.then().get(0);
    }
    assertThat(depth).isEqualTo(10);
    assertThat(f).isEqualTo(new SetCode(Code.MAXCC, 1));

    assertThat(errors(nested(11))).extracting(Message::text).singleElement().asString()
        .contains("AT 'IF' AT RECORD 12 COLUMN 2: IF IS NESTED MORE THAN 10 LEVELS DEEP");
  }

  @Test
  void aDoAfterNoThenOrElseGroupsNothingAndIsAWarning() {
    Deck d = deck(DUMP, " DO", DUMP, " SET MAXCC=0", " END", DUMP);

    assertThat(d.flow()).containsExactly(new RunTask(0), new RunTask(1),
        new SetCode(Code.MAXCC, 0), new RunTask(2));
    assertThat(d.warnings()).extracting(Message::text).containsExactly("STATEMENT AT RECORD 2:"
        + " 'DO' AT RECORD 2 COLUMN 2 FOLLOWS NO THEN OR ELSE: THE COMMANDS UP TO ITS END RUN AS"
        + " IF IT WERE NOT CODED");
    assertThat(d.warningCode()).isEqualTo(4);
    assertThat(errors(" DO", " FOO", " END")).extracting(Message::id)
        .containsExactly(Msg.BWO534W, Msg.ADR100E);
  }

  @Test
  void doGroupsNestTenLevelsDeepAndNoMore() {
    List<String> records = new ArrayList<>(Collections.nCopies(11, " DO"));
    records.addAll(Collections.nCopies(11, " END"));

    assertThat(errors(records.toArray(String[]::new))).extracting(Message::id).last()
        .isEqualTo(Msg.BWO533S);
    assertThat(deck(records.subList(1, 21).toArray(String[]::new)).flow()).isEmpty();
  }

  @Test
  void aNumberAbove16ComparesAs16() {
    assertThat(new Condition(Code.MAXCC, Operator.EQ, 99_999).holds(16)).isTrue();
    assertThat(new Condition(Code.MAXCC, Operator.LT, 17).holds(16)).isFalse();
    assertThat(flow(DUMP, " IF LASTCC < 99999 THEN SET MAXCC=0")).hasSize(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"SER", "SERI", "SERIA", "SERIAL"})
  void serialMayBeAbbreviated(String token) {
    assertThat(flow(" " + token, DUMP)).containsExactly(new TaskMode(false), new RunTask(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PAR", "PARA", "PARAL", "PARALL", "PARALLE", "PARALLEL"})
  void parallelMayBeAbbreviatedToPar(String token) {
    // IBM r2090: ">>-PARallel-><".
    assertThat(flow(" " + token, DUMP, DUMP)).containsExactly(new TaskMode(true),
        new RunTask(0), new RunTask(1));
  }

  @Test
  void parallelIsNoShorterThanParAndSerialTakesNoOperands() {
    assertThat(errors(" PA", DUMP)).extracting(Message::id).containsExactly(Msg.ADR100E);
    assertThat(errors(" PARALLELS", DUMP)).extracting(Message::id).containsExactly(Msg.ADR100E);
    assertThat(errors(" SERIAL NOW", DUMP)).extracting(Message::id).containsExactly(Msg.ADR102E);
  }

  @Test
  void eojEndsTheSequenceAloneOrInAClauseAndTakesNoOperands() {
    assertThat(flow(DUMP, " IF LASTCC > 4 THEN EOJ", DUMP)).containsExactly(new RunTask(0),
        ifThenElse(Code.LASTCC, Operator.GT, 4, List.of(new Flow.EndOfJob()), List.of()),
        new RunTask(1));
    assertThat(flow(DUMP, " EOJ", DUMP)).containsExactly(new RunTask(0), new Flow.EndOfJob(),
        new RunTask(1));
    assertThat(errors(DUMP, " EOJ NOW")).extracting(Message::id).containsExactly(Msg.ADR102E);
  }

  @Test
  void lowerCaseControlCommandsAreNotRecognised() {
    assertThat(errors(" set maxcc=0")).extracting(Message::text).singleElement().asString()
        .endsWith("A COMMAND MUST BE CODED IN UPPER CASE: SET");
  }

  // ---- errors ----------------------------------------------------------------------------------

  static Stream<Arguments> sequenceErrors() {
    return Stream.of(
        Arguments.of(new String[] {DUMP, " SET MAXCC=17"}, "'MAXCC=17' AT RECORD 2 COLUMN 6:"
            + " THE VALUE MUST BE FROM 0 TO 16"),
        Arguments.of(new String[] {DUMP, " SET MAXCC"}, "'MAXCC' AT RECORD 2 COLUMN 6: SET TAKES"
            + " MAXCC=N OR LASTCC=N, N FROM 0 TO 16"),
        Arguments.of(new String[] {DUMP, " SET PATCH 4C=01"}, "SET PATCH IS NOT SUPPORTED"),
        Arguments.of(new String[] {DUMP, " IF MAXCC = 100000 THEN" + DUMP}, "'MAXCC = 100000' AT"
            + " RECORD 2 COLUMN 5: IF TAKES LASTCC OR MAXCC"),
        Arguments.of(new String[] {DUMP, " IF RC = 0 THEN" + DUMP}, "'RC = 0' AT RECORD 2"),
        Arguments.of(new String[] {DUMP, " IF MAXCC = 0" + DUMP}, "'IF' AT RECORD 2 COLUMN 2: IF"
            + " REQUIRES THEN ON ITS STATEMENT"),
        Arguments.of(new String[] {DUMP, " END"}, "'END' AT RECORD 2 COLUMN 2: END HAS NO DO"),
        Arguments.of(new String[] {DUMP, " ELSE" + DUMP}, "'ELSE' AT RECORD 2 COLUMN 2: ELSE"
            + " FOLLOWS NO THEN CLAUSE"),
        Arguments.of(new String[] {DUMP, " THEN" + DUMP}, "THEN IS NOT ON THE STATEMENT OF AN IF"),
        Arguments.of(new String[] {DUMP, " IF MAXCC = 0 THEN DO", DUMP}, "'DO' AT RECORD 2"
            + " COLUMN 20: DO HAS NO END"),
        Arguments.of(new String[] {" IF LASTCC = 0 THEN" + DUMP}, "LASTCC IS TESTED BEFORE ANY"
            + " FUNCTION COMMAND"),
        Arguments.of(new String[] {" SET LASTCC = 0", DUMP}, "LASTCC IS SET BEFORE ANY FUNCTION"
            + " COMMAND"));
  }

  @ParameterizedTest
  @MethodSource("sequenceErrors")
  void aSequenceErrorIsBwo533sWithReturnCode12(String[] records, String expected) {
    List<Message> errors = errors(records);

    assertThat(errors).singleElement().satisfies(m -> {
      assertThat(m.id()).isEqualTo(Msg.BWO533S);
      assertThat(m.severity()).isEqualTo(Severity.SEVERE);
      assertThat(m.returnCode()).isEqualTo(12);
      assertThat(m.text()).contains(expected);
    });
  }

  @Test
  void aSetOrIfWithNothingToTestOrSetNamesTheWordItStopsAt() {
    assertThat(errors(DUMP, " SET")).singleElement().extracting(Message::text).asString()
        .contains("AT 'SET' AT RECORD 2 COLUMN 2: SET TAKES MAXCC=N");
    assertThat(errors(DUMP, " IF THEN SET MAXCC=1")).singleElement().extracting(Message::text)
        .asString().contains("AT 'THEN' AT RECORD 2 COLUMN 5: IF TAKES LASTCC OR MAXCC");
  }

  @Test
  void theStreamAfterASequenceErrorIsNotRead() {
    assertThat(errors(" DUMP FOO", " END", " DUMP BAR")).extracting(Message::id)
        .containsExactly(Msg.ADR102E, Msg.ADR105E, Msg.ADR105E, Msg.BWO533S);
  }

  @Test
  void aFunctionCommandsErrorInAClauseIsItsOwnAndReadingGoesOn() {
    assertThat(errors(DUMP, " IF MAXCC = 0 THEN DUMP DS(INC(A.B)) ODD(T) FOO", " ELSE DUMP BAR"))
        .extracting(Message::id).contains(Msg.ADR102E).doesNotContain(Msg.BWO533S);
  }
}
