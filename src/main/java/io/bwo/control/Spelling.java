package io.bwo.control;

/**
 * One way to code a keyword, written as IBM's syntax diagrams write it: the capitals are the
 * shortest abbreviation, the lower-case rest may be added letter by letter ({@code DUMp} is
 * {@code DUM} or {@code DUMP}). Only upper case is recognised, as in DFSMSdss.
 */
record Spelling(String word, int minimum) {

  Spelling {
    if (minimum < 1 || minimum > word.length()) {
      throw new IllegalArgumentException("bad minimum " + minimum + " for " + word);
    }
  }

  /** The spelling of a diagram form such as {@code OUTDDname}, {@code ODD} or {@code CPref}. */
  static Spelling of(String diagramForm) {
    int capitals = 0;
    while (capitals < diagramForm.length()
        && !Character.isLowerCase(diagramForm.charAt(capitals))) {
      capitals++;
    }
    return new Spelling(diagramForm.toUpperCase(java.util.Locale.ROOT), capitals);
  }

  /** True if {@code token} is this word or one of its allowed abbreviations. */
  boolean matches(String token) {
    return token.length() >= minimum && token.length() <= word.length() && word.startsWith(token);
  }
}
