package io.bwo.jcl;

import io.bwo.journal.RunIds;
import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Starts a Java class in a child JVM with this JVM's {@code java} and class path, as the JZOS
 * Batch Launcher starts one in the step's address space: the class runs under
 * {@link BatchLauncher}, with the step's environment and standard streams, and its exit value
 * becomes the step's completion.
 *
 * <p>Exit values: 0 to 128 are condition codes (a Unix exit value is 0-255, so a program's code
 * above 255 arrives modulo 256). 129 to 159 mean the child was ended by a signal: SIGABRT,
 * SIGSEGV, SIGBUS, SIGILL and SIGFPE (a crashed JVM) become ABEND S0C4, other signals (a kill)
 * ABEND S222, the code of a cancelled job. Exceeding the TIME limit kills the child: ABEND S322.
 */
final class ChildJvm {
  private final Path java;
  private final String classPath;
  private final List<String> options;

  ChildJvm(Path java, String classPath, List<String> options) {
    this.java = java;
    this.classPath = classPath;
    this.options = List.copyOf(options);
  }

  /**
   * A child JVM like this one: same {@code java.home} and {@code java.class.path}, then the
   * {@code CLASSPATH} of this process's environment, which stands locally for the one a step's
   * STDENV exports on z/OS: where the program's own classes are.
   */
  static ChildJvm likeThisOne(List<String> options) {
    return likeThisOne(options, System.getenv("CLASSPATH"));
  }

  static ChildJvm likeThisOne(List<String> options, String programClassPath) {
    String own = System.getProperty("java.class.path");
    String classPath = programClassPath == null || programClassPath.isBlank()
        ? own
        : own + File.pathSeparator + programClassPath;
    return new ChildJvm(Path.of(System.getProperty("java.home"), "bin", "java"), classPath,
        options);
  }

  /**
   * Runs {@code mainClass args} for {@code call}, with {@code jars} (a {@code -jar} file) on the
   * class path before this JVM's, and returns how it ended.
   */
  Completion run(String mainClass, List<Path> jars, List<String> args, ProgramCall call)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>();
    cmd.add(java.toString());
    cmd.addAll(options);
    cmd.add("-cp");
    List<String> path = new ArrayList<>();
    jars.forEach(j -> path.add(j.toString()));
    path.add(classPath);
    cmd.add(String.join(File.pathSeparator, path));
    cmd.add(BatchLauncher.class.getName());
    cmd.add(mainClass);
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd);
    stepEnvironment(pb.environment(), call);
    pb.redirectOutput(Redirect.appendTo(call.stdout().toFile()));
    pb.redirectError(Redirect.appendTo(call.stderr().toFile()));
    Path stdin = call.dds().get("STDIN");
    if (stdin != null && Files.isRegularFile(stdin)) {
      pb.redirectInput(stdin.toFile());
    }
    Process p = pb.start();
    RUNNING.add(p);
    if (stdin == null || !Files.isRegularFile(stdin)) {
      p.getOutputStream().close();
    }
    try {
      if (call.timeLimit() == null) {
        p.waitFor();
      } else if (!p.waitFor(call.timeLimit().toMillis(), TimeUnit.MILLISECONDS)) {
        p.destroyForcibly().waitFor();
        return Completion.abend("S322");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      throw e;
    } finally {
      RUNNING.remove(p);
    }
    return completion(p.exitValue());
  }

  /** The steps running now, for {@link #cancelRunning}. */
  private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

  /**
   * Cancels every step running now, as SIGTERM to the job does on z/OS's CANCEL: each is sent
   * SIGTERM, so that its program ends in order (a dump's journal FAILED, its temporary files
   * gone) and the step ends S222.
   */
  static void cancelRunning() {
    RUNNING.forEach(Process::destroy);
  }

  /**
   * Makes the submitter's environment {@code env} the step's: the child sees the step's DDs and
   * job facts only, never the submitter's. A run id given for the whole job ({@code BWO_RUN_ID},
   * as a scheduler passes its execution id to {@code bwo submit}) becomes the step's own, {@code
   * <id>.<step>}: under one id, two ADRDSSU steps would be one run, and the second refused
   * (BWO608E), while a resubmission of the same execution still finds each step's run.
   */
  static void stepEnvironment(Map<String, String> env, ProgramCall call) {
    String jobRunId = env.get(RunIds.ENV);
    env.keySet().removeIf(k -> k.startsWith("DD_") || k.startsWith("BWO_JOB")
        || k.startsWith("BWO_STEP") || k.startsWith("BWO_PROCSTEP") || k.equals("BWO_PARM")
        || k.equals(RunIds.ENV));
    if (jobRunId != null && !jobRunId.isBlank()) {
      env.put(RunIds.ENV, jobRunId.trim() + "." + call.stepName());
    }
    env.putAll(call.env());
    env.put(BatchLauncher.JOB_PID_ENV, String.valueOf(ProcessHandle.current().pid()));
  }

  /** The completion an exit value means (see the class comment). */
  static Completion completion(int exit) {
    if (exit > 128 && exit < 160) {
      int signal = exit - 128;
      boolean crash = signal == 4 || signal == 6 || signal == 7 || signal == 8 || signal == 11;
      return Completion.abend(crash ? "S0C4" : "S222");
    }
    return Completion.normal(exit & 0xFF);
  }
}
