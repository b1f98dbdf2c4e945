package io.bwo.jcl;

import io.bwo.catalog.Catalog;
import io.bwo.catalog.ProcessLock;
import io.bwo.message.BwoException;
import io.bwo.message.Message;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.commons.io.file.PathUtils;

/**
 * Runs a {@link JclJob} locally, as JES and the initiator run one on z/OS: each step in order,
 * bypassed by COND, IF/THEN/ELSE, an earlier abend (unless COND=EVEN/ONLY or an IF that tests
 * ABEND lets it run), RESTART or the job's COND; its DDs allocated ({@link LocalDataSets}), its
 * program run by the {@link ProgramRunner}, its dispositions applied; and a JES2-style job log
 * written to the job output folder ({@code JESMSGLG}, with the JCL as {@code JESJCL} and the
 * SYSOUT files). A job has a job id {@code JOBnnnnn} from the catalog's counter.
 *
 * <p>Not thread-safe: one instance runs one job at a time.
 */
public final class JobExecutor {
  private final Path catalogRoot;
  private final ProgramRunner programs;
  private final Clock clock;

  /** An executor for jobs on the catalog at {@code catalogRoot}, running {@code programs}. */
  public JobExecutor(Path catalogRoot, ProgramRunner programs, Clock clock) {
    this.catalogRoot = catalogRoot.toAbsolutePath();
    this.programs = programs;
    this.clock = clock;
  }

  /**
   * Runs {@code job} to its end and returns how it ended. Its output goes to {@code outputDir},
   * or to {@code <catalog root>/joblog/<JOBNAME>.<JOBID>} when that is null.
   */
  public JobResult run(JclJob job, Path outputDir) {
    return run(job, outputDir, r -> { });
  }

  /**
   * As {@link #run(JclJob, Path)}, handing the result to {@code ended} before returning it: a job
   * cancelled by SIGTERM waits for that too (printing its log), before its process exits.
   */
  public JobResult run(JclJob job, Path outputDir, Consumer<JobResult> whenEnded) {
    Catalog catalog = Catalog.open(catalogRoot);
    String jobId = JobIds.next(catalog.runtimeDir());
    Path out = outputDir != null ? outputDir.toAbsolutePath()
        : catalogRoot.resolve("joblog").resolve(job.name() + "." + jobId);
    Path jes = catalog.runtimeDir().resolve("jes");
    Path work = jes.resolve(jobId);
    ProcessLock running = null;
    try {
      // Held while the job runs: a later job's sweep then knows this folder is in use.
      running = holdWorkFolder(work);
      List<Message> swept = sweepDeadJobs(jes, jobId, LocalDataSets.folder(catalogRoot));
      Files.createDirectories(out);
      Run run = new Run(job, jobId, out, work,
          new LocalDataSets(catalog, job.name(), work, out));
      swept.forEach(run.log::print);
      // SIGTERM to the job (a scheduler ending it) cancels it: its running step is sent SIGTERM
      // and ends S222, the steps after it do not run, and the job still ends as a job does
      // (dispositions, job log) before this process exits, instead of leaving its step running
      // on alone.
      CountDownLatch ended = new CountDownLatch(1);
      Thread cancel = new Thread(() -> {
        run.cancel();
        try {
          ended.await(CANCEL_GRACE_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }, "bwo-job-cancel");
      Runtime.getRuntime().addShutdownHook(cancel);
      try {
        JobResult result = run.execute();
        whenEnded.accept(result);
        return result;
      } finally {
        ended.countDown();
        try {
          Runtime.getRuntime().removeShutdownHook(cancel);
        } catch (IllegalStateException shuttingDown) {
          // The hook is running or has: nothing to remove.
        }
      }
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO724E, out, e.getMessage());
    } finally {
      if (running != null) {
        running.close();
      }
    }
  }

  /** The lock a running job holds in its work folder, which says that the folder is in use. */
  static final String WORK_LOCK = ".running";

  /**
   * How old a work folder without its lock must be to be a dead job's: a job creates its folder
   * and takes its lock at once, so one younger than this may be a job starting now.
   */
  static final Duration UNLOCKED_GRACE = Duration.ofMinutes(1);

  /** How old a work folder whose lock is free must be: one just made may not be locked yet. */
  static final Duration LOCKING_GRACE = Duration.ofSeconds(5);

  private static ProcessLock holdWorkFolder(Path work) throws IOException {
    Files.createDirectories(work);
    return ProcessLock.tryLock(work.resolve(WORK_LOCK)).orElseThrow(
        () -> new IOException("the work folder " + work + " is in use by another job"));
  }

  /**
   * Removes the work folders (in-stream data, temporary data sets) of jobs that did not end, as a
   * job killed outright leaves them: a folder whose lock nobody holds, or without one and older
   * than {@link #UNLOCKED_GRACE}. What the dead job owed is deleted first ({@link
   * OwedDispositions}; {@code datasets} is the folder of the catalog's data sets). BWO716I and
   * BWO726I for each, for the job log; BWO729I for one left because its step is still ending.
   */
  static List<Message> sweepDeadJobs(Path jes, String self, Path datasets) throws IOException {
    List<Message> swept = new ArrayList<>();
    List<Path> folders;
    try (var list = Files.list(jes)) {
      folders = list.filter(Files::isDirectory)
          .filter(d -> !d.getFileName().toString().equals(self)).toList();
    }
    for (Path dir : folders) {
      Path lock = dir.resolve(WORK_LOCK);
      boolean dead;
      Instant made = Files.getLastModifiedTime(dir).toInstant();
      if (Files.exists(lock)) {
        // Not one made a moment ago: a job creates its lock file, then locks it.
        Optional<ProcessLock> free = made.isBefore(Instant.now().minus(LOCKING_GRACE))
            ? ProcessLock.tryLock(lock) : Optional.empty();
        dead = free.isPresent();
        free.ifPresent(ProcessLock::close);
      } else {
        dead = made.isBefore(Instant.now().minus(UNLOCKED_GRACE));
      }
      Optional<String> ending = dead ? aStepRunning(dir) : Optional.empty();
      if (ending.isPresent()) {
        // The dead job's step is still ending: a later job sweeps the folder.
        swept.add(Message.of(Msg.BWO729I, dir.getFileName(), ending.get(), dir));
      } else if (dead) {
        swept.addAll(OwedDispositions.settle(dir, datasets));
        PathUtils.deleteDirectory(dir);
        swept.add(Message.of(Msg.BWO726I, dir.getFileName(), dir));
      }
    }
    return swept;
  }

  /**
   * The PID of a step of the job whose work folder is {@code dir} that still runs: it holds its
   * lock there ({@link BatchLauncher#holdTheJobsFolder}). A step whose job was killed outright
   * ends within a poll, but as it ends it may still publish or remove a dump, which a sweep must
   * not race.
   */
  private static Optional<String> aStepRunning(Path dir) throws IOException {
    List<Path> locks;
    try (var list = Files.list(dir)) {
      locks = list.filter(f -> f.getFileName().toString()
          .startsWith(BatchLauncher.STEP_LOCK_PREFIX)).sorted().toList();
    }
    for (Path lock : locks) {
      Optional<ProcessLock> free = ProcessLock.tryLock(lock);
      if (free.isEmpty()) {
        return Optional.of(lock.getFileName().toString()
            .substring(BatchLauncher.STEP_LOCK_PREFIX.length()));
      }
      free.get().close();
    }
    return Optional.empty();
  }

  /**
   * How long a cancelled job waits for its step to end in order: a dump ends within 20 s of
   * SIGTERM (BWO528I); a step still running after that is killed with the process.
   */
  static final long CANCEL_GRACE_SECONDS = 30;

  /** The state of one job as it runs. */
  private final class Run {
    private final JclJob job;
    private final String jobId;
    private final Path out;
    private final Path work;
    private final LocalDataSets dataSets;
    private final JobLog log;
    private final Instant start;
    private final List<StepRecord> ran = new ArrayList<>();
    private final List<StepResult> results = new ArrayList<>();
    private boolean restartReached;
    private volatile boolean ended;
    private volatile boolean cancelled;
    private volatile String endReason;
    private boolean jclError;
    private String abend;

    Run(JclJob job, String jobId, Path out, Path work, LocalDataSets dataSets) {
      this.job = job;
      this.jobId = jobId;
      this.out = out;
      this.work = work;
      this.dataSets = dataSets;
      this.log = new JobLog(clock, jobId);
      this.start = clock.instant();
      this.restartReached = job.parameters().restart() == null;
    }

    /** Ends the job as z/OS's CANCEL does: the running step is cancelled, no later one runs. */
    void cancel() {
      endReason = "THE JOB WAS CANCELLED";
      cancelled = true;
      ended = true;
      ChildJvm.cancelRunning();
    }

    JobResult execute() throws IOException {
      log.print(Message.of(Msg.BWO710I, job.name(), jobId, job.source(), catalogRoot));
      job.notes().forEach(log::print);
      log.stepHeader();
      try {
        if (job.parameters().scan()) {
          log.print(Message.of(Msg.BWO721I, job.name()));
          skip(job.body(), "TYPRUN=SCAN");
        } else {
          walk(job.body(), false);
        }
      } finally {
        dataSets.endJob().forEach(log::print);
      }
      if (cancelled && abend == null) {
        abend = "S222"; // cancelled between steps: the job ends as a cancelled one all the same
      }
      int highest = ran.stream().filter(r -> !r.completion().abended())
          .mapToInt(r -> r.completion().conditionCode()).max().orElse(0);
      int rc = returnCode(highest);
      String cc = String.format("%04d", rc);
      if (abend != null) {
        log.print(Message.of(Msg.BWO720E, job.name(), "ABEND " + abend
            + " - HIGHEST CONDITION CODE " + String.format("%04d", highest)));
      } else if (jclError) {
        log.print(Message.of(Msg.BWO720E, job.name(), "JCL ERROR - HIGHEST CONDITION CODE "
            + String.format("%04d", highest)));
      } else {
        log.print(Message.of(Msg.BWO719I, job.name(), cc, String.format("%04d", highest)));
      }
      List<String> jcl = new ArrayList<>();
      for (int i = 0; i < job.text().size(); i++) {
        jcl.add(String.format("%9d %s", i + 1, job.text().get(i)));
      }
      String outputLost = null;
      try {
        Files.write(out.resolve("JESMSGLG"), log.lines(), StandardCharsets.UTF_8);
        Files.write(out.resolve("JESJCL"), jcl, StandardCharsets.UTF_8);
      } catch (IOException e) {
        // The job has run and its dispositions are applied: what is lost is the copy of its log
        // in its output folder (a full disk, say), not how it ended. bwo submit still prints the
        // log, and says so, rather than end BWO724E with no log at all.
        outputLost = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        log.print(Message.of(Msg.BWO727W, job.name(), out, outputLost));
      }
      return new JobResult(job.name(), jobId, out, results, rc, highest, abend, jclError,
          log.lines(), outputLost);
    }

    /** The job's return code as JOBRC says: highest, last, or a named step's. */
    private int returnCode(int highest) {
      JobParameters p = job.parameters();
      switch (p.jobRc()) {
        case LASTRC:
          return ran.isEmpty() ? 0 : ran.get(ran.size() - 1).completion().conditionCode();
        case STEP:
          int code = 0;
          for (StepRecord r : ran) {
            if (p.jobRcStep().matches(r)) {
              code = r.completion().conditionCode();
            }
          }
          return code;
        default:
          return highest;
      }
    }

    private void walk(List<JobNode> nodes, boolean abendTested) throws IOException {
      for (JobNode n : nodes) {
        if (n instanceof JobNode.Step s) {
          step(s, abendTested);
        } else if (n instanceof JobNode.If i) {
          if (ended) {
            walk(i.thenPart(), abendTested);
            walk(i.elsePart(), abendTested);
            continue;
          }
          // The truth is fixed here: steps inside the construct do not change the branch.
          boolean truth = i.expression().test(ran);
          boolean tested = abendTested || i.expression().testsAbend();
          String why = "IF AT LINE " + i.line() + " IS " + (truth ? "TRUE" : "FALSE");
          if (truth) {
            walk(i.thenPart(), tested);
            skip(i.elsePart(), why);
          } else {
            skip(i.thenPart(), why);
            walk(i.elsePart(), tested);
          }
        }
      }
    }

    private void skip(List<JobNode> nodes, String reason) {
      for (JobNode n : nodes) {
        if (n instanceof JobNode.Step s) {
          notRun(s, reason);
        } else if (n instanceof JobNode.If i) {
          skip(i.thenPart(), reason);
          skip(i.elsePart(), reason);
        }
      }
    }

    private void step(JobNode.Step s, boolean abendTested) throws IOException {
      if (ended) {
        notRun(s, endReason);
        return;
      }
      StepRef restart = job.parameters().restart();
      if (!restartReached) {
        if (!restart.step().equals(s.name()) || (restart.procStep() != null
            && !restart.procStep().equals(s.procStep()))) {
          notRun(s, "RESTART=" + restart);
          return;
        }
        restartReached = true;
      }
      Optional<String> jobCond = job.parameters().cond().satisfied(ran);
      if (jobCond.isPresent()) {
        ended = true;
        endReason = "JOB " + jobCond.get();
        notRun(s, endReason);
        return;
      }
      CondParameter cond = s.cond();
      boolean abendBefore = ran.stream().anyMatch(r -> r.completion().abended());
      if (abendBefore && !abendTested && cond.mode() == CondParameter.Mode.NORMAL) {
        notRun(s, "AN EARLIER STEP ABENDED");
        return;
      }
      if (cond.mode() == CondParameter.Mode.ONLY && !abendBefore) {
        notRun(s, "COND=ONLY AND NO EARLIER STEP ABENDED");
        return;
      }
      Optional<String> bypass = cond.satisfied(ran);
      if (bypass.isPresent()) {
        notRun(s, bypass.get());
        return;
      }
      execute(s);
    }

    private void execute(JobNode.Step s) throws IOException {
      String label = label(s);
      if (!programs.supports(s.program())) {
        log.print(Message.of(Msg.BWO714E, job.name(), label, s.program(), programs.describe()));
        Completion c = Completion.abend("S806");
        record(s, c);
        results.add(new StepResult(s.name(), s.procStep(), s.program(),
            StepResult.Status.FLUSHED, c, "PROGRAM NOT AVAILABLE LOCALLY"));
        log.stepLine(job.name(), nameOf(s), s.procStep(), s.program(), "S806", 0);
        return;
      }
      LocalDataSets.Allocation a = dataSets.allocate(s, label);
      dataSets.warnings().forEach(log::print);
      if (a.failed()) {
        log.print(Message.of(Msg.BWO715E, job.name(), label, a.failedDd(), a.failure()));
        ended = true;
        jclError = true;
        endReason = "THE JOB ENDED ON A JCL ERROR IN STEP " + label;
        results.add(new StepResult(s.name(), s.procStep(), s.program(),
            StepResult.Status.JCL_ERROR, null, a.failure()));
        log.stepLine(job.name(), nameOf(s), s.procStep(), s.program(), "JCLERR", 0);
        return;
      }
      if (a.dds().containsKey("STDENV")) {
        log.print(Message.of(Msg.BWO717I, job.name(), label));
      }
      Map<String, String> env = new LinkedHashMap<>();
      a.dds().forEach((dd, p) -> env.put("DD_" + dd, p.toAbsolutePath().toString()));
      env.putAll(a.environment());
      // A DISP=MOD data set is written on at its end, the program's open for output as any.
      a.held().stream().filter(h -> h.disposition() != null
              && h.disposition().status() == Disposition.Status.MOD
              && h.path().equals(a.dds().get(h.dd())))
          .forEach(h -> env.put("DD_" + h.dd() + "_DISP", "MOD"));
      env.put("BWO_JOBNAME", job.name());
      env.put("BWO_JOBID", jobId);
      env.put(BatchLauncher.JOB_WORK_ENV, work.toString());
      env.put("BWO_STEPNAME", nameOf(s));
      if (s.procStep() != null) {
        env.put("BWO_PROCSTEPNAME", s.procStep());
      }
      env.put("BWO_CATALOG", catalogRoot.toString());
      env.put("BWO_DATASETS", LocalDataSets.folder(catalogRoot).toString());
      if (s.parm() != null) {
        env.put("BWO_PARM", s.parm());
      }
      Path stdout = a.dds().getOrDefault("STDOUT", out.resolve(label + ".STDOUT"));
      Path stderr = a.dds().getOrDefault("STDERR", out.resolve(label + ".STDERR"));
      ProgramCall call = new ProgramCall(job.name(), label, s.program(), s.parm(), a.dds(), env,
          stdout, stderr, timeLimit(s), log::print);
      Instant begun = clock.instant();
      Completion c;
      try {
        c = programs.run(call);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        c = Completion.abend("S222");
      } catch (IOException e) {
        throw BwoException.of(Msg.BWO724E, "PROGRAM " + s.program(), e.getMessage());
      }
      double seconds = Duration.between(begun, clock.instant()).toMillis() / 1000.0;
      record(s, c);
      if (c.abended()) {
        log.print(Message.of(Msg.BWO713E, job.name(), label, s.program(), c.abendCode(),
            abendMeaning(c.abendCode())));
      } else {
        log.print(Message.of(Msg.BWO711I, job.name(), label, s.program(), c));
      }
      dataSets.release(label, a, c.abended()).forEach(log::print);
      log.stepLine(job.name(), nameOf(s), s.procStep(), s.program(),
          c.abended() ? c.abendCode() : String.format("%02d", c.conditionCode()), seconds);
      results.add(new StepResult(s.name(), s.procStep(), s.program(), c.abended()
          ? StepResult.Status.ABENDED : StepResult.Status.EXECUTED, c, null));
    }

    private void record(JobNode.Step s, Completion c) {
      ran.add(new StepRecord(s.name(), s.procStep(), c));
      if (c.abended() && abend == null) {
        abend = c.abendCode();
      }
    }

    private void notRun(JobNode.Step s, String reason) {
      log.print(Message.of(Msg.BWO712I, job.name(), label(s), reason));
      log.stepLine(job.name(), nameOf(s), s.procStep(), s.program(), "FLUSH", 0);
      results.add(new StepResult(s.name(), s.procStep(), s.program(), StepResult.Status.NOT_RUN,
          null, reason));
    }

    /** The step's limit: its TIME, within what is left of the job's TIME. */
    private Duration timeLimit(JobNode.Step s) {
      Duration limit = s.time();
      Duration jobTime = job.parameters().time();
      if (jobTime != null) {
        Duration left = jobTime.minus(Duration.between(start, clock.instant()));
        left = left.isNegative() || left.isZero() ? Duration.ofMillis(1) : left;
        limit = limit == null || left.compareTo(limit) < 0 ? left : limit;
      }
      return limit;
    }
  }

  /** The name a step has in the job log and its files: STEP, STEP.PROCSTEP, or its line. */
  static String label(JobNode.Step s) {
    return label(s.qualifiedName(), s.line());
  }

  /** The label of the step at {@code line} whose qualified name is {@code q}. */
  static String label(String q, int line) {
    return q.isEmpty() || q.startsWith(".") ? "L" + line : q;
  }

  private static String nameOf(JobNode.Step s) {
    return s.name() == null ? "" : s.name();
  }

  private static String abendMeaning(String code) {
    return switch (code) {
      case "S222" -> "THE STEP WAS CANCELLED (ITS PROCESS WAS KILLED)";
      case "S322" -> "THE STEP EXCEEDED ITS TIME LIMIT";
      case "S0C4" -> "THE JVM CRASHED";
      default -> "ABNORMAL END";
    };
  }
}
