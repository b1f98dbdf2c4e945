package io.bwo.control;

import io.bwo.message.Message;
import java.util.List;
import java.util.Optional;

/**
 * One control statement after continuation and comments are resolved: its tokens, the record
 * its first token is on and the last record it spans; or the lexical error (a comment or a
 * continuation left open) that makes its tokens worthless. A statement with neither an error nor
 * a token other than a comma is a null statement: a record of blanks and comments only that is
 * not continued. It codes nothing, but ends an IF's clause (IBM dgt3u2209, dgt3u2210).
 */
record Statement(int firstRecord, int lastRecord, List<Token> tokens, Optional<Message> error) {

  Statement {
    tokens = List.copyOf(tokens);
  }

  /** True for a statement that codes nothing and has no error. */
  boolean isNull() {
    return error.isEmpty() && tokens.stream().allMatch(t -> t.kind() == Token.Kind.COMMA);
  }

  /** The statement made of this one's tokens from {@code from} on (a clause after THEN, ...). */
  Statement rest(int from) {
    List<Token> rest = tokens.subList(from, tokens.size());
    int first = rest.isEmpty() ? lastRecord : rest.get(0).record();
    return new Statement(first, lastRecord, rest, Optional.empty());
  }
}
