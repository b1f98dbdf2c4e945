package io.bwo.dss;

import static org.assertj.core.api.Assertions.assertThat;

import io.bwo.control.Deck;
import io.bwo.control.ParseResult;
import io.bwo.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Random decks of DUMP, SET and nested IF-THEN-ELSE, written out as SYSIN in the forms IBM
 * allows (one command or DO-END, the operator as a word or a symbol, clauses continued or not),
 * read by {@link Deck#parse} and walked by {@link CommandSequence} with random task return codes,
 * run the same tasks and end with the same condition codes as a plain evaluation of the deck.
 */
class CommandSequencePropertiesTest {
  private static final String DUMP = "DUMP DS(INC(A.B)) ODD(T)";
  private static final String[] WORDS = {"EQ", "NE", "GT", "LT", "GE", "LE"};
  private static final String[] SYMBOLS = {"=", "¬=", ">", "<", ">=", "<="};
  private static final int[] CODES = {0, 4, 8, 12, 16};

  /** A deck as written: its records, and what a plain evaluation says it does. */
  record Written(List<String> records, List<Integer> taskCodes, List<Integer> ran, int lastcc,
      int maxcc) {}

  /** Writes a random deck and evaluates it as it goes: IBM's rules, written out plainly. */
  private static final class Writer {
    private final Random random;
    private final List<String> records = new ArrayList<>();
    private final List<Integer> taskCodes = new ArrayList<>();
    private final List<Integer> ran = new ArrayList<>();
    private int lastcc;
    private int maxcc;

    Writer(Random random) {
      this.random = random;
    }

    Written write() {
      task(true, "");
      for (int n = random.nextInt(5); n > 0; n--) {
        item(3, true, "");
      }
      return new Written(records, taskCodes, ran, lastcc, maxcc);
    }

    /** One item, run if {@code live}, its statement starting with {@code prefix}. */
    private void item(int depth, boolean live, String prefix) {
      int kind = random.nextInt(depth > 0 ? 3 : 2);
      if (kind == 0) {
        task(live, prefix);
      } else if (kind == 1) {
        set(live, prefix);
      } else {
        ifThenElse(depth - 1, live, prefix);
      }
    }

    private void task(boolean live, String prefix) {
      int command = taskCodes.size();
      taskCodes.add(CODES[random.nextInt(CODES.length)]);
      records.add(" " + prefix + DUMP);
      if (live) {
        ran.add(command);
        lastcc = taskCodes.get(command);
        maxcc = Math.max(maxcc, lastcc);
      }
    }

    private void set(boolean live, String prefix) {
      boolean last = random.nextBoolean();
      int value = random.nextInt(17);
      records.add(" " + prefix + "SET " + (last ? "LASTCC" : "MAXCC") + " = " + value);
      if (live && last) {
        lastcc = value;
        maxcc = Math.max(maxcc, value);
      } else if (live) {
        maxcc = value;
      }
    }

    private void ifThenElse(int depth, boolean live, String prefix) {
      boolean last = random.nextBoolean();
      int op = random.nextInt(WORDS.length);
      int number = random.nextInt(4) == 0 ? 17 + random.nextInt(99_983) : CODES[random.nextInt(5)];
      int value = last ? lastcc : maxcc;
      int n = Math.min(number, 16);
      boolean holds = switch (op) {
        case 0 -> value == n;
        case 1 -> value != n;
        case 2 -> value > n;
        case 3 -> value < n;
        case 4 -> value >= n;
        default -> value <= n;
      };
      String operator = random.nextBoolean() ? " " + WORDS[op] + " " : SYMBOLS[op];
      String head = prefix + "IF " + (last ? "LASTCC" : "MAXCC") + operator + number + " THEN";
      clause(depth, live && holds, head);
      // Always an ELSE, null or not, so that each ELSE's IF is the one intended.
      clause(depth, live && !holds, "ELSE");
    }

    /**
     * A clause after {@code head}: null, one item (continued or on its line, if that stays within
     * column 72), or DO-END.
     */
    private void clause(int depth, boolean live, String head) {
      int form = random.nextInt(4);
      if (form == 2 && head.length() > 30) {
        form = 1;
      }
      if (form == 0) {
        records.add(" " + head);
      } else if (form == 1) {
        records.add(" " + head + " -");
        item(depth, live, "  ");
      } else if (form == 2) {
        item(depth, live, head + " ");
      } else {
        records.add(" " + head + " DO");
        for (int n = random.nextInt(3); n > 0; n--) {
          item(depth, live, "  ");
        }
        records.add(" END");
      }
    }
  }

  @Provide
  Arbitrary<Written> decks() {
    return Arbitraries.randoms().map(r -> new Writer(r).write());
  }

  @Property(tries = 1000)
  void theWalkRunsWhatAPlainEvaluationRuns(@ForAll("decks") Written deck) {
    ParseResult parsed = Deck.parse(deck.records());
    assertThat(parsed.errors()).as(String.join("\n", deck.records())).isEmpty();
    Deck d = ((ParseResult.Parsed) parsed).deck();
    List<Integer> ran = new ArrayList<>();
    ConditionCodes codes = new ConditionCodes(0);
    CommandSequence.Tasks tasks = command -> {
      ran.add(command);
      return deck.taskCodes().get(command);
    };

    assertThat(new CommandSequence(codes, tasks, () -> false, () -> "TIME", m -> { })
        .walk(d.flow())).isTrue();

    String records = String.join("\n", deck.records());
    assertThat(d.commands()).as(records).hasSize(deck.taskCodes().size());
    assertThat(ran).as(records).isEqualTo(deck.ran());
    assertThat(codes.lastcc()).as(records).isEqualTo(deck.lastcc());
    assertThat(codes.maxcc()).as(records).isEqualTo(deck.maxcc());
  }

  @Provide
  Arbitrary<String> sequenceText() {
    return Arbitraries.of(" IF", " THEN", " ELSE", " DO", " END", " SET", " LASTCC", " MAXCC", "=",
        " = ", "¬=", ">", "<=", " EQ ", " 4", "99999", "100000", " 17", " -", " /* C */",
        " " + DUMP,
        " PARALLEL", " SERIAL").list().ofMaxSize(8).map(words -> String.join("", words));
  }

  @Property(tries = 2000)
  void anySequenceOfItsWordsParsesOrIsRejectedWithMessages(
      @ForAll @Size(max = 8) List<@net.jqwik.api.From("sequenceText") String> records) {
    ParseResult result = Deck.parse(records);
    if (!result.ok()) {
      assertThat(result.errors()).allSatisfy(m -> assertThat(m.returnCode()).isIn(4, 8, 12))
          .anySatisfy(m -> assertThat(m.returnCode()).isGreaterThanOrEqualTo(8));
      assertThat(result.errors()).extracting(Message::text).allMatch(t -> t.contains("RECORD"));
    }
  }
}
