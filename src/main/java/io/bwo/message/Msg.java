package io.bwo.message;

import java.util.List;

/**
 * The one catalog of every message bwo issues: id, severity, text, and the DFSMSdss module field.
 *
 * <p>ADR ids are DFSMSdss's own, with IBM's texts where they are confirmed (see
 * shared/reference/dfsmsdss.md); where IBM's text could not be confirmed, {@link #bwoWording()}
 * says the wording is bwo's. BWOnnnX ids are what only bwo says. Placeholders are {@code %s}, in
 * order. The README's message table lists the same entries.
 *
 * <p>Numbering of BWO ids: 0xx platform and CLI, 1xx catalog, 2xx segment system and freeze,
 * 3xx concurrent copy, 4xx dump format and verify, 5xx dss procedure, 6xx journal and re-run,
 * 7xx JCL submission and console, 8xx settings and restore, 9xx workload.
 */
public enum Msg {
  // ---- DFSMSdss (ADR) -------------------------------------------------------------------------
  ADR006I("STEND", "%s EXECUTION %s"),
  ADR012I("DSSU ", "%s DFSMSDSS PROCESSING COMPLETE. HIGHEST RETURN CODE IS %s"),
  ADR013I("CLTSK", "%s TASK %s WITH %s CODE %s"),
  /** IBM's text (idg9110); issued when SERIAL or PARALLEL is processed. */
  ADR014I("DSSU ", "%s ALL PREVIOUSLY SCHEDULED TASKS COMPLETED. %s MODE NOW IN EFFECT"),
  /**
   * IBM's text (idg9110): MAXIMUM CONDITION CODE or RETURN CODE OF TASK, then the two codes. That
   * they are printed as ADR012I and ADR013I print theirs (0008) is bwo's choice, not confirmed.
   */
  ADR015I("DSSU ", "%s HAS BEEN RESET FROM %s TO %s"),
  ADR101I("RI01 ", "TASKID %s HAS BEEN ASSIGNED TO COMMAND '%s '"),
  ADR109I("RI01 ", "%s INITIAL SCAN OF USER CONTROL STATEMENTS COMPLETED."),
  /** Data-set form of ADR734I: IBM's volume text with FOR DATA SET dsname; bwo's wording. */
  ADR734I("T0MI ", "%s CONCURRENT COPY INITIALIZATION SUCCESSFUL FOR DATA SET %s. SERIALIZATION FOR"
      + " THIS DATA IS RELEASED IF DFSMSDSS HELD IT. THE INTERMEDIATE RETURN CODE IS %s.", true),
  ADR730W("DDTFP", "CLUSTER %s IS OPEN"),
  ADR722E("DDTFP", "DATA SET %s IN CATALOG %s ON VOLUME %s IS UNAVAILABLE AND CANNOT BE PROCESSED -"
      + " BACKUP-WHILE-OPEN STATUS IS 110"),
  ADR415W("DDTFP", "NO DATA SETS WERE COPIED, DUMPED, OR RESTORED FROM ANY VOLUME"),
  ADR410E("DDTFP", "DATA SET %s IN CATALOG %s ON VOLUME %s FAILED SERIALIZATION FOR DELETE."),
  // ---- control statements (ADR, added by the control package) --------------------------------
  // IBM's ids and texts for DFSMSdss syntax errors could not be confirmed: ids in the ADR1xx
  // family of the control statement scan, severity E (RC 8) as DFSMSdss gives syntax errors,
  // bwo's wording. Each names the statement (its first record), the token and its position.
  /**
   * The last value says why: the commands bwo takes, that a command is coded in upper case, or
   * that the word is one of DFSMSdss's commands that bwo does not run.
   */
  ADR100E("RI01 ", "STATEMENT AT RECORD %s: '%s' AT RECORD %s COLUMN %s IS NOT A BWO COMMAND; %s",
      true),
  ADR102E("RI01 ", "STATEMENT AT RECORD %s: INVALID KEYWORD '%s' AT RECORD %s COLUMN %s FOR %s",
      true),
  ADR103E("RI01 ", "STATEMENT AT RECORD %s: UNBALANCED PARENTHESES, '%s' AT RECORD %s COLUMN %s"
      + " HAS NO MATCH", true),
  ADR104E("RI01 ", "STATEMENT AT RECORD %s: INVALID VALUE '%s' AT RECORD %s COLUMN %s FOR %s: %s",
      true),
  ADR105E("RI01 ", "STATEMENT AT RECORD %s: '%s' AT RECORD %s COLUMN %s REQUIRES %s", true),
  ADR106E("RI01 ", "STATEMENT AT RECORD %s: '%s' AT RECORD %s COLUMN %s CANNOT BE SPECIFIED WITH"
      + " %s", true),
  ADR110E("RI01 ", "STATEMENT AT RECORD %s: KEYWORD '%s' AT RECORD %s COLUMN %s IS SPECIFIED MORE"
      + " THAN ONCE", true),
  ADR111E("RI01 ", "STATEMENT AT RECORD %s: COMMENT '%s' AT RECORD %s COLUMN %s DOES NOT END ON ITS"
      + " RECORD AND THE RECORD IS NOT CONTINUED", true),
  ADR112E("RI01 ", "STATEMENT AT RECORD %s: CONTINUATION '%s' AT RECORD %s COLUMN %s IS FOLLOWED BY"
      + " NO RECORD", true),
  ADR113E("RI01 ", "STATEMENT AT RECORD %s: CONTINUATION '%s' AT RECORD %s COLUMN %s IS IDCAMS'S:"
      + " A DFSMSDSS STATEMENT CONTINUES WITH '-'", true),

  // ---- dss procedure and restore (ADR) --------------------------------------------------------
  ADR001T("DSSU ", "OPEN FAILED FOR DDNAME %s"),
  /** IBM: "The job ends. The return code is 12." */
  ADR009T("DSSU ", "INVALID %s VALUE SPECIFIED IN PARM STATEMENT", 12),
  ADR005T("DSSU ", "NO SYSIN FILE"),
  /** IBM's ADR454I lists the data sets processed; its exact text is not confirmed: bwo's wording. */
  ADR454I("DDTFP", "THE FOLLOWING DATA SETS WERE SUCCESSFULLY PROCESSED", true),
  /** IBM's ADR455W lists the data sets not processed; text not confirmed: bwo's wording. */
  ADR455W("DDTFP", "THE FOLLOWING DATA SETS WERE NOT PROCESSED", true),
  /** Serialization failure of a data set in use (OA56300); text not confirmed: bwo's wording. */
  ADR412E("DDTFP", "DATA SET %s IN CATALOG %s ON VOLUME %s FAILED SERIALIZATION", true),
  /** Concurrent copy initialisation failed; text not confirmed: bwo's wording. */
  ADR735W("T0MI ", "%s CONCURRENT COPY INITIALIZATION FAILED FOR DATA SET %s. REASON: %s", true),

  // ---- bwo: platform and CLI (BWO0xx) ---------------------------------------------------------
  BWO001E("CLI  ", "%s"),
  BWO002E("CLI  ", "NO CATALOG ROOT: GIVE --catalog DIR OR SET BWO_CATALOG"),
  BWO003E("CLI  ", "OPTION %s IS %s: IT MUST BE %s"),
  BWO004E("CLI  ", "I/O FAILED ON %s: %s"),
  BWO010E("PLATF", "DD %s CANNOT BE DEFINED: %s"),
  BWO011E("PLATF", "DD %s IS NOT ALLOCATED"),
  BWO012E("PLATF", "I/O ERROR ON DD %s: %s"),
  BWO013E("PLATF", "DD %s: DUMP %s IS BEING WRITTEN BY ANOTHER RUN (TEMPORARY FILE %s); THIS RUN"
      + " DOES NOT WRITE IT"),
  // Printed by the JZOS stubs' console (com.ibm.jzos.ConsoleLog), which cannot use this catalog.
  BWO014W("PLATF", "CONSOLE LOG %s CANNOT BE WRITTEN: %s; CONSOLE MESSAGES GO TO STANDARD ERROR ONLY"),
  /** IBM (DFSMSdss, JCL): a SYSPRINT LRECL of 84 to 137; less is RC 8 with an error message. */
  BWO015E("PLATF", "DD %s: LRECL %s IS LESS THAN 84: A DFSMSDSS LISTING NEEDS AN LRECL OF 84 TO"
      + " 137. THE STEP ENDS"),
  // ---- bwo: catalog (BWO1xx) ------------------------------------------------------------------
  BWO101E("CATLG", "DATA SET NAME '%s' IS NOT VALID: %s"),
  BWO102E("CATLG", "DATA SET %s IS NOT CATALOGED IN %s"),
  BWO103E("CATLG", "DATA SET %s IS ALREADY CATALOGED IN %s"),
  BWO104E("CATLG", "SEGMENT NAME '%s' IS NOT VALID: %s"),
  BWO105E("CATLG", "FILTER '%s' IS NOT VALID: %s"),
  BWO106E("CATLG", "CATALOG ENTRY FOR %s IS NOT VALID: %s"),
  BWO107E("CATLG", "CATALOG I/O FAILED ON %s: %s"),
  BWO108E("CATLG", "CATALOG RECORD %s CANNOT BE READ: %s"),
  BWO109E("CATLG", "SEGMENT %s IS NOT DEFINED IN %s"),

  // ---- bwo: segment system and freeze (BWO2xx) ------------------------------------------------
  BWO200I("SEGSY", "SEGMENT SYSTEM STARTED ON CATALOG %s (%s)"),
  BWO201I("SEGSY", "SEGMENT SYSTEM STOPPED ON CATALOG %s"),
  BWO202I("FREEZ", "FREEZE TAKEN BY %s: QUIESCED IN %s MS, LEASE EXPIRES AT %s"),
  BWO203I("FREEZ", "UNFREEZE BY %s AFTER %s MS FROZEN"),
  BWO204W("FREEZ", "FREEZE LEASE OF %s EXPIRED AT %s: THE SYSTEM IS THAWED"),
  BWO205W("FREEZ", "FREEZE HOLDER %s DISCONNECTED: THE SYSTEM IS THAWED"),
  BWO206E("FREEZ", "UNFREEZE REFUSED: THE FREEZE IS HELD BY %s, NOT BY %s"),
  BWO207E("FREEZ", "FREEZE REFUSED: THE SYSTEM IS ALREADY FROZEN BY %s UNTIL %s"),
  BWO208E("SEGSY", "SEGMENT %s IS OFFLINE: DATA SET %s CANNOT BE ACCESSED"),
  BWO209I("SEGSY", "SEGMENT %s IS %s"),
  BWO210E("FREEZ", "%s REFUSED: THE SYSTEM IS NOT FROZEN BY THE LEASE OF %s"),
  BWO211I("FREEZ", "FREEZE LEASE OF %s RENEWED UNTIL %s"),
  BWO212E("SEGSY", "CI %s IS OUTSIDE DATA SET %s (CIS 0 TO %s)"),
  BWO213E("SEGSY", "CI DATA FOR %s IS %s BYTES, THE CI SIZE IS %s"),
  BWO214E("SEGSY", "OFFSET %s IN DATA SET %s DOES NOT HOLD AN 8-BYTE INTEGER WITHIN ONE CI"
      + " OF %s BYTES"),
  BWO215E("SEGSY", "ADDING %s AT OFFSET %s OF %s OVERFLOWS; THE TRANSACTION IS NOT APPLIED"),
  BWO216E("SEGSY", "THE SEGMENT SYSTEM OF CATALOG %s IS IN USE BY ANOTHER PROCESS (%s)"),
  BWO237E("SEGSY", "THE SEGMENT SYSTEM OF CATALOG %s CANNOT TAKE ITS LOCK %s: %s"),
  BWO217E("SEGSY", "NO SEGMENT SERVER ANSWERS ON %s: %s NEEDS ONE"
      + " (START IT WITH bwo segment serve)"),
  BWO218E("SEGSV", "REQUEST REFUSED: %s"),
  BWO219E("SEGSV", "SEGMENT SERVER ON %s CANNOT BE REACHED: %s"),
  BWO220I("SEGSV", "SEGMENT SERVER LISTENING ON %s"),
  BWO221E("FREEZ", "FREEZE BY %s GIVEN UP: %s TRANSACTIONS STILL IN FLIGHT AFTER ITS LEASE"
      + " OF %s MS"),
  BWO222E("SEGSY", "INTERRUPTED WHILE WAITING FOR %s"),
  BWO223S("SEGSY", "REDO LOG %s FAILED: %s"),
  BWO224I("SEGSY", "REDO LOG REPLAYED: %s TRANSACTIONS REAPPLIED FROM %s"),
  BWO225E("SEGSY", "THE SEGMENT SYSTEM OF CATALOG %s IS CLOSED"),
  BWO226E("SEGSV", "A SEGMENT SERVER IS ALREADY RUNNING ON %s"),
  BWO227S("SEGSY", "I/O ON DATA SET %s FAILED: %s"),
  BWO228W("FREEZ", "SEGMENT SYSTEM CLOSING: THE FREEZE OF %s IS ENDED"),
  BWO229E("SEGSV", "SEGMENT SERVER CANNOT LISTEN ON %s: %s"),
  BWO230I("SEGSV", "SEGMENT SERVER ON %s STOPPED"),
  BWO231I("FREEZ", "THE SYSTEM IS FROZEN BY %s UNTIL %s"),
  BWO232I("FREEZ", "THE SYSTEM IS THAWED: UNFREEZE BY %s"),
  BWO233E("FREEZ", "THE FREEZE OF %s IS NOT KNOWN TO THIS SEGMENT SYSTEM (STARTED SINCE, OR TOO"
      + " OLD): WHAT CHANGED AFTER IT CANNOT BE TOLD"),
  BWO234I("SEGSV", "THE SEGMENT SYSTEM OF CATALOG %s IS IN USE BY ANOTHER PROCESS (%s): THE SERVER"
      + " WAITS AT MOST %s S FOR IT TO END"),
  BWO235I("SEGSY", "THE SEGMENT SERVER OF CATALOG %s IS STARTING (%s): WAITING FOR IT TO ANSWER"),
  BWO236S("SEGSV", "SEGMENT SERVER ON %s STOPS, ITS SYSTEM BROKEN: %s; START IT AGAIN ONCE THAT IS"
      + " MENDED, AND IT REPLAYS ITS REDO LOG"),

  // ---- bwo: concurrent copy (BWO3xx) ----------------------------------------------------------
  BWO300I("CCOPY", "CONCURRENT COPY SESSION %s ESTABLISHED FOR %s: %s CIS OF %s BYTES"),
  BWO301I("CCOPY", "CONCURRENT COPY SESSION %s FOR %s ENDED: %s CIS PRESERVED BEFORE THEY WERE"
      + " COPIED"),
  BWO302E("CCOPY", "CONCURRENT COPY SESSION %s IS NOT ACTIVE"),
  BWO303E("CCOPY", "CIS %s TO %s ARE OUTSIDE SESSION %s OF %s (%s CIS) OR WERE ALREADY COPIED"),
  BWO304S("CCOPY", "SIDE FILE %s FAILED: %s"),
  BWO305W("CCOPY", "CONCURRENT COPY SESSION %s FOR %s ENDED: ITS OWNER %s"),
  BWO306E("CCOPY", "DATA SET %s HAS %s CIS: TOO MANY FOR A CONCURRENT COPY SESSION"),
  BWO307E("CCOPY", "POINT-IN-TIME READ OF %s FROM %s FAILED: %s"),
  BWO308I("CCOPY", "CONCURRENT COPY SESSION %s PREPARED FOR %s IN BATCH %s: %s CIS OF %s BYTES"),
  BWO309I("CCOPY", "CONCURRENT COPY BATCH %s ESTABLISHED: %s SESSIONS, ONE POINT IN TIME"),

  // ---- bwo: dump format and verify (BWO4xx) ---------------------------------------------------
  BWO400I("DUMP ", "DUMP %s: FORMAT %s, CREATED %s, RUN %s, SYSTEM %s, COMPRESSION %s"),
  BWO401I("DUMP ", "DATA SET %s: %s CIS, %s BYTES"),
  BWO402I("DUMP ", "DUMP %s IS SOUND: %s DATA SETS, %s CIS, %s BYTES OF DATA IN %s BYTES"),
  BWO403E("DUMP ", "DUMP FAULT IN DATA SET %s AT DUMP BYTES %s TO %s: %s"),
  BWO404E("DUMP ", "DUMP FAULT AT DUMP BYTES %s TO %s: %s"),
  BWO405E("DUMP ", "DUMP HEADER IS NOT VALID: %s"),
  BWO406E("DUMP ", "DUMP OUTPUT FAILED: %s"),
  BWO407E("DUMP ", "DUMP %s CANNOT BE READ: %s"),
  BWO408E("DUMP ", "COMPRESSION %s IS NOT AVAILABLE ON THIS PLATFORM: %s"),

  // ---- bwo: dss procedure (BWO5xx) ------------------------------------------------------------
  BWO501E("BWOPR", "SEGMENT %s OWNING DATA SET %s IS OFFLINE AND MAY BE IN USE BY AN OFFLINE"
      + " UTILITY: THE TASK IS ENDED, NOTHING WAS FROZEN OR DUMPED"),
  BWO502I("BWOPR", "%s FREEZE ISSUED BY %s: SYSTEM QUIESCED IN %s MS"),
  BWO503I("BWOPR", "%s UNFREEZE ISSUED AFTER %s OF %s DATA SETS NOTIFIED: FREEZE WINDOW %s MS"),
  BWO504W("BWOPR", "DATA SET %s IS OPEN FOR UPDATE AND NOT BWO-ELIGIBLE: DUMPED AT THE FREEZE"
      + " POINT UNDER TOLERATE(ENQFAILURE)"),
  BWO505I("BWOPR", "TYPRUN=NORUN: DATA SET %s WOULD BE DUMPED"),
  BWO506I("BWOPR", "DUMP OF %s DATA SETS, %s BYTES, PUBLISHED ON DD %s: COPY %s MS, %s MB/S"),
  BWO507E("BWOPR", "DUMP TASK FAILED: %s. THE DUMP ON DD %s WAS NOT PUBLISHED"),
  BWO509E("BWOPR", "DATA SET %s WAS NOT DUMPED: %s"),
  BWO510W("BWOPR", "%s: THE FREEZE WAS HELD FOR THE WHOLE DUMP, %s MS"),
  /** IBM's text for a BWO data set dumped without serialization; its ADR number is unconfirmed. */
  BWO512W("BWOPR", "DATA SET %s WAS NOT SERIALIZED WHEN IT WAS DUMPED. RECOVERY DATA IS (%s)"),
  BWO513I("BWOPR", "OPERATOR COMMAND %s: %s"),
  BWO514E("BWOPR", "THE RUN WAS STOPPED BY THE OPERATOR BEFORE IT ENDED"),
  BWO515E("BWOPR", "%s IS NOT SUPPORTED BY BWO: %s"),
  BWO518I("BWOPR", "DUMP ON DD %s READ BACK AND VERIFIED: %s DATA SETS, %s BYTES"),
  /** A dump whose every OUTDDNAME is DUMMY, a pipe or a device: nothing is left to read. */
  BWO537I("BWOPR", "DUMP ON DD %s NOT READ BACK: DUMMY, A PIPE OR A DEVICE KEEPS NOTHING TO READ"),
  BWO519I("BWOPR", "LEFTOVER OF THE LAST ATTEMPT CLEANED UP: %s"),
  BWO520W("BWOPR", "LEFTOVER OF THE LAST ATTEMPT COULD NOT BE CLEANED UP: %s: %s"),
  BWO523E("BWOPR", "THE TASK ENDED BEFORE ITS WORK WAS DONE"),
  BWO524S("BWOPR", "THE TASK ENDED ABNORMALLY: %s"),
  BWO521E("BWOPR", "DUMP ON DD %s FAILED VERIFICATION AFTER IT WAS PUBLISHED: %s"),
  BWO522I("BWOPR", "TEST PAUSE AT %s FOR %s S (BWO_TEST_PAUSE_AT IS SET: FOR THE CRASH SUITE ONLY)"),
  BWO525I("BWOPR", "THE COPY YIELDED %s MS TO THE APPLICATIONS' COMMITS: OPTIMIZE(%s) COPIES AT"
      + " MOST %s MIB/S WHILE THEY COMMIT"),
  BWO526I("BWOPR", "PARM %s: NO EFFECT IN BWO, WHICH HAS NO DFSMSDSS STORAGE, ABEND, SMF OR WORK"
      + " VOLUME TO TUNE"),
  BWO527I("BWOPR", "TYPRUN=SCAN: THE CONTROL STATEMENTS WERE CHECKED; NO TASK RUNS"),
  BWO528I("BWOPR", "TERMINATION SIGNAL: THE STEP ENDS IN ORDER AS FOR P JOBNAME (THAW, ABANDON THE"
      + " DUMP, JOURNAL FAILED) WITHIN %s S"),
  BWO517I("BWOPR", "STATUS: PHASE %s, %s OF %s DATA SETS NOTIFIED, %s OF %s BYTES COPIED"),
  BWO529I("BWOPR", "RESET: THE DATA-SET-CHANGED FLAG OF %s OF THE %s DATA SETS DUMPED AT THEIR POINT"
      + " IN TIME WAS RESET; THE OTHERS WERE NOT FLAGGED OR WERE UPDATED SINCE"),
  /**
   * The dump is good and the step's outcome already journaled: a flag left set only makes the
   * next BY(DSCHA,EQ,YES) dump take the data set again, so the step's return code stays.
   */
  BWO530W("BWOPR", "RESET WAS NOT DONE FOR %s DATA SETS: %s. THE NEXT BY(DSCHA,EQ,YES) DUMP TAKES"
      + " THEM AGAIN", 0),
  BWO531I("BWOPR", "%s: NO EFFECT IN BWO: %s"),
  BWO532I("RI01 ", "RECORD %s: COLUMNS 73 TO 80 ('%s') ARE NOT READ: A STATEMENT ENDS IN COLUMN"
      + " 72"),
  /**
   * An error in the sequence of IF-THEN-ELSE, DO-END or SET. IBM issues its IF-THEN-ELSE message
   * and ADR172T, RC 12, and ignores the rest of the stream (m000112); neither text could be
   * confirmed, so bwo says it in one message of its own, with the same return code.
   */
  BWO533S("RI01 ", "STATEMENT AT RECORD %s: COMMAND SEQUENCE ERROR AT '%s' AT RECORD %s COLUMN"
      + " %s: %s. THE REST OF THE COMMAND STREAM IS IGNORED"),
  /**
   * A DO that follows no THEN or ELSE. IBM (m000064): no special action, it needs its END,
   * processing continues, RC 4; its id and text could not be confirmed: bwo's.
   */
  BWO534W("RI01 ", "STATEMENT AT RECORD %s: '%s' AT RECORD %s COLUMN %s FOLLOWS NO THEN OR ELSE:"
      + " THE COMMANDS UP TO ITS END RUN AS IF IT WERE NOT CODED"),
  BWO535E("BWOPR", "FILTERDD %s: %s"),
  BWO536I("BWOPR", "FILTERDD %s: %s RECORDS READ: %s INCLUDE, %s EXCLUDE AND %s BY CRITERIA"),

  // ---- bwo: journal and re-execution (BWO6xx) -------------------------------------------------
  // Severities of BWO610I..BWO614S are the exit codes of bwo status: 0, 4, 8, 8, 12.
  BWO600I("JRNL ", "RUN ID %s (FROM %s)"),
  BWO601E("JRNL ", "RUN ID '%s' FROM %s IS NOT VALID: %s"),
  BWO602I("JRNL ", "RUN ID %s DERIVED FROM JOB %s %s AND THE SYSIN DIGEST; GIVE --run-id, PARM"
      + " RUNID= OR BWO_RUN_ID SO THAT A RE-RUN IS RECOGNISED"),
  BWO603E("JRNL ", "RUN %s IS ALREADY RUNNING: ATTEMPT %s ON NODE %s, PID %s, LAST HEARTBEAT %s"),
  BWO604I("JRNL ", "RUN %s ALREADY SUCCEEDED IN ATTEMPT %s AT %s; NOTHING IS DONE AGAIN"),
  BWO605I("JRNL ", "DUMP OF RUN %s: %s, %s BYTES, DIGEST %s"),
  /**
   * A warning to the operator that the last attempt did not end, not a mark against this one: the
   * re-run's own outcome sets the step's return code (0 when it redoes the run cleanly), as
   * docs/crash-suite.md and a scheduler's re-run expect.
   */
  BWO606W("JRNL ", "RUN %s: ATTEMPT %s %s AFTER PHASE %s; %s LEFTOVERS ARE CLEANED UP AND THE RUN"
      + " IS DONE AGAIN", 0),
  BWO607W("JRNL ", "JOURNAL %s: LINE %s WAS TORN OR DAMAGED BY A CRASH AND IS IGNORED"),
  BWO608E("JRNL ", "RUN %s ALREADY SUCCEEDED WITH ANOTHER SYSIN (DIGEST %s, NOW %s): GIVE A NEW"
      + " RUN ID"),
  BWO609E("JRNL ", "JOURNAL I/O FAILED ON %s: %s"),
  BWO610I("JRNL ", "RUN %s SUCCEEDED IN ATTEMPT %s AT %s"),
  BWO611W("JRNL ", "RUN %s IS RUNNING: ATTEMPT %s ON NODE %s, PID %s, LAST HEARTBEAT %s"),
  BWO612E("JRNL ", "RUN %s FAILED IN ATTEMPT %s AFTER PHASE %s"),
  BWO613E("JRNL ", "RUN %s WAS ABANDONED IN ATTEMPT %s AFTER PHASE %s ON NODE %s"),
  BWO614S("JRNL ", "RUN %s IS NOT IN THE JOURNAL OF %s"),
  BWO615I("JRNL ", "DUMP OF RUN %s COPIED FROM %s TO DD %s (%s), NEW SINCE THE RUN: %s BYTES"),
  BWO616E("JRNL ", "RUN %s ALREADY SUCCEEDED, BUT DD %s (%s) IS NEW AND EMPTY AND ITS DUMP %s NO"
      + " LONGER HAS ITS %s BYTES: GIVE A NEW RUN ID TO DUMP AGAIN"),
  /** The run's outcome is recorded, and the step ends with it: news for the operator only. */
  BWO617W("JRNL ", "RUN %s: ITS OUTCOME IS RECORDED, BUT THE JOURNAL'S LAST RECORDS ARE NOT: %s", 0),

  // ---- bwo: JCL submission and console (BWO7xx) -----------------------------------------------
  BWO701E("JCL  ", "JCL ERROR AT LINE %s: %s"),
  BWO702E("JCL  ", "JCL AT LINE %s IS NOT SUPPORTED LOCALLY: %s"),
  BWO703I("JCL  ", "LINE %s: JES2 STATEMENT IGNORED LOCALLY: %s"),
  BWO704E("JCL  ", "JCL FILE %s CANNOT BE READ: %s"),
  BWO705E("JCL  ", "--set %s: GIVE NAME=VALUE, THE NAME 1 TO 8 LETTERS, DIGITS, # @ $"),
  BWO706I("JCL  ", "LINE %s: DD %s IS CODED AGAIN IN STEP %s: IT IS ALLOCATED AND DISPOSED OF,"
      + " BUT THE PROGRAM SEES THE DD OF LINE %s"),
  BWO710I("JES  ", "%s STARTED - JOB ID %s - JCL %s - CATALOG %s"),
  BWO711I("JES  ", "%s %s - STEP WAS EXECUTED - PGM=%s - COND CODE %s"),
  BWO712I("JES  ", "%s %s - STEP WAS NOT EXECUTED - %s"),
  BWO713E("JES  ", "%s %s - STEP ABENDED - PGM=%s - ABEND %s - %s"),
  BWO714E("JES  ", "%s %s - PROGRAM %s IS NOT AVAILABLE LOCALLY (LOCAL PROGRAMS: %s) - STEP"
      + " FLUSHED, TREATED AS ABEND S806"),
  BWO715E("JES  ", "%s %s - JCL ERROR - DD %s: %s - THE JOB ENDS"),
  BWO716I("JES  ", "%s %s - DD %s - %s %s"),
  BWO717I("JES  ", "%s %s - STDENV IS A Z/OS SHELL SCRIPT: NOT RUN LOCALLY (THE STEP RUNS WITH"
      + " THIS JVM AND CLASS PATH, THEN $CLASSPATH)"),
  BWO718I("JES  ", "%s %s - JZOS LAUNCHER RUNS %s WITH ARGUMENTS [%s]"),
  BWO719I("JES  ", "%s ENDED - RC=%s - HIGHEST CONDITION CODE %s"),
  BWO720E("JES  ", "%s ENDED - %s"),
  BWO721I("JES  ", "%s - TYPRUN=SCAN: THE JCL WAS READ AND CHECKED; NO STEP RUNS"),
  BWO722W("JZOS ", "JAVA EXCEPTION ENDED %s: RETURN CODE 100 (THE JZOS LAUNCHER'S"
      + " RC_MAIN_EXCEPTION)"),
  BWO723E("JZOS ", "JZOS LAUNCHER SETUP ERROR: %s - RETURN CODE 101 (RC_CONFIG_ERR)"),
  BWO724E("JES  ", "LOCAL JES I/O FAILED ON %s: %s"),
  BWO725E("JZOS ", "THE JOB THAT STARTED THIS STEP (PID %s) HAS ENDED: THE STEP IS CANCELLED"),
  BWO726I("JES  ", "JOB %s DID NOT END: ITS WORK FOLDER %s IS REMOVED"),
  BWO727W("JES  ", "%s - THE JOB LOG CANNOT BE WRITTEN TO %s: %s; IT IS ON STANDARD OUTPUT ONLY"),
  BWO728W("JES  ", "%s - WHAT THE JOB WOULD DELETE IF IT DIED CANNOT BE RECORDED IN %s: %s; A KILL"
      + " NOW WOULD LEAVE ITS NEW DATA SETS"),
  BWO729I("JES  ", "JOB %s DID NOT END, BUT ITS STEP (PID %s) IS STILL ENDING: ITS WORK FOLDER %s IS"
      + " LEFT FOR A LATER JOB"),

  // ---- bwo: settings and restore (BWO8xx) -----------------------------------------------------
  BWO801E("SETTS", "SETTINGS FILE %s CANNOT BE USED: %s"),
  BWO802E("SETTS", "IMPORT WOULD CHANGE %s EXISTING DEFINITIONS (%s); GIVE --replace TO CHANGE THEM"),
  BWO803E("SETTS", "CLUSTER %s CANNOT BE REDEFINED FROM %s TO %s CIS: DELETE IT FIRST"),
  BWO804I("SETTS", "SETTINGS EXPORTED TO %s: %s SEGMENTS, %s CLUSTERS"),
  BWO805I("SETTS", "SETTINGS IMPORTED FROM %s: %s SEGMENTS AND %s CLUSTERS DEFINED, %s REPLACED"),
  /** As BWO606W: news for the operator; the import that completes the other ends RC 0. */
  BWO806W("SETTS", "AN IMPORT OF THESE SETTINGS (%s) DID NOT END: THIS ONE COMPLETES IT, AS THAT ONE"
      + " WAS CHECKED", 0),
  // DFSMSdss's message for "the data set exists and REPLACE was not given" could not be confirmed
  // in IBM's manuals: BWO810E and BWO811E say it in bwo's words, with DFSMSdss's severity.
  BWO810E("RESTR", "DATA SET %s IS NOT RESTORED: IT EXISTS AND NEITHER REPLACE NOR"
      + " REPLACEUNCONDITIONAL WAS SPECIFIED"),
  BWO811E("RESTR", "DATA SET %s IS NOT RESTORED AS %s: THE NEW NAME EXISTS AND"
      + " REPLACEUNCONDITIONAL WAS NOT SPECIFIED"),
  BWO812E("RESTR", "DATA SET %s IS NOT RESTORED: SEGMENT %s IS ONLINE. A RESTORE IS A COLD"
      + " START: TAKE THE SEGMENT OFFLINE FIRST"),
  BWO813E("RESTR", "RESTORE REFUSED: THE DUMP ON DD %s IS NOT SOUND. NO DATA SET WAS CHANGED"),
  BWO814E("RESTR", "DATA SET %s IS NOT RESTORED: %s %s GIVES NO VALID NAME: %s"),
  BWO815E("RESTR", "RESTORE REFUSED: DATA SET %s WOULD BE WRITTEN TO %s, %s. NO DATA SET WAS"
      + " CHANGED"),
  BWO816I("RESTR", "DATA SET %s RESTORED FROM DUMP DATA SET %s: %s CIS, %s BYTES, SEGMENT %s %s"),
  BWO817I("RESTR", "INTERRUPTED RESTORE CLEANED UP IN %s: %s DATA SETS COMPLETED, %s TEMPORARY"
      + " FILES REMOVED"),
  BWO818E("RESTR", "RESTORE REFUSED: ANOTHER RESTORE IS RUNNING ON CATALOG %s"),
  BWO819E("RESTR", "DATA SET %s IS NOT RESTORED: %s"),
  BWO820E("RESTR", "THE INTERRUPTED RESTORE OF %s CANNOT BE COMPLETED WHILE SEGMENT %s IS"
      + " ONLINE: TAKE IT OFFLINE AND RUN THE RESTORE AGAIN"),
  BWO821I("RESTR", "TYPRUN=NORUN: DATA SET %s WOULD BE RESTORED AS %s"),
  BWO822I("RESTR", "RESTORE OF %s DATA SETS, %s BYTES, FROM DD %s: VERIFY %s MS, WRITE %s MS,"
      + " %s MB/S"),
  BWO823E("SETTS", "IMPORT WOULD CHANGE %s DEFINITIONS OF ONLINE SEGMENTS OF A RUNNING SYSTEM (%s);"
      + " TAKE THEM OFFLINE, OR GIVE --replace TO CHANGE THEM"),
  BWO824E("RESTR", "DATA SET %s IS NOT RESTORED AS %s: IT EXISTS UNDER ITS OLD NAME, SO RENAME"
      + " APPLIES, AND THE NEW NAME EXISTS TOO"),
  BWO825E("RESTR", "DATA SET %s IS NOT RESTORED YET: ITS RESTORE IS COMMITTED, AND THE NEXT RESTORE"
      + " COMPLETES IT; RUN IT AGAIN BEFORE ITS SEGMENT GOES ONLINE"),
  // DFSMSdss (INDDNAME): "Data sets on any dump data set after the first one in the
  // concatenation will not be restored."
  BWO826W("RESTR", "DD %s CONCATENATES DUMPS: ONLY THE FIRST IS RESTORED, THE %s BYTES AFTER IT ARE"
      + " NOT READ, AS DFSMSDSS RESTORES FROM THE FIRST DUMP DATA SET OF A CONCATENATION"),

  // ---- bwo: workload (BWO9xx) -----------------------------------------------------------------
  BWO901E("WKLD ", "NO DATA SETS FOR THE WORKLOAD: NOTHING MATCHES %s"),
  BWO902I("WKLD ", "WORKLOAD INITIALIZED %s ACCOUNTS IN %s DATA SETS TO 1000"),
  BWO903E("WKLD ", "ACCOUNTS OF %s CANNOT BE READ: %s"),
  BWO904I("WKLD ", "WORKLOAD RAN %s TRANSACTIONS IN %s S: %s TX/S, P50 %s MS, P99 %s MS, %s REFUSED"),
  BWO905I("WKLD ", "INVARIANT HOLDS: %s ACCOUNTS IN %s DATA SETS SUM TO %s"),
  BWO951E("DEMO ", "THE DEMO FAILED: %s"),
  BWO952I("DEMO ", "DUMP %s VERIFIED: %s DATA SETS, %s BYTES OF DATA"),
  BWO953I("DEMO ", "DEMO SUMMARY: %s DATA SETS, %s BYTES, FREEZE WINDOW %s MS, COPY %s MB/S,"
      + " INVARIANT %s"),
  BWO954E("DEMO ", "DEMO SUMMARY: %s DATA SETS, %s BYTES, FREEZE WINDOW %s MS, COPY %s MB/S,"
      + " INVARIANT %s"),
  BWO955I("DEMO ", "DEMO FOLDER %s REMOVED (--keep KEEPS IT)"),
  BWO956I("DEMO ", "DEMO FOLDER %s KEPT"),
  BWO906E("WKLD ", "INVARIANT BROKEN: %s ACCOUNTS IN %s DATA SETS SUM TO %s, NOT %s"),
  BWO907I("WKLD ", "ACKNOWLEDGEMENT LOG %s MATCHES THE DATA: %s TRANSACTIONS OF %s THREADS"
      + " LOGGED, %s MORE COMMITTED BUT NOT YET LOGGED, REPLAYED %s"),
  BWO908E("WKLD ", "ACKNOWLEDGED TRANSACTION LOST: THREAD %s LOGGED SEQUENCE %s, THE DATA HOLDS %s"),
  BWO909E("WKLD ", "ACKNOWLEDGEMENT LOG %s IS NOT VALID AT LINE %s: %s"),
  BWO910E("WKLD ", "ACCOUNT AT OFFSET %s OF %s HOLDS %s, THE ACKNOWLEDGEMENT LOG SAYS %s"),
  BWO911E("WKLD ", "ACKNOWLEDGEMENT LOG %s CANNOT BE WRITTEN OR READ: %s"),
  BWO912E("WKLD ", "%s THREADS ASKED, THE SEQUENCE DATA SET %s HOLDS COUNTERS FOR %s"),
  ;

  private final String module;
  private final String template;
  private final boolean bwoWording;
  /** The return code IBM documents for this message where it is not its severity's; else -1. */
  private final int returnCode;

  Msg(String module, String template) {
    this(module, template, false);
  }

  Msg(String module, String template, int returnCode) {
    this(module, template, false, returnCode);
  }

  Msg(String module, String template, boolean bwoWording) {
    this(module, template, bwoWording, -1);
  }

  Msg(String module, String template, boolean bwoWording, int returnCode) {
    if (module.length() != 5) {
      throw new IllegalArgumentException(name() + ": module field must be 5 characters");
    }
    this.module = module;
    this.template = template;
    this.bwoWording = bwoWording || name().startsWith("BWO");
    this.returnCode = returnCode;
  }

  /** The id as printed, e.g. {@code ADR734I}. */
  public String id() {
    return name();
  }

  /** The severity named by the id's last letter. */
  public Severity severity() {
    return Severity.ofLetter(name().charAt(name().length() - 1));
  }

  /**
   * The return code a task that issues this message ends with, at least. bwo's S messages are
   * 12; DFSMSdss's T messages are 16, unless IBM documents another (ADR009T: 12).
   */
  public int returnCode() {
    return returnCode >= 0 ? returnCode : severity().returnCode();
  }

  /** The 5-character module field of the DFSMSdss listing format, e.g. {@code RI01 }. */
  public String module() {
    return module;
  }

  /** The text with {@code %s} placeholders. */
  public String template() {
    return template;
  }

  /** True where the text is bwo's own (a BWO id, or an ADR id whose IBM text is not confirmed). */
  public boolean bwoWording() {
    return bwoWording;
  }

  /** How many values the text takes. */
  public int arity() {
    int n = 0;
    for (int i = template.indexOf("%s"); i >= 0; i = template.indexOf("%s", i + 2)) {
      n++;
    }
    return n;
  }

  String format(List<String> args) {
    return String.format(template, args.toArray());
  }
}
