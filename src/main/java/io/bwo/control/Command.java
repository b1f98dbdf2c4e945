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
}
