package io.bwo.message;

/**
 * Prints the README's message table from the catalog:
 * {@code java -cp target/classes:target/test-classes io.bwo.message.MessageTable}.
 */
public final class MessageTable {
  private MessageTable() {}

  /** The table's rows, one per message id. */
  static String rows() {
    StringBuilder b = new StringBuilder();
    b.append("| id | RC | text | wording |\n|---|---:|---|---|\n");
    for (Msg m : Msg.values()) {
      String text = m.template().replace("%s", "_x_").replace("|", "\\|");
      String wording = m.id().startsWith("ADR") ? (m.bwoWording() ? "bwo's (IBM's not confirmed)"
          : "IBM's") : "bwo";
      b.append("| ").append(m.id()).append(" | ").append(m.returnCode()).append(" | ")
          .append(text).append(" | ").append(wording).append(" |\n");
    }
    return b.toString();
  }

  public static void main(String[] args) {
    System.out.print(rows());
  }
}
