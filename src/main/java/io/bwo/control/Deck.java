package io.bwo.control;

import io.bwo.message.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The SYSIN control statements of one DFSMSdss step: the card images as read, to echo in the
 * listing, and the commands they code, in order.
 */
public record Deck(List<String> records, List<Command> commands) {

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
