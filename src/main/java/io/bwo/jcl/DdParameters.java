package io.bwo.jcl;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The parameters of DD statements: which are used, which are recorded and which refused, what a
 * DD defines from them ({@link DataDefinition}), and how a procedure's DD is overridden.
 */
final class DdParameters {
  /** DD keywords that describe z/OS storage or printing: recorded, a data set is one file. */
  private static final Set<String> DD_RECORDED = Set.of("DCB", "RECFM", "LRECL", "BLKSIZE",
      "DSORG", "BUFNO", "KEYLEN", "KEYOFF", "RECORG", "AVGREC", "UNIT", "SPACE", "VOL", "VOLUME",
      "DATACLAS", "STORCLAS", "MGMTCLAS", "LABEL", "RETPD", "EXPDT", "DSNTYPE", "LIKE", "FREE",
      "OUTLIM", "HOLD", "DEST", "COPIES", "FCB", "FILEDATA", "SPIN", "SEGMENT", "BLKSZLIM",
      "EATTR", "UCS", "CHARS", "BURST", "FLASH", "MODIFY", "AMP", "CCSID", "MAXGENS", "GDGORDER",
      "RLS", "PATHMODE");
  private static final Set<String> DD_USED = Set.of("DSN", "DSNAME", "DISP", "SYSOUT", "PATH",
      "PATHOPTS", "PATHDISP", "DLM", "SYMBOLS");

  private DdParameters() {}

  /** Resolves a back-reference {@code DSN=*.DD}, {@code *.STEP.DD} or {@code *.STEP.PROC.DD}. */
  interface Referback {
    DsnRef resolve(String text, int line);
  }

  /**
   * What the DD at {@code line} defines: its parameters, its in-stream records ({@code data}, null
   * for none) and the symbols SYMBOLS=JCLONLY substitutes there; {@code referback} resolves
   * {@code DSN=*.}, {@code temporary} names a new data set the DD does not name.
   */
  static DataDefinition definition(int line, Operands ops, List<String> data, Symbols symbols,
      Referback referback, Supplier<DsnRef> temporary) {
    for (Operand o : ops.keywords()) {
      if (o.procStep() != null) {
        throw error(line, "DD PARAMETER " + o.qualifiedKeyword() + " CANNOT NAME A STEP");
      }
      if (!DD_USED.contains(o.keyword()) && !DD_RECORDED.contains(o.keyword())) {
        throw JobBuilder.unsupported(line, "DD PARAMETER " + o.keyword());
      }
    }
    if (ops.positional().size() > 1) {
      throw error(line, "A DD HAS ONE POSITIONAL PARAMETER (*, DATA OR DUMMY)");
    }
    String positional = ops.positional().isEmpty() ? null : ops.positional().get(0).text();
    if (data != null) {
      return inStream(line, ops, data, symbols);
    }
    if (positional != null && !positional.equals("DUMMY")) {
      throw error(line, "'" + positional + "' IS NOT A DD POSITIONAL PARAMETER (*, DATA, DUMMY)");
    }
    if (ops.get("DLM").isPresent() || ops.get("SYMBOLS").isPresent()) {
      throw error(line, "DLM AND SYMBOLS ARE FOR IN-STREAM DATA (DD * OR DD DATA)");
    }
    Value dsn = ops.get("DSN").or(() -> ops.get("DSNAME")).orElse(null);
    Value sysout = ops.get("SYSOUT").orElse(null);
    Value path = ops.get("PATH").orElse(null);
    if ((dsn != null ? 1 : 0) + (sysout != null ? 1 : 0) + (path != null ? 1 : 0) > 1) {
      throw error(line, "A DD HAS ONE OF DSN, SYSOUT AND PATH");
    }
    if ("DUMMY".equals(positional) || (dsn != null && dsn.text().equals("NULLFILE"))) {
      return new DataDefinition.Dummy();
    }
    if (sysout != null) {
      String cls = sysout instanceof Value.Sublist l ? l.items().get(0).text() : sysout.text();
      return new DataDefinition.Sysout(cls.isEmpty() ? "*" : cls);
    }
    if (path != null) {
      return unixFile(line, ops, path.flat());
    }
    if (dsn == null) {
      return unnamed(line, ops, temporary);
    }
    return dataSet(line, ops, dsn.text().startsWith("*.") ? referback.resolve(dsn.text(), line)
        : DsnRef.parse(dsn.flat(), line));
  }

  /**
   * A data set DD without DSN. A new one (or MOD, which creates what is missing) is a temporary
   * data set the system names (DFSMS: DSNAME is optional for temporary data sets). An existing
   * one needs its name, unless the DD means the volume itself, as DFSMSdss volume operations use
   * it: no data set, so nothing bwo can map to a file.
   */
  private static DataDefinition unnamed(int line, Operands ops, Supplier<DsnRef> temporary) {
    if (ops.all().isEmpty()) {
      throw error(line, "THE DD DEFINES NO DATA: CODE DSN=, SYSOUT=, PATH=, DUMMY OR *");
    }
    Disposition disp = disposition(ops, line);
    Value volume = ops.get("VOL").or(() -> ops.get("VOLUME")).orElse(null);
    if (disp.status() != Disposition.Status.NEW && volume != null) {
      throw JobBuilder.unsupported(line, "A VOLUME DD (NO DSN, VOL=" + volume.text() + ", DISP="
          + disp.status() + "): A WHOLE VOLUME HAS NO LOCAL MEANING, ONLY DATA SETS DO");
    }
    if (disp.status() == Disposition.Status.OLD || disp.status() == Disposition.Status.SHR) {
      throw error(line, "DISP=" + disp.status() + " WITHOUT DSN: AN EXISTING DATA SET IS NAMED"
          + " WITH DSN= (A NEW ONE WITHOUT DSN IS A TEMPORARY DATA SET)");
    }
    return dataSet(line, ops, temporary.get());
  }

  private static DataDefinition inStream(int line, Operands ops, List<String> data,
      Symbols symbols) {
    Value v = ops.get("SYMBOLS").orElse(null);
    if (v == null) {
      return new DataDefinition.InStream(data);
    }
    // SYMBOLS=(JCLONLY,logging-DDname): IBM skips the log where that DD cannot be opened, and
    // the job runs the same; no log is written here.
    String sym = v instanceof Value.Sublist l && (l.items().size() == 1 || l.items().size() == 2
        && DsnRef.NAME.matcher(l.items().get(1).text()).matches())
        ? l.items().get(0).text() : v.text();
    if (!sym.equals("JCLONLY")) {
      throw JobBuilder.unsupported(line, "SYMBOLS=" + sym
          + ": ONLY SYMBOLS=JCLONLY (NO SYSTEM SYMBOLS)");
    }
    return new DataDefinition.InStream(data.stream().map(symbols::substituteRecord).toList());
  }

  /** {@code PATH=}: OCREAT in PATHOPTS creates the file; PATHDISP is (normal,abnormal). */
  private static DataDefinition unixFile(int line, Operands ops, String file) {
    boolean create = ops.get("PATHOPTS").map(v -> v.text().contains("OCREAT")).orElse(false);
    String normal = "KEEP";
    String abnormal = null;
    if (ops.get("PATHDISP").isPresent()) {
      Value v = ops.get("PATHDISP").get();
      List<Value> items = v instanceof Value.Sublist l ? l.items() : List.of(v);
      normal = items.get(0).isOmitted() ? "KEEP" : items.get(0).text();
      abnormal = items.size() > 1 && !items.get(1).isOmitted() ? items.get(1).text() : null;
      for (String a : new String[] {normal, abnormal}) {
        if (a != null && !a.equals("KEEP") && !a.equals("DELETE")) {
          throw error(line, "PATHDISP TAKES KEEP OR DELETE, NOT " + a);
        }
      }
    }
    return new DataDefinition.UnixFile(file, create, normal, abnormal == null ? normal : abnormal);
  }

  private static Disposition disposition(Operands ops, int line) {
    return ops.get("DISP").map(v -> Disposition.parse(v, line)).orElse(Disposition.DEFAULT);
  }

  private static DataDefinition dataSet(int line, Operands ops, DsnRef ref) {
    Disposition disp = disposition(ops, line);
    Map<String, String> attributes = new LinkedHashMap<>();
    for (Operand o : ops.keywords()) {
      if (DD_RECORDED.contains(o.keyword())) {
        attributes.put(o.keyword(), o.value().text());
      }
    }
    return new DataDefinition.DataSet(ref, disp, attributes);
  }

  private static io.bwo.message.BwoException error(int line, String reason) {
    return JobBuilder.error(line, reason);
  }

  /**
   * The parameters of a procedure's DD with an override's applied: those given replace the DD's,
   * those given empty nullify them, SYSOUT drops the DD's data set parameters and DSN or PATH its
   * SYSOUT, DUMMY is added, and a DSN or PATH ends a DUMMY.
   */
  static Operands override(Operands original, Operands o) {
    Set<String> given = new HashSet<>();
    o.keywords().forEach(k -> given.add(k.keyword()));
    boolean dummy = o.positional().stream().anyMatch(v -> v.text().equals("DUMMY"));
    boolean names = given.contains("DSN") || given.contains("DSNAME") || given.contains("PATH")
        || given.contains("SYSOUT");
    Set<String> dropped = new HashSet<>(given);
    if (given.contains("SYSOUT")) {
      dropped.addAll(List.of("DSN", "DSNAME", "DISP", "PATH", "PATHOPTS", "PATHDISP", "SPACE",
          "UNIT", "VOL", "VOLUME"));
    }
    if (given.contains("DSN") || given.contains("DSNAME") || given.contains("PATH")) {
      dropped.addAll(List.of("SYSOUT", "DSN", "DSNAME"));
    }
    List<Operand> merged = new ArrayList<>();
    for (Operand p : original.all()) {
      boolean isDummy = p.positional() && p.value().text().equals("DUMMY");
      if (p.positional() ? !(isDummy && names) : !dropped.contains(p.keyword())) {
        merged.add(p);
      }
    }
    if (dummy && merged.stream().noneMatch(p -> p.positional())) {
      merged.add(0, new Operand(null, null, new Value.Item("DUMMY", false)));
    }
    for (Operand p : o.keywords()) {
      if (!p.value().isOmitted()) {
        merged.add(p);
      }
    }
    return Operands.of(merged);
  }
}
