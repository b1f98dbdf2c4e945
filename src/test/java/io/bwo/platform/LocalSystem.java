package io.bwo.platform;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A test's private local "z/OS": a console directory, a data set directory and a job name of its
 * own, set as the system properties the JZOS stubs read, and restored on {@link #close()}.
 *
 * <p>Test support shared by the platform, stub and sample tests.
 */
public final class LocalSystem implements AutoCloseable {
  private final Map<String, String> saved = new LinkedHashMap<>();
  private final Path root;
  private final String jobName;

  private LocalSystem(Path root) throws IOException {
    this.root = root;
    // A fresh job name each time: the console listener is one per JVM.
    this.jobName =
        "J" + UUID.randomUUID().toString().replace("-", "").substring(0, 7).toUpperCase();
    Files.createDirectories(consoleDir());
    Files.createDirectories(datasetsDir());
    set("bwo.console.dir", consoleDir().toString());
    set("bwo.console.log", consoleLog().toString());
    set("bwo.datasets", datasetsDir().toString());
    set("bwo.jobname", jobName);
    set("bwo.jobid", "JOB04711");
    set("bwo.stepname", "DUMPSTEP");
  }

  /** A local system rooted in {@code root} (a test's temporary directory). */
  public static LocalSystem in(Path root) throws IOException {
    return new LocalSystem(root);
  }

  /** Sets system property {@code key} for the life of this object. */
  public LocalSystem set(String key, String value) {
    // Not putIfAbsent: a property that was not set is saved as null, which it would overwrite.
    if (!saved.containsKey(key)) {
      saved.put(key, System.getProperty(key));
    }
    System.setProperty(key, value);
    return this;
  }

  /**
   * Makes {@code path} a named pipe, as a shell's {@code DD_SYSIN=/dev/stdin} or {@code
   * DD_TAPE=/dev/stdout} is a pipe; returns it.
   */
  public static Path fifo(Path path) throws IOException, InterruptedException {
    Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
    if (mkfifo.waitFor() != 0) {
      throw new IOException("mkfifo " + path + " ended with " + mkfifo.exitValue());
    }
    return path;
  }

  /** Allocates DD {@code dd} to the file {@code name} in the root; returns the file. */
  public Path dd(String dd, String name) {
    Path file = root.resolve(name);
    set("bwo.dd." + dd, file.toString());
    return file;
  }

  public String jobName() {
    return jobName;
  }

  public Path consoleDir() {
    return root.resolve("console");
  }

  public Path consoleLog() {
    return consoleDir().resolve("console.log");
  }

  public Path datasetsDir() {
    return root.resolve("datasets");
  }

  /** The lines of the console log so far. */
  public List<String> console() throws IOException {
    return Files.exists(consoleLog()) ? Files.readAllLines(consoleLog()) : List.of();
  }

  /** Appends operator command {@code line} (e.g. {@code F STATUS}) to this job's command file. */
  public void command(String line) throws IOException {
    Files.writeString(
        consoleDir().resolve(jobName + ".cmd"),
        line + "\n",
        java.nio.file.StandardOpenOption.CREATE,
        java.nio.file.StandardOpenOption.APPEND);
  }

  @Override
  public void close() {
    saved.forEach(
        (key, value) -> {
          if (value == null) {
            System.clearProperty(key);
          } else {
            System.setProperty(key, value);
          }
        });
  }
}
