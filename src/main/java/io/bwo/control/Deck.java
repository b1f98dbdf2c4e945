package io.bwo.control;

import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The SYSIN control statements of one DFSMSdss step: the card images as read, to echo in the
 * listing; the function commands they code, in order (task ids follow it, whether or not a
 * command runs); and the sequence that runs them ({@link Flow}: SET, IF-THEN-ELSE, SERIAL,
 * PARALLEL around them).
 */
public record Deck(List<String> records, List<Command> commands, List<Flow> flow,
    List<Message> warnings) {

  /**
   * BWO532I for each record whose columns 73 to 80 hold more than a sequence number: DFSMSdss
   * reads columns 2 to 72 only, so a statement written past column 72 loses what is there
   * (a keyword, silently) unless the listing says so. Digits alone are a sequence number.
   */
  public static List<Message> unreadColumns(List<String> records) {
    List<Message> notes = new ArrayList<>();
    List<String> masked = Passwords.masked(records);
    for (int i = 0; i < masked.size(); i++) {
      String r = masked.get(i);
      String tail = r.length() > 72 ? r.substring(72, Math.min(80, r.length())).strip() : "";
      if (!tail.isEmpty() && !tail.chars().allMatch(Character::isDigit)) {
        notes.add(Message.of(Msg.BWO532I, i + 1, tail));
      }
    }
    return notes;
  }

  /**
   * A deck of {@code records} coding {@code commands}, run by {@code flow}, with the
   * {@code warnings} its reading gave (BWO534W); all copied.
   */
  public Deck {
    records = List.copyOf(records);
    commands = List.copyOf(commands);
    flow = List.copyOf(flow);
    warnings = List.copyOf(warnings);
  }

  /** The highest return code of the warnings; 0 if there are none. */
  public int warningCode() {
    return warnings.stream().mapToInt(Message::returnCode).max().orElse(0);
  }

  /**
   * Reads and checks every statement of {@code records} (80-column card images). Never throws
   * for any text: a deck with errors comes back rejected with one ADR message (severity E) or
   * more per bad statement, each naming the statement, the token and its record and column. An
   * error in the sequence (IF-THEN-ELSE, DO-END, SET) is BWO533S, RC 12, and the records after
   * it are not read. A warning (BWO534W) does not reject the deck; a rejected deck lists its
   * warnings with its errors.
   */
  public static ParseResult parse(List<String> records) {
    Objects.requireNonNull(records, "records").forEach(r -> Objects.requireNonNull(r, "record"));
    List<Message> said = new ArrayList<>();
    FlowParser.Result read = FlowParser.parse(Lexer.scan(records), said);
    if (said.stream().anyMatch(m -> m.returnCode() >= 8)) {
      return new ParseResult.Rejected(said);
    }
    return new ParseResult.Parsed(new Deck(records, read.commands(), read.flow(), said));
  }
}
