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

  // ---- dss procedure and restore (ADR) --------------------------------------------------------

  // ---- bwo: platform and CLI (BWO0xx) ---------------------------------------------------------
  BWO001E("CLI  ", "%s"),
  BWO002E("CLI  ", "NO CATALOG ROOT: GIVE --catalog DIR OR SET BWO_CATALOG"),
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

  // ---- bwo: concurrent copy (BWO3xx) ----------------------------------------------------------

  // ---- bwo: dump format and verify (BWO4xx) ---------------------------------------------------

  // ---- bwo: dss procedure (BWO5xx) ------------------------------------------------------------

  // ---- bwo: journal and re-execution (BWO6xx) -------------------------------------------------

  // ---- bwo: JCL submission and console (BWO7xx) -----------------------------------------------
  BWO701E("JCL  ", "JCL ERROR AT LINE %s: %s"),
  BWO702E("JCL  ", "JCL AT LINE %s IS NOT SUPPORTED LOCALLY: %s"),
  BWO703I("JCL  ", "LINE %s: JES2 STATEMENT IGNORED LOCALLY: %s"),
  BWO704E("JCL  ", "JCL FILE %s CANNOT BE READ: %s"),
  BWO705E("JCL  ", "--set %s: GIVE NAME=VALUE, THE NAME 1 TO 8 LETTERS, DIGITS, # @ $"),
  BWO710I("JES  ", "%s STARTED - JOB ID %s - JCL %s - CATALOG %s"),
  BWO711I("JES  ", "%s %s - STEP WAS EXECUTED - PGM=%s - COND CODE %s"),
  BWO712I("JES  ", "%s %s - STEP WAS NOT EXECUTED - %s"),
  BWO713E("JES  ", "%s %s - STEP ABENDED - PGM=%s - ABEND %s - %s"),
  BWO714E("JES  ", "%s %s - PROGRAM %s IS NOT AVAILABLE LOCALLY (LOCAL PROGRAMS: %s) - STEP"
      + " FLUSHED, TREATED AS ABEND S806"),
  BWO715E("JES  ", "%s %s - JCL ERROR - DD %s: %s - THE JOB ENDS"),
  BWO716I("JES  ", "%s %s - DD %s - %s %s"),
  BWO717I("JES  ", "%s %s - STDENV IS A Z/OS SHELL SCRIPT: NOT RUN LOCALLY (THE STEP RUNS WITH"
      + " THIS JVM AND CLASS PATH)"),
  BWO718I("JES  ", "%s %s - JZOS LAUNCHER RUNS %s WITH ARGUMENTS [%s]"),
  BWO719I("JES  ", "%s ENDED - RC=%s - HIGHEST CONDITION CODE %s"),
  BWO720E("JES  ", "%s ENDED - %s"),
  BWO721I("JES  ", "%s - TYPRUN=SCAN: THE JCL WAS READ AND CHECKED; NO STEP RUNS"),
  BWO722W("JZOS ", "JAVA EXCEPTION ENDED %s: RETURN CODE 100 (THE JZOS LAUNCHER'S"
      + " RC_MAIN_EXCEPTION)"),
  BWO723E("JZOS ", "JZOS LAUNCHER SETUP ERROR: %s - RETURN CODE 101 (RC_CONFIG_ERR)"),
  BWO724E("JES  ", "LOCAL JES I/O FAILED ON %s: %s"),

  // ---- bwo: settings and restore (BWO8xx) -----------------------------------------------------
  BWO801E("SETTS", "SETTINGS FILE %s CANNOT BE USED: %s"),
  BWO802E("SETTS", "IMPORT WOULD CHANGE %s EXISTING DEFINITIONS (%s); GIVE --replace TO CHANGE THEM"),
  BWO803E("SETTS", "CLUSTER %s CANNOT BE REDEFINED FROM %s TO %s CIS: DELETE IT FIRST"),
  BWO804I("SETTS", "SETTINGS EXPORTED TO %s: %s SEGMENTS, %s CLUSTERS"),
  BWO805I("SETTS", "SETTINGS IMPORTED FROM %s: %s SEGMENTS AND %s CLUSTERS DEFINED, %s REPLACED"),

  // ---- bwo: workload (BWO9xx) -----------------------------------------------------------------
  ;

  private final String module;
  private final String template;
  private final boolean bwoWording;

  Msg(String module, String template) {
    this(module, template, false);
  }

  Msg(String module, String template, boolean bwoWording) {
    if (module.length() != 5) {
      throw new IllegalArgumentException(name() + ": module field must be 5 characters");
    }
    this.module = module;
    this.template = template;
    this.bwoWording = bwoWording || name().startsWith("BWO");
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
   * 12; DFSMSdss's T messages are 16.
   */
  public int returnCode() {
    return severity().returnCode();
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
