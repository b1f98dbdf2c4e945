package io.bwo.control;

import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The SYSIN control statements of one DFSMSdss step: the card images as read, to echo in the
 * listing, and the commands they code, in order.
 */
public record Deck(List<String> records, List<Command> commands) {

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

  /** A deck of {@code records} coding {@code commands}; both lists are copied. */
  public Deck {
    records = List.copyOf(records);
    commands = List.copyOf(commands);
  }

  /**
   * Reads and checks every statement of {@code records} (80-column card images). Never throws
   * for any text: a deck with errors comes back rejected with one ADR message (severity E) or
   * more per bad statement, each naming the statement, the token and its record and column.
   */
  public static ParseResult parse(List<String> records) {
    Objects.requireNonNull(records, "records").forEach(r -> Objects.requireNonNull(r, "record"));
    List<Message> errors = new ArrayList<>();
    List<Command> commands = new ArrayList<>();
    for (Statement s : Lexer.scan(records)) {
      if (s.error().isPresent()) {
        errors.add(s.error().get());
      } else {
        StatementParser.parse(s, errors).ifPresent(commands::add);
      }
    }
    if (!errors.isEmpty()) {
      return new ParseResult.Rejected(errors);
    }
    return new ParseResult.Parsed(new Deck(records, commands));
  }
}
