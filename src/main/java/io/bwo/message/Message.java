package io.bwo.message;

import java.util.List;
import java.util.Objects;

/**
 * One issued message: its catalog entry and the values for the entry's placeholders.
 *
 * <p>The text is made only from the catalog, so every message that reaches a user has an id, a
 * severity and a return code.
 */
public record Message(Msg id, List<String> args) {

  public Message {
    Objects.requireNonNull(id, "id");
    args = List.copyOf(args);
    if (args.size() != id.arity()) {
      throw new IllegalArgumentException(
          id.id() + " takes " + id.arity() + " values, got " + args.size() + ": " + args);
    }
  }

  /** The message {@code id} with {@code args} in its placeholders, in order. */
  public static Message of(Msg id, Object... args) {
    String[] texts = new String[args.length];
    for (int i = 0; i < args.length; i++) {
      texts[i] = String.valueOf(args[i]);
    }
    return new Message(id, List.of(texts));
  }

  /** The text without the id, e.g. {@code TASKID 001 HAS BEEN ASSIGNED TO COMMAND 'DUMP '}. */
  public String text() {
    return id.format(args);
  }

  /** The severity of the message id. */
  public Severity severity() {
    return id.severity();
  }

  /** The return code a task that issues this message ends with, at least. */
  public int returnCode() {
    return id.returnCode();
  }

  /** {@code ID text}, the form for the console and for errors on standard error. */
  @Override
  public String toString() {
    return id.id() + " " + text();
  }
}
