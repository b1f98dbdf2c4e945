package io.bwo.jcl;

import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the statements of one job into a {@link JclJob}: SET symbols in order, in-stream
 * procedures defined and expanded where they are called (with EXEC overrides of PARM, COND and
 * TIME and DD overrides and additions), IF/THEN/ELSE/ENDIF nesting, DD statements with their
 * concatenations, and every reference to an earlier step checked.
 *
 * <p>Whatever it cannot run as z/OS would is refused with the line and the reason: BWO701E for
 * JCL z/OS would reject too, BWO702E for JCL that is valid but not supported locally.
 */
final class JobBuilder {
  private static final String NAME = "[A-Z#@$][A-Z0-9#@$]{0,7}";
  private static final int MAX_STEPS = 255;
  private static final int MAX_IF_NESTING = 15;
  private static final int MAX_PARM = 100;

  /** EXEC keywords bwo records but does not use locally (storage, accounting, tuning). */
  private static final Set<String> EXEC_RECORDED = Set.of("REGION", "REGIONX", "ACCT", "ADDRSPC",
      "DPRTY", "DYNAMNBR", "PERFORM", "RD", "CCSID", "MEMLIMIT", "TVSMSG", "TVSAMCOM");
  /** EXEC keywords that may be overridden on the call of a procedure. */
  private static final Set<String> EXEC_OVERRIDABLE = Set.of("PARM", "COND", "TIME", "REGION",
      "REGIONX", "ACCT", "ADDRSPC", "DPRTY", "DYNAMNBR", "PERFORM", "RD", "CCSID", "MEMLIMIT",
      "TVSMSG", "TVSAMCOM", "PARMDD");
  /** JOB keywords bwo records but does not use locally (scheduling, output, accounting). */
  private static final Set<String> JOB_RECORDED = Set.of("CLASS", "MSGCLASS", "MSGLEVEL",
      "NOTIFY", "REGION", "REGIONX", "USER", "GROUP", "PASSWORD", "PRTY", "ADDRSPC", "BYTES",
      "CARDS", "LINES", "PAGES", "PERFORM", "RD", "SECLABEL", "SCHENV", "MEMLIMIT", "EMAIL",
      "SYSAFF", "SYSTEM", "UJOBCORR", "DSENQSHR", "JESLOG", "CCSID");
  private static final Set<String> UNSUPPORTED_OPERATIONS = Set.of("OUTPUT", "CNTL", "ENDCNTL",
      "XMIT", "COMMAND", "SCHEDULE", "JOBGROUP", "ENDGROUP", "GJOB", "JOBSET", "SJOB",
      "ENDSET", "AFTER", "BEFORE", "CONCURRENT");

  private final String source;
  private final Map<String, String> overrides;
  private Symbols symbols;
  private ExportedSymbols exports;
  private String jobName;
  private int jobLine;
  private JobParameters parameters = JobParameters.DEFAULT;
  private final Map<String, ProcDefinition> procs = new HashMap<>();
  private String definingName;
  private int definingLine;
  private String definingDefaults;
  private List<Statement> definingBody;
  private final Deque<IfFrame> ifs = new ArrayDeque<>();
  private final List<JobNode> body = new ArrayList<>();
  private Pending pending;
  private final List<JobNode.Step> defined = new ArrayList<>();
  private final List<Message> notes = new ArrayList<>();
  private String expanding;
  /** True right after JOBLIB or JOBCAT and its concatenation: an unnamed DD adds to it. */
  private boolean inJobLibrary;
  /** How many temporary data sets the system has named for DDs without DSN. */
  private int systemTemporaries;
  private List<StepDraft> expandingSteps = List.of();

  private JobBuilder(String source, String userId, Map<String, String> overrides) {
    this.source = source;
    this.overrides = Map.copyOf(overrides);
    this.symbols = Symbols.initial(userId).withAll(overrides, 0);
    this.exports = ExportedSymbols.initial(userId, overrides);
  }

  /**
   * The job that {@code statements} define; {@code overrides} are symbols set before the job
   * that win over its SET statements (as {@code bwo submit --set} gives them).
   */
  static JclJob build(String source, List<Statement> statements, String userId,
      Map<String, String> overrides, List<String> text) {
    JobBuilder b = new JobBuilder(source, userId, overrides);
    for (Statement st : statements) {
      b.statement(st);
    }
    return b.finish(text);
  }

  private void statement(Statement st) {
    if (definingName != null) {
      procBody(st);
      return;
    }
    String op = st.operation();
    if (jobName == null) {
      if (op.equals("JOB")) {
        job(st);
      } else if (op.equals(Statement.JES2)) {
        notes.add(Message.of(Msg.BWO703I, st.line(), st.operands()));
      } else {
        throw error(st.line(), "THE FIRST STATEMENT MUST BE JOB, NOT " + op);
      }
      return;
    }
    if (!op.equals("DD")) {
      inJobLibrary = false;
    }
    switch (op) {
      case "JOB" -> throw error(st.line(), "A SECOND JOB STATEMENT: ONE FILE HOLDS ONE JOB");
      case "SET" -> set(st);
      case "EXPORT" -> exports = exports.export(Operands.parse(st.operands(), st.line()),
          st.line());
      case "PROC" -> startProc(st);
      case "PEND" -> throw error(st.line(), "PEND WITHOUT PROC");
      case "EXEC" -> exec(st);
      case "DD" -> dd(st);
      case "IF" -> ifThen(st);
      case "ELSE" -> ifElse(st);
      case "ENDIF" -> endIf(st);
      case "JCLLIB", "INCLUDE" -> throw unsupported(st.line(), op + ": PROCEDURE AND INCLUDE"
          + " LIBRARIES ARE NOT AVAILABLE LOCALLY; PUT THE PROCEDURE IN THE JOB (PROC ... PEND)");
      case Statement.JES2 -> notes.add(Message.of(Msg.BWO703I, st.line(), st.operands()));
      default -> {
        if (UNSUPPORTED_OPERATIONS.contains(op)) {
          throw unsupported(st.line(), "THE " + op + " STATEMENT");
        }
        throw error(st.line(), "'" + op + "' IS NOT A JCL OPERATION"
            + (op.equals(op.toUpperCase(java.util.Locale.ROOT)) ? "" : " (JCL IS UPPER CASE)"));
      }
    }
  }

  // ---- JOB and SET ---------------------------------------------------------------------------

  private void job(Statement st) {
    if (!st.name().matches(NAME)) {
      throw error(st.line(), "JOB NAME '" + st.name() + "' IS NOT 1 TO 8 LETTERS, DIGITS, # @ $");
    }
    jobName = st.name();
    jobLine = st.line();
    Operands ops = operands(st, symbols);
    if (ops.positional().size() > 2) {
      throw error(st.line(), "THE JOB STATEMENT TAKES ACCOUNTING AND PROGRAMMER NAME ONLY AS"
          + " POSITIONAL PARAMETERS");
    }
    CondParameter cond = CondParameter.NONE;
    Duration time = null;
    StepRef restart = null;
    JobParameters.JobRc jobRc = JobParameters.JobRc.MAXRC;
    StepRef jobRcStep = null;
    boolean scan = false;
    for (Operand o : ops.keywords()) {
      noQualifier(o, st.line());
      switch (o.keyword()) {
        case "COND" -> cond = CondParameter.parse(o.value(), st.line(), true);
        case "TIME" -> time = time(o.value(), st.line());
        case "TYPRUN" -> {
          if (!o.value().text().equals("SCAN")) {
            throw unsupported(st.line(), "TYPRUN=" + o.value().text()
                + ": A LOCAL JOB RUNS AT ONCE (TYPRUN=SCAN CHECKS THE JCL)");
          }
          scan = true;
        }
        case "RESTART" -> {
          String r = o.value().text();
          if (!r.equals("*")) {
            if (!r.matches(NAME + "(\\." + NAME + ")?")) {
              throw unsupported(st.line(), "RESTART=" + r + ": ONLY RESTART=STEP[.PROCSTEP]"
                  + " OR * (NO CHECKPOINT RESTART)");
            }
            restart = StepRef.parse(r);
          }
        }
        case "JOBRC" -> {
          String v = o.value().text();
          if (v.equals("MAXRC") || v.equals("LASTRC")) {
            jobRc = JobParameters.JobRc.valueOf(v);
          } else if (o.value() instanceof Value.Sublist l && l.items().size() == 2
              && l.items().get(0).text().equals("STEP")) {
            jobRc = JobParameters.JobRc.STEP;
            jobRcStep = StepRef.parse(l.items().get(1).text());
          } else {
            throw error(st.line(), "JOBRC=" + v + " IS NOT MAXRC, LASTRC OR (STEP,NAME)");
          }
        }
        default -> {
          if (!JOB_RECORDED.contains(o.keyword())) {
            throw error(st.line(), "UNKNOWN JOB PARAMETER " + o.keyword());
          }
        }
      }
    }
    parameters = new JobParameters(cond, time, restart, jobRc, jobRcStep, scan);
  }

  private void set(Statement st) {
    Operands ops = operands(st, symbols);
    if (ops.all().isEmpty()) {
      throw error(st.line(), "SET NEEDS NAME=VALUE");
    }
    for (Operand o : ops.all()) {
      if (o.positional() || o.procStep() != null || !o.keyword().matches(NAME)) {
        throw error(st.line(), "SET TAKES NAME=VALUE, NOT " + (o.positional() ? o.value().text()
            : o.qualifiedKeyword()));
      }
      // A --set value wins over the job's own SET statements.
      if (!overrides.containsKey(o.keyword())) {
        symbols = symbols.with(o.keyword(), symbolValue(o.value()), st.line());
        exports = exports.set(o.keyword(), symbolValue(o.value()));
      }
    }
  }

  /** The text a symbol takes from a value: enclosing apostrophes removed. */
  private static String symbolValue(Value v) {
    return v instanceof Value.Item i ? i.unquoted() : v.text();
  }

  // ---- in-stream procedures ------------------------------------------------------------------

  private void startProc(Statement st) {
    if (!ifs.isEmpty()) {
      throw unsupported(st.line(), "A PROCEDURE DEFINED INSIDE IF/THEN/ELSE");
    }
    if (!st.name().matches(NAME)) {
      throw error(st.line(), "AN IN-STREAM PROC NEEDS A NAME OF 1 TO 8 CHARACTERS");
    }
    if (procs.containsKey(st.name())) {
      throw error(st.line(), "PROCEDURE " + st.name() + " IS DEFINED TWICE");
    }
    finishPending();
    definingName = st.name();
    definingLine = st.line();
    definingDefaults = st.operands();
    definingBody = new ArrayList<>();
  }

  private void procBody(Statement st) {
    switch (st.operation()) {
      case "PEND" -> {
        procs.put(definingName,
            new ProcDefinition(definingName, definingLine, definingDefaults, definingBody));
        definingName = null;
      }
      case "EXEC", "DD" -> definingBody.add(st);
      case Statement.JES2 -> notes.add(Message.of(Msg.BWO703I, st.line(), st.operands()));
      case "PROC", "JOB" -> throw error(st.line(), st.operation() + " INSIDE PROCEDURE "
          + definingName + " (PEND MISSING?)");
      default -> throw unsupported(st.line(), st.operation() + " INSIDE AN IN-STREAM PROCEDURE");
    }
  }

  // ---- EXEC ----------------------------------------------------------------------------------

  private void exec(Statement st) {
    finishPending();
    String name = st.name().isEmpty() ? null : st.name();
    if (name != null && !name.matches(NAME)) {
      throw error(st.line(), "STEP NAME '" + name + "' IS NOT 1 TO 8 LETTERS, DIGITS, # @ $");
    }
    Operands ops = operands(st, symbols);
    List<Value> positional = ops.positional();
    String proc = null;
    if (!positional.isEmpty()) {
      if (positional.size() > 1 || ops.get("PGM").isPresent() || ops.get("PROC").isPresent()) {
        throw error(st.line(), "EXEC NAMES ONE PROGRAM (PGM=) OR ONE PROCEDURE");
      }
      proc = positional.get(0).text();
    } else if (ops.get("PROC").isPresent()) {
      if (ops.get("PGM").isPresent()) {
        throw error(st.line(), "EXEC HAS BOTH PGM= AND PROC=");
      }
      proc = ops.get("PROC").get().text();
    } else if (ops.get("PGM").isEmpty()) {
      throw error(st.line(), "EXEC NEEDS PGM= OR A PROCEDURE NAME");
    }
    if (proc != null) {
      callProc(st, name, proc, ops);
    } else {
      pending = new Pending(List.of(programStep(st, name, null, ops, List.of())), false);
    }
    if (defined.size() + pending.steps.size() > MAX_STEPS) {
      throw error(st.line(), "MORE THAN " + MAX_STEPS + " STEPS IN ONE JOB");
    }
  }

  /** A PGM= step: {@code name} the job step, {@code procStep} set inside a procedure. */
  private StepDraft programStep(Statement st, String name, String procStep, Operands ops,
      List<StepDraft> procSteps) {
    String program = ops.get("PGM").get().text();
    if (program.startsWith("*.")) {
      throw unsupported(st.line(), "PGM=" + program + ": A PROGRAM IN AN EARLIER STEP'S DATA SET");
    }
    if (!program.matches(NAME)) {
      throw error(st.line(), "PROGRAM NAME '" + program + "' IS NOT 1 TO 8 LETTERS, DIGITS, # @ $");
    }
    String parm = null;
    CondParameter cond = CondParameter.NONE;
    Duration time = null;
    for (Operand o : ops.keywords()) {
      if (o.procStep() != null) {
        throw error(st.line(), o.qualifiedKeyword() + " OVERRIDES A PROCEDURE STEP: ONLY ON THE"
            + " EXEC THAT CALLS THE PROCEDURE");
      }
      switch (o.keyword()) {
        case "PGM" -> { }
        case "PARM" -> parm = parm(o.value(), st.line());
        case "PARMDD" -> throw unsupported(st.line(), "PARMDD: GIVE THE PARAMETERS IN PARM");
        case "COND" -> cond = CondParameter.parse(o.value(), st.line(), false);
        case "TIME" -> time = time(o.value(), st.line());
        default -> {
          if (!EXEC_RECORDED.contains(o.keyword())) {
            throw error(st.line(), "UNKNOWN EXEC PARAMETER " + o.keyword()
                + " (SYMBOLS ARE SET ON THE EXEC OF A PROCEDURE, NOT OF A PROGRAM)");
          }
        }
      }
    }
    cond = local(cond, name, procSteps);
    checkReferences(cond.references(), st.line());
    return new StepDraft(st.line(), name, procStep, program, parm, cond, time);
  }

  /**
   * {@code cond} with the names of earlier steps of the same procedure made {@code name.step}:
   * inside a procedure a COND names its own steps.
   */
  private static CondParameter local(CondParameter cond, String name, List<StepDraft> procSteps) {
    List<CondParameter.Test> tests = new ArrayList<>();
    for (CondParameter.Test t : cond.tests()) {
      StepRef r = t.step();
      boolean own = r != null && r.procStep() == null
          && procSteps.stream().anyMatch(s -> s.procStep.equals(r.step()));
      tests.add(own ? new CondParameter.Test(t.code(), t.operator(), new StepRef(name, r.step()))
          : t);
    }
    return new CondParameter(tests, cond.mode());
  }

  private void callProc(Statement st, String name, String procName, Operands ops) {
    ProcDefinition proc = procs.get(procName);
    if (proc == null && ProcDefinition.isJzosSample(procName)) {
      proc = ProcDefinition.jzosSample(procName);
    }
    if (proc == null) {
      throw unsupported(st.line(), "PROCEDURE " + procName + " IS NOT IN THIS JOB: bwo RUNS"
          + " IN-STREAM PROCEDURES (PROC ... PEND) AND IBM'S JVMPRCnn; PROCEDURE LIBRARIES ARE"
          + " NOT AVAILABLE LOCALLY");
    }
    Map<String, String> values = new LinkedHashMap<>();
    List<Operand> execOverrides = new ArrayList<>();
    for (Operand o : ops.keywords()) {
      if (o.keyword().equals("PROC")) {
        continue;
      }
      if (EXEC_OVERRIDABLE.contains(o.keyword())) {
        execOverrides.add(o);
      } else if (o.procStep() != null) {
        throw error(st.line(), o.qualifiedKeyword() + " IS NOT AN EXEC PARAMETER");
      } else {
        values.put(o.keyword(), symbolValue(o.value()));
      }
    }
    Symbols inProc = symbols;
    for (Operand d : operands(new Statement(proc.line(), proc.name(), "PROC", proc.defaults(),
        null), symbols).all()) {
      if (d.positional() || d.procStep() != null) {
        throw error(proc.line(), "PROC TAKES NAME=DEFAULT, NOT " + d.value().text());
      }
      inProc = inProc.with(d.keyword(), symbolValue(d.value()), proc.line());
    }
    inProc = inProc.withAll(values, st.line());
    StringBuilder used = new StringBuilder(proc.defaults());
    for (Statement b : proc.body()) {
      used.append(' ').append(b.operands());
      if (b.hasData()) {
        b.data().forEach(r -> used.append(' ').append(r));
      }
    }
    Set<String> referenced = Symbols.referencedIn(used.toString());
    for (String v : values.keySet()) {
      if (!referenced.contains(v)) {
        throw error(st.line(), "SYMBOL " + v + " IS NOT USED IN PROCEDURE " + procName
            + " (AN UNKNOWN EXEC PARAMETER?)");
      }
    }
    pending = new Pending(expand(proc, name, inProc), true);
    applyExecOverrides(st.line(), execOverrides);
  }

  /** The steps of {@code proc} called by job step {@code name}, its symbols {@code inProc}. */
  private List<StepDraft> expand(ProcDefinition proc, String name, Symbols inProc) {
    List<StepDraft> steps = new ArrayList<>();
    expanding = name;
    expandingSteps = steps;
    DdDraft last = null;
    for (Statement b : proc.body()) {
      if (b.operation().equals("EXEC")) {
        Operands ops = operands(b, inProc);
        if (ops.get("PGM").isEmpty()) {
          throw unsupported(b.line(), "PROCEDURE " + proc.name() + " CALLS A PROCEDURE: NESTED"
              + " PROCEDURES ARE NOT SUPPORTED LOCALLY");
        }
        if (!b.name().matches(NAME)) {
          throw error(b.line(), "A STEP OF PROCEDURE " + proc.name() + " NEEDS A NAME");
        }
        if (steps.stream().anyMatch(s -> s.procStep.equals(b.name()))) {
          throw error(b.line(), "STEP " + b.name() + " IS TWICE IN PROCEDURE " + proc.name());
        }
        steps.add(programStep(b, name, b.name(), ops, steps));
      } else {
        if (steps.isEmpty()) {
          throw error(b.line(), "DD BEFORE THE FIRST EXEC OF PROCEDURE " + proc.name());
        }
        StepDraft s = steps.get(steps.size() - 1);
        DdPart part = new DdPart(b.line(), operands(b, inProc), b.data());
        if (b.name().isEmpty()) {
          if (last == null || !s.dds.contains(last)) {
            throw error(b.line(), "A DD WITHOUT A NAME CONCATENATES TO THE DD BEFORE IT: THERE IS"
                + " NONE");
          }
          last.parts.add(part);
        } else {
          last = addDd(s, b, b.name(), part, true);
        }
      }
    }
    if (steps.isEmpty()) {
      throw error(proc.line(), "PROCEDURE " + proc.name() + " HAS NO EXEC STATEMENT");
    }
    expanding = null;
    expandingSteps = List.of();
    return steps;
  }

  /** PARM, COND and TIME given on the calling EXEC, for every step or for {@code .procstep}. */
  private void applyExecOverrides(int line, List<Operand> execOverrides) {
    for (Operand o : execOverrides) {
      List<StepDraft> targets;
      if (o.procStep() == null) {
        targets = pending.steps;
      } else {
        targets = pending.steps.stream().filter(s -> s.procStep.equals(o.procStep())).toList();
        if (targets.isEmpty()) {
          throw error(line, o.qualifiedKeyword() + ": THE PROCEDURE HAS NO STEP " + o.procStep());
        }
      }
      switch (o.keyword()) {
        case "PARM" -> {
          String parm = parm(o.value(), line);
          // PARM without a step name goes to the first step and nullifies the others' PARM.
          for (int k = 0; k < targets.size(); k++) {
            targets.get(k).parm = k == 0 || o.procStep() != null ? parm : null;
          }
        }
        case "PARMDD" -> throw unsupported(line, "PARMDD: GIVE THE PARAMETERS IN PARM");
        case "COND" -> {
          CondParameter cond = CondParameter.parse(o.value(), line, false);
          checkReferences(cond.references(), line);
          targets.forEach(s -> s.cond = cond);
        }
        case "TIME" -> {
          Duration time = time(o.value(), line);
          targets.forEach(s -> s.time = time);
        }
        default -> { }
      }
    }
  }

  // ---- DD ------------------------------------------------------------------------------------

  private void dd(Statement st) {
    if (pending == null) {
      // Program libraries and catalogs of z/OS, with the libraries concatenated to them (which
      // must follow them at once): nothing to allocate locally.
      if (defined.isEmpty() && (st.name().equals("JOBLIB") || st.name().equals("JOBCAT"))) {
        inJobLibrary = true;
        return;
      }
      if (inJobLibrary && st.name().isEmpty()) {
        return;
      }
      throw error(st.line(), "DD OUTSIDE A STEP (BEFORE THE FIRST EXEC, OR AFTER IF/ELSE/ENDIF)");
    }
    DdPart part = new DdPart(st.line(), operands(st, symbols), st.data());
    if (st.name().isEmpty()) {
      if (pending.lastDd == null) {
        throw error(st.line(), "A DD WITHOUT A NAME CONCATENATES TO THE DD BEFORE IT: THERE IS"
            + " NONE");
      }
      pending.lastDd.parts.add(part);
      return;
    }
    String ddName = st.name();
    StepDraft target = pending.steps.get(0);
    int dot = ddName.indexOf('.');
    if (dot >= 0) {
      String procStep = ddName.substring(0, dot);
      ddName = ddName.substring(dot + 1);
      if (!pending.procCall) {
        throw error(st.line(), "DD " + st.name() + " NAMES A PROCEDURE STEP BUT THE STEP CALLS A"
            + " PROGRAM");
      }
      target = pending.steps.stream().filter(s -> s.procStep.equals(procStep)).findFirst()
          .orElseThrow(() -> error(st.line(), "DD " + st.name() + ": THE PROCEDURE HAS NO STEP "
              + procStep));
    }
    pending.lastDd = addDd(target, st, ddName, part, false);
  }

  /**
   * Adds DD {@code ddName} to {@code step}, or overrides the first procedure DD of that name not
   * yet overridden (overrides come in the procedure's order). A name the step already has is
   * added again, as z/OS under JES2 does: both DDs are allocated and disposed of, but every
   * reference goes to the first (z/OS MVS JCL Reference, DD statement, name field).
   */
  private DdDraft addDd(StepDraft step, Statement st, String ddName, DdPart part,
      boolean inProcedure) {
    if (!ddName.matches(NAME)) {
      throw error(st.line(), "DD NAME '" + ddName + "' IS NOT 1 TO 8 LETTERS, DIGITS, # @ $");
    }
    DdDraft existing = inProcedure ? null : step.dds.stream()
        .filter(d -> d.name.equals(ddName) && d.fromProcedure).findFirst().orElse(null);
    if (existing == null) {
      step.dds.stream().filter(d -> d.name.equals(ddName)).findFirst().ifPresent(first ->
          notes.add(Message.of(Msg.BWO706I, st.line(), ddName, step.label(),
              first.line)));
      DdDraft d = new DdDraft(ddName, st.line(), inProcedure);
      d.parts.add(part);
      step.dds.add(d);
      return d;
    }
    if (existing.parts.size() > 1) {
      throw unsupported(st.line(), "OVERRIDING THE CONCATENATED DD " + ddName);
    }
    DdPart merged = override(existing.parts.get(0), part);
    existing.parts.set(0, merged);
    existing.fromProcedure = false;
    return existing;
  }

  /** A procedure's DD with an override applied: its parameters replace or nullify the DD's. */
  private static DdPart override(DdPart original, DdPart o) {
    if (o.data() != null || original.data() != null) {
      return o;
    }
    return new DdPart(o.line(), DdParameters.override(original.ops(), o.ops()), null);
  }

  // ---- IF/THEN/ELSE/ENDIF --------------------------------------------------------------------

  private void ifThen(Statement st) {
    finishPending();
    if (ifs.size() == MAX_IF_NESTING) {
      throw error(st.line(), "IF NESTED DEEPER THAN " + MAX_IF_NESTING);
    }
    IfExpression e = IfExpression.parse(
        symbols.substituteExpression(st.operands(), st.line()), st.line());
    checkReferences(e.references(), st.line());
    ifs.push(new IfFrame(st.line(), st.name(), e));
  }

  private void ifElse(Statement st) {
    finishPending();
    IfFrame f = ifs.peek();
    if (f == null || f.inElse) {
      throw error(st.line(), f == null ? "ELSE WITHOUT IF" : "A SECOND ELSE FOR THE IF AT LINE "
          + f.line);
    }
    f.inElse = true;
  }

  private void endIf(Statement st) {
    finishPending();
    IfFrame f = ifs.poll();
    if (f == null) {
      throw error(st.line(), "ENDIF WITHOUT IF");
    }
    target().add(new JobNode.If(f.line, f.name, f.expression, f.thenPart, f.elsePart));
  }

  private List<JobNode> target() {
    IfFrame f = ifs.peek();
    return f == null ? body : f.inElse ? f.elsePart : f.thenPart;
  }

  // ---- finishing steps and the job ----------------------------------------------------------

  private void finishPending() {
    if (pending == null) {
      return;
    }
    // JES substitutes in-stream data with the values exported when the step's JCL ends.
    Symbols inStream = exports.inStream();
    for (StepDraft d : pending.steps) {
      Map<String, DataDefinition> earlier = new HashMap<>();
      List<DdStatement> dds = new ArrayList<>();
      for (DdDraft dd : d.dds) {
        List<DataDefinition> parts = new ArrayList<>();
        for (DdPart p : dd.parts) {
          parts.add(definition(p, inStream, earlier));
        }
        earlier.putIfAbsent(dd.name, parts.get(0)); // *.DD refers to the first of a name
        dds.add(new DdStatement(dd.name, parts, dd.line));
      }
      JobNode.Step step = new JobNode.Step(d.line, d.name, d.procStep, d.program, d.parm, d.cond,
          d.time, dds);
      target().add(step);
      defined.add(step);
    }
    pending = null;
  }

  /**
   * What one DD part defines, {@code inStream} the symbols its in-stream data may take;
   * {@code earlier} holds the step's earlier DDs for {@code *.DD}.
   */
  private DataDefinition definition(DdPart p, Symbols inStream,
      Map<String, DataDefinition> earlier) {
    return DdParameters.definition(p.line(), p.ops(), p.data(), inStream,
        (text, line) -> referback(text, line, earlier),
        () -> DsnRef.systemTemporary(++systemTemporaries));
  }

  /** The data set of {@code *.DD}, {@code *.STEP.DD} or {@code *.STEP.PROCSTEP.DD}. */
  private DsnRef referback(String text, int line, Map<String, DataDefinition> earlier) {
    String[] parts = text.substring(2).split("\\.");
    DataDefinition d;
    if (parts.length == 1) {
      d = earlier.get(parts[0]);
    } else if (parts.length <= 3) {
      StepRef ref = new StepRef(parts[0], parts.length == 3 ? parts[1] : null);
      String dd = parts[parts.length - 1];
      d = null;
      for (JobNode.Step s : defined) {
        if (ref.step().equals(s.name()) && java.util.Objects.equals(ref.procStep(), s.procStep())) {
          d = s.dds().stream().filter(x -> x.name().equals(dd)).map(DdStatement::first)
              .findFirst().orElse(null);
        }
      }
    } else {
      throw error(line, "DSN=" + text + " IS NOT *.DD, *.STEP.DD OR *.STEP.PROCSTEP.DD");
    }
    if (!(d instanceof DataDefinition.DataSet ds)) {
      throw error(line, "DSN=" + text + " DOES NOT REFER TO AN EARLIER DD WITH A DATA SET NAME");
    }
    return ds.dsn();
  }

  private JclJob finish(List<String> text) {
    if (jobName == null) {
      throw error(1, "NO JOB STATEMENT");
    }
    if (definingName != null) {
      throw error(definingLine, "PROC " + definingName + " HAS NO PEND");
    }
    finishPending();
    if (!ifs.isEmpty()) {
      throw error(ifs.peek().line, "IF WITHOUT ENDIF");
    }
    if (defined.isEmpty()) {
      throw error(jobLine, "THE JOB HAS NO EXEC STATEMENT");
    }
    if (parameters.restart() != null) {
      checkReferences(List.of(parameters.restart()), jobLine);
    }
    if (parameters.jobRcStep() != null) {
      checkReferences(List.of(parameters.jobRcStep()), jobLine);
    }
    return new JclJob(jobName, source, parameters, body, notes, text);
  }

  /** BWO701E unless every reference names a step defined before this point. */
  private void checkReferences(List<StepRef> refs, int line) {
    for (StepRef r : refs) {
      if (localToPending(r)) {
        continue;
      }
      boolean found = false;
      boolean procCall = false;
      for (JobNode.Step s : defined) {
        if (r.step().equals(s.name())) {
          procCall |= r.procStep() == null && s.procStep() != null;
          found |= java.util.Objects.equals(r.procStep(), s.procStep());
        }
      }
      if (!found) {
        throw error(line, procCall ? "STEP " + r.step() + " CALLS A PROCEDURE: NAME ITS STEP AS "
            + r.step() + ".PROCSTEP" : "NO EARLIER STEP IS NAMED " + r);
      }
    }
  }

  /** True when {@code r} names a step of the procedure being expanded (checked there). */
  private boolean localToPending(StepRef r) {
    return expanding != null && r.procStep() != null
        && java.util.Objects.equals(r.step(), expanding)
        && expandingSteps.stream().anyMatch(s -> s.procStep.equals(r.procStep()));
  }

  // ---- values --------------------------------------------------------------------------------

  private static Operands operands(Statement st, Symbols s) {
    return Operands.parse(s.substituteOperands(st.operands(), st.line()), st.line());
  }

  private static void noQualifier(Operand o, int line) {
    if (o.procStep() != null) {
      throw error(line, "PARAMETER " + o.qualifiedKeyword() + " CANNOT NAME A STEP HERE");
    }
  }

  /** What the program receives from PARM: no enclosing parentheses or apostrophes, && as &. */
  private static String parm(Value v, int line) {
    String parm = v.flat().replace("&&", "&");
    if (parm.length() > MAX_PARM) {
      throw error(line, "PARM HAS " + parm.length() + " CHARACTERS, MORE THAN " + MAX_PARM);
    }
    return parm;
  }

  /** TIME=minutes, (minutes,seconds), NOLIMIT, MAXIMUM or 1440 (the last three: no limit). */
  private static Duration time(Value v, int line) {
    String t = v.text();
    if (t.equals("NOLIMIT") || t.equals("MAXIMUM") || t.equals("1440")) {
      return null;
    }
    List<Value> items = v instanceof Value.Sublist l ? l.items() : List.of(v);
    if (items.size() > 2 || items.stream().anyMatch(i -> !i.isOmitted()
        && !i.text().matches("\\d{1,6}"))) {
      throw error(line, "TIME=" + t + " IS NOT MINUTES, (MINUTES,SECONDS) OR NOLIMIT");
    }
    long minutes = items.get(0).isOmitted() ? 0 : Long.parseLong(items.get(0).text());
    long seconds = items.size() > 1 && !items.get(1).isOmitted()
        ? Long.parseLong(items.get(1).text()) : 0;
    return Duration.ofMinutes(minutes).plusSeconds(seconds);
  }

  static BwoException error(int line, String reason) {
    return BwoException.of(Msg.BWO701E, line, reason);
  }

  static BwoException unsupported(int line, String reason) {
    return BwoException.of(Msg.BWO702E, line, reason);
  }

  // ---- drafts --------------------------------------------------------------------------------

  /** The steps made by the last EXEC, still taking DD statements. */
  private static final class Pending {
    final List<StepDraft> steps;
    final boolean procCall;
    DdDraft lastDd;

    Pending(List<StepDraft> steps, boolean procCall) {
      this.steps = steps;
      this.procCall = procCall;
    }
  }

  private static final class StepDraft {
    final int line;
    final String name;
    final String procStep;
    final String program;
    String parm;
    CondParameter cond;
    Duration time;
    /** In the order coded: a name coded twice is here twice. */
    final List<DdDraft> dds = new ArrayList<>();

    StepDraft(int line, String name, String procStep, String program, String parm,
        CondParameter cond, Duration time) {
      this.line = line;
      this.name = name;
      this.procStep = procStep;
      this.program = program;
      this.parm = parm;
      this.cond = cond;
      this.time = time;
    }

    String qualifiedName() {
      String n = name == null ? "" : name;
      return procStep == null ? n : n + "." + procStep;
    }

    /** The step's name in messages, as the job log names it. */
    String label() {
      return JobExecutor.label(qualifiedName(), line);
    }
  }

  private static final class DdDraft {
    final String name;
    final int line;
    boolean fromProcedure;
    final List<DdPart> parts = new ArrayList<>();

    DdDraft(String name, int line, boolean fromProcedure) {
      this.name = name;
      this.line = line;
      this.fromProcedure = fromProcedure;
    }
  }

  /** One DD statement's parameters (symbols substituted) and in-stream records. */
  private record DdPart(int line, Operands ops, List<String> data) {}

  private static final class IfFrame {
    final int line;
    final String name;
    final IfExpression expression;
    final List<JobNode> thenPart = new ArrayList<>();
    final List<JobNode> elsePart = new ArrayList<>();
    boolean inElse;

    IfFrame(int line, String name, IfExpression expression) {
      this.line = line;
      this.name = name;
      this.expression = expression;
    }
  }
}
