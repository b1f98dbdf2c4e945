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
      Keyword.REPLACE, Keyword.REPLACEUNCONDITIONAL, Keyword.RENAMEUNCONDITIONAL, Keyword.PURGE);

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
  void eachBelongsToItsCommandAndIsCodedOnce() {
    assertThat(ids(" RESTORE DS(INC(A.B)) IDD(T) ALLDATA(*)")).containsExactly(Msg.ADR102E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) STORCLAS(X)")).containsExactly(Msg.ADR102E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) ALLX ALLEXCP")).containsExactly(Msg.ADR110E);
    assertThat(ids(" DUMP DS(INC(A.B)) ODD(T) FULL")).containsExactly(Msg.ADR102E);
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
