package io.bwo.control;

import java.util.List;
import java.util.Optional;

/**
 * DFSMSdss keywords of a logical DUMP or RESTORE DATASET that bwo recognises without implementing
 * them, so that a site's existing decks are read as DFSMSdss reads them. Each either has nothing
 * to act on in bwo (the task lists BWO531I and runs) or asks for what bwo does not do (the task
 * ends with BWO515E before any work, as DELETE does). A keyword DFSMSdss does not document stays
 * ADR102E. The list and spellings are from IBM's keyword pages (docs/control-statements.md gives
 * each one's source); {@link Keyword}'s are tried first.
 */
public enum UnimplementedKeyword {
  // ---- DUMP ------------------------------------------------------------------------------------
  ADMINISTRATOR(Scope.BOTH, true, "BWO CHECKS NO DATA SET AUTHORITY", "ADMINistrator"),
  ALLDATA(Scope.DUMP, true, Why.NOT_SEQUENTIAL, "ALLData"),
  ALLEXCP(Scope.DUMP, true, Why.NOT_SEQUENTIAL, "ALLExcp", "ALLX"),
  CANCELERROR(Scope.BOTH, true, "BWO ENDS THE TASK AT ANY INPUT ERROR", "CANcelerror"),
  DYNALLOC(Scope.BOTH, true, "BWO SERIALIZES THROUGH THE SEGMENT SYSTEM, NOT BY ENQ OR DYNAMIC"
      + " ALLOCATION", "DYNALloc"),
  FORCECP(Scope.BOTH, true, "BWO HAS NO SMS CHECKPOINTED DATA SETS", "FORCECP"),
  HWCOMPRESS(Scope.DUMP, true, Why.SOFTWARE_COMPRESSION, "HWCOMPress"),
  ZCOMPRESS(Scope.DUMP, true, Why.SOFTWARE_COMPRESSION, "ZCOMPress"),
  PASSWORD(Scope.DUMP, true, "BWO'S DATA SETS HAVE NO PASSWORDS", "PASsword", "PSWD"),
  PROCESS(Scope.DUMP, true, "BWO DUMPS ANY CATALOGED DATA SET THE STATEMENT SELECTS", "PROCESS"),
  READIOPACING(Scope.DUMP, true, "THE COPY YIELDS TO THE APPLICATIONS' COMMITS BY OPTIMIZE(N)"
      + " (BWO525I)", "READIOPacing", "RIOP"),
  SPHERE(Scope.BOTH, true, "BWO'S CLUSTERS HAVE NO ALTERNATE INDEXES OR PATHS", "SPHERE"),
  VALIDATE(Scope.DUMP, true, Why.NO_INDEX, "VALidate"),
  NOVALIDATE(Scope.DUMP, true, Why.NO_INDEX, "NOVALidate"),
  CICSVRBACKUP(Scope.DUMP, false, "BWO KEEPS NO CICS VR BACKUP RECORDS", "CICSVRBACKUP"),
  ENCRYPT(Scope.DUMP, false, Why.NO_ENCRYPTION, "ENCRYPT"),
  INCAT(Scope.DUMP, false, Why.ONE_CATALOG, "INCAT"),
  ONLYINCAT(Scope.DUMP, false, Why.ONE_CATALOG, "ONLYINCAT"),
  KEYPASSWORD(Scope.BOTH, false, Why.NO_ENCRYPTION, "KEYPASSWORD"),
  RSA(Scope.BOTH, false, Why.NO_ENCRYPTION, "RSA"),
  LOGINDDNAME(Scope.DUMP, false, Why.NO_VOLUMES, "LOGINDDname",
      "LIDD"),
  LOGINDYNAM(Scope.DUMP, false, Why.NO_VOLUMES, "LOGINDYnam",
      "LIDY"),
  STORGRP(Scope.DUMP, false, "BWO SELECTS FROM THE CATALOG; IT HAS NO STORAGE GROUPS",
      "STORGRP"),
  SELECTMULTI(Scope.DUMP, false, Why.NO_VOLUMES, "SELECTMulti",
      "SELM"),
  NEWNAMEUNCONDITIONAL(Scope.DUMP, false, "IT IS FOR DFSMSDSS'S APPLICATION INTERFACE ONLY",
      "NEWNAMEUnconditional", "NEWNUNC"),
  UNCATALOG(Scope.DUMP, false, "A BWO DUMP NEVER UNCATALOGS THE DATA SETS OF A RUNNING SEGMENT"
      + " SYSTEM", "UNCATalog"),

  // A physical dump: of whole volumes (FULL, DFSMSdss's default when DATASET is not coded, r2310
  // and dgt3u225), of tracks (r2338), or of data sets from input volumes (r2319: "Specifying
  // INDDNAME or INDYNAM results in a physical dump"); FULL and TRACKS restore one (r2121, r2338).
  FULL(Scope.BOTH, false, Why.PHYSICAL, "FULL"),
  TRACKS(Scope.BOTH, false, Why.PHYSICAL, "TRACKS", "TRKS"),
  INDDNAME(Scope.DUMP, false, Why.PHYSICAL, "INDDname", "IDD"),
  INDYNAM(Scope.DUMP, false, Why.PHYSICAL, "INDYnam", "IDY"),
  // A physical data set dump's input volumes (r2298, "DUMP DATASET syntax for physical data set";
  // physindd.htm, physindynam.htm: "PHYSINDD may be abbreviated to PIDD", "PHYSINDYNAM may be
  // abbreviated to PIDY"): coded with DATASET, which they do not replace.
  PHYSINDDNAME(Scope.DUMP, false, Why.PHYSICAL, "PHYSINDDname", "PIDD"),
  PHYSINDYNAM(Scope.DUMP, false, Why.PHYSICAL, "PHYSINDYnam", "PIDY"),
  // Withdraws the FlashCopy relationship of a full or tracks dump's source (dgtrelatedr); no
  // abbreviation documented.
  FCWITHDRAW(Scope.DUMP, false, "BWO USES NO FLASHCOPY: ITS POINT IN TIME IS THE SEGMENT"
      + " SYSTEM'S FREEZE", "FCWITHDRAW"),

  DEBUG(Scope.BOTH, true, "BWO USES NO FAST REPLICATION, SO IT HAS NOTHING TO EXPLAIN",
      "DEBUG"),

  // ---- RESTORE ---------------------------------------------------------------------------------
  BYPASSACS(Scope.RESTORE, true, "BWO HAS NO ACS ROUTINES", "BYPASSACS"),
  CATALOG(Scope.RESTORE, true, Why.CATALOGED,
      "CATalog"),
  RECATALOG(Scope.RESTORE, true, Why.CATALOGED,
      "RECATalog"),
  FORCE(Scope.RESTORE, true, "BWO'S DATA SETS ARE NOT UNMOVABLE", "FORCE"),
  FREESPACE(Scope.RESTORE, true, "BWO'S LINEAR CLUSTERS HAVE NO FREE SPACE TO DISTRIBUTE",
      "FREESPACE"),
  PERCENTUTILIZED(Scope.RESTORE, true, "BWO HAS NO VOLUMES TO FILL", "PERCENTUTILIZED"),
  WRITECHECK(Scope.RESTORE, true, "BWO CHECKS EACH DATA SET'S CRC32C AND SIZE BEFORE IT COMMITS;"
      + " IT DOES NOT READ THE WRITES BACK", "WRItecheck", "WRC"),
  NOPACKING(Scope.RESTORE, true, "IT APPLIES TO PARTITIONED DATA SETS", "NOPACKING"),
  REBLOCK(Scope.RESTORE, true, "IT APPLIES TO SEQUENTIAL AND PARTITIONED DATA SETS", "REBLOCK"),
  NULLMGMTCLAS(Scope.RESTORE, true, Why.NO_SMS, "NULLMGMTCLAS", "NMC"),
  NULLSTORCLAS(Scope.RESTORE, true, Why.NO_SMS, "NULLSTORCLAS", "NSC"),
  OUTDDNAME(Scope.RESTORE, true, Why.RESTORED_IN_PLACE, "OUTDDname", "ODD"),
  OUTDYNAM(Scope.RESTORE, true, Why.RESTORED_IN_PLACE, "OUTDYnam", "ODY"),
  SHARE(Scope.RESTORE, true, "A RESTORE RUNS WHILE THE SEGMENTS ARE OFFLINE, WITH NO READER",
      "SHAre", "SHR"),
  TGTALLOC(Scope.RESTORE, true, "BWO ALLOCATES A DATA SET AS ITS CATALOG ENTRY DEFINES IT",
      "TGTAlloc"),
  TOLERATE(Scope.RESTORE, true, Why.OFFLINE, "TOLerate"),
  WAIT(Scope.RESTORE, true, Why.OFFLINE, "WAIT"),
  IMPORT(Scope.RESTORE, true, "BWO CHECKS NO DATA SET AUTHORITY", "IMPORT"),
  VOLCOUNT(Scope.RESTORE, true, Why.NO_VOLUMES_TO_COUNT, "VOLCOUNT"),
  MAKEMULTI(Scope.RESTORE, true, Why.NO_VOLUMES_TO_COUNT, "MAKEMULTI"),
  RELBLOCKADDRESS(Scope.RESTORE, true, "IT APPLIES TO DIRECT (BDAM) DATA SETS; BWO'S ARE VSAM"
      + " CLUSTERS", "RELBlockaddress", "RELBLKA"),
  DELETECATALOGENTRY(Scope.RESTORE, false, "BWO'S CATALOG AND DATA ARE KEPT TOGETHER",
      "DELETECATALOGENTRY", "DELCATE"),
  MGMTCLAS(Scope.RESTORE, false, Why.NO_SMS, "MGMTCLAS"),
  STORCLAS(Scope.RESTORE, false, Why.NO_SMS, "STORCLAS"),
  TGTGDS(Scope.RESTORE, false, "BWO'S DATA SETS ARE NOT GENERATIONS", "TGTGDS"),

  // ---- listed by the parser where it reads them, never looked up by spelling ----------------
  /** BY in RESTORE's DATASET(...): read and checked as DUMP's, then refused. */
  RESTORE_BY(Scope.PARSED, false, "BWO SELECTS WHAT TO RESTORE BY INCLUDE AND EXCLUDE ONLY"),
  /** SHARE on DUMP: read (IBM forbids it with RESET), then listed. */
  DUMP_SHARE(Scope.PARSED, true, "A BWO DUMP HOLDS NO ENQ: OTHER PROGRAMS READ THROUGH THE SEGMENT"
      + " SYSTEM THROUGHOUT"),
  /** WAIT on DUMP: read and checked, then listed. */
  DUMP_WAIT(Scope.PARSED, true, "BWO SERIALIZES BY THE SEGMENT SYSTEM'S FREEZE, WHICH WAITS UNDER"
      + " ITS LEASE, NOT BY ENQ RETRIES"),
  /**
   * TOLERATE(IOERROR): DFSMSdss would dump around an input error; bwo ends the task instead, which
   * never gives a worse dump than DFSMSdss (docs/control-statements.md).
   */
  TOLERATE_IOERROR(Scope.PARSED, true, "BWO ENDS THE TASK AT ANY INPUT ERROR: A DUMP IS COMPLETE"
      + " OR ABSENT"),
  ;

  /** The reasons several keywords share. */
  private static final class Why {
    static final String NOT_SEQUENTIAL =
        "IT APPLIES TO SEQUENTIAL AND PARTITIONED DATA SETS; BWO'S ARE VSAM CLUSTERS";
    static final String SOFTWARE_COMPRESSION = "BWO COMPRESSES IN SOFTWARE ONLY: CODE COMPRESS";
    static final String NO_INDEX = "BWO'S LINEAR CLUSTERS HAVE NO INDEX TO VALIDATE";
    static final String NO_ENCRYPTION = "BWO DOES NOT ENCRYPT DUMPS";
    static final String ONE_CATALOG = "BWO SELECTS FROM ITS ONE CATALOG (--catalog)";
    static final String NO_VOLUMES = "BWO SELECTS FROM THE CATALOG; IT HAS NO VOLUMES";
    static final String PHYSICAL = "A PHYSICAL DUMP IS OF VOLUMES AND TRACKS; BWO DUMPS AND"
        + " RESTORES DATA SETS LOGICALLY, BY ITS CATALOG: CODE DATASET(...) WITHOUT VOLUMES";
    static final String CATALOGED = "BWO CATALOGS EVERY DATA SET IT RESTORES, IN ITS ONE CATALOG";
    static final String NO_SMS = "BWO HAS NO SMS CLASSES";
    static final String RESTORED_IN_PLACE =
        "BWO HAS NO VOLUMES: A DATA SET IS RESTORED WHERE ITS CATALOG KEEPS DATA";
    static final String NO_VOLUMES_TO_COUNT =
        "BWO HAS NO SMS VOLUMES: A CLUSTER IS ONE FILE WHATEVER ITS SIZE";
    static final String OFFLINE =
        "A RESTORE RUNS WHILE THE SEGMENTS ARE OFFLINE: NOTHING HOLDS THE DATA SETS";

    private Why() {}
  }

  /** The commands a keyword belongs to; PARSED: listed by the parser, not found by spelling. */
  enum Scope {
    DUMP, RESTORE, BOTH, PARSED;

    boolean includes(Keyword command) {
      return this == BOTH || name().equals(command.name());
    }
  }

  private final Scope scope;
  private final boolean noEffect;
  private final String reason;
  private final List<Spelling> spellings;

  UnimplementedKeyword(Scope scope, boolean noEffect, String reason, String... diagramForms) {
    this.scope = scope;
    this.noEffect = noEffect;
    this.reason = reason;
    this.spellings = java.util.Arrays.stream(diagramForms).map(Spelling::of).toList();
  }

  /** True if the statement runs as if it were not coded (BWO531I); false: BWO515E. */
  public boolean noEffect() {
    return noEffect;
  }

  /** True if it makes a DUMP or RESTORE physical, which then needs no DATASET. */
  boolean physical() {
    return this == FULL || this == TRACKS || this == INDDNAME || this == INDYNAM;
  }

  /** True if its value is a password, which the listing never shows. */
  boolean secret() {
    return this == PASSWORD || this == KEYPASSWORD;
  }

  /** Why it has no effect, or why bwo does not do it. */
  public String reason() {
    return reason;
  }

  /** Every way this keyword may be coded. */
  List<Spelling> spellings() {
    return spellings;
  }

  /** True if this keyword belongs to {@code command} (DUMP or RESTORE). */
  boolean of(Keyword command) {
    return scope.includes(command);
  }

  /** The keyword of {@code command} that {@code token} spells, if any. */
  static Optional<UnimplementedKeyword> find(String token, Keyword command) {
    for (UnimplementedKeyword k : values()) {
      if (k.of(command) && k.spellings.stream().anyMatch(s -> s.matches(token))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  /**
   * The DUMP options bwo reads (SHARE, a coded WAIT, TOLERATE(IOERROR)) and then lists as having
   * no effect, in the order the parser lists them.
   */
  static List<Coded> dumpOptionsListed(boolean share, Optional<DumpDataSet.Wait> wait,
      boolean ioError) {
    List<Coded> listed = new java.util.ArrayList<>();
    if (share) {
      listed.add(new Coded(DUMP_SHARE, "SHARE"));
    }
    wait.ifPresent(w -> listed.add(new Coded(DUMP_WAIT,
        "WAIT(" + w.seconds() + "," + w.retries() + ")")));
    if (ioError) {
      listed.add(new Coded(TOLERATE_IOERROR, "TOLERATE(IOERROR)"));
    }
    return listed;
  }

  /** One such keyword as a statement coded it, value and all: {@code ALLDATA(*)}. */
  public record Coded(UnimplementedKeyword keyword, String text) {}
}
