package io.bwo.control;

import io.bwo.message.Message;
import java.util.List;
import java.util.Objects;

/** What {@link Deck#parse} gives: the deck, or the syntax errors that stop the step. */
public sealed interface ParseResult permits ParseResult.Parsed, ParseResult.Rejected {

  /** The errors, in the order of the records; empty for a parsed deck. */
  List<Message> errors();

  /** True for a deck that parsed with no error. */
  default boolean ok() {
    return errors().isEmpty();
  }

  /** Every statement of the deck parsed and passed its checks. */
  record Parsed(Deck deck) implements ParseResult {
    /** The result for a deck that parsed. */
    public Parsed {
      Objects.requireNonNull(deck, "deck");
    }

    @Override
    public List<Message> errors() {
      return List.of();
    }
  }

  /**
   * At least one statement failed; nothing of the deck may run. Its warnings, if any, are
   * listed among the errors, in the order of the records.
   */
  record Rejected(List<Message> errors) implements ParseResult {
    /** The result for a deck with {@code errors}, at least one. */
    public Rejected {
      errors = List.copyOf(errors);
      if (errors.isEmpty()) {
        throw new IllegalArgumentException("a rejected deck has errors");
      }
    }
  }
}
