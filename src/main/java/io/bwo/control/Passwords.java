package io.bwo.control;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps data set passwords out of the listing: IBM, "Printing of actual data set passwords
 * specified in your input command stream is suppressed in the SYSPRINT output." A password is
 * coded after a data set name and a slash ({@code PASSWORD((dsn/pswd))}); a comment's
 * {@code /*} and {@code *}{@code /} are not.
 */
public final class Passwords {
  /** A name, then a slash and one to eight characters: the password. */
  private static final Pattern CODED =
      Pattern.compile("(?<=[A-Z0-9@#$%.\\-'])/([A-Z0-9@#$]{1,8})(?![A-Z0-9@#$])");

  private Passwords() {}

  /** {@code record} with each password coded in it replaced by as many asterisks. */
  public static String masked(String record) {
    Matcher m = CODED.matcher(record);
    if (!m.find()) {
      return record;
    }
    StringBuilder b = new StringBuilder(record);
    do {
      for (int i = m.start(1); i < m.end(1); i++) {
        b.setCharAt(i, '*');
      }
    } while (m.find());
    return b.toString();
  }
}
