package io.bwo.dss;

import io.bwo.catalog.Catalog;
import io.bwo.control.Command;
import io.bwo.control.Deck;
import io.bwo.control.DumpDataSet;
import io.bwo.control.ParseResult;
import io.bwo.control.Passwords;
import io.bwo.control.RestoreDataSet;
import io.bwo.control.UnimplementedKeyword;
import io.bwo.dump.DumpReader;
import io.bwo.journal.Attempt;
import io.bwo.journal.Leftover;
import io.bwo.journal.PriorOutcome;
import io.bwo.journal.RunId;
import io.bwo.journal.RunJournal;
import io.bwo.journal.RunPhase;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import io.bwo.platform.OperatorCommands;
import io.bwo.platform.Platform;
import io.bwo.platform.YieldingThreads;
import io.bwo.segment.SegmentSystem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * The utility program, bwo's ADRDSSU: reads the control statements from SYSIN, lists them on
 * SYSPRINT, runs one task per function command in the clauses its IF-THEN-ELSE takes, and returns
 * the step's return code, the final MAXCC: the highest of its tasks' unless a SET changed it. A
 * syntax error stops the step before anything is touched.
 */
public final class Adrdssu {
  static final String SYSIN = "SYSIN";
  static final String SYSPRINT = "SYSPRINT";
  /** The shortest SYSPRINT record DFSMSdss writes its listing in (JCL for DFSMSdss: 84 to 137). */
  static final int MIN_LRECL = 84;

  /**
   * Everything a run takes from outside.
   *
   * @param systems opens the segment system, giving it where to report its own events
   * @param listeners NotifyCC listeners called after bwo's own ADR734I
   * @param closeSystem whether the run closes the segment system when it ends (false when the
   *     caller shares it, as the demo does with its applications)
   * @param journal the run journal: a re-run after success does nothing, after a failure it
   *     cleans up what the last attempt left and redoes the run
   */
  public record Run(
      Platform platform,
      Catalog catalog,
      Function<Consumer<Message>, SegmentSystem> systems,
      Clock clock,
      DssOptions options,
      List<NotifyConcurrentListener> listeners,
      PhaseObserver observer,
      String product,
      boolean closeSystem,
      Optional<RunJournal> journal) {

    /** A run that keeps no journal (tests, and callers that journal it themselves). */
    public Run(Platform platform, Catalog catalog,
        Function<Consumer<Message>, SegmentSystem> systems, Clock clock, DssOptions options,
        List<NotifyConcurrentListener> listeners, PhaseObserver observer, String product,
        boolean closeSystem) {
      this(platform, catalog, systems, clock, options, listeners, observer, product, closeSystem,
          Optional.empty());
    }
  }

  private Adrdssu() {}

  /** Runs the step; returns its return code, the final MAXCC: 0 to 16 (SET MAXCC sets any). */
  public static int run(Run run) {
    Platform platform = run.platform();
    if (!platform.ddExists(SYSPRINT)) {
      System.err.println(Message.of(Msg.ADR001T, SYSPRINT));
      return Msg.ADR001T.returnCode();
    }
    OperatorControl operator = new OperatorControl();
    AtomicReference<Listing> listed = new AtomicReference<>();
    TerminationHook hook = TerminationHook.install(operator, m -> say(listed.get(), m));
    try (io.bwo.platform.Listing sink = platform.openListing(SYSPRINT)) {
      if (sink.lrecl() < MIN_LRECL) {
        // As DFSMSdss: RC 8 and an error message, which the short records would cut.
        Message m = Message.of(Msg.BWO015E, SYSPRINT, sink.lrecl());
        System.err.println(m);
        Listing.wrap(m.toString(), sink.width()).forEach(sink::line);
        return m.returnCode();
      }
      ExecParm parm = run.options().parm();
      Listing listing = new Listing(sink, run.clock(), run.product(), parm.lineCount(),
          parm.firstPage());
      listed.set(listing);
      listing.pageHeader();
      if (!parm.noEffect().isEmpty()) {
        listing.print(Listing.READING, Message.of(Msg.BWO526I, String.join(",", parm.noEffect())));
      }
      int rc;
      try {
        rc = runWithListing(run, listing, operator);
      } catch (BwoException e) {
        // A failure the step cannot go on from (its journal's disk full, say) still ends the
        // listing as DFSMSdss ends one, with its message and ADR012I; standard error has it too.
        System.err.println(e.message());
        listing.print(Listing.READING, e.message());
        rc = Math.max(e.returnCode(), 8);
      }
      listing.print(Listing.SCHEDULER, Message.of(Msg.ADR012I, listing.timestamp(),
          Listing.returnCode(rc)));
      return rc;
    } finally {
      // Once the listing is closed: a signal's step ends with its ADR012I written.
      hook.close();
    }
  }

  /** A termination signal's message: on standard error, and in the listing once it is open. */
  private static void say(Listing listing, Message m) {
    System.err.println(m);
    if (listing != null) {
      listing.print(Listing.READING, m);
    }
  }

  /**
   * Ends the step before it reads SYSIN, for {@code why} (the EXEC PARM refused: ADR009T,
   * BWO515E): the listing has the page header, {@code why} and ADR012I, as DFSMSdss ends a job
   * whose PARM it does not take. Returns the step's return code.
   */
  public static int refuse(Platform platform, Clock clock, String product, Message why) {
    int rc = why.returnCode();
    if (!platform.ddExists(SYSPRINT)) {
      System.err.println(why);
      return rc;
    }
    try (io.bwo.platform.Listing sink = platform.openListing(SYSPRINT)) {
      Listing listing = new Listing(sink, clock, product, ExecParm.NONE.lineCount(),
          ExecParm.NONE.firstPage());
      listing.pageHeader();
      listing.print(Listing.READING, why);
      listing.print(Listing.SCHEDULER, Message.of(Msg.ADR012I, listing.timestamp(),
          Listing.returnCode(rc)));
    }
    platform.wto(why.toString());
    return rc;
  }

  private static int runWithListing(Run run, Listing listing, OperatorControl operator) {
    if (!run.platform().ddExists(SYSIN)) {
      listing.print(Listing.READING, Message.of(Msg.ADR005T));
      return Msg.ADR005T.returnCode();
    }
    List<String> records = run.platform().readRecords(SYSIN);
    ParseResult parsed = Deck.parse(records);
    // Passwords are masked deck-wide: a KEYPASSWORD value may run over a continuation.
    List<String> shown = Passwords.masked(records);
    if (!(parsed instanceof ParseResult.Parsed ok)) {
      shown.forEach(listing::echo);
      Deck.unreadColumns(records).forEach(m -> listing.print(Listing.READING, m));
      int rc = 0;
      for (Message m : parsed.errors()) {
        listing.print(Listing.READING, m);
        rc = Math.max(rc, m.returnCode());
      }
      return rc;
    }
    List<Command> commands = ok.deck().commands();
    int echoed = 0;
    for (int i = 0; i < commands.size(); i++) {
      Command c = commands.get(i);
      for (; echoed < c.lastRecordNumber() && echoed < records.size(); echoed++) {
        listing.echo(shown.get(echoed));
      }
      listing.print(Listing.READING, Message.of(Msg.ADR101I, Listing.taskId(i + 1),
          c.verb()));
    }
    for (; echoed < records.size(); echoed++) {
      listing.echo(shown.get(echoed));
    }
    Deck.unreadColumns(records).forEach(m -> listing.print(Listing.READING, m));
    ok.deck().warnings().forEach(m -> listing.print(Listing.READING, m));
    listing.print(Listing.READING, Message.of(Msg.ADR109I, listing.timestamp()));
    if (commands.isEmpty()) {
      listing.print(Listing.READING, Message.of(Msg.ADR415W));
      return Math.max(Msg.ADR415W.returnCode(), ok.deck().warningCode());
    }
    if (run.options().parm().scan()) {
      listing.print(Listing.READING, Message.of(Msg.BWO527I));
      return ok.deck().warningCode();
    }
    prepareInBackground(commands);
    FilterDd filters = new FilterDd(run.platform());
    byte[] digest = sysinDigest(records, filters.forDigest(commands));
    RunId runId;
    if (run.options().runId().isPresent()) {
      runId = run.options().runId().get().id();
      listing.print(Listing.READING, run.options().runId().get().message());
    } else {
      var job = run.platform().job();
      runId = RunId.derive(job.jobName(), job.jobId(), digest);
      listing.print(Listing.READING, Message.of(Msg.BWO602I, runId, job.jobName(), job.jobId()));
    }
    // TYPRUN=NORUN only lists: it must not count as the run, or the real one would do nothing.
    if (run.journal().isEmpty() || run.options().noRun()) {
      return runTasks(run, listing, operator, ok.deck(), filters, runId.value(), run.observer(),
          List.of(), rc -> { });
    }
    Attempt attempt;
    try {
      attempt = run.journal().get().begin(runId, RunJournal.localNode(),
          HexFormat.of().formatHex(digest));
    } catch (BwoException e) {
      listing.print(Listing.READING, e.message());
      return Math.max(e.returnCode(), 8);
    }
    attempt.report().forEach(m -> listing.print(Listing.READING, m));
    if (attempt.previous() instanceof PriorOutcome.Succeeded done) {
      try {
        return Math.max(done.returnCode(), RerunOutputs.fill(run.platform(), runId.value(), done,
            m -> listing.print(Listing.READING, m)));
      } finally {
        attempt.close();
      }
    }
    int rc = 0;
    boolean[] recorded = {false};
    try {
      List<Leftover> leftovers = attempt.previous() instanceof PriorOutcome.Unfinished u
          ? u.leftovers() : List.of();
      rc = runTasks(run, listing, operator, ok.deck(), filters, runId.value(),
          run.observer().andThen(new AttemptObserver(attempt)), leftovers, outcome -> {
            record(attempt, outcome);
            recorded[0] = true;
          });
      return rc;
    } catch (RuntimeException e) {
      rc = 16;
      throw e;
    } finally {
      try {
        if (!recorded[0]) {
          record(attempt, rc);
        }
      } finally {
        attempt.close();
        attempt.unclosed().ifPresent(why -> listing.print(Listing.READING,
            Message.of(Msg.BWO617W, runId, why)));
      }
    }
  }

  /**
   * Starts, in the background, what the deck's commands want ready while the step starts (its
   * journal and the segment system, whose forces leave the CPU waiting). A deck that restores has
   * the reading of a dump prepared on a thread of its own, instead of at the start of the
   * RESTORE's pass ({@link DumpReader#prepare}); one that dumps has the thread that starts the
   * copy threads at a lower priority made, whose {@code renice} (another process) has then long
   * ended when FREEZE comes ({@link YieldingThreads#prepare}).
   */
  private static void prepareInBackground(List<Command> commands) {
    if (commands.stream().anyMatch(c -> c instanceof RestoreDataSet)) {
      Thread prepare = new Thread(DumpReader::prepare, "bwo-dump-reading-prepare");
      prepare.setDaemon(true);
      prepare.start();
    }
    if (commands.stream().anyMatch(c -> c instanceof DumpDataSet)) {
      YieldingThreads.prepare();
    }
  }

  private static void record(Attempt attempt, int rc) {
    attempt.record(rc >= 8 ? RunPhase.FAILED : RunPhase.SUCCEEDED, Listing.returnCode(rc));
  }

  /**
   * Runs the deck's tasks by its command sequence (SET, IF-THEN-ELSE: {@link CommandSequence}).
   * {@code ended} gets the step's return code, the final MAXCC, once they have ended, while the
   * segment system is still open (the journal records the attempt's outcome there); then, if no
   * task failed and the step succeeded, DUMP RESET's flags are reset ({@link ChangedFlagResets}).
   */
  private static int runTasks(Run run, Listing listing, OperatorControl operator,
      Deck deck, FilterDd filters, String runId,
      PhaseObserver observer, List<Leftover> leftovers, IntConsumer ended) {
    DumpProgress progress = new DumpProgress();
    // The task running now, for the segment system's events, which arrive on its own threads.
    AtomicReference<TaskResult> current = new AtomicReference<>();
    WtoQueue wto = new WtoQueue(run.platform());
    // The segment system's own news reaches the listing only when it is bad news (a lease that
    // expired, a session that failed), or a wait the operator should see (BWO235I: the step
    // waits for a segment server that is starting): FREEZE and UNFREEZE are reported by the task.
    Consumer<Message> events = m -> {
      if (m.severity() != io.bwo.message.Severity.INFORMATION || m.id() == Msg.BWO235I) {
        TaskResult t = current.get();
        listing.print(t == null ? Listing.READING : t.taskId(), m);
        wto.wto(m);
      }
    };
    ConditionCodes codes = new ConditionCodes(deck.warningCode());
    SegmentSystem system = null;
    ChangedFlagResets resets = new ChangedFlagResets();
    try {
      system = run.systems().apply(events);
      if (!leftovers.isEmpty()) {
        observer.released(Leftovers.cleanUp(leftovers, run.catalog(), system, run.platform(),
            m -> listing.print(Listing.READING, m)));
      }
      run.platform().listenForOperatorCommands(new Console(listing, progress, operator));
      SegmentSystem opened = system;
      CommandSequence.Tasks tasks = command -> {
        TaskResult task = new TaskResult(listing, Listing.taskId(command + 1));
        current.set(task);
        Command c = deck.commands().get(command);
        List<NotifyConcurrentListener> listeners = new ArrayList<>();
        listeners.add(new Adr734iListener(task, wto));
        // As DFSMSdss calls the UIM exit at concurrent copy initialisation only under
        // NOTIFYCONCURRENT; ADR734I itself is always issued.
        if (c instanceof DumpDataSet d && d.notifyConcurrent()) {
          listeners.addAll(run.listeners());
        }
        TaskContext ctx = new TaskContext(run.platform(), run.catalog(), opened, run.clock(),
            run.options(), runId, runId, listeners, progress, operator, observer, wto, resets);
        task.print(Message.of(Msg.ADR006I, listing.timestamp(), "BEGINS"));
        runTask(ctx, c, filters, task);
        if (operator.stopRequested()) {
          task.print(Message.of(Msg.BWO514E));
        }
        task.print(Message.of(Msg.ADR006I, listing.timestamp(),
            operator.stopRequested() ? "HALTED" : "ENDS"));
        listing.print(task.taskId(), Message.of(Msg.ADR013I, listing.timestamp(), "COMPLETED",
            "RETURN", Listing.returnCode(task.returnCode())));
        return task.returnCode();
      };
      new CommandSequence(codes, tasks, operator::stopRequested, listing::timestamp,
          m -> listing.print(Listing.SCHEDULER, m)).walk(deck.flow());
      ended.accept(codes.maxcc());
      // Flags are reset only if every task really succeeded and the step is journaled as a
      // success: a SET MAXCC=0 after a failed task does not make its dump whole, and a SET
      // MAXCC=8 after good ones makes a re-run, whose BY(DSCHA,EQ,YES) must find the flags set.
      if (codes.highestTask() < 8 && codes.maxcc() < 8) {
        resets.apply(system, listing);
      }
    } catch (BwoException e) {
      TaskResult t = current.get();
      listing.print(t == null ? Listing.READING : t.taskId(), e.message());
      return Math.max(codes.maxcc(), Math.max(e.returnCode(), 8));
    } finally {
      wto.close();
      if (system != null && run.closeSystem()) {
        system.close();
      }
    }
    return codes.maxcc();
  }

  private static void runTask(TaskContext ctx, Command command, FilterDd filters,
      TaskResult task) {
    try {
      if (!unimplementedAllowRun(command, task)) {
        return;
      }
      if (command instanceof DumpDataSet d) {
        filters.resolve(d, task).ifPresent(dump -> new DumpTask(ctx, dump, task).run());
      } else if (command instanceof RestoreDataSet r) {
        filters.resolve(r, task).ifPresent(restore -> new RestoreTask(ctx, restore, task).run());
      }
    } catch (BwoException e) {
      task.print(e.message());
      if (e.returnCode() < 8) {
        task.print(Message.of(Msg.BWO523E));
      }
    } catch (RuntimeException unexpected) {
      // A defect, not an outcome: the task ends as DFSMSdss ends an abending task, with a message
      // and a return code, and the next task still runs.
      task.print(Message.of(Msg.BWO524S, unexpected.toString()));
    } finally {
      // Whatever ended the task, the system must not stay frozen by it.
      ctx.operator().unfreeze();
    }
  }

  /**
   * Lists the DFSMSdss keywords the command codes that bwo does not implement: BWO531I for each
   * that has nothing to act on here, BWO515E for each that asks what bwo does not do. False, and
   * the task does nothing, if there is one of the latter.
   */
  private static boolean unimplementedAllowRun(Command command, TaskResult task) {
    boolean run = true;
    for (UnimplementedKeyword.Coded c : command.unimplemented()) {
      UnimplementedKeyword k = c.keyword();
      task.print(Message.of(k.noEffect() ? Msg.BWO531I : Msg.BWO515E, c.text(), k.reason()));
      run &= k.noEffect();
    }
    return run;
  }

  /**
   * SYSIN's digest, which names the run (RunId): a re-run of the same deck is the same run. The
   * criteria of its FILTERDDs count as part of the deck, so that changing them makes a new run;
   * a deck without FILTERDD has the digest of its records alone, as before FILTERDD was read.
   */
  private static byte[] sysinDigest(List<String> records, Map<String, List<String>> filters) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      digestLines(sha, records);
      filters.forEach((dd, filter) -> {
        digestLines(sha, List.of("FILTERDD " + dd));
        digestLines(sha, filter);
      });
      return sha.digest();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Each record without its trailing blanks, then a new line. */
  private static void digestLines(MessageDigest sha, List<String> records) {
    for (String r : records) {
      sha.update(r.stripTrailing().getBytes(StandardCharsets.UTF_8));
      sha.update((byte) '\n');
    }
  }

  /** The operator's commands to the running step: STATUS and UNFREEZE by MODIFY, and STOP. */
  private record Console(Listing listing, DumpProgress progress, OperatorControl operator)
      implements OperatorCommands {
    @Override
    public String modify(String text) {
      String command = text.trim().toUpperCase(Locale.ROOT);
      Message reply = switch (command) {
        case "STATUS" -> Message.of(Msg.BWO517I, progress.phase(), progress.notified(),
            progress.toNotify(), progress.bytesCopied(), progress.bytesToCopy());
        case "UNFREEZE" -> Message.of(Msg.BWO513I, command,
            operator.unfreeze() ? "THE SYSTEM IS THAWED" : "THE STEP HOLDS NO FREEZE");
        default -> Message.of(Msg.BWO513I, command, "UNKNOWN; USE STATUS OR UNFREEZE");
      };
      listing.print(Listing.SCHEDULER, reply);
      return reply.toString();
    }

    @Override
    public void stop() {
      operator.stop();
      listing.print(Listing.SCHEDULER, Message.of(Msg.BWO513I, "STOP", "THE STEP ENDS IN ORDER"));
    }
  }
}
