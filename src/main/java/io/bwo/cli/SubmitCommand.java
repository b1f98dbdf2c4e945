package io.bwo.cli;

import io.bwo.jcl.Jcl;
import io.bwo.jcl.JclJob;
import io.bwo.jcl.JobExecutor;
import io.bwo.jcl.JobResult;
import io.bwo.jcl.LocalPrograms;
import io.bwo.message.BwoException;
import io.bwo.message.Msg;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bwo submit JOB.jcl}: runs a JCL job locally, the same member that runs on z/OS, and
 * prints its JES2-style job log; the exit code is the job's return code (docs/zos-deployment.md).
 */
@Command(name = "submit", mixinStandardHelpOptions = true,
    description = {"Run a JCL job locally: its steps under COND and IF/THEN/ELSE, its data sets"
        + " in the catalog root (datasets/), SYSOUT in a job output folder.",
        "The exit code is the job's return code (JOBRC; the highest condition code by default),"
            + " at least 16 after an abend, at least 12 after a JCL error found as the job"
            + " runs; 8 when the JCL is refused before the job runs (BWO701E, BWO702E)."})
final class SubmitCommand implements Callable<Integer> {
  @Mixin CatalogOption catalog;
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "JOB.jcl", description = "The JCL member to run.")
  Path jcl;

  @Option(names = "--output", paramLabel = "DIR",
      description = "Job output folder (default: <catalog root>/joblog/<JOBNAME>.<JOBID>).")
  Path output;

  @Option(names = "--set", paramLabel = "NAME=VALUE",
      description = "A JCL symbol set before the job; wins over the job's own SET statements.")
  Map<String, String> symbols = new LinkedHashMap<>();

  @Override
  public Integer call() {
    for (Map.Entry<String, String> e : symbols.entrySet()) {
      if (!e.getKey().matches("[A-Z#@$][A-Z0-9#@$]{0,7}")) {
        throw BwoException.of(Msg.BWO705E, e.getKey() + "=" + e.getValue());
      }
    }
    String text;
    try {
      text = Files.readString(jcl, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw BwoException.of(Msg.BWO704E, jcl, e.getMessage());
    }
    JclJob job = Jcl.read(jcl.toString(), text, symbols);
    // The log is printed as the job ends, inside it: a job cancelled by SIGTERM prints it too
    // before its process exits.
    JobResult r = new JobExecutor(catalog.root(), LocalPrograms.standard(childJvmOptions()),
        Clock.systemDefaultZone()).run(job, output, ended -> {
          ended.log().forEach(spec.commandLine().getOut()::println);
          spec.commandLine().getOut().flush();
        });
    return r.exitCode();
  }

  /** The child JVMs' options: BWO_JAVA_OPTS, as bin/bwo gives them to this JVM. */
  private static List<String> childJvmOptions() {
    String opts = System.getenv("BWO_JAVA_OPTS");
    return opts == null || opts.isBlank() ? List.of()
        : Arrays.asList(opts.trim().split("\\s+"));
  }
}
