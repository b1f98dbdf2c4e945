package io.bwo.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.message.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class DeckPropertiesTest {

  @Provide
  Arbitrary<DeckWriter.Written> decks() {
    return Arbitraries.randoms().map(r -> new DeckWriter(r).deck());
  }

  @Property(tries = 2000)
  void generatedDeckParsesToTheIntendedCommands(@ForAll("decks") DeckWriter.Written deck) {
    ParseResult result = Deck.parse(deck.records());

    assertThat(result.errors()).as(String.join("\n", deck.records())).isEmpty();
    assertThat(((ParseResult.Parsed) result).deck().commands())
        .as(String.join("\n", deck.records()))
        .isEqualTo(deck.commands());
  }

  @Property(tries = 2000)
  void arbitraryRecordsNeverThrow(
      @ForAll @Size(max = 8) List<@StringLength(max = 90) String> records) {
    assertParsesOrNamesItsErrors(records);
  }

  @Provide
  Arbitrary<String> cardText() {
    return Arbitraries.strings().withChars(" ,()-/*.%ABCDEFGHINOPRSTUVWXYZ0123456789dump")
        .ofMaxLength(80);
  }

  @Property(tries = 2000)
  void arbitraryCardTextNeverThrows(
      @ForAll @Size(max = 8) List<@From("cardText") String> records) {
    assertParsesOrNamesItsErrors(records);
  }

  @Property(tries = 3000)
  void mutatedValidDeckNeverThrows(@ForAll("decks") DeckWriter.Written deck,
      @ForAll Random random) {
    List<String> records = new ArrayList<>(deck.records());
    String alphabet = " ,()-/*.%ABCDNOSTUVWXY0129";
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      int i = random.nextInt(records.size());
      StringBuilder r = new StringBuilder(records.get(i));
      int at = random.nextInt(r.length() + 1);
      char c = alphabet.charAt(random.nextInt(alphabet.length()));
      switch (random.nextInt(4)) {
        case 0 -> r.insert(at, c);
        case 1 -> {
          if (at < r.length()) {
            r.deleteCharAt(at);
          }
        }
        case 2 -> r.setLength(at);
        default -> {
          if (at < r.length()) {
            r.setCharAt(at, c);
          }
        }
      }
      records.set(i, r.toString());
      if (random.nextInt(8) == 0) {
        records.remove(random.nextInt(records.size()));
        if (records.isEmpty()) {
          records.add(r.toString());
        }
      }
    }
    assertParsesOrNamesItsErrors(records);
  }

  private static void assertParsesOrNamesItsErrors(List<String> records) {
    ParseResult result = Deck.parse(records);

    if (result instanceof ParseResult.Rejected rejected) {
      assertThat(rejected.errors()).isNotEmpty().allSatisfy(m -> assertNamesItsPlace(m, records));
    } else {
      Deck deck = ((ParseResult.Parsed) result).deck();
      assertThat(deck.records()).isEqualTo(records);
      assertThat(deck.commands()).allSatisfy(c -> {
        assertThat(c.recordNumber()).isBetween(1, records.size());
        assertThat(c.lastRecordNumber()).isBetween(c.recordNumber(), records.size());
      });
    }
  }

  private static void assertNamesItsPlace(Message m, List<String> records) {
    // A statement's error is ADR1xxE, RC 8; the sequence's are BWO533S (RC 12) and BWO534W.
    if (m.id().id().startsWith("ADR")) {
      assertThat(m.severity()).isEqualTo(Severity.ERROR);
      assertThat(m.returnCode()).isEqualTo(8);
    } else {
      assertThat(m.id()).isIn(Msg.BWO533S, Msg.BWO534W);
    }
    assertThat(Integer.parseInt(m.args().get(0))).isBetween(1, records.size());
    int record = Integer.parseInt(m.args().get(2));
    int column = Integer.parseInt(m.args().get(3));
    assertThat(record).isBetween(1, records.size());
    assertThat(column).isBetween(Lexer.FIRST_COLUMN, Lexer.LAST_COLUMN);
    assertThat(m.text()).contains("AT RECORD " + record + " COLUMN " + column);
  }
}
