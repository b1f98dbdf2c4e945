package io.bwo.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps data set passwords out of the listing: IBM, "Printing of actual data set passwords
 * specified in your input command stream is suppressed in the SYSPRINT output." A password is
 * coded after a data set name and a slash ({@code PASSWORD((dsn/pswd))}); a comment's
 * {@code /*} and {@code *}{@code /} are not, nor is what a comment holds.
 */
public final class Passwords {
  /** A name, then a slash and one to eight characters: the password. */
  private static final Pattern CODED =
      Pattern.compile("(?<=[A-Z0-9@#$%.\\-'])/([A-Z0-9@#$]{1,8})(?![A-Z0-9@#$])");

  private Passwords() {}

  /**
   * {@code record} with each password coded in it replaced by as many asterisks; the text of a
   * comment that opens and closes on the record is left as written.
   */
  public static String masked(String record) {
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
}
