package io.bwo.control;

import static io.bwo.control.Commands.dump;
import static io.bwo.control.Commands.restore;
import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.control.DumpDataSet.ByCriterion;
import io.bwo.control.RestoreDataSet.Rename;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.message.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeckTest {

  static ParseResult parse(String... records) {
    return Deck.parse(List.of(records));
  }

  static List<Command> commands(String... records) {
    ParseResult result = parse(records);
    assertThat(result.errors()).as("errors").isEmpty();
    return ((ParseResult.Parsed) result).deck().commands();
  }

  static Command command(String... records) {
    List<Command> commands = commands(records);
    assertThat(commands).hasSize(1);
    return commands.get(0);
  }

  static List<Message> errors(String... records) {
    ParseResult result = parse(records);
    assertThat(result).isInstanceOf(ParseResult.Rejected.class);
    return result.errors();
  }

  static List<Msg> ids(String... records) {
    return errors(records).stream().map(Message::id).toList();
  }

  @Test
  void parsesTibcoOsbBwoDeck() {
    Command c = command(
        " DUMP DATASET(INCLUDE(OSB.PAGE.**) EXCLUDE(OSB.PAGE.TEMP.*)) -",
        "      OUTDDNAME(TAPE) CONCURRENT NOTIFYCONCURRENT");

    assertThat(c).isEqualTo(dump(1, 2).include("OSB.PAGE.**").exclude("OSB.PAGE.TEMP.*")
        .out("TAPE").concurrent(Concurrent.PREFERRED).notifyConcurrent().build());
    assertThat(c.verb()).isEqualTo("DUMP");
  }

  @Test
  void demoDeckParses() throws java.io.IOException {
    List<String> records = java.nio.file.Files.readAllLines(
        java.nio.file.Path.of("testdata", "sysin", "bwodump.txt"));

    assertThat(command(records.toArray(String[]::new))).isEqualTo(dump(2, 5).include("OSB.**")
        .exclude("OSB.SEG9.**", "OSB.TEMP.**").out("TAPE").concurrent(Concurrent.PREFERRED)
        .notifyConcurrent().build());
  }

  @Test
  void incrementalDeckParses() throws java.io.IOException {
    List<String> records = java.nio.file.Files.readAllLines(
        java.nio.file.Path.of("testdata", "sysin", "bwoincr.txt"));

    assertThat(command(records.toArray(String[]::new))).isEqualTo(dump(3, 7).include("OSB.**")
        .exclude("OSB.SEG9.**", "OSB.TEMP.**")
        .by(new ByCriterion("DSCHA", "EQ", List.of("YES"))).out("TAPE")
        .concurrent(Concurrent.PREFERRED).notifyConcurrent().reset().build());
  }

  @Test
  void textPastColumn72IsNotReadAndTheListingSaysSoUnlessItIsASequenceNumber() {
    String spilled = String.format("%-73s%s", " DUMP DS(INC(A.B)) ODD(T) CC", "RESET");
    String numbered = String.format("%-72s%s", " DUMP DS(INC(A.B)) ODD(T) CC", "00010000");

    assertThat(((DumpDataSet) command(spilled)).reset()).as("DFSMSdss reads 2-72").isFalse();
    assertThat(Deck.unreadColumns(List.of(numbered, spilled))).extracting(Message::text)
        .containsExactly("RECORD 2: COLUMNS 73 TO 80 ('RESET') ARE NOT READ: A STATEMENT ENDS IN"
            + " COLUMN 72");
  }

  @Test
  void deckKeepsItsRecordsForTheListing() {
    List<String> records = List.of(" /* BWO DUMP */", " DUMP DS(INC(A.B)) ODD(T)");

    ParseResult result = Deck.parse(records);

    assertThat(((ParseResult.Parsed) result).deck().records()).isEqualTo(records);
    assertThat(result.ok()).isTrue();
  }

  @Test
  void dumpCarriesEveryOption() {
    Command c = command(" DUMP DATASET(INCLUDE(A.**,B.*.C) EXCLUDE(A.TMP.%%)) -",
        " OUTDDNAME(T1,T2) -",
        " CC(VIRTUALREQUIRED) NOTIFYCC TOLERATE(ENQFAILURE,IOERROR) SHARE -",
        " WAIT(10,3) COMPRESS OPTIMIZE(4) DELETE PURGE");

    assertThat(c).isEqualTo(dump(1, 4).include("A.**", "B.*.C").exclude("A.TMP.%%")
        .out("T1", "T2").concurrent(Concurrent.VIRTUAL_REQUIRED).notifyConcurrent()
        .tolerate(true, true).share().waitFor(10, 3).compress().optimize(4).delete(true)
        .build());
  }

  @Test
  void dumpWithoutIncludeTakesExcludeOrBy() {
    assertThat(command(" DUMP DS(EXCLUDE(SYS1.**)) ODD(T)"))
        .isEqualTo(dump(1, 1).exclude("SYS1.**").out("T").build());
    assertThat(command(" DUMP DS(BY((DSCHA,EQ,1))) ODD(T)"))
        .isEqualTo(dump(1, 1).by(new ByCriterion("DSCHA", "EQ", List.of("YES"))).out("T")
            .build());
  }

  @Test
  void byTakesOneCriterionWithOrWithoutItsParenthesesAndSeveralArguments() {
    ByCriterion changed = new ByCriterion("DSCHA", "EQ", List.of("YES"));
    assertThat(command(" DUMP DS(INC(A.**) BY(DSCHA,EQ,YES)) ODD(T)"))
        .isEqualTo(dump(1, 1).include("A.**").by(changed).out("T").build());
    assertThat(command(" DUMP DS(BY((DSCHA,NE,(0,NO)),(DSCHA,EQ,(1)))) ODD(T)"))
        .isEqualTo(dump(1, 1).out("T")
            .by(new ByCriterion("DSCHA", "NE", List.of("NO", "NO")), changed).build());
  }

  @Test
  void filterDdStandsForTheSelection() {
    assertThat(command(" DUMP DS(FDD(FILTERS)) ODD(T)"))
        .isEqualTo(dump(1, 1).filterDd("FILTERS").out("T").build());
  }

  @Test
  void restoreCarriesEveryOption() {
    Command c = command(" RESTORE DATASET(INCLUDE(OSB.**) EXCLUDE(OSB.X)) INDDNAME(TAPE) -",
        "   REPLACEUNCONDITIONAL RENAMEUNCONDITIONAL((OSB.**,NEW.**),(A.B,C.D))");

    assertThat(c).isEqualTo(restore(1, 2).include("OSB.**").exclude("OSB.X").in("TAPE")
        .replaceUnconditional().renames(new Rename("OSB.**", "NEW.**"), new Rename("A.B", "C.D"))
        .build());
    assertThat(c.verb()).isEqualTo("RESTORE");
  }

  @Test
  void renameUnconditionalTakesAPrefixAloneOrBeforeThePairs() {
    assertThat(command(" REST DS(INC(**)) IDD(IN) REP RENUNC(NEWHLQ)"))
        .isEqualTo(restore(1, 1).include("**").in("IN").replace().prefix("NEWHLQ").build());
    assertThat(command(" REST DS(INC(**)) IDD(IN) RENUNC((NEWHLQ),(A.*,B.*))"))
        .isEqualTo(restore(1, 1).include("**").in("IN").prefix("NEWHLQ")
            .renames(new Rename("A.*", "B.*")).build());
  }

  @Test
  void renameTakesTheFormsOfRenameUnconditionalAndSaysItIsConditional() {
    assertThat(command(" RESTORE DS(INC(**)) IDD(IN) REPLACE RENAME(NEWHLQ)"))
        .isEqualTo(restore(1, 1).include("**").in("IN").replace().prefix("NEWHLQ")
            .conditionally().build());
    assertThat(command(" REST DS(INC(**)) IDD(IN) REN((NEWHLQ),(A.*,B.*),(C.**,D.**))"))
        .isEqualTo(restore(1, 1).include("**").in("IN").prefix("NEWHLQ")
            .renames(new Rename("A.*", "B.*"), new Rename("C.**", "D.**")).conditionally()
            .build());
    assertThat(command(" REST DS(INC(**)) IDD(IN) RENAM((A.B,C.D))"))
        .isEqualTo(restore(1, 1).include("**").in("IN").renames(new Rename("A.B", "C.D"))
            .conditionally().build());
  }

  @Test
  void renameAndRenameUnconditionalAreExclusive() {
    assertThat(ids(" REST DS(INC(A.B)) IDD(T) REN(X) RENUNC(Y)")).containsExactly(Msg.ADR106E);
    assertThat(ids(" REST DS(INC(A.B)) IDD(T) RENUNC((A.B,C.D)) RENAME((A.B,C.D))"))
        .containsExactly(Msg.ADR106E);
  }

  @Test
  void severalCommandsInOneDeckKeepTheirOrderAndRecords() {
    List<Command> cs = commands(
        " DUMP DS(INC(A.**)) -",
        "   ODD(T1)",
        "",
        " /* NOW THE RESTORE */",
        " RESTORE DS(INC(A.**)) IDD(T1) REPLACE",
        " DUMP DS(INC(B.**)) ODD(T2) CC");

    assertThat(cs).containsExactly(
        dump(1, 2).include("A.**").out("T1").build(),
        restore(5, 5).include("A.**").in("T1").replace().build(),
        dump(6, 6).include("B.**").out("T2").concurrent(Concurrent.PREFERRED).build());
  }

  @Test
  void emptyDeckHasNoCommands() {
    assertThat(commands()).isEmpty();
    assertThat(commands("", "   ", " /* ONLY A COMMENT */")).isEmpty();
  }

  // ---- coding rules ----------------------------------------------------------------------------

  @Test
  void columnOneAndColumnsAfter72AreIgnored() {
    String sequence = " DUMP DS(INC(A.B)) ODD(T)";
    String card = "X" + sequence.substring(1) + " ".repeat(72 - sequence.length()) + "00010000";
    assertThat(card).hasSize(80);

    assertThat(command(card)).isEqualTo(dump(1, 1).include("A.B").out("T").build());
    // What spills past column 72 is lost, as on the mainframe.
    String spilled = " DUMP DS(INC(A.B)) ODD(T)" + " ".repeat(47) + "COMPRESS";
    assertThat(command(spilled)).isEqualTo(dump(1, 1).include("A.B").out("T").build());
  }

  @Test
  void hyphenContinuesAStatementAndSeparatesLikeABlank() {
    assertThat(command(
        " DUMP -",
        "   DATASET( -",
        "     INCLUDE(A.B, -",
        "             C.D) -",
        "   ) -",
        " -",
        "   OUTDDNAME(T)"))
        .isEqualTo(dump(1, 7).include("A.B", "C.D").out("T").build());
    // The hyphen is not glued to the word before it: COMPRESS on two records is two words.
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) COMP-", " RESS")).containsExactly(Msg.ADR102E);
  }

  @Test
  void blanksMayStandAroundParenthesesAndCommasOrCommentsSeparate() {
    assertThat(command(" DUMP DS ( INC ( A.B , C.D ) ) , ODD( T ),CC( REQUIRED )"))
        .isEqualTo(dump(1, 1).include("A.B", "C.D").out("T").concurrent(Concurrent.REQUIRED)
            .build());
    assertThat(command(" DUMP/*A*/DS(INC(A.B)/*B*/EXC(C.D))/*C*/ODD(T)/*D*/"))
        .isEqualTo(dump(1, 1).include("A.B").exclude("C.D").out("T").build());
  }

  @Test
  void commentSpansRecordsWhenContinued() {
    assertThat(command(
        " /* BACKUP OF THE OSB PAGE DATA SETS -",
        "    WHILE THE SYSTEM IS FROZEN */ DUMP DS(INC(OSB.**)) -",
        "    ODD(T) /* LAST -",
        "    WORDS */"))
        .isEqualTo(dump(2, 4).include("OSB.**").out("T").build());
  }

  @Test
  void commentThatDoesNotEndOnAnUncontinuedRecordIsAnError() {
    List<Message> errors = errors(
        " DUMP DS(INC(A.B)) ODD(T) /* NOT ENDED",
        "    */");

    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).toString()).isEqualTo("ADR111E STATEMENT AT RECORD 1: COMMENT"
        + " '/* NOT ENDED' AT RECORD 1 COLUMN 27 DOES NOT END ON ITS RECORD AND THE RECORD IS NOT"
        + " CONTINUED");
    // The orphaned end of the comment is then read as a statement of its own.
    assertThat(errors.get(1).id()).isEqualTo(Msg.ADR100E);
  }

  @Test
  void continuationOnTheLastRecordIsAnError() {
    List<Message> errors = errors(" DUMP DS(INC(A.B)) -");

    assertThat(errors).extracting(Message::text).containsExactly("STATEMENT AT RECORD 1:"
        + " CONTINUATION '-' AT RECORD 1 COLUMN 20 IS FOLLOWED BY NO RECORD");
  }

  @Test
  void idcamsPlusContinuationIsOneErrorNamingThePlusAndTheNextStatementIsStillRead() {
    List<Message> errors = errors(
        " DUMP DATASET(INCLUDE(OSB.SEG1.PAGE01, +",
        "        OSB.SEG1.PAGE02)) +",
        "      OUTDDNAME(TAPE) CONCURRENT",
        " DUMP DS(INC(A.B)) ODD(T) FOO");

    assertThat(errors).extracting(Message::toString).containsExactly(
        "ADR113E STATEMENT AT RECORD 1: CONTINUATION '+' AT RECORD 1 COLUMN 40 IS IDCAMS'S: A"
            + " DFSMSDSS STATEMENT CONTINUES WITH '-'",
        "ADR102E STATEMENT AT RECORD 4: INVALID KEYWORD 'FOO' AT RECORD 4 COLUMN 27 FOR DUMP");
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) +")).containsExactly(Msg.ADR113E);
    assertThat(command(" DUMP DS(INC(A.B)) ODD(T) /* A COMMENT ENDING IN + */")).isNotNull();
  }

  @Test
  void lowerCaseIsNotRecognised() {
    assertThat(errors(" dump ds(inc(a.b)) odd(t)")).extracting(Message::text).containsExactly(
        "STATEMENT AT RECORD 1: 'dump' AT RECORD 1 COLUMN 2 IS NOT A BWO COMMAND; A COMMAND MUST BE"
            + " CODED IN UPPER CASE: DUMP");
    assertThat(errors(" Rest DS(INC(A.B)) IDD(T)")).extracting(Message::text).singleElement()
        .asString().endsWith("IN UPPER CASE: REST");
    assertThat(errors(" copy ds(inc(a.b))")).extracting(Message::text).singleElement()
        .asString().endsWith("IS NOT A BWO COMMAND; BWO SUPPORTS DUMP, RESTORE, SET, IF-THEN-ELSE,"
            + " EOJ, PARALLEL AND SERIAL");
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) compress")).containsExactly(Msg.ADR102E);
  }

  // ---- errors ----------------------------------------------------------------------------------

  @Test
  void everyErrorIsSeverityEWithReturnCode8() {
    List<Message> errors = errors(
        " COPY DS(INC(A.B)) ODD(T)",
        " DUMP DS(INC(A.B)) ODD(T) FOO",
        " DUMP DS(INC(A.B) ODD(T)",
        " DUMP DS(INC(A..B)) ODD(T)",
        " DUMP DS(INC(A.B))",
        " REST DS(INC(A.B)) IDD(T) REP REPUNC",
        " DUMP DS(INC(A.B)) ODD(T) CC CONCURRENT",
        " DUMP DS(INC(A.B)) ODD(T) /* OPEN");

    assertThat(errors).extracting(Message::id).containsExactly(Msg.ADR100E, Msg.ADR102E,
        Msg.ADR103E, Msg.ADR104E, Msg.ADR105E, Msg.ADR106E, Msg.ADR110E, Msg.ADR111E);
    assertThat(errors).allSatisfy(m -> {
      assertThat(m.severity()).isEqualTo(Severity.ERROR);
      assertThat(m.returnCode()).isEqualTo(8);
      assertThat(m.id().id()).startsWith("ADR");
    });
    assertThat(errors).extracting(m -> m.args().get(0))
        .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
  }

  @Test
  void unknownCommandNamesItsToken() {
    assertThat(errors(" XCOPY DS(INC(A.B)) ODD(T)")).extracting(Message::text)
        .containsExactly("STATEMENT AT RECORD 1: 'XCOPY' AT RECORD 1 COLUMN 2 IS NOT A BWO COMMAND;"
            + " BWO SUPPORTS DUMP, RESTORE, SET, IF-THEN-ELSE, EOJ, PARALLEL AND SERIAL");
    // DFSMSdss's other commands are named as such.
    assertThat(errors(" COPY DS(INC(A.B)) ODD(T)")).extracting(Message::text)
        .containsExactly("STATEMENT AT RECORD 1: 'COPY' AT RECORD 1 COLUMN 2 IS NOT A BWO COMMAND;"
            + " COPY IS A DFSMSDSS COMMAND THAT BWO DOES NOT RUN; BWO SUPPORTS DUMP, RESTORE, SET,"
            + " IF-THEN-ELSE, EOJ, PARALLEL AND SERIAL");
    assertThat(errors(" DEFRAG DDNAME(OUT1)")).extracting(Message::text).singleElement()
        .asString().contains("DEFRAG IS A DFSMSDSS COMMAND THAT BWO DOES NOT RUN");
    assertThat(ids(" (DUMP) DS(INC(A.B)) ODD(T)")).containsExactly(Msg.ADR100E);
  }

  @Test
  void invalidKeywordNamesItsRecordColumnAndContext() {
    List<Message> errors = errors(
        " DUMP DS(INC(A.B)) -",
        "      ODD(T) COMPRESSED FULLVOL",
        " DUMP DS(INC(A.B) INDD(X)) ODD(T)");

    assertThat(errors).extracting(Message::text).containsExactly(
        "STATEMENT AT RECORD 1: INVALID KEYWORD 'COMPRESSED' AT RECORD 2 COLUMN 14 FOR DUMP",
        "STATEMENT AT RECORD 1: INVALID KEYWORD 'FULLVOL' AT RECORD 2 COLUMN 25 FOR DUMP",
        "STATEMENT AT RECORD 3: INVALID KEYWORD 'INDD' AT RECORD 3 COLUMN 19 FOR DUMP DATASET");
  }

  @Test
  void restoreKeywordsAreNotDumpKeywordsAndTheOtherWayRound() {
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) REPLACE")).containsExactly(Msg.ADR102E);
    assertThat(ids(" RESTORE DS(INC(A.B)) IDD(T) CC")).containsExactly(Msg.ADR102E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) CC(ENQF)")).containsExactly(Msg.ADR102E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) TOL(SHARE)")).containsExactly(Msg.ADR102E);
  }

  @Test
  void unbalancedParenthesesNameTheUnmatchedOne() {
    assertThat(errors(" DUMP DS(INC(A.B) ODD(T)")).extracting(Message::text).containsExactly(
        "STATEMENT AT RECORD 1: UNBALANCED PARENTHESES, '(' AT RECORD 1 COLUMN 9 HAS NO MATCH");
    assertThat(errors(" DUMP DS(INC(A.B))) ODD(T)")).extracting(Message::text).containsExactly(
        "STATEMENT AT RECORD 1: UNBALANCED PARENTHESES, ')' AT RECORD 1 COLUMN 19 HAS NO MATCH");
  }

  @Test
  void ddNamesFollowTheJclRule() {
    assertThat(command(" DUMP DS(INC(A.B)) ODD(@#$A1234)")).isEqualTo(
        dump(1, 1).include("A.B").out("@#$A1234").build());
    assertThat(errors(" DUMP DS(INC(A.B)) ODD(TOOLONGDD)")).extracting(Message::text)
        .containsExactly("STATEMENT AT RECORD 1: INVALID VALUE 'TOOLONGDD' AT RECORD 1 COLUMN 24"
            + " FOR OUTDDNAME: A DD NAME IS 1 TO 8 CHARACTERS");
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(1TAPE)")).containsExactly(Msg.ADR104E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(TA.PE)")).containsExactly(Msg.ADR104E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T,T)")).containsExactly(Msg.ADR104E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T(X))")).containsExactly(Msg.ADR104E);
    assertThat(ids(" RESTORE DS(INC(A.B)) IDD(T1,T2)")).containsExactly(Msg.ADR104E);
    assertThat(ids(" DUMP DS(FDD(9)) ODD(T)")).containsExactly(Msg.ADR104E);
  }

  @Test
  void filtersFollowTheDataSetNameRules() {
    assertThat(command(" DUMP DS(INC(A,A.*,*.B,A%%.B*.**,@#$.X-1)) ODD(T)")).isEqualTo(
        dump(1, 1).include("A", "A.*", "*.B", "A%%.B*.**", "@#$.X-1").out("T").build());
    for (String bad : List.of("A..B", ".A", "A.", "A.B**", "ABCDEFGHI.B", "1A.B", "A.-B", "A.B+C",
        "A23456789.B", "A." + "B.".repeat(21) + "C")) {
      assertThat(ids(" DUMP DS(INC(" + bad + ")) ODD(T)")).as(bad).containsExactly(Msg.ADR104E);
    }
    assertThat(errors(" DUMP DS(INC(OSB..SEG1)) ODD(T)")).extracting(Message::text)
        .containsExactly("STATEMENT AT RECORD 1: INVALID VALUE 'OSB..SEG1' AT RECORD 1 COLUMN 14"
            + " FOR INCLUDE: A QUALIFIER IS EMPTY (TWO PERIODS TOGETHER, OR A PERIOD AT AN END)");
  }

  @Test
  void includeAndExcludeTakeAGenerationDataGroupsNameWithARelativeGenerationNumber() {
    // IBM, u2074.htm: "Generation names in relative generation number, dsn(n), can be specified
    // in the INCLUDE and EXCLUDE parameters." A real deck, kept as coded:
    assertThat(command(" DUMP DATASET( -",
        "      INCLUDE(PROD.ACCOUNTS.MASTER, -",
        "              PROD.POSTED.DAILY(0), -",
        "              PROD.POSTLOG.DAILY(-1))) -",
        "      OUTDD(TAPE) OPTIMIZE(4) COMPRESS")).isEqualTo(dump(1, 5)
        .include("PROD.ACCOUNTS.MASTER", "PROD.POSTED.DAILY(0)", "PROD.POSTLOG.DAILY(-1)")
        .out("TAPE").optimize(4).compress().build());
    assertThat(command(" RESTORE DS(INC(**) EXC(A.B(+1))) IDD(T)")).isEqualTo(
        restore(1, 1).include("**").exclude("A.B(+1)").in("T").build());
    assertThat(Command.relativeGeneration("A.B(+1)")).isTrue();
    assertThat(Command.relativeGeneration("A.B.**")).isFalse();
    assertThat(errors(" DUMP DS(INC(A.*(0))) ODD(T)")).extracting(Message::text)
        .containsExactly("STATEMENT AT RECORD 1: INVALID VALUE 'A.*(0)' AT RECORD 1 COLUMN 14"
            + " FOR INCLUDE: A RELATIVE GENERATION FOLLOWS A WHOLE NAME, WITH NO * OR %");
    for (String bad : List.of("A.B(X)", "A.B(1,2)", "A.B(1000)", "A.B(())", "A.B()", "A..B(0)",
        "A.B23456789(0)", "A." + "BCDEFGHI.".repeat(4) + "B(0)", "(0)")) {
      assertThat(ids(" DUMP DS(INC(" + bad + ")) ODD(T)")).as(bad).isNotEmpty()
          .allMatch(id -> id == Msg.ADR104E || id == Msg.ADR105E);
    }
  }

  @Test
  void waitTakesTwoNumbersFrom0To255() {
    assertThat(command(" DUMP DS(INC(A.B)) ODD(T) WAIT(0,255)")).isEqualTo(
        dump(1, 1).include("A.B").out("T").waitFor(0, 255).build());
    for (String bad : List.of("WAIT(256,2)", "WAIT(2)", "WAIT(2,2,2)", "WAIT(A,2)", "WAIT(-1,2)",
        "WAIT(99999999999,1)", "WAIT()", "WAIT", "WAIT((2),2)")) {
      assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) " + bad)).as(bad).hasSize(1)
          .allMatch(id -> id == Msg.ADR104E || id == Msg.ADR105E);
    }
  }

  @Test
  void optimizeIs1To4() {
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) OPT(5)")).containsExactly(Msg.ADR104E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) OPT(0)")).containsExactly(Msg.ADR104E);
  }

  @Test
  void flagsTakeNoValue() {
    assertThat(errors(" DUMP DS(INC(A.B)) ODD(T) SHARE(YES)")).extracting(Message::text)
        .containsExactly("STATEMENT AT RECORD 1: INVALID VALUE 'SHARE(YES)' AT RECORD 1 COLUMN 32"
            + " FOR SHARE: SHARE TAKES NO VALUE");
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) CC NOTIFYCC(X)")).containsExactly(Msg.ADR104E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) TOL(ENQF(X))")).containsExactly(Msg.ADR104E);
  }

  @Test
  void requiredKeywordsAreChecked() {
    assertThat(errors(" DUMP DS(INC(A.B))")).extracting(Message::text).containsExactly(
        "STATEMENT AT RECORD 1: 'DUMP' AT RECORD 1 COLUMN 2 REQUIRES KEYWORD OUTDDNAME");
    assertThat(ids(" DUMP ODD(T)")).containsExactly(Msg.ADR105E);
    assertThat(ids(" DUMP DS ODD(T)")).containsExactly(Msg.ADR105E);
    assertThat(errors(" DUMP DS() ODD(T)")).extracting(Message::text).containsExactly(
        "STATEMENT AT RECORD 1: 'DS' AT RECORD 1 COLUMN 7 REQUIRES INCLUDE, EXCLUDE, BY OR"
            + " FILTERDD");
    assertThat(ids(" DUMP DS(INC()) ODD(T)")).containsExactly(Msg.ADR105E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) NOTIFYCC")).containsExactly(Msg.ADR105E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) PURGE")).containsExactly(Msg.ADR105E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) TOL")).containsExactly(Msg.ADR105E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) TOL()")).containsExactly(Msg.ADR105E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) CC()")).containsExactly(Msg.ADR105E);
    assertThat(ids(" RESTORE DS(INC(A.B))")).containsExactly(Msg.ADR105E);
    assertThat(ids(" RESTORE IDD(T)")).containsExactly(Msg.ADR105E);
    assertThat(errors(" RESTORE DS() IDD(T)")).extracting(Message::text).containsExactly(
        "STATEMENT AT RECORD 1: 'DS' AT RECORD 1 COLUMN 10 REQUIRES INCLUDE, EXCLUDE, BY OR"
            + " FILTERDD");
    assertThat(ids(" DUMP")).containsExactly(Msg.ADR105E, Msg.ADR105E);
  }

  @Test
  void exclusiveKeywordsAreRefused() {
    assertThat(errors(" RESTORE DS(INC(A.B)) IDD(T) REPUNC REPLACE")).extracting(Message::text)
        .containsExactly("STATEMENT AT RECORD 1: 'REPLACE' AT RECORD 1 COLUMN 37 CANNOT BE"
            + " SPECIFIED WITH REPLACEUNCONDITIONAL");
    assertThat(errors(" DUMP DS(INC(A.B) FDD(F)) ODD(T)")).extracting(Message::text)
        .containsExactly("STATEMENT AT RECORD 1: 'FDD' AT RECORD 1 COLUMN 19 CANNOT BE"
            + " SPECIFIED WITH INCLUDE, EXCLUDE OR BY");
    assertThat(ids(" RESTORE DS(EXC(A.B) FDD(F)) IDD(T)")).containsExactly(Msg.ADR106E);
  }

  @Test
  void keywordCodedTwiceUnderAnySpellingIsRefused() {
    assertThat(errors(" DUMP DS(INC(A.B)) ODD(T) CC CONCURRENT(STD)")).extracting(Message::text)
        .containsExactly("STATEMENT AT RECORD 1: KEYWORD 'CONCURRENT' AT RECORD 1 COLUMN 30 IS"
            + " SPECIFIED MORE THAN ONCE");
    assertThat(ids(" DUMP DS(INC(A.B) INCLUDE(C.D)) ODD(T)")).containsExactly(Msg.ADR110E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) OUTDD(U)")).containsExactly(Msg.ADR110E);
    assertThat(ids(" DUMP DS(INC(A.B)) DATASET(INC(C.D)) ODD(T)")).containsExactly(Msg.ADR110E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) TOL(ENQF,ENQFAILURE)"))
        .containsExactly(Msg.ADR110E);
  }

  @Test
  void badRenameAndByFormsAreRefused() {
    assertThat(ids(" REST DS(INC(A.B)) IDD(T) RENUNC((A.B))")).containsExactly(Msg.ADR104E);
    assertThat(ids(" REST DS(INC(A.B)) IDD(T) RENUNC((A.B,C.D,E.F))"))
        .containsExactly(Msg.ADR104E);
    assertThat(ids(" REST DS(INC(A.B)) IDD(T) RENUNC(A.B)")).containsExactly(Msg.ADR104E);
    assertThat(ids(" REST DS(INC(A.B)) IDD(T) RENUNC((A..B,C))")).containsExactly(Msg.ADR104E);
    assertThat(ids(" REST DS(INC(A.B)) IDD(T) RENUNC")).containsExactly(Msg.ADR105E);
    assertThat(ids(" REST DS(INC(A.B)) IDD(T) REN((A.B))")).containsExactly(Msg.ADR104E);
    assertThat(ids(" REST DS(INC(A.B)) IDD(T) RENAME(A.B)")).containsExactly(Msg.ADR104E);
    assertThat(ids(" REST DS(INC(A.B)) IDD(T) RENAME")).containsExactly(Msg.ADR105E);
    assertThat(ids(" DUMP DS(BY(DSCHA,EQ)) ODD(T)")).containsExactly(Msg.ADR104E);
    assertThat(ids(" DUMP DS(BY(CRDATE,EQ,1)) ODD(T)")).containsExactly(Msg.ADR104E);
    assertThat(ids(" DUMP DS(BY(DSORG,EQ,KSDS)) ODD(T)")).containsExactly(Msg.ADR104E);
    assertThat(ids(" DUMP DS(BY(DSORG,LT,VSAM)) ODD(T)")).containsExactly(Msg.ADR104E);
    assertThat(ids(" DUMP DS(BY(EXPDT,ABOUT,0)) ODD(T)")).containsExactly(Msg.ADR104E);
    assertThat(ids(" DUMP DS(BY(DSCHA,GT,1)) ODD(T)")).containsExactly(Msg.ADR104E);
    assertThat(ids(" DUMP DS(BY(DSCHA,EQ,MAYBE)) ODD(T)")).containsExactly(Msg.ADR104E);
    assertThat(ids(" DUMP DS(BY((DSCHA,EQ,1),DSCHA)) ODD(T)")).containsExactly(Msg.ADR104E);
  }

  @Test
  void deepNestingAndLongDecksAreJustErrors() {
    List<String> records = new java.util.ArrayList<>();
    records.add(" DUMP DS(INC( -");
    for (int i = 0; i < 5000; i++) {
      records.add(" " + "(".repeat(69) + " -");
    }
    records.add(" A.B -");
    for (int i = 0; i < 5000; i++) {
      records.add(" " + ")".repeat(69) + " -");
    }
    records.add(" )) ODD(T)");

    List<Message> errors = Deck.parse(records).errors();

    assertThat(errors).extracting(Message::id).containsExactly(Msg.ADR104E);
    assertThat(errors.get(0).args().get(1)).startsWith("(((").endsWith("...");
    assertThat(errors(" DUMP DS(INC(A.B)) ODD(T) " + "(".repeat(40))).hasSize(1);
  }

  @Test
  void everyBadStatementIsReportedNotOnlyTheFirst() {
    List<Message> errors = errors(
        " DUMP DS(INC(A.B)) ODD(T)",
        " DUMP DS(INC(A.B)) ODD(1T) WAIT(300,1) XYZ",
        " RESTORE DS(INC(A.B)) IDD(T)",
        " RESTORE DS(INC(A.B))");

    assertThat(errors).extracting(Message::id)
        .containsExactly(Msg.ADR102E, Msg.ADR104E, Msg.ADR104E, Msg.ADR105E);
    assertThat(errors).extracting(m -> m.args().get(0)).containsExactly("2", "2", "2", "4");
  }
}
