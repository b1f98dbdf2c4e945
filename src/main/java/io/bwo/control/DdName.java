package io.bwo.control;

import java.util.Optional;

/**
 * The rule for a DD name in a control statement (OUTDDNAME, INDDNAME, FILTERDD): 1 to 8
 * characters, letters, digits or national characters ({@code @ # $}), the first not a digit.
 */
final class DdName {
  private DdName() {}

  /** Why {@code name} is not a valid DD name, or empty if it is. */
  static Optional<String> problem(String name) {
    if (name.isEmpty() || name.length() > 8) {
      return Optional.of("A DD NAME IS 1 TO 8 CHARACTERS");
    }
    if (Character.isDigit(name.charAt(0))) {
      return Optional.of("A DD NAME DOES NOT START WITH A DIGIT");
    }
    for (int i = 0; i < name.length(); i++) {
      if (!isAlphanumericOrNational(name.charAt(i))) {
        return Optional.of("A DD NAME HAS ONLY LETTERS, DIGITS, @, # AND $");
      }
    }
    return Optional.empty();
  }

  static void check(String name) {
    problem(name).ifPresent(p -> {
      throw new IllegalArgumentException(p + ": '" + name + "'");
    });
  }

  static boolean isAlphanumericOrNational(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '@' || c == '#' || c == '$';
  }
}
