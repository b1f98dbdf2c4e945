package io.bwo.jcl;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A step whose job is killed outright does not run on alone. */
class OrphanStepTest {

  /**
   * A step that would run for a minute; it writes its PID to the file its first argument names,
   * or else to its DD PIDFILE.
   */
  public static final class LongStep {
    public static void main(String[] args) throws Exception {
      Path file = Path.of(args.length > 0 ? args[0] : System.getenv("DD_PIDFILE"));
      Path tmp = file.resolveSibling(file.getFileName() + ".part");
      Files.writeString(tmp, ProcessHandle.current().pid() + "\n");
      Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      Thread.sleep(60_000);
    }
  }

  /**
   * A step that takes 3 s to end, as a dump finishing in order may, and then writes "ENDED" to
   * the file its second argument names; it writes its PID to the file its first argument names.
   */
  public static final class SlowEndingStep {
    public static void main(String[] args) throws Exception {
      Path ended = Path.of(args[1]);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          Thread.sleep(3_000);
          Files.writeString(ended, "ENDED");
        } catch (Exception e) {
          throw new IllegalStateException(e);
        }
      }));
      LongStep.main(new String[] {args[0]});
    }
  }

  private static ProcessHandle awaitPid(Path file, Process parent, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(file) || Files.size(file) == 0) {
      String said = Files.exists(log) ? Files.readString(log) : "";
      assertThat(System.nanoTime()).as(said).isLessThan(deadline);
      assertThat(parent.isAlive()).as(said).isTrue();
      Thread.sleep(20);
    }
    return ProcessHandle.of(Long.parseLong(Files.readString(file).strip())).orElseThrow();
  }

  @Test
  void sigtermToTheJobCancelsItsStepAndTheJobEndsAsACancelledOne(@TempDir Path tmp)
      throws Exception {
    Path marker = tmp.resolve("cat/datasets/CANCEL.PID");
    Path joblog = tmp.resolve("out");
    Path jcl = Files.writeString(tmp.resolve("JOB.jcl"), String.join("\n",
        "//CANCELME JOB",
        "//LONG EXEC PGM=JVMLDM86,PARM='/ " + LongStep.class.getName() + "'",
        "//PIDFILE DD DSN=CANCEL.PID,DISP=(NEW,DELETE,DELETE)",
        "//AFTER EXEC PGM=IEFBR14,COND=EVEN",
        "//NEW DD DSN=CANCEL.NEW,DISP=(NEW,CATLG)") + "\n");
    Process submit = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.bwo.cli.Main", "submit",
        jcl.toString(), "--catalog", tmp.resolve("cat").toString(), "--output",
        joblog.toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve("submit.out").toFile()).start();
    ProcessHandle step = awaitPid(marker, submit, tmp.resolve("submit.out"));

    submit.destroy(); // SIGTERM, as a scheduler ends a job

    assertThat(submit.waitFor(40, TimeUnit.SECONDS)).isTrue();
    assertThat(step.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
    String log = Files.readString(joblog.resolve("JESMSGLG"));
    assertThat(log).contains("S222").contains("THE JOB WAS CANCELLED");
    // The job log is printed, as for any job end, before the process exits.
    assertThat(Files.readString(tmp.resolve("submit.out"))).contains("THE JOB WAS CANCELLED");
    assertThat(tmp.resolve("cat/datasets/CANCEL.NEW")).doesNotExist();
  }

  private static Process submit(Path tmp, Path jcl, String name) throws java.io.IOException {
    return new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), "io.bwo.cli.Main", "submit",
        jcl.toString(), "--catalog", tmp.resolve("cat").toString(), "--output",
        tmp.resolve(name).toString())
        .redirectErrorStream(true).redirectOutput(tmp.resolve(name + ".out").toFile()).start();
  }

  @Test
  void theNextJobAppliesTheAbnormalDispositionsOfAJobKilledOutright(@TempDir Path tmp)
      throws Exception {
    Path datasets = tmp.resolve("cat/datasets");
    Path killed = Files.writeString(tmp.resolve("KILLED.jcl"), String.join("\n",
        "//KILLME JOB",
        "//S1 EXEC PGM=IEFBR14",
        "//PASSED DD DSN=KILL.PASSED,DISP=(NEW,PASS)",
        "//TAKEN DD DSN=KILL.TAKEN,DISP=(NEW,PASS)",
        "//LONG EXEC PGM=JVMLDM86,PARM='/ " + LongStep.class.getName() + "'",
        "//PIDFILE DD DSN=KILL.PID,DISP=(NEW,DELETE,DELETE)",
        "//DUMP DD DSN=KILL.DUMP(+1),DISP=(NEW,CATLG,DELETE)",
        "//KEPT DD DSN=KILL.KEPT,DISP=(NEW,CATLG)",
        "//TAKEN DD DSN=KILL.TAKEN,DISP=(OLD,CATLG,CATLG)") + "\n");
    Process job = submit(tmp, killed, "killed");
    ProcessHandle step = awaitPid(datasets.resolve("KILL.PID"), job, tmp.resolve("killed.out"));

    job.destroyForcibly(); // SIGKILL to the job and its step: no disposition is applied
    step.destroyForcibly();
    assertThat(job.waitFor(20, TimeUnit.SECONDS)).isTrue();
    step.onExit().get(20, TimeUnit.SECONDS);
    assertThat(datasets.resolve("KILL.DUMP.G0001V00")).as("the debris a kill leaves").exists();
    // What a dump killed as it wrote leaves besides: its temporary file, locked by nobody.
    Path half = Files.writeString(datasets.resolve("KILL.DUMP.G0001V00.0badcafe.tmp"), "HALF");
    Path jes = tmp.resolve("cat/.bwo/jes");
    Path work;
    try (var folders = Files.list(jes)) {
      work = folders.filter(Files::isDirectory).findFirst().orElseThrow();
    }
    // As if the job had died more than the grace ago, which keeps a starting job's folder.
    Files.setLastModifiedTime(work, java.nio.file.attribute.FileTime.from(
        java.time.Instant.now().minus(JobExecutor.LOCKING_GRACE.multipliedBy(2))));

    Path rerun = Files.writeString(tmp.resolve("RERUN.jcl"), String.join("\n",
        "//RERUN JOB",
        "//S EXEC PGM=IEFBR14",
        "//DUMP DD DSN=KILL.DUMP(+1),DISP=(NEW,CATLG,DELETE)") + "\n");
    Process again = submit(tmp, rerun, "rerun");
    assertThat(again.waitFor(60, TimeUnit.SECONDS)).isTrue();

    String log = Files.readString(tmp.resolve("rerun/JESMSGLG"));
    assertThat(again.exitValue()).as(log).isZero();
    String dead = "DID NOT END: ITS ABNORMAL DISPOSITION)";
    assertThat(log).contains("KILLME LONG - DD DUMP - KILL.DUMP.G0001V00 DELETED (JOB "
            + work.getFileName() + " " + dead)
        .contains("KILLME LONG - DD PIDFILE - KILL.PID DELETED (JOB")
        .contains("KILLME S1 - DD PASSED - KILL.PASSED DELETED (JOB")
        .doesNotContain("KILL.KEPT DELETED").doesNotContain("KILL.TAKEN DELETED")
        .contains("RERUN S - DD DUMP - KILL.DUMP.G0001V00 CATALOGED");
    assertThat(datasets.resolve("KILL.DUMP.G0002V00")).doesNotExist();
    assertThat(datasets.resolve("KILL.PASSED")).doesNotExist();
    assertThat(half).doesNotExist();
    assertThat(datasets.resolve("KILL.KEPT")).as("its abnormal disposition is CATLG").exists();
    assertThat(datasets.resolve("KILL.TAKEN")).as("received and kept").exists();
    assertThat(work).doesNotExist();
  }

  /** The job killed in the moment between starting its step and the step looking for it. */
  @Test
  void aStepWhoseJobDiedBeforeItLookedEndsAtOnce(@TempDir Path tmp) throws Exception {
    Process job = new ProcessBuilder("true").start();
    job.waitFor();
    Path err = tmp.resolve("step.err");
    ProcessBuilder pb = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), BatchLauncher.class.getName(),
        LongStep.class.getName(), tmp.resolve("step.pid").toString())
        .redirectError(err.toFile());
    // Its parent is this JVM, which a step reparented after its job died would also have.
    pb.environment().put(BatchLauncher.JOB_PID_ENV, String.valueOf(job.pid()));
    Process step = pb.start();

    assertThat(step.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(step.exitValue()).isEqualTo(143);
    assertThat(Files.readString(err)).contains("BWO725E THE JOB THAT STARTED THIS STEP (PID "
        + job.pid() + ")");
  }

  @Test
  void aStepEndsAsCancelledOnceTheJobThatStartedItIsKilled(@TempDir Path tmp) throws Exception {
    Path pid = tmp.resolve("step.pid");
    Path err = tmp.resolve("step.err");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // The "job": a shell that starts the step and waits for it, as bwo submit does; started by
    // a "scheduler" that does not reap it when it dies, so that it stays a zombie.
    Path jobPid = tmp.resolve("job.pid");
    String jobCommand = "'" + java + "' -cp '" + System.getProperty("java.class.path") + "' "
        + BatchLauncher.class.getName() + " '" + LongStep.class.getName() + "' '" + pid
        + "' 2>'" + err + "'; true";
    Path jobScript = Files.writeString(tmp.resolve("job.sh"), jobCommand + "\n");
    // sleep, which the scheduler's shell becomes, never waits for a child.
    Process scheduler = new ProcessBuilder("bash", "-c", "bash '" + jobScript + "' & echo $! >'"
        + jobPid + "'; exec sleep 120").start();
    ProcessHandle step = awaitPid(pid, scheduler, err);
    awaitPid(jobPid, scheduler, err);
    ProcessHandle job = ProcessHandle.of(Long.parseLong(Files.readString(jobPid).strip()))
        .orElseThrow();

    new ProcessBuilder("kill", "-KILL", String.valueOf(job.pid())).start().waitFor();

    try {
      assertThat(step.onExit().get(10, TimeUnit.SECONDS).isAlive()).isFalse();
      assertThat(Files.readString(err)).contains("BWO725E THE JOB THAT STARTED THIS STEP");
    } finally {
      scheduler.destroyForcibly();
    }
  }

  /** A job killed outright, by the scheduler that started it; its step, the file's text. */
  private static Process jobStarting(Path tmp, Class<?> step, Path work, String... args)
      throws java.io.IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    StringBuilder command = new StringBuilder("'" + java + "' -cp '"
        + System.getProperty("java.class.path") + "' " + BatchLauncher.class.getName() + " '"
        + step.getName() + "'");
    for (String a : args) {
      command.append(" '").append(a).append("'");
    }
    command.append(" 2>'").append(tmp.resolve("step.err")).append("'; true");
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", command.toString());
    pb.environment().put(BatchLauncher.JOB_WORK_ENV, work.toString());
    return pb.start();
  }

  private static void makeOld(Path work) throws java.io.IOException {
    Files.setLastModifiedTime(work, java.nio.file.attribute.FileTime.from(
        java.time.Instant.now().minus(JobExecutor.LOCKING_GRACE.multipliedBy(2))));
  }

  @Test
  void aDeadJobsFolderIsLeftAloneWhileItsStepIsStillEnding(@TempDir Path tmp) throws Exception {
    Path jes = tmp.resolve("jes");
    Path work = Files.createDirectories(jes.resolve("JOB00001"));
    // The job's own lock, free: as a job killed outright leaves it.
    Files.writeString(work.resolve(JobExecutor.WORK_LOCK), "");
    Path pid = tmp.resolve("step.pid");
    Path ended = tmp.resolve("step.ended");
    Process job = jobStarting(tmp, SlowEndingStep.class, work, pid.toString(), ended.toString());
    ProcessHandle step = awaitPid(pid, job, tmp.resolve("step.err"));

    job.destroyForcibly();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!Files.readString(tmp.resolve("step.err")).contains("BWO725E")) {
      assertThat(System.nanoTime()).isLessThan(deadline);
      Thread.sleep(20);
    }
    makeOld(work);

    // The step is ending (its shutdown hook runs for 3 s): its job's folder is kept, and the
    // job log says why.
    Path datasets = tmp.resolve("datasets");
    assertThat(JobExecutor.sweepDeadJobs(jes, "JOB00002", datasets)).extracting(Object::toString)
        .containsExactly("BWO729I JOB JOB00001 DID NOT END, BUT ITS STEP (PID " + step.pid()
            + ") IS STILL ENDING: ITS WORK FOLDER " + work + " IS LEFT FOR A LATER JOB");
    assertThat(work).exists();
    assertThat(step.isAlive()).isTrue();

    step.onExit().get(20, TimeUnit.SECONDS);
    assertThat(ended).hasContent("ENDED");
    makeOld(work);
    assertThat(JobExecutor.sweepDeadJobs(jes, "JOB00002", datasets)).extracting(m -> m.id().name())
        .containsExactly("BWO726I");
    assertThat(work).doesNotExist();
  }

  @Test
  void aStepWhoseJobsFolderIsGoneDoesNotStart(@TempDir Path tmp) throws Exception {
    Path pid = tmp.resolve("step.pid");
    Process job = jobStarting(tmp, LongStep.class, tmp.resolve("jes/JOB00001"), pid.toString());

    assertThat(job.waitFor(20, TimeUnit.SECONDS)).isTrue();
    assertThat(Files.readString(tmp.resolve("step.err"))).contains("BWO725E");
    assertThat(pid).doesNotExist();
  }
}
