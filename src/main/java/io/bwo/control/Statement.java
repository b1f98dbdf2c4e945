package io.bwo.control;

import io.bwo.message.Message;
import java.util.List;
import java.util.Optional;

/**
 * One control statement after continuation and comments are resolved: its tokens, the record
 * its first token is on and the last record it spans; or the lexical error (a comment or a
 * continuation left open) that makes its tokens worthless. Without an error, at least one token
 * is not a comma.
 */
record Statement(int firstRecord, int lastRecord, List<Token> tokens, Optional<Message> error) {

  Statement {
    tokens = List.copyOf(tokens);
    boolean coded = tokens.stream().anyMatch(t -> t.kind() != Token.Kind.COMMA);
    if (!coded && error.isEmpty()) {
      throw new IllegalArgumentException("a statement codes something or has an error");
    }
  }
}
