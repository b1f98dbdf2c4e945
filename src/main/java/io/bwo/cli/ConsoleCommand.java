package io.bwo.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code bwo console JOBNAME TEXT}: the operator's console off z/OS. Sends {@code F
 * jobname,TEXT} (MODIFY) or, for {@code P} or {@code STOP}, {@code P jobname} to a running job,
 * the way the local JZOS stubs receive them: a line appended to {@code <console dir>/JOBNAME.cmd}
 * (docs/jzos-stubs.md); then shows the job's console replies for a few seconds.
 */
@Command(name = "console", mixinStandardHelpOptions = true,
    description = {"Send an operator command to a running job (local console).",
        "TEXT: STATUS or UNFREEZE (sent as F jobname,TEXT), or P/STOP (sent as P jobname)."})
final class ConsoleCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "JOBNAME") String jobName;

  @Parameters(index = "1", paramLabel = "TEXT") String text;

  @Option(names = "--wait", paramLabel = "SECONDS", defaultValue = "3",
      description = "How long to show the job's replies (default ${DEFAULT-VALUE}).")
  double waitSeconds;

  @Override
  public Integer call() throws IOException, InterruptedException {
    String job = jobName.toUpperCase(Locale.ROOT);
    String t = text.trim();
    String line = t.equalsIgnoreCase("P") || t.equalsIgnoreCase("STOP") ? "P" : "F " + t;
    Path dir = consoleDir();
    Files.createDirectories(dir);
    Path log = consoleLog(dir);
    long seen = size(log);
    Files.writeString(dir.resolve(job + ".cmd"), line + "\n", StandardCharsets.UTF_8,
        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    PrintWriter out = spec.commandLine().getOut();
    out.println((line.equals("P") ? "P " + job : "F " + job + "," + t) + " SENT");
    long until = System.nanoTime() + (long) (waitSeconds * 1e9);
    while (System.nanoTime() < until) {
      Thread.sleep(100);
      long now = size(log);
      if (now > seen) {
        byte[] all = Files.readAllBytes(log);
        String added = new String(all, (int) seen, all.length - (int) seen, StandardCharsets.UTF_8);
        added.lines().filter(l -> l.contains(job)).forEach(out::println);
        seen = now;
      }
    }
    return 0;
  }

  /**
   * The stubs' console folder, found as they find it (docs/jzos-stubs.md): the system property
   * {@code bwo.console.dir}, {@code $BWO_CONSOLE_DIR}, else {@code $TMPDIR/bwo-console-$USER}.
   */
  static Path consoleDir() {
    return setting("bwo.console.dir", "BWO_CONSOLE_DIR").map(Path::of).orElseGet(() -> Path.of(
        System.getProperty("java.io.tmpdir"), "bwo-console-" + System.getProperty("user.name")));
  }

  private static Path consoleLog(Path dir) {
    return setting("bwo.console.log", "BWO_CONSOLE_LOG").map(Path::of)
        .orElseGet(() -> dir.resolve("console.log"));
  }

  private static java.util.Optional<String> setting(String property, String variable) {
    String v = System.getProperty(property);
    if (v == null || v.isBlank()) {
      v = System.getenv(variable);
    }
    return v == null || v.isBlank() ? java.util.Optional.empty() : java.util.Optional.of(v);
  }

  private static long size(Path p) throws IOException {
    try {
      return Files.size(p);
    } catch (NoSuchFileException e) {
      return 0;
    }
  }
}
