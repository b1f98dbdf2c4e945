package io.bwo.message;

/**
 * A failure that reaches the user as a catalogued message, with its id and return code.
 *
 * <p>Thrown where an operation cannot go on; whoever catches it reports {@link #message()} and
 * ends with {@link #returnCode()}, never with a stack trace.
 */
public class BwoException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Message message;

  public BwoException(Message message) {
    super(message.toString());
    this.message = message;
  }

  public BwoException(Message message, Throwable cause) {
    super(message.toString(), cause);
    this.message = message;
  }

  /** Convenience for {@code new BwoException(Message.of(id, args))}. */
  public static BwoException of(Msg id, Object... args) {
    return new BwoException(Message.of(id, args));
  }

  /** The message to report. */
  public Message message() {
    return message;
  }

  /** The return code the step ends with, at least. */
  public int returnCode() {
    return message.returnCode();
  }
}
