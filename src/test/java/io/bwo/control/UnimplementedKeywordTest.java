package io.bwo.control;

import static io.bwo.control.DeckTest.command;
import static io.bwo.control.DeckTest.errors;
import static io.bwo.control.DeckTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * DFSMSdss keywords bwo recognises without implementing them: a real deck that codes one is read
 * as DFSMSdss reads it, and the task then says what it does with it.
 */
class UnimplementedKeywordTest {
  private static final Set<Keyword> DUMP_LEVEL = EnumSet.of(Keyword.DATASET, Keyword.OUTDDNAME,
      Keyword.CONCURRENT, Keyword.NOTIFYCONCURRENT, Keyword.TOLERATE, Keyword.SHARE, Keyword.WAIT,
      Keyword.COMPRESS, Keyword.OPTIMIZE, Keyword.DELETE, Keyword.PURGE, Keyword.RESET);
  private static final Set<Keyword> RESTORE_LEVEL = EnumSet.of(Keyword.DATASET, Keyword.INDDNAME,
      Keyword.REPLACE, Keyword.REPLACEUNCONDITIONAL, Keyword.RENAMEUNCONDITIONAL, Keyword.RENAME,
      Keyword.PURGE);

  @Test
  void aProductionDumpDeckIsReadWithItsKeywordsAndTheirValues() {
    Command c = command(
        " DUMP DATASET(INCLUDE(OSB.**)) OUTDDNAME(TAPE) -",
        "      CONCURRENT ALLDATA(*) ALLEXCP VALIDATE SPHERE -",
        "      CANCELERROR OPTIMIZE(4) ADMIN");

    assertThat(c.unimplemented()).extracting(UnimplementedKeyword.Coded::text)
        .containsExactly("ALLDATA(*)", "ALLEXCP", "VALIDATE", "SPHERE", "CANCELERROR",
            "ADMINISTRATOR");
    assertThat(c.unimplemented()).allMatch(k -> k.keyword().noEffect());
    assertThat(((DumpDataSet) c).optimize()).isEqualTo(4);
  }

  @Test
  void whatBwoDoesNotDoIsRecognisedForTheTaskToRefuse() {
    Command dump = command(" DUMP DS(INC(A.**)) ODD(T) LOGINDYNAM((VOL001,3390)) SELM(ANY)");
    Command restore = command(" RESTORE DS(INC(A.**)) IDD(T) STORCLAS(FAST) CATALOG");

    assertThat(dump.unimplemented()).extracting(k -> k.keyword())
        .containsExactly(UnimplementedKeyword.LOGINDYNAM, UnimplementedKeyword.SELECTMULTI);
    assertThat(dump.unimplemented()).noneMatch(k -> k.keyword().noEffect());
    assertThat(restore.unimplemented()).extracting(UnimplementedKeyword.Coded::text)
        .containsExactly("STORCLAS(FAST)", "CATALOG");
    assertThat(restore.unimplemented()).extracting(k -> k.keyword().noEffect())
        .containsExactly(false, true);
  }

  @Test
  void aPhysicalDumpIsRecognisedWithOrWithoutDatasetForTheTaskToRefuse() {
    // IBM's own examples (r2349, dgt3u225) and a deck run on Hercules; FULL is the default.
    for (String deck : List.of(" DUMP FULL INDDNAME(DASD1) OUTDDNAME(TAPE1) ALLEXCP",
        " DUMP TRACKS(1,0,1,5) INDDNAME(DASD) OUTDDNAME(TAPE)",
        " DUMP INDDNAME(DASD1) OUTDDNAME(TAPE)",
        " DUMP IDY((VOL001)) ODD(TAPE)",
        " DUMP DS(INC(A.**)) IDD(DASD1) ODD(TAPE)")) {
      Command c = command(deck);

      assertThat(c.unimplemented()).as(deck).anyMatch(k -> k.keyword().physical())
          .filteredOn(k -> k.keyword().physical()).noneMatch(k -> k.keyword().noEffect());
    }
    assertThat(command(" DUMP TRKS(1,0,1,5) IDD(DASD) ODD(TAPE)").unimplemented())
        .extracting(UnimplementedKeyword.Coded::text)
        .containsExactly("TRACKS(1,0,1,5)", "INDDNAME(DASD)");
    assertThat(command(" RESTORE FULL INDDNAME(TAPE) OUTDDNAME(DASD1)").unimplemented())
        .extracting(k -> k.keyword()).contains(UnimplementedKeyword.FULL);
    // Without a physical keyword, DATASET is still required.
    assertThat(ids(" DUMP OUTDDNAME(TAPE) ALLEXCP")).containsExactly(Msg.ADR105E);
  }

  @Test
  void aPhysicalDataSetDumpsInputVolumesAreRecognisedForTheTaskToRefuse() {
    // r2298's syntax, in full and abbreviated; FCWITHDRAW on a full dump (dgtrelatedr).
    assertThat(command(" DUMP DATASET(INCLUDE(USER1.**)) PHYSINDD(DASD1,DASD2) OUTDD(TAPE)")
        .unimplemented()).extracting(UnimplementedKeyword.Coded::text)
        .containsExactly("PHYSINDDNAME(DASD1,DASD2)");
    assertThat(command(" DUMP DS(INC(USER1.**)) PIDY((VOL001,3390),(VOL002)) ODD(TAPE)")
        .unimplemented()).extracting(k -> k.keyword())
        .containsExactly(UnimplementedKeyword.PHYSINDYNAM);
    assertThat(command(" DUMP DS(INC(A.**)) PHYSINDDNAME(D) ODD(T)").unimplemented())
        .extracting(k -> k.keyword()).containsExactly(UnimplementedKeyword.PHYSINDDNAME);
    assertThat(command(" DUMP DS(INC(A.**)) PIDD(D) ODD(T)").unimplemented())
        .noneMatch(k -> k.keyword().noEffect());
    assertThat(command(" DUMP FULL INDDNAME(DASD) OUTDDNAME(TAPE) FCWITHDRAW").unimplemented())
        .extracting(k -> k.keyword())
        .containsExactly(UnimplementedKeyword.FULL, UnimplementedKeyword.INDDNAME,
            UnimplementedKeyword.FCWITHDRAW);
    // Unlike INDDNAME, they do not make a statement physical without DATASET.
    assertThat(ids(" DUMP PIDD(D) ODD(T)")).containsExactly(Msg.ADR105E);
    assertThat(ids(" RESTORE DS(INC(A.**)) IDD(T) PIDD(D)")).containsExactly(Msg.ADR102E);
  }

  @Test
  void restoreKeywordsOfIbmsSyntaxAreReadNotRejected() {
    Command c = command(" RESTORE DS(INCLUDE(OSB.**) BY((DSCHA,EQ,YES))) INDDNAME(T) -",
        "      IMPORT VOLCOUNT(*) MAKEMULTI RELBLKA(OSB.X.*) -",
        "      DEBUG(FRMSG(DTL)) REPLACE");

    assertThat(c.unimplemented()).extracting(UnimplementedKeyword.Coded::text).containsExactly(
        "IMPORT", "VOLCOUNT(*)", "MAKEMULTI", "RELBLOCKADDRESS(OSB.X.*)", "DEBUG(FRMSG(DTL))",
        "BY((DSCHA,EQ,YES))");
    assertThat(c.unimplemented()).extracting(k -> k.keyword().noEffect())
        .containsExactly(true, true, true, true, true, false);
    assertThat(command(" DUMP DS(INC(A.**)) ODD(T) DEBUG(FRMSG(MIN))").unimplemented())
        .extracting(UnimplementedKeyword.Coded::text).containsExactly("DEBUG(FRMSG(MIN))");
    assertThat(errors(" RESTORE DS(BY((SIZE,EQ,1))) IDD(T)")).extracting(Message::text)
        .singleElement().asString().contains("THE CHARACTERISTICS ARE");
    assertThat(ids(" RESTORE DS(INC(A.**)) IDD(T) BY((DSCHA,EQ,YES))"))
        .as("BY belongs in DATASET(...)").containsExactly(Msg.ADR102E);
  }

  @Test
  void eachBelongsToItsCommandAndIsCodedOnce() {
    assertThat(ids(" RESTORE DS(INC(A.B)) IDD(T) ALLDATA(*)")).containsExactly(Msg.ADR102E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) STORCLAS(X)")).containsExactly(Msg.ADR102E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) ALLX ALLEXCP")).containsExactly(Msg.ADR110E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) FULL FULL")).containsExactly(Msg.ADR110E);
    assertThat(ids(" RESTORE DS(INC(A.B)) IDD(T) INDYNAM(X)")).containsExactly(Msg.ADR102E);
  }

  @Test
  void everyByCharacteristicIbmListsIsReadWithItsOperatorsAndSymbols() {
    DumpDataSet d = (DumpDataSet) command(
        " DUMP DS(INC(OSB.**) BY((DSORG NE VSAM) (CATLG = NO) (EXPDT,LT,*) -",
        "      (CREDT,>=,2026001) (MULTI,EQ,(0)))) ODD(T)");

    assertThat(d.byCriteria()).containsExactly(
        new DumpDataSet.ByCriterion("DSORG", "NE", List.of("VSAM")),
        new DumpDataSet.ByCriterion("CATLG", "EQ", List.of("NO")),
        new DumpDataSet.ByCriterion("EXPDT", "LT", List.of("*")),
        new DumpDataSet.ByCriterion("CREDT", "GE", List.of("2026001")),
        new DumpDataSet.ByCriterion("MULTI", "EQ", List.of("NO")));
    assertThat(d.byCriteria()).extracting(b -> ByCharacteristic.valueOf(b.characteristic())
        .implemented()).containsExactly(true, true, false, false, true);
    assertThat(errors(" DUMP DS(BY(SIZE,EQ,1)) ODD(T)")).extracting(Message::text)
        .singleElement().asString().contains("THE CHARACTERISTICS ARE DSCHA, CATLG, MULTI, DSORG");
  }

  @Test
  void aDataSetNameInApostrophesIsTheName() {
    DumpDataSet d = (DumpDataSet) command(" DUMP DS(INCL( 'OSB.SEG1.PAGE01', ) -",
        "      EXCLUDE('OSB.SEG1.*')) ODD(T)");

    assertThat(d.include()).containsExactly("OSB.SEG1.PAGE01");
    assertThat(d.exclude()).containsExactly("OSB.SEG1.*");
    assertThat(ids(" DUMP DS(INC('')) ODD(T)")).containsExactly(Msg.ADR104E);
  }

  @Test
  void aPasswordIsNeverListed() {
    Command c = command(" DUMP DS(INC(A.**)) ODD(T) PASSWORD((A.B/SECRET1,A.C/PW2))");

    assertThat(c.unimplemented()).extracting(UnimplementedKeyword.Coded::text)
        .containsExactly("PASSWORD(...)");
    assertThat(Passwords.masked("      PSWD((A.B/SECRET1 A.C/PW2)) /* SEE A.B */ 00010000"))
        .isEqualTo("      PSWD((A.B/******* A.C/***)) /* SEE A.B */ 00010000");
    assertThat(Passwords.masked(" DUMP DS(INC(A.B)) /* OSB/BWO */ PSWD(A.B/PW) /*X/Y*/"))
        .as("a comment is left as written").isEqualTo(
            " DUMP DS(INC(A.B)) /* OSB/BWO */ PSWD(A.B/**) /*X/Y*/");
    assertThat(Passwords.masked(" DUMP /* C */ DS(INC(A.B))/*X*/ODD(T)"))
        .as("comments are not passwords").isEqualTo(" DUMP /* C */ DS(INC(A.B))/*X*/ODD(T)");
  }

  @Test
  void aKeyPasswordIsMaskedAcrossContinuationsAndAbbreviations() {
    assertThat(Passwords.masked(List.of(
        " DUMP DS(INC(A.**)) ODD(T) KEYPASSWORD(ABCDEFGH12) -",
        "      COMPRESS /* KEYPASSWORD(X) IN A COMMENT */",
        " RESTORE DS(INC(A.**)) IDD(T) KEYPASSWORD -",
        "   ( -",
        "      'TWO WORDS', ENCRYPT(CLRAES128)) REPLACE",
        " DUMP DS(INC(A.**)) ODD(T) KEYPASS(ABBREV99) keypassword(lower999)")))
        .containsExactly(
            " DUMP DS(INC(A.**)) ODD(T) KEYPASSWORD(**********) -",
            "      COMPRESS /* KEYPASSWORD(X) IN A COMMENT */",
            " RESTORE DS(INC(A.**)) IDD(T) KEYPASSWORD -",
            "   ( -",
            "      **** ******, *******(*********)) REPLACE",
            " DUMP DS(INC(A.**)) ODD(T) KEYPASS(********) keypassword(********)");
  }

  @Test
  void aKeyPasswordRunningPastColumn72IsMaskedThereToo() {
    String record = " DUMP DS(INC(A.**)) ODD(T) KEYPASSWORD(" + "Q".repeat(33) + "SECRET99";

    assertThat(record).hasSize(80);
    assertThat(Passwords.masked(record)).doesNotContain("SECRET").doesNotContain("Q");
    assertThat(Deck.unreadColumns(List.of(record))).singleElement().asString()
        .contains("('********')");
  }

  @Test
  void aStatementsEndClosesAKeyPasswordThatWasNotClosed() {
    assertThat(Passwords.masked(List.of(" DUMP KEYPASSWORD(ABC", " DUMP DS(INC(A.B)) ODD(T)")))
        .containsExactly(" DUMP KEYPASSWORD(***", " DUMP DS(INC(A.B)) ODD(T)");
  }

  @Test
  void resetWithShareIsRefusedAsIbmSaysNotToCodeThem() {
    List<Message> errors = errors(" DUMP DS(INC(A.B)) ODD(T) SHARE RESET");

    assertThat(errors).extracting(Message::text).containsExactly("STATEMENT AT RECORD 1: 'RESET'"
        + " AT RECORD 1 COLUMN 33 CANNOT BE SPECIFIED WITH SHARE");
    assertThat(((DumpDataSet) command(" DUMP DS(INC(A.B)) ODD(T) RESET")).reset()).isTrue();
  }

  @Test
  void restorePurgeIsReplaceAsIbmDocumentsIt() {
    assertThat(((RestoreDataSet) command(" RESTORE DS(INC(A.B)) IDD(T) PURGE")).replace())
        .isTrue();
    assertThat(errors(" RESTORE DS(INC(A.B)) IDD(T) PUR REPUNC")).extracting(Message::text)
        .containsExactly("STATEMENT AT RECORD 1: 'REPUNC' AT RECORD 1 COLUMN 34 CANNOT BE"
            + " SPECIFIED WITH PURGE");
  }

  @Test
  void everySpellingNamesOneKeywordOfItsCommandAndNeverShadowsAnImplementedOne() {
    check(Keyword.DUMP, DUMP_LEVEL);
    check(Keyword.RESTORE, RESTORE_LEVEL);
  }

  private static void check(Keyword command, Set<Keyword> implemented) {
    for (UnimplementedKeyword k : UnimplementedKeyword.values()) {
      if (!k.of(command)) {
        continue;
      }
      for (String token : SpellingTest.tokens(k.spellings())) {
        assertThat(Keyword.find(token, implemented)).as(token).isEmpty();
        assertThat(UnimplementedKeyword.find(token, command)).as(token).contains(k);
        long matching = java.util.Arrays.stream(UnimplementedKeyword.values())
            .filter(o -> o.of(command))
            .filter(o -> o.spellings().stream().anyMatch(x -> x.matches(token))).count();
        assertThat(matching).as(token).isEqualTo(1);
      }
    }
  }
}
