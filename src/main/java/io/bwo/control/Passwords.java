package io.bwo.control;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps passwords out of the listing. IBM: "Printing of actual data set passwords specified in
 * your input command stream is suppressed in the SYSPRINT output" (PASSWORD), and "The
 * KEYPASSWORD password that is specified in your input command stream is not printed in the
 * SYSPRINT output." A data set password is coded after a data set name and a slash
 * ({@code PASSWORD((dsn/pswd))}); a KEYPASSWORD password is everything in the keyword's
 * parentheses, which may run over {@code -} continuations. A comment's {@code /*} and
 * {@code *}{@code /} are not passwords, nor is what a comment holds.
 *
 * <p>Masking is by the text, not by the parse: a deck that does not parse (a lower-case keyword,
 * an abbreviation DFSMSdss does not take, an unknown command) is masked all the same.
 */
public final class Passwords {
  /** A name, then a slash and one to eight characters: the password. */
  private static final Pattern CODED = Pattern.compile(
      "(?<=[A-Z0-9@#$%.\\-'])/([A-Z0-9@#$]{1,8})(?![A-Z0-9@#$])", Pattern.CASE_INSENSITIVE);
  /** The shortest beginning of KEYPASSWORD whose value is masked (more than DFSMSdss takes). */
  private static final int KEYPASSWORD_MASKED_FROM = 4;
  private static final String KEYPASSWORD = "KEYPASSWORD";

  private Passwords() {}

  /**
   * {@code record} with each password coded in it replaced by as many asterisks; the text of a
   * comment that opens and closes on the record is left as written.
   */
  public static String masked(String record) {
    return masked(List.of(record)).get(0);
  }

  /**
   * {@code records} (card images, in order) with each password replaced by as many asterisks,
   * following a KEYPASSWORD value from record to record across continuations.
   */
  public static List<String> masked(List<String> records) {
    return keyPasswords(records).stream().map(Passwords::dataSetPasswords).toList();
  }

  /** True if {@code word} is KEYPASSWORD or a beginning of it at least four letters long. */
  static boolean isKeyPassword(String word) {
    String w = word.toUpperCase(Locale.ROOT);
    return w.length() >= KEYPASSWORD_MASKED_FROM && KEYPASSWORD.startsWith(w);
  }

  private static String dataSetPasswords(String record) {
    StringBuilder b = null;
    int from = 0;
    while (from < record.length()) {
      int open = record.indexOf("/*", from);
      int end = open < 0 ? record.length() : open;
      Matcher m = CODED.matcher(record).region(from, end);
      while (m.find()) {
        if (b == null) {
          b = new StringBuilder(record);
        }
        for (int i = m.start(1); i < m.end(1); i++) {
          b.setCharAt(i, '*');
        }
      }
      if (open < 0) {
        break;
      }
      int close = record.indexOf("*/", open + 2);
      from = close < 0 ? record.length() : close + 2;
    }
    return b == null ? record : b.toString();
  }

  /**
   * Masks the words inside each KEYPASSWORD list, found by the lexer's tokens (so comments and
   * continuations are read as DFSMSdss reads them), in {@code records}; a list left open runs to
   * the statement's end. A value that reaches column 72 is masked in columns 73 to 80 too: DFSMSdss
   * does not read them, but BWO532I would show them.
   */
  private static List<String> keyPasswords(List<String> records) {
    List<StringBuilder> out = records.stream().map(StringBuilder::new).toList();
    for (Statement s : Lexer.scan(records)) {
      int depth = 0;
      Token previous = null;
      for (Token t : s.tokens()) {
        if (depth > 0) {
          depth += t.kind() == Token.Kind.OPEN ? 1 : t.kind() == Token.Kind.CLOSE ? -1 : 0;
          if (t.kind() == Token.Kind.WORD) {
            mask(out.get(t.record() - 1), t);
          }
        } else if (t.kind() == Token.Kind.OPEN && previous != null
            && previous.kind() == Token.Kind.WORD && isKeyPassword(previous.text())) {
          depth = 1;
        }
        previous = t;
      }
    }
    return out.stream().map(StringBuilder::toString).toList();
  }

  private static void mask(StringBuilder record, Token word) {
    int from = word.column() - 1;
    int to = from + word.text().length();
    if (word.column() + word.text().length() - 1 >= Lexer.LAST_COLUMN) {
      to = record.length();
    }
    for (int i = from; i < to; i++) {
      if (record.charAt(i) != ' ') {
        record.setCharAt(i, '*');
      }
    }
  }
}
