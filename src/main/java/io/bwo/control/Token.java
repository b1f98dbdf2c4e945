package io.bwo.control;

/** One token of a statement and where it was coded: record number and card column, from 1. */
record Token(Kind kind, String text, int record, int column) {

  enum Kind {
    WORD,
    OPEN,
    CLOSE,
    /**
     * A comma separates like a blank, but also keeps a list from belonging to the word before
     * it: in {@code BY((DSCHA,EQ,(1)))} the {@code (1)} is an operand of its own, not EQ's.
     */
    COMMA
  }
}
