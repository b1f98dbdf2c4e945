package io.bwo.catalog;

/** The z/OS rules for data set names and their qualifiers, shared by names and segment names. */
final class NameRules {
  private NameRules() {}

  static boolean isNational(char c) {
    return c == '#' || c == '@' || c == '$';
  }

  static boolean isLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** The rule a dotted name breaks, in words, or null when it keeps them all. */
  static String brokenRule(String name, int maxLength) {
    if (name == null || name.isEmpty()) {
      return "A NAME MUST HAVE 1 TO " + maxLength + " CHARACTERS";
    }
    if (name.length() > maxLength) {
      return "THE NAME HAS " + name.length() + " CHARACTERS, MORE THAN " + maxLength;
    }
    int start = 0;
    int q = 1;
    for (int i = 0; i <= name.length(); i++) {
      if (i == name.length() || name.charAt(i) == '.') {
        String broken = brokenQualifierRule(name.substring(start, i), q);
        if (broken != null) {
          return broken;
        }
        start = i + 1;
        q++;
      }
    }
    return null;
  }

  /** The rule qualifier number {@code q} breaks, or null. */
  static String brokenQualifierRule(String qualifier, int q) {
    if (qualifier.isEmpty()) {
      return "QUALIFIER " + q + " IS EMPTY";
    }
    if (qualifier.length() > 8) {
      return "QUALIFIER " + q + " (" + qualifier + ") HAS MORE THAN 8 CHARACTERS";
    }
    char first = qualifier.charAt(0);
    if (!isLetter(first) && !isNational(first)) {
      return "QUALIFIER " + q + " (" + qualifier + ") MUST START WITH A LETTER OR # @ $";
    }
    for (int i = 1; i < qualifier.length(); i++) {
      char c = qualifier.charAt(i);
      if (!isLetter(c) && !isDigit(c) && !isNational(c) && c != '-') {
        return "QUALIFIER " + q + " (" + qualifier + ") HAS THE CHARACTER '" + c
            + "': ONLY LETTERS, DIGITS, # @ $ AND - ARE ALLOWED";
      }
    }
    return null;
  }
}
