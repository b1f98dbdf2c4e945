package io.bwo.control;

import java.util.Optional;

/**
 * The rule for a data set name filter in INCLUDE, EXCLUDE and RENAMEUNCONDITIONAL: at most 44
 * characters; qualifiers of 1 to 8 characters separated by dots; letters, digits, national
 * characters, {@code -}, and the masks {@code *} and {@code %}; {@code **} only as a whole
 * qualifier; a qualifier does not start with a digit or {@code -}. Matching is the catalog's
 * business; this only refuses what can never be a filter, before anything runs.
 */
final class DsnMask {
  static final int MAX_LENGTH = 44;
  static final int MAX_QUALIFIER = 8;
  /** The longest name of a generation data group. */
  static final int MAX_GDG_BASE = 35;

  private DsnMask() {}

  /** Why {@code mask} is not a valid filter, or empty if it is. */
  static Optional<String> problem(String mask) {
    if (mask.length() > MAX_LENGTH) {
      return Optional.of("A DATA SET NAME FILTER IS AT MOST 44 CHARACTERS");
    }
    for (String q : mask.split("\\.", -1)) {
      Optional<String> p = qualifierProblem(q, true);
      if (p.isPresent()) {
        return p;
      }
    }
    return Optional.empty();
  }

  /**
   * Why {@code base(number)} is not a generation data group's name with a relative generation
   * number ({@code 0}, {@code -n} or {@code +n}), or empty if it is: the name is a whole name, of
   * at most {@value #MAX_GDG_BASE} characters (a generation's own name adds {@code .GnnnnVnn}).
   */
  static Optional<String> generationProblem(String base, String number) {
    if (!number.matches("[+-]?[0-9]{1,3}")) {
      return Optional.of("A RELATIVE GENERATION NUMBER IS 0, -N OR +N");
    }
    if (base.length() > MAX_GDG_BASE) {
      return Optional.of("A GENERATION DATA GROUP'S NAME IS AT MOST 35 CHARACTERS");
    }
    for (String q : base.split("\\.", -1)) {
      Optional<String> p = qualifierProblem(q, false);
      if (p.isPresent()) {
        return q.contains("*") || q.contains("%")
            ? Optional.of("A RELATIVE GENERATION FOLLOWS A WHOLE NAME, WITH NO * OR %") : p;
      }
    }
    return Optional.empty();
  }

  /** Why {@code qualifier} is not a valid qualifier (masks allowed or not), or empty. */
  static Optional<String> qualifierProblem(String qualifier, boolean masks) {
    if (qualifier.isEmpty()) {
      return Optional.of("A QUALIFIER IS EMPTY (TWO PERIODS TOGETHER, OR A PERIOD AT AN END)");
    }
    if (masks && qualifier.equals("**")) {
      return Optional.empty();
    }
    if (qualifier.length() > MAX_QUALIFIER) {
      return Optional.of("QUALIFIER " + qualifier + " IS LONGER THAN 8 CHARACTERS");
    }
    char first = qualifier.charAt(0);
    if (Character.isDigit(first) || first == '-') {
      return Optional.of("QUALIFIER " + qualifier + " STARTS WITH A DIGIT OR -");
    }
    if (masks && qualifier.contains("**")) {
      return Optional.of("** STANDS ALONE AS A QUALIFIER");
    }
    for (int i = 0; i < qualifier.length(); i++) {
      char c = qualifier.charAt(i);
      boolean mask = masks && (c == '*' || c == '%');
      if (!DdName.isAlphanumericOrNational(c) && c != '-' && !mask) {
        return Optional.of("QUALIFIER " + qualifier + " HAS A CHARACTER NOT ALLOWED IN A NAME");
      }
    }
    return Optional.empty();
  }
}
