package io.bwo.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.control.DumpDataSet.ByCriterion;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/** A FILTERDD data set's records read as the criteria they code, or as the errors they hold. */
class FilterCriteriaTest {

  @Test
  void keywordsReadAcrossContinuedRecordsWithComments() {
    FilterCriteria.Read read = FilterCriteria.read(List.of(
        " /* THE BWO DUMP'S DATA SETS */",
        " INCLUDE(OSB.SEG0.**, -",
        "         OSB.SEG2.**) -",
        " EXCLUDE(OSB.SEG2.PAGE04) /* NOT THIS ONE */ -",
        " BY((DSCHA,EQ,YES))"));

    assertThat(read.errors()).isEmpty();
    assertThat(read.criteria()).contains(new FilterCriteria(List.of("OSB.SEG0.**", "OSB.SEG2.**"),
        List.of("OSB.SEG2.PAGE04"), List.of(new ByCriterion("DSCHA", "EQ", List.of("YES")))));
  }

  @Test
  void keywordsOnRecordsOfTheirOwnNeedNoContinuationMark() {
    FilterCriteria.Read read = FilterCriteria.read(List.of(
        " INCL(A.**)",
        " EXCL(A.TEMP.**)",
        "",
        " BY(DSCHA,NE,0)"));

    assertThat(read.criteria()).contains(new FilterCriteria(List.of("A.**"),
        List.of("A.TEMP.**"), List.of(new ByCriterion("DSCHA", "NE", List.of("NO")))));
  }

  @Test
  void aRelativeGenerationIsAnEntryAsOnTheCommand() {
    FilterCriteria.Read read = FilterCriteria.read(List.of(
        " INCLUDE(PROD.ACCOUNTS.MASTER, PROD.POSTED.DAILY(0))",
        " EXCLUDE(PROD.POSTLOG.DAILY(-2))"));

    assertThat(read.criteria()).contains(new FilterCriteria(
        List.of("PROD.ACCOUNTS.MASTER", "PROD.POSTED.DAILY(0)"),
        List.of("PROD.POSTLOG.DAILY(-2)"), List.of()));
  }

  @Test
  void moreThan255EntriesAreWhatFilterddIsFor() {
    List<String> records = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      names.add("OSB.SEG" + i + ".**");
      records.add((i == 0 ? " INCLUDE(" : "         ") + names.get(i) + (i == 299 ? ")" : ", -"));
    }

    FilterCriteria.Read read = FilterCriteria.read(records);

    assertThat(read.criteria()).hasValueSatisfying(c -> assertThat(c.include()).isEqualTo(names));
  }

  @Test
  void anErrorNamesTheRecordAndColumnOfTheDataSet() {
    FilterCriteria.Read read = FilterCriteria.read(List.of(
        " INCLUDE(A.**)",
        "    BOGUS(X) EXCLUDE(A..B)"));

    assertThat(read.criteria()).isEmpty();
    assertThat(read.errors()).extracting(Message::id).containsExactly(Msg.ADR102E, Msg.ADR104E);
    assertThat(read.errors().get(0).text()).contains("'BOGUS' AT RECORD 2 COLUMN 5 FOR FILTERDD");
    assertThat(read.errors().get(1).text()).contains("'A..B' AT RECORD 2 COLUMN 22");
  }

  @Test
  void aKeywordCodedTwiceOrAParenthesisLeftOpenIsAnError() {
    assertThat(FilterCriteria.read(List.of(" INCLUDE(A.**)", " INCLUDE(B.**)")).errors())
        .extracting(Message::id).containsExactly(Msg.ADR110E);
    assertThat(FilterCriteria.read(List.of(" INCLUDE(A.**")).errors())
        .extracting(Message::id).containsExactly(Msg.ADR103E);
    assertThat(FilterCriteria.read(List.of(" INCLUDE(A.**) /* OPEN")).errors())
        .as("a comment left open").isNotEmpty();
  }

  @Test
  void recordsThatCodeNothingGiveNoCriteriaAndNoError() {
    for (List<String> records : List.of(List.<String>of(), List.of(" /* NOTHING */", "", " ,"))) {
      FilterCriteria.Read read = FilterCriteria.read(records);
      assertThat(read.criteria()).isEmpty();
      assertThat(read.errors()).isEmpty();
    }
  }

  @Test
  void columnsPast72AreNotRead() {
    String record = " INCLUDE(A.**)";
    FilterCriteria.Read read = FilterCriteria.read(
        List.of(String.format("%-72s%s", record, "EXCLUDE(A.B)")));

    assertThat(read.criteria()).contains(new FilterCriteria(List.of("A.**"), List.of(),
        List.of()));
  }

  @Provide
  Arbitrary<DeckWriter.WrittenFilter> dumpFilters() {
    return Arbitraries.randoms().map(r -> new DeckWriter(r).filter(true));
  }

  @Provide
  Arbitrary<DeckWriter.WrittenFilter> restoreFilters() {
    return Arbitraries.randoms().map(r -> new DeckWriter(r).filter(false));
  }

  @Property(tries = 1000)
  void writtenCriteriaReadBackAsWritten(@ForAll("dumpFilters") DeckWriter.WrittenFilter dump,
      @ForAll("restoreFilters") DeckWriter.WrittenFilter restore) {
    for (var w : List.of(dump, restore)) {
      FilterCriteria.Read read = FilterCriteria.read(w.records());
      assertThat(read.errors()).as(String.join("\n", w.records())).isEmpty();
      assertThat(read.criteria()).as(String.join("\n", w.records())).contains(w.criteria());
    }
  }

  @Property(tries = 2000)
  void anyTextGivesCriteriaOrErrorsAndNeverThrows(
      @ForAll @Size(max = 6) List<@StringLength(max = 90) String> records) {
    FilterCriteria.Read read = FilterCriteria.read(records);

    assertThat(read.criteria().isPresent() && !read.errors().isEmpty()).isFalse();
    assertThat(read.errors()).allSatisfy(e -> assertThat(e.returnCode()).isGreaterThanOrEqualTo(8));
  }
}
