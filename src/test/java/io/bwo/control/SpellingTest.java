package io.bwo.control;

import static io.bwo.control.DeckTest.command;
import static io.bwo.control.DeckTest.ids;
import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.message.Msg;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every documented spelling of every keyword, and what is too short or too long to be one. */
class SpellingTest {

  @Test
  void capitalsOfTheDiagramFormAreTheShortestAbbreviation() {
    Spelling dump = Spelling.of("DUMp");

    assertThat(dump).isEqualTo(new Spelling("DUMP", 3));
    assertThat(List.of("DUM", "DUMP")).allMatch(dump::matches);
    assertThat(List.of("DU", "DUMPS", "dump", "DUMp", "")).noneMatch(dump::matches);
    assertThat(Spelling.of("ODD")).isEqualTo(new Spelling("ODD", 3));
  }

  /** Every token each spelling allows: from its capitals to the whole word. */
  static List<String> tokens(List<Spelling> spellings) {
    List<String> tokens = new ArrayList<>();
    for (Spelling s : spellings) {
      for (int n = s.minimum(); n <= s.word().length(); n++) {
        tokens.add(s.word().substring(0, n));
      }
    }
    return tokens;
  }

  /** The commands that control the sequence code no function command: FlowParserTest's. */
  static final Set<Keyword> SEQUENCE =
      EnumSet.of(Keyword.IF, Keyword.SET, Keyword.SERIAL, Keyword.PARALLEL,
          Keyword.EOJ);

  static Stream<Arguments> everyKeywordSpelling() {
    return Stream.of(Keyword.values()).filter(k -> !SEQUENCE.contains(k))
        .flatMap(k -> tokens(k.spellings()).stream().map(t -> Arguments.of(k, t)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("everyKeywordSpelling")
  void everySpellingOfEveryKeywordIsRecognised(Keyword keyword, String token) {
    Command c = command(" " + deckFor(keyword).formatted(token));

    assertThat(c).matches(expectation(keyword), keyword + " takes effect");
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("everyKeywordSpelling")
  void oneLetterMoreOrOneBelowTheCapitalsIsNotAKeyword(Keyword keyword, String token) {
    Spelling longest = keyword.spellings().stream().filter(s -> s.word().startsWith(token))
        .findFirst().orElseThrow();
    List<String> wrong = new ArrayList<>(List.of(longest.word() + "X"));
    String shorter = token.substring(0, token.length() - 1);
    // REPLACEU less one letter is REPLACE, a keyword of its own; RENAMEU less one is RENAME,
    // another.
    boolean another = Keyword.find(shorter, EnumSet.allOf(Keyword.class)).isPresent()
        || UnimplementedKeyword.find(shorter, Keyword.DUMP).isPresent()
        || UnimplementedKeyword.find(shorter, Keyword.RESTORE).isPresent();
    if (token.length() == longest.minimum() && !shorter.isEmpty() && !another) {
      wrong.add(shorter);
    }
    Msg expected = keyword == Keyword.DUMP || keyword == Keyword.RESTORE ? Msg.ADR100E
        : Msg.ADR102E;
    for (String w : wrong) {
      assertThat(ids(" " + deckFor(keyword).formatted(w))).as(w).contains(expected);
    }
  }

  static Stream<Arguments> everyConcurrentSpelling() {
    return Stream.of(Concurrent.values())
        .flatMap(c -> tokens(c.spellings()).stream().map(t -> Arguments.of(c, t)));
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("everyConcurrentSpelling")
  void everySpellingOfEveryConcurrentSubkeywordIsRecognised(Concurrent option, String token) {
    DumpDataSet d = (DumpDataSet) command(" DUMP DS(INC(A.B)) ODD(T) CC(" + token + ")");

    assertThat(d.concurrent()).isEqualTo(option);
  }

  @ParameterizedTest
  @EnumSource(value = Concurrent.class, names = "NONE", mode = EnumSource.Mode.EXCLUDE)
  void everyConcurrentSubkeywordButNoneHasASpelling(Concurrent option) {
    assertThat(option.spellings()).isNotEmpty();
  }

  @Test
  void noTokenSpellsTwoKeywordsOfOneStatementLevel() {
    List<Set<Keyword>> levels = List.of(
        EnumSet.of(Keyword.DUMP, Keyword.RESTORE),
        EnumSet.of(Keyword.DATASET, Keyword.OUTDDNAME, Keyword.CONCURRENT,
            Keyword.NOTIFYCONCURRENT, Keyword.TOLERATE, Keyword.SHARE, Keyword.WAIT,
            Keyword.COMPRESS, Keyword.OPTIMIZE, Keyword.DELETE, Keyword.PURGE, Keyword.RESET),
        EnumSet.of(Keyword.DATASET, Keyword.INDDNAME, Keyword.REPLACE,
            Keyword.REPLACEUNCONDITIONAL, Keyword.RENAMEUNCONDITIONAL, Keyword.RENAME),
        EnumSet.of(Keyword.INCLUDE, Keyword.EXCLUDE, Keyword.BY, Keyword.FILTERDD),
        EnumSet.of(Keyword.ENQFAILURE, Keyword.IOERROR));
    for (Set<Keyword> level : levels) {
      for (Keyword k : level) {
        for (String token : tokens(k.spellings())) {
          assertThat(level.stream().filter(other -> other.spellings().stream()
              .anyMatch(s -> s.matches(token)))).as(token).containsExactly(k);
        }
      }
    }
    for (Concurrent c : Concurrent.values()) {
      for (String token : tokens(c.spellings())) {
        assertThat(Stream.of(Concurrent.values()).filter(other -> other.spellings().stream()
            .anyMatch(s -> s.matches(token)))).as(token).containsExactly(c);
      }
    }
  }

  /** A deck that codes {@code keyword} as {@code %s}. */
  private static String deckFor(Keyword keyword) {
    return switch (keyword) {
      case DUMP -> "%s DS(INC(A.B)) ODD(T)";
      case RESTORE -> "%s DS(INC(A.B)) IDD(T)";
      case DATASET -> "DUMP %s(INC(A.B)) ODD(T)";
      case OUTDDNAME -> "DUMP DS(INC(A.B)) %s(T)";
      case CONCURRENT -> "DUMP DS(INC(A.B)) ODD(T) %s";
      case NOTIFYCONCURRENT -> "DUMP DS(INC(A.B)) ODD(T) CC %s";
      case TOLERATE -> "DUMP DS(INC(A.B)) ODD(T) %s(ENQF)";
      case SHARE -> "DUMP DS(INC(A.B)) ODD(T) %s";
      case WAIT -> "DUMP DS(INC(A.B)) ODD(T) %s(5,6)";
      case COMPRESS -> "DUMP DS(INC(A.B)) ODD(T) %s";
      case OPTIMIZE -> "DUMP DS(INC(A.B)) ODD(T) %s(3)";
      case DELETE -> "DUMP DS(INC(A.B)) ODD(T) %s";
      case PURGE -> "DUMP DS(INC(A.B)) ODD(T) DEL %s";
      case RESET -> "DUMP DS(INC(A.B)) ODD(T) %s";
      case INCLUDE -> "DUMP DS(%s(A.B)) ODD(T)";
      case EXCLUDE -> "DUMP DS(%s(A.B)) ODD(T)";
      case BY -> "DUMP DS(%s(DSCHA,EQ,YES)) ODD(T)";
      case FILTERDD -> "DUMP DS(%s(F)) ODD(T)";
      case INDDNAME -> "RESTORE DS(INC(A.B)) %s(T)";
      case REPLACE -> "RESTORE DS(INC(A.B)) IDD(T) %s";
      case REPLACEUNCONDITIONAL -> "RESTORE DS(INC(A.B)) IDD(T) %s";
      case RENAMEUNCONDITIONAL, RENAME -> "RESTORE DS(INC(A.B)) IDD(T) %s(NEWHLQ)";
      case ENQFAILURE -> "DUMP DS(INC(A.B)) ODD(T) TOL(%s)";
      case IOERROR -> "DUMP DS(INC(A.B)) ODD(T) TOL(%s)";
      case IF, SET, SERIAL, PARALLEL, EOJ -> throw new IllegalArgumentException(keyword.name());
    };
  }

  private static Predicate<Command> expectation(Keyword keyword) {
    return switch (keyword) {
      case DUMP, DATASET -> c -> c instanceof DumpDataSet d && d.include().equals(List.of("A.B"));
      case RESTORE -> c -> c instanceof RestoreDataSet r && r.inDdName().equals("T");
      case OUTDDNAME -> c -> ((DumpDataSet) c).outDdNames().equals(List.of("T"));
      case CONCURRENT -> c -> ((DumpDataSet) c).concurrent() == Concurrent.PREFERRED;
      case NOTIFYCONCURRENT -> c -> ((DumpDataSet) c).notifyConcurrent();
      case TOLERATE, ENQFAILURE -> c -> ((DumpDataSet) c).tolerateEnqFailure();
      case IOERROR -> c -> ((DumpDataSet) c).tolerateIoError();
      case SHARE -> c -> ((DumpDataSet) c).share();
      case WAIT -> c -> ((DumpDataSet) c).waitOption().equals(new DumpDataSet.Wait(5, 6));
      case COMPRESS -> c -> ((DumpDataSet) c).compress();
      case OPTIMIZE -> c -> ((DumpDataSet) c).optimize() == 3;
      case DELETE -> c -> ((DumpDataSet) c).delete();
      case PURGE -> c -> ((DumpDataSet) c).purge();
      case RESET -> c -> ((DumpDataSet) c).reset();
      case INCLUDE -> c -> ((DumpDataSet) c).include().equals(List.of("A.B"));
      case EXCLUDE -> c -> ((DumpDataSet) c).exclude().equals(List.of("A.B"));
      case BY -> c -> ((DumpDataSet) c).byCriteria().size() == 1;
      case FILTERDD -> c -> ((DumpDataSet) c).filterDd().orElseThrow().equals("F");
      case INDDNAME -> c -> ((RestoreDataSet) c).inDdName().equals("T");
      case REPLACE -> c -> ((RestoreDataSet) c).replace();
      case REPLACEUNCONDITIONAL -> c -> ((RestoreDataSet) c).replaceUnconditional();
      case RENAMEUNCONDITIONAL -> c -> !((RestoreDataSet) c).renameConditional()
          && ((RestoreDataSet) c).renamePrefix().orElseThrow().equals("NEWHLQ");
      case RENAME -> c -> ((RestoreDataSet) c).renameConditional()
          && ((RestoreDataSet) c).renamePrefix().orElseThrow().equals("NEWHLQ");
      case IF, SET, SERIAL, PARALLEL, EOJ -> throw new IllegalArgumentException(keyword.name());
    };
  }
}
