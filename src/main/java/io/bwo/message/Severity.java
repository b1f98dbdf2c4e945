package io.bwo.message;

/**
 * The severity letter that ends a message id, and the return code it implies.
 *
 * <p>DFSMSdss uses I, W, E and T; bwo's own messages use I, W, E and S. The return code of a
 * message is the least a task that issues it ends with.
 */
public enum Severity {
  INFORMATION('I', 0),
  WARNING('W', 4),
  ERROR('E', 8),
  SEVERE('S', 12),
  TERMINATING('T', 16);

  private final char letter;
  private final int returnCode;

  Severity(char letter, int returnCode) {
    this.letter = letter;
    this.returnCode = returnCode;
  }

  /** The letter that ends the message id: I, W, E, S or T. */
  public char letter() {
    return letter;
  }

  /** The return code a task that issues a message of this severity ends with, at least. */
  public int returnCode() {
    return returnCode;
  }

  /** The severity whose letter is {@code letter}. */
  public static Severity ofLetter(char letter) {
    for (Severity s : values()) {
      if (s.letter == letter) {
        return s;
      }
    }
    throw new IllegalArgumentException("no severity letter " + letter);
  }
}
