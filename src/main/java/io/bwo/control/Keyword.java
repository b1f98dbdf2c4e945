package io.bwo.control;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The commands, keywords and sub-keywords bwo recognises, with DFSMSdss's spellings (see
 * shared/reference/dfsmsdss.md). The sub-keywords of CONCURRENT are {@link Concurrent}'s.
 */
enum Keyword {
  // The commands come first (COMMANDS, CONTROL are ranges of them): function commands, then
  // those that control the sequence.
  DUMP("DUMp"),
  RESTORE("RESTore"),
  // The commands that control the sequence (IBM r2089 to r2095, tskpro). PARALLEL's syntax
  // diagram is ">>-PARallel-><" (r2090).
  IF("IF"),
  SET("SET"),
  SERIAL("SERial"),
  PARALLEL("PARallel"),
  EOJ("EOJ"),
  DATASET("DATASet", "DS"),
  OUTDDNAME("OUTDDname", "ODD"),
  CONCURRENT("CONCurrent", "CC"),
  NOTIFYCONCURRENT("NOTIFYCONCurrent", "NOTIFYCC"),
  TOLERATE("TOLerate"),
  SHARE("SHAre", "SHR"),
  WAIT("WAIT"),
  COMPRESS("COMPress"),
  OPTIMIZE("OPTimize"),
  DELETE("DELete"),
  PURGE("PURge"),
  RESET("RESET"),
  INCLUDE("INClude"),
  EXCLUDE("EXClude"),
  BY("BY"),
  FILTERDD("FILterdd", "FDD"),
  INDDNAME("INDDname", "IDD"),
  REPLACE("REPlace"),
  REPLACEUNCONDITIONAL("REPLACEUnconditional", "REPUNC"),
  RENAMEUNCONDITIONAL("RENAMEUnconditional", "RENUNC"),
  RENAME("REName"),
  ENQFAILURE("ENQFailure"),
  IOERROR("IOERror");

  /** The commands that control the sequence rather than run a task. */
  static final Set<Keyword> CONTROL = java.util.EnumSet.range(IF, EOJ);

  /** Every command a statement may start with: the function commands and {@link #CONTROL}. */
  static final Set<Keyword> COMMANDS = java.util.EnumSet.range(DUMP, EOJ);

  private final List<Spelling> spellings;

  Keyword(String... diagramForms) {
    this.spellings = java.util.Arrays.stream(diagramForms).map(Spelling::of).toList();
  }

  /** Every way this keyword may be coded. */
  List<Spelling> spellings() {
    return spellings;
  }

  /** The keyword among {@code allowed} that {@code token} spells, if any. */
  static Optional<Keyword> find(String token, Set<Keyword> allowed) {
    for (Keyword k : allowed) {
      for (Spelling s : k.spellings) {
        if (s.matches(token)) {
          return Optional.of(k);
        }
      }
    }
    return Optional.empty();
  }
}
