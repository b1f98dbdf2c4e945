package io.bwo.control;

import java.util.List;

/** One DFSMSdss command of a deck, checked and ready to run as one task. */
public sealed interface Command permits DumpDataSet, RestoreDataSet {

  /** The record (from 1) the command's statement starts on. */
  int recordNumber();

  /** The last record (from 1) of the command's statement, its continuations included. */
  int lastRecordNumber();

  /** The command's name in full, as ADR101I quotes it: {@code DUMP} or {@code RESTORE}. */
  String verb();

  /** The DFSMSdss keywords coded that bwo recognises and does not implement, in order. */
  List<UnimplementedKeyword.Coded> unimplemented();

  /**
   * Whether an INCLUDE or EXCLUDE entry is a generation data group's name with a relative
   * generation number, as coded ({@code PROD.POSTED.DAILY(0)}), rather than a data set name
   * filter (which never holds a parenthesis). DFSMSdss takes both; no data set bwo keeps is a
   * generation (IBM: "A VSAM data set cannot be a generation data set"), so such an entry
   * selects none.
   */
  static boolean relativeGeneration(String entry) {
    return entry.endsWith(")");
  }
}
