package io.bwo.jcl;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a JCL job for local submission. The entry point of the reader: cards to statements
 * ({@link StatementReader}), statements to a checked job ({@link JobBuilder}).
 */
public final class Jcl {
  private Jcl() {}

  /**
   * The job that {@code text} holds, with {@code symbols} set before it (they win over the job's
   * own SET statements). Throws BwoException with BWO701E (invalid JCL) or BWO702E (valid but not
   * supported locally) naming the line and the reason; never anything else for any text.
   *
   * @param source where the text came from, as the job log shows it
   */
  public static JclJob read(String source, String text, Map<String, String> symbols) {
    List<Statement> statements = StatementReader.read(text);
    List<String> cards = Arrays.asList(text.split("\r?\n"));
    return JobBuilder.build(source, statements, userId(), symbols, cards);
  }

  /** The local user as JES would give &SYSUID: upper case, at most 8 characters. */
  static String userId() {
    String u = System.getProperty("user.name", "BWO").toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z0-9#@$]", "");
    if (u.isEmpty() || !Character.isLetter(u.charAt(0))) {
      u = "U" + u;
    }
    return u.length() > 8 ? u.substring(0, 8) : u;
  }
}
