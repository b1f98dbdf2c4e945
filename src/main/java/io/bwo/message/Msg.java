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
  // IBM's ids and texts for DFSMSdss syntax errors could not be confirmed: ids in the ADR1xx
  // family of the control statement scan, severity E (RC 8) as DFSMSdss gives syntax errors,
  // bwo's wording. Each names the statement (its first record), the token and its position.
  ADR100E("RI01 ", "STATEMENT AT RECORD %s: '%s' AT RECORD %s COLUMN %s IS NOT A COMMAND;"
      + " BWO SUPPORTS DUMP AND RESTORE", true),
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

  // ---- dss procedure and restore (ADR) --------------------------------------------------------

  // ---- bwo: platform and CLI (BWO0xx) ---------------------------------------------------------
  BWO001E("CLI  ", "%s"),
  BWO002E("CLI  ", "NO CATALOG ROOT: GIVE --catalog DIR OR SET BWO_CATALOG"),
  BWO010E("PLATF", "DD %s CANNOT BE DEFINED: %s"),
  BWO011E("PLATF", "DD %s IS NOT ALLOCATED"),
  BWO012E("PLATF", "I/O ERROR ON DD %s: %s"),
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
  // Severities of BWO610I..BWO614S are the exit codes of bwo status: 0, 4, 8, 8, 12.
  BWO600I("JRNL ", "RUN ID %s (FROM %s)"),
  BWO601E("JRNL ", "RUN ID '%s' FROM %s IS NOT VALID: %s"),
  BWO602I("JRNL ", "RUN ID %s DERIVED FROM JOB %s %s AND THE SYSIN DIGEST; GIVE --run-id, PARM"
      + " RUNID= OR BWO_RUN_ID SO THAT A RE-RUN IS RECOGNISED"),
  BWO603E("JRNL ", "RUN %s IS ALREADY RUNNING: ATTEMPT %s ON NODE %s, PID %s, LAST HEARTBEAT %s"),
  BWO604I("JRNL ", "RUN %s ALREADY SUCCEEDED IN ATTEMPT %s AT %s; NOTHING IS DONE AGAIN"),
  BWO605I("JRNL ", "DUMP OF RUN %s: %s, %s BYTES, DIGEST %s"),
  BWO606W("JRNL ", "RUN %s: ATTEMPT %s %s AFTER PHASE %s; %s LEFTOVERS ARE CLEANED UP AND THE RUN"
      + " IS DONE AGAIN"),
  BWO607W("JRNL ", "JOURNAL %s: LINE %s WAS TORN OR DAMAGED BY A CRASH AND IS IGNORED"),
  BWO608E("JRNL ", "RUN %s ALREADY SUCCEEDED WITH ANOTHER SYSIN (DIGEST %s, NOW %s): GIVE A NEW"
      + " RUN ID"),
  BWO609E("JRNL ", "JOURNAL I/O FAILED ON %s: %s"),
  BWO610I("JRNL ", "RUN %s SUCCEEDED IN ATTEMPT %s AT %s"),
  BWO611W("JRNL ", "RUN %s IS RUNNING: ATTEMPT %s ON NODE %s, PID %s, LAST HEARTBEAT %s"),
  BWO612E("JRNL ", "RUN %s FAILED IN ATTEMPT %s AFTER PHASE %s"),
  BWO613E("JRNL ", "RUN %s WAS ABANDONED IN ATTEMPT %s AFTER PHASE %s ON NODE %s"),
  BWO614S("JRNL ", "RUN %s IS NOT IN THE JOURNAL OF %s"),

  // ---- bwo: JCL submission and console (BWO7xx) -----------------------------------------------

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
